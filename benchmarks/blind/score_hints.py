"""Score the objectivity hints of a source tree on a blind sentence set: sentence precision and recall per class.

    python benchmarks/blind/score_hints.py --sentences benchmarks/blind/objectivity_set1.jsonl [--tree .]

A sentence counts as flagged when ``find_hints`` returns at least one hint. Measuring only: the writers of
these sets saw neither the lexicon, the patterns nor the training corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

RUNNER = """
import json, sys
from casusprep.hints import find_hints
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
print(json.dumps([len(find_hints(r["text"])) for r in rows]))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--sentences", required=True)
    parser.add_argument("--alarms", action="store_true", help="also print the false alarms")
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.sentences).read_text(encoding="utf-8").splitlines() if line.strip()]
    env = {**os.environ, "PYTHONPATH": str(Path(args.tree) / "src")}
    run = subprocess.run([sys.executable, "-c", RUNNER, args.sentences], env=env, check=True, capture_output=True)
    counts = json.loads(run.stdout)
    tp = fp = fn = tn = 0
    per: dict[str, list[int]] = {}
    alarms = []
    for row, n in zip(rows, counts, strict=True):
        flagged, gold = n > 0, row["label"] == "interpretatie"
        cell = per.setdefault(f"{row['label']}/{row.get('class', '?')}", [0, 0])
        cell[1] += 1
        cell[0] += flagged == gold
        tp += flagged and gold
        fn += gold and not flagged
        fp += flagged and not gold
        tn += not flagged and not gold
        if flagged and not gold:
            alarms.append(row["text"])
    report = {
        "sentences": len(rows),
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "correct_by_class": {k: f"{v[0]}/{v[1]}" for k, v in sorted(per.items())},
    }  # fmt: skip
    print(json.dumps(report, ensure_ascii=False, indent=1))
    if args.alarms:
        print("\n".join(alarms))


if __name__ == "__main__":
    main()
