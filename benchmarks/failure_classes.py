"""How many of the invented failure-class notes (tests/anonymise/failure_cases.py) the engine gets right, per class:
each text counts its names that must go and its words that must stay.

    PYTHONPATH=src python benchmarks/failure_classes.py [--no-model] [--cases PATH]

``--cases`` lets an older checkout of the engine be measured on the same notes (before/after figures).
"""

from __future__ import annotations

import argparse
import importlib.util
from collections import defaultdict
from pathlib import Path

CASES = Path(__file__).resolve().parent.parent / "tests" / "anonymise" / "failure_cases.py"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--cases", type=Path, default=CASES)
    args = parser.parse_args()
    spec = importlib.util.spec_from_file_location("failure_cases", args.cases)
    cases = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cases)

    from casusprep.anonymise import anonymise_text
    from casusprep.case import Person, Role

    persons = [Person(name=n, role=Role.OTHER) for n in cases.ROSTER]
    gone, kept = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
    for kind, text, must_go, must_stay in cases.CASES:
        out = anonymise_text(text, persons, use_model=not args.no_model).text
        gone[kind][0] += sum(g not in out for g in must_go)
        gone[kind][1] += len(must_go)
        kept[kind][0] += sum(k in out for k in must_stay)
        kept[kind][1] += len(must_stay)
    print(f"model={'no' if args.no_model else 'yes'}")
    for kind in dict.fromkeys(c[0] for c in cases.CASES):
        g, k = gone[kind], kept[kind]
        print(f"{kind:13} removed {g[0]:>2}/{g[1]:<2}  kept {k[0]:>2}/{k[1]:<2}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
