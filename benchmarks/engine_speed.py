"""Anonymisation engine speed and memory: time to first result, words per second, peak RSS.

    python benchmarks/engine_speed.py [--no-model] [--words 100000] [--n-process N]

Runs on invented text (no personal data). Two throughputs: one text at a time (``anonymise_text``, as the app
does per field) and batch mode (``anonymise_texts`` in chunks of 256 texts, as ``casusprep anonymise --batch``
does; by default shared over the machine's cores). Targets: ready < 2 s, batch >= 20,000 words/s,
RSS < 500 MB. Wall-clock figures depend on what else runs on the machine: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import resource
import time

from speed_notes import NOTES

NOTE = NOTES[0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--n-process", type=int, default=None, help="batch mode processes (default: one per core)")
    args = parser.parse_args()
    use_model = not args.no_model

    t0 = time.perf_counter()
    from casusprep.anonymise import anonymise_text, anonymise_texts
    from casusprep.case import Person, Role

    persons = [Person(name="Wout Lambrechts", role=Role.CHILD), Person(name="Sofie Lambrechts", role=Role.MOTHER)]
    anonymise_text("Wout speelde.", persons, use_model=use_model)
    ready = time.perf_counter() - t0

    notes = [NOTE] * max(1, args.words // len(NOTE.split()))
    words = sum(len(n.split()) for n in notes)
    t1, c1 = time.perf_counter(), time.process_time()
    for note in notes:
        anonymise_text(note, persons, use_model=use_model)
    single = words / (time.perf_counter() - t1)
    single_cpu = words / (time.process_time() - c1)

    t2, c2 = time.perf_counter(), time.process_time()
    for start in range(0, len(notes), 256):
        chunk = notes[start : start + 256]
        anonymise_texts([(n, persons) for n in chunk], use_model=use_model, n_process=args.n_process)
    batch = words / (time.perf_counter() - t2)
    main_cpu = time.process_time() - c2

    from casusprep.anonymise.api import close_helpers

    close_helpers()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    helper_cpu = children.ru_utime + children.ru_stime
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # On a busy machine the wall clock mostly measures the other processes. The CPU time each process spent
    # gives what the engine itself needs: per text, and for batch mode on free cores (the busier process bounds).
    print(f"model={'yes' if use_model else 'no'} ready={ready:.2f}s words={words} load_avg={os.getloadavg()[0]:.1f} "
          f"cores={len(os.sched_getaffinity(0))}\n"
          f"  wall clock: single={single:,.0f} words/s batch={batch:,.0f} words/s\n"
          f"  CPU time:   single={single_cpu:,.0f} words/s batch={words / max(main_cpu, helper_cpu):,.0f} words/s "
          f"(main {main_cpu:.1f} s, helper {helper_cpu:.1f} s)\n"
          f"  peak RSS: {rss_mb:.0f} MB (helper process {children.ru_maxrss / 1024:.0f} MB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
