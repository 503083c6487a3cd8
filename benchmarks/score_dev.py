"""Run the anonymisation engine over the shared dev notes and score the output with score.py.

    python benchmarks/score_dev.py [--no-model] [--no-roster] [--notes PATH] [--out OUT.jsonl] [-v]

The notes' registered persons go in as the case's persons (role strings mapped to Role, unknown -> andere).
Only measuring: nothing from the notes is copied anywhere. The output file holds anonymised text only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path("/work/shared/benchmark")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", default=str(BENCH / "dev" / "notes_dev.json"))
    parser.add_argument("--out", default="")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--no-roster", action="store_true", help="pass no registered persons (measures without roster)")
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()

    sys.path.insert(0, str(BENCH))
    import notes as notes_mod  # the benchmark's own loader: markup -> plain text

    from casusprep.anonymise import anonymise_text
    from casusprep.case import Person, Role

    roles = {r.value: r for r in Role}
    notes = notes_mod.load(args.notes)
    out_path = Path(args.out) if args.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    t0 = time.perf_counter()
    words = 0
    with out_path.open("w", encoding="utf-8") as fh:
        for note in notes:
            persons = [Person(name=p["name"], role=roles.get(p.get("role", ""), Role.OTHER)) for p in note["persons"]]
            if args.no_roster:
                persons = []
            done = anonymise_text(note["plain"], persons, use_model=not args.no_model)
            words += len(note["plain"].split())
            fh.write(json.dumps({"id": note["id"], "text": done.text}, ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - t0
    model = "no" if args.no_model else "yes"
    roster = "no" if args.no_roster else "yes"
    print(f"{len(notes)} notes, {words} words in {elapsed:.2f}s (incl. first load); model={model} roster={roster}")
    cmd = [sys.executable, str(BENCH / "score.py"), str(out_path), args.notes] + (["-v"] if args.v else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
