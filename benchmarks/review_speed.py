"""The Anonimiseren step's detection on one long note, as the app runs it: cold, warm and after a decision.

    PYTHONPATH=src python benchmarks/review_speed.py [--words 3000]

Builds a case with four registered persons and one signal whose observation is about WORDS words of the invented
speed notes (speed_notes.varied: different notes, names, numbers, places), then calls ``review_case``, the call the
step's worker makes: once cold (the NLP loading included, as when a case opens without warm-up), once warm (the
step shown again after an edit), once after the coach kept one detection (the re-run after a decision). Prints
wall and CPU seconds per run and words per second, with the load average; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import time

from speed_notes import varied


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=3000)
    args = parser.parse_args()

    from casusprep.case import Case, Person, Role, Signal
    from casusprep.review import review_case

    text = "".join(varied(args.words))
    words = len(text.split())
    case = Case(title="benchmark")
    case.persons = [
        Person(name="Wout Lambrechts", role=Role.CHILD),
        Person(name="Sofie Lambrechts", role=Role.MOTHER),
        Person(name="Lotte Vermeiren", role=Role.CHILD),
        Person(name="Hanne Peeters", role=Role.CAREGIVER),
    ]
    case.signals = [Signal(observation=text)]

    def timed(label: str) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        review = review_case(case)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        found = len(review.mentions) if review is not None else 0
        print(f"{label:<28} {wall:6.2f} s wall  {cpu:6.2f} s CPU  {words / wall:8.0f} words/s  {found} mentions")

    print(f"one observation of {words} words ({len(text)} characters); load average {os.getloadavg()[0]:.2f}")
    timed("cold (NLP loads)")
    timed("warm (step shown again)")
    review = review_case(case)
    if review is not None and review.mentions:
        case.anonymisation.rejected.append(review.mentions[0].text)
    timed("after a 'laten staan'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
