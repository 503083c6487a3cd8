"""No length pathology: odd texts take about as long as a normal text of the same length.

    python benchmarks/length_pathology.py

Times ``anonymise_text`` on runs of punctuation without a space (spaCy's tokenizer strips those one character at
a time: 5 kB took ten seconds before ``casusprep.nlp.text``), on a normal note of the same length, and on a text
over spaCy's 1,000,000-character limit (detected in parts, ``engine.parts``). CPU time, so the machine's load
matters less; the load average is printed with the figures. Invented text only.
"""

from __future__ import annotations

import os
import time

from engine_speed import NOTE


def timed(text: str) -> tuple[float, int]:
    from casusprep.anonymise import anonymise_text

    start = time.process_time()
    done = anonymise_text(text, [])
    return time.process_time() - start, len(done.detections)


def main() -> int:
    from casusprep.anonymise import anonymise_text

    anonymise_text("Jan woont in Gent.", [])
    print(f"load_avg={os.getloadavg()[0]:.1f}")
    for size in (5_000, 10_000):
        normal = (NOTE * (size // len(NOTE) + 1))[:size]
        normal_s, _ = timed(normal)
        for name, text in (("'$'", "$" * size), ("'=-'", "=-" * (size // 2)), ("'.,;'", ".,;" * (size // 3))):
            odd_s, _ = timed(text)
            print(f"  {size:>6,} chars of {name:<6} {odd_s:6.2f} s   normal note of that length {normal_s:6.2f} s   "
                  f"ratio {odd_s / normal_s:5.2f}")  # fmt: skip
    big = NOTE * (1_200_000 // len(NOTE) + 1)
    seconds, found = timed(big)
    normal_s, normal_found = timed(NOTE * 100)
    per_char = normal_s / len(NOTE * 100)
    print(f"  {len(big):,} chars (over spaCy's limit, in parts): {seconds:.1f} s, {found:,} detections "
          f"({found / (len(big) // len(NOTE)):.1f} per note, {normal_found / 100:.1f} in a short text); "
          f"{seconds / (per_char * len(big)):.2f}x the time per character of a 100-note text")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
