"""Where the time of batch anonymisation goes: start-up step by step, then the work per phase, in CPU seconds.

    python benchmarks/phases.py [--words 20000]

One process, no helpers (``n_process=1``), on the varied invented notes of ``speed_notes``. Start-up: each import
and load on its own, in the order the first use needs them. Work: the model's pass (``nlp.pipe``), Presidio's
analyzer (every recognizer and the context step) and the engine's own steps around it, measured by wrapping those
functions with a CPU timer. CPU time, so the machine's load matters less; the load average is printed with it.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from collections.abc import Callable

CPU: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Callable) -> Callable:
    def wrapper(*args, **kwargs):  # noqa: ANN202 - a timing wrapper for any signature
        c = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            CPU[name] += time.process_time() - c

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20_000)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    steps: list[tuple[str, float]] = []
    c = time.process_time()

    def step(name: str) -> None:
        nonlocal c
        now = time.process_time()
        steps.append((name, now - c))
        c = now

    from casusprep.nlp.spacy_import import import_spacy

    import_spacy()
    step("import spaCy and Presidio")
    from casusprep.anonymise import api, engine, presidio_bridge

    step("import the engine")
    from casusprep.anonymise.lexicon import lexicon

    lexicon()
    step("word lists (lexicon)")
    from casusprep.nlp import get_nlp

    get_nlp(True)
    step("load the model")
    presidio_bridge.get_analyzer(True)
    step("Presidio's analyzer")
    api.warm_up(True)
    step("warm-up text")
    api._load_before_fork(True)
    step("loaded before forking helpers")
    from speed_notes import varied

    notes = varied(args.words)
    words = sum(len(n.split()) for n in notes)

    engine.model_docs = timed("model pass (nlp.pipe)", engine.model_docs)
    api.model_docs = engine.model_docs
    analyzer = presidio_bridge.get_analyzer(True)
    for recognizer in analyzer.registry.recognizers:
        kind = "pattern recognizers" if isinstance(recognizer, presidio_bridge.CheckedPattern) else recognizer.name
        recognizer.analyze = timed(f"  {kind}", recognizer.analyze)
    enhancer = analyzer.context_aware_enhancer
    enhancer.enhance_using_context = timed("  context step", enhancer.enhance_using_context)
    presidio_bridge.analyse = timed("Presidio analyzer (all)", presidio_bridge.analyse)
    engine.analyse = presidio_bridge.analyse
    engine.drop_kept = timed("what stays (drop_kept)", engine.drop_kept)
    engine._other_readings = timed("other readings", engine._other_readings)
    engine.reading = timed("reading", engine.reading)
    api.detect_text = timed("detect (all)", api.detect_text)
    c0 = time.process_time()
    api.anonymise_texts([(n, []) for n in notes], n_process=1)
    total = time.process_time() - c0

    print(f"load average {load:.1f}; start-up {sum(s for _, s in steps):.2f} s CPU")
    for name, seconds in steps:
        print(f"  {name:<32} {seconds:6.3f} s")
    print(f"work: {len(notes)} texts, {words:,} words, {total:.2f} s CPU ({words / total:,.0f} words/s)")
    for name, seconds in CPU.items():
        print(f"  {name:<32} {seconds:6.3f} s  {100 * seconds / total:4.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
