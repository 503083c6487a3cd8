"""Size, load time (fresh interpreter, median of 3) and throughput of the shipped model, for the model card.

Usage: ``python -m training.measure [--model models/nl_casusprep]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(ROOT / "models" / "nl_casusprep"))
    a = ap.parse_args(argv)
    size = sum(p.stat().st_size for p in Path(a.model).rglob("*") if p.is_file())
    code = (
        "import time, spacy; t=time.perf_counter(); import_t=0; "
        f"nlp=spacy.load({a.model!r}); print(time.perf_counter()-t)"
    )
    loads = [
        float(
            subprocess.run(
                [sys.executable, "-c", "import spacy; " + code], capture_output=True, text=True, check=True
            ).stdout.strip()
        )
        for _ in range(3)
    ]
    import time

    import spacy

    from training.generator import generate

    nlp = spacy.load(a.model)
    texts = [n.text for n in generate(300, seed=99)]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    dt = time.perf_counter() - t0
    res = {
        "size_mb": round(size / 1e6, 2),
        "load_s_median": round(statistics.median(loads), 3),
        "words_per_s_1_process": round(words / dt),
    }
    print(json.dumps(res))
    return res


if __name__ == "__main__":
    main()
