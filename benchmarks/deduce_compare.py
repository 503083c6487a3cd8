"""Compare our engine with belgian-deduce: load time, throughput and peak RSS, each in its own process.

    python benchmarks/deduce_compare.py [--words 20000]

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
else:
    from casusprep.anonymise import anonymise_text
    use_model = sys.argv[1] == "ours"
    run = lambda text: anonymise_text(text, [], use_model=use_model)
run("Jan woont in Gent.")
ready = time.perf_counter() - t0
t1 = time.perf_counter()
for n in notes:
    run(n)
rate = sum(len(n.split()) for n in notes) / (time.perf_counter() - t1)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{sys.argv[1]:<14} ready={ready:5.2f}s throughput={rate:9,.0f} words/s peak_rss={rss:4.0f} MB")
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=20_000)
    args = parser.parse_args()
    for which in ("ours", "ours-no-model", "deduce"):
        subprocess.call([sys.executable, "-c", CHILD, which, str(args.words)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
