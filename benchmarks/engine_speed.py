"""Anonymisation engine speed and memory: time to first result, words per second, peak RSS.

    python benchmarks/engine_speed.py [--no-model] [--words 100000]

Runs on invented text (no personal data). Targets from issue 4: ready < 2 s, >= 20,000 words/s, RSS < 500 MB.
"""

from __future__ import annotations

import argparse
import resource
import time

NOTE = (
    "Op 12/03/2024 bracht mama Sofie Lambrechts haar zoontje Wout naar kinderdagverblijf 't Rupsje in Aalter. "
    'Wout huilde bij het afscheid en had een blauwe plek op de linkerarm. Mama zei: "Gevallen van de trap." '
    "Juf Ines belde later papa op 0475 11 22 33. Het CLB en Kind en Gezin werden nog niet gecontacteerd. "
    "Adres: Molenstraat 7, 9880 Aalter. Wout zong de hele dag liedjes van K3 en speelde met zijn knuffel.\n"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--words", type=int, default=100_000)
    args = parser.parse_args()
    use_model = not args.no_model

    t0 = time.perf_counter()
    from casusprep.anonymise import anonymise_text
    from casusprep.case import Person, Role

    persons = [Person(name="Wout Lambrechts", role=Role.CHILD), Person(name="Sofie Lambrechts", role=Role.MOTHER)]
    anonymise_text("Wout speelde.", persons, use_model=use_model)
    ready = time.perf_counter() - t0

    notes = [NOTE] * max(1, args.words // len(NOTE.split()))
    words = sum(len(n.split()) for n in notes)
    t1 = time.perf_counter()
    for note in notes:
        anonymise_text(note, persons, use_model=use_model)
    elapsed = time.perf_counter() - t1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"model={'yes' if use_model else 'no'} ready={ready:.2f}s words={words} "
          f"throughput={words / elapsed:,.0f} words/s peak_rss={rss_mb:.0f} MB")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
