"""Objectivity hints speed: ``casusprep hints`` on a file of 400 sentences, in one process, end to end.

    python benchmarks/hints_speed.py [--sentences 400]

The sentences are the first ones of the training corpus (invented text, one per line). Prints the wall time of
the command (start-up, loading the lexicon and the classifier, all hints), the hints it printed, the
classifier's size on disk and its load time in this process, and the machine's load average: wall-clock figures
depend on what else runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training" / "objectivity" / "corpus"


def sentences(n: int) -> list[str]:
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    if len(out) < n:
        raise SystemExit(f"only {len(out)} sentences in {CORPUS}")
    return out[:n]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=400)
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "zinnen.txt"
        path.write_text("\n".join(sentences(args.sentences)) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "casusprep", "hints", str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        wall = time.perf_counter() - t0
    records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    print(f"casusprep hints, {args.sentences} sentences in one file: {wall:.2f} s wall, {len(records)} hints")

    sys.path.insert(0, str(ROOT / "src"))
    from casusprep.hints import classifier
    from casusprep.nlp.spacy_import import import_spacy

    import_spacy()
    path = classifier.model_path()
    if path is None:
        print("no classifier shipped (lexicon only)")
        return 0
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    t0 = time.perf_counter()
    classifier.load_classifier(path, own_tokenizer=False)
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    classifier.load_classifier(path)
    with_tokenizer = time.perf_counter() - t0
    print(
        f"classifier {path.name}: {size / 1e6:.1f} MB on disk, loaded in {load:.2f} s as the hints load it "
        f"(on the shared pipeline's tokenizer; {with_tokenizer:.2f} s with its own), spaCy already imported"
    )
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
