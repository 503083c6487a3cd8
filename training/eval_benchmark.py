"""Measure the shipped model alone on the shared dev benchmark (measurement only: never train on it).

Runs the model over each dev note, replaces its PER/LOC/ORG entities with a placeholder, writes the outputs
as JSONL and scores them with the benchmark's own ``score.py``. Usage:
``python -m training.eval_benchmark [--model models/nl_casusprep] [--notes PATH] [--out FILE] [-v]``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from training.eval_news import SHARED

ROOT = Path(__file__).resolve().parent.parent
BENCH = SHARED / "benchmark"


def anonymise(nlp, text: str, labels=("PER", "LOC", "ORG")) -> str:
    doc = nlp(text)
    out, pos = [], 0
    for ent in doc.ents:
        if ent.label_ in labels:
            out += [text[pos : ent.start_char], f"[{ent.label_}]"]
            pos = ent.end_char
    out.append(text[pos:])
    return "".join(out)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "models" / "nl_casusprep"))
    ap.add_argument("--notes", default=str(BENCH / "dev" / "notes_dev.json"))
    ap.add_argument("--out", default=str(ROOT / "training" / "output" / "bench_model_only.jsonl"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    import spacy

    sys.path.insert(0, str(Path(a.notes).resolve().parent.parent))
    import notes as notes_mod  # the benchmark's own loader

    nlp = spacy.load(a.model)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for n in notes_mod.load(a.notes):
            fh.write(json.dumps({"id": n["id"], "text": anonymise(nlp, n["plain"])}, ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(Path(a.notes).resolve().parent.parent / "score.py"), str(out), a.notes]
    if a.v:
        cmd.append("-v")
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    print(res.stdout)
    return json.loads(res.stdout)


if __name__ == "__main__":
    main()
