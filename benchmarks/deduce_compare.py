"""Compare our engine with belgian-deduce: load time, throughput and peak RSS, each in its own process.

    python benchmarks/deduce_compare.py [--words 62000]

``ours-batch`` is ``anonymise_texts`` (as ``casusprep anonymise --batch``, shared over the cores); the others run one
note at a time. End-to-end is start-up plus the whole input; helpers' peak RSS is the largest forked helper's.

belgian-deduce is already a dependency (its name and place lists feed our recognizers), so it is
measured from the same venv; a scratch venv (python -m venv /tmp/deduce-venv && pip install
belgian-deduce) gives the same figures. Invented text only.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

CHILD = r"""
import resource, sys, time
sys.path.insert(0, "benchmarks")
from engine_speed import NOTE
words = int(sys.argv[2])
notes = [NOTE] * max(1, words // len(NOTE.split()))
t0 = time.perf_counter()
if sys.argv[1] == "deduce":
    from belgian_deduce import Deduce
    d = Deduce()
    run = lambda text: d.deidentify(text)
elif sys.argv[1] == "ours-batch":
    from casusprep.anonymise import anonymise_text, anonymise_texts
    run = lambda text: anonymise_text(text, [])
else:
    from casusprep.anonymise import anonymise_text
    use_model = sys.argv[1] == "ours"
    run = lambda text: anonymise_text(text, [], use_model=use_model)
run("Jan woont in Gent.")
ready = time.perf_counter() - t0
t1 = time.perf_counter()
if sys.argv[1] == "ours-batch":
    anonymise_texts([(n, []) for n in notes])
else:
    for n in notes:
        run(n)
seconds = time.perf_counter() - t1
if sys.argv[1] == "ours-batch":
    from casusprep.anonymise.api import close_helpers
    close_helpers()  # a helper's peak RSS is known once it has ended
rate = sum(len(n.split()) for n in notes) / seconds
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{sys.argv[1]:<14} ready={ready:5.2f}s end-to-end={ready + seconds:6.1f}s throughput={rate:9,.0f} words/s "
      f"peak_rss={rss:4.0f} MB helpers_peak_rss={helpers:4.0f} MB")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=62_000)
    args = parser.parse_args()
    for which in ("ours-batch", "ours", "ours-no-model", "deduce"):
        subprocess.call([sys.executable, "-c", CHILD, which, str(args.words)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
