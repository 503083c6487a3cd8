"""Our engine against belgian-deduce on the same input, side by side in one run: end-to-end time, CPU time, peak RSS.

    python benchmarks/deduce_compare.py [--words 62000] [--rounds 3] [--all] [--same-note] [--baseline SRC]

Every run is a fresh process that imports, loads and anonymises the whole input; the sides alternate (ours,
deduce, ours, deduce ...) so a change in the machine's load reaches both. ``ours`` is batch mode
(``anonymise_texts``, as ``casusprep anonymise --batch``: shared over the cores by forked helpers); belgian-deduce
runs one note at a time, as it offers no batch mode. ``--all`` adds our one-text-at-a-time modes (with and
without the model), ``--baseline SRC`` batch mode from another source folder (the code before a change), in the
same rounds. End-to-end is from before the first import to the last result. The input is the invented
notes of ``speed_notes`` in turn, each text different from every other (``--same-note``: one note repeated, as
this benchmark used to run).

Wall clock on a shared machine mostly measures the other processes, so each run also reports its CPU time (its
own and its helpers', and how much of it went to start-up) and the load average at its start; the ratio is given
per round (the two neighbouring runs) and over the medians. Peak RSS is per process (the main process, and the
largest helper).

belgian-deduce is already a dependency (its name and place lists feed our recognizers), so it is measured from
the same venv; a scratch venv (python -m venv /tmp/deduce-venv && pip install belgian-deduce) gives the same
figures. Invented text only.

belgian-deduce runs from site-packages, compiled to bytecode when it was installed, as an installed casusprep is.
Our sources here run from a source folder, and with PYTHONDONTWRITEBYTECODE set (as in the project's shells) Python
compiles every one of them again at every start (some 0.1 s of CPU). So before the rounds the source folders of our
side are compiled once (``compileall``, into their ``__pycache__``, which git ignores), as installing does;
``--no-compile`` leaves them as they are (bytecode an earlier run left in ``__pycache__`` is still read: remove it to
measure the compiling at every start).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys

CHILD = r"""
import json, os, resource, sys, time
t0, c0 = time.perf_counter(), time.process_time()
load = os.getloadavg()[0]
sys.path.insert(0, "benchmarks")
from speed_notes import NOTES, varied
which, words, same = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "same"
notes = [NOTES[0]] * max(1, words // len(NOTES[0].split())) if same else varied(words)
if which == "deduce":
    from belgian_deduce import Deduce
    d = Deduce()
    run = lambda text: d.deidentify(text)
else:
    from casusprep.anonymise import anonymise_text, anonymise_texts
    run = lambda text: anonymise_text(text, [], use_model=which != "ours-no-model")
run("Jan woont in Gent.")
ready, ready_cpu = time.perf_counter() - t0, time.process_time() - c0
t1 = time.perf_counter()
if which == "ours":
    anonymise_texts([(n, []) for n in notes])
    from casusprep.anonymise.api import close_helpers
    close_helpers()  # a helper's CPU time and peak RSS are known once it has ended
else:
    for n in notes:
        run(n)
end = time.perf_counter()
me, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "which": which, "words": sum(len(n.split()) for n in notes), "load": load, "ready": ready, "ready_cpu": ready_cpu,
    "work": end - t1, "end_to_end": end - t0,
    "cpu": me.ru_utime + me.ru_stime + helpers.ru_utime + helpers.ru_stime,
    "rss": me.ru_maxrss / 1024, "helper_rss": helpers.ru_maxrss / 1024,
}))
"""


def run(side: str, words: int, same: bool, baseline: str = "") -> dict:
    env = dict(os.environ)
    which = side
    if side == "ours-baseline":  # the same batch mode, from another source folder (the code before a change)
        which, env["PYTHONPATH"] = "ours", baseline
    out = subprocess.run(
        [sys.executable, "-c", CHILD, which, str(words), "same" if same else "varied"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return {**json.loads(out.stdout.strip().splitlines()[-1]), "which": side}


def show(r: dict) -> None:
    print(f"  {r['which']:<14} load={r['load']:4.1f} ready={r['ready']:5.2f}s (cpu {r['ready_cpu']:5.2f}s) "
          f"work={r['work']:6.2f}s end-to-end={r['end_to_end']:6.2f}s cpu={r['cpu']:6.2f}s "
          f"({r['words'] / r['work']:8,.0f} words/s) "
          f"peak_rss={r['rss']:5.0f} MB helper_rss={r['helper_rss']:4.0f} MB", flush=True)  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=62_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--all", action="store_true", help="also our one-text-at-a-time modes")
    parser.add_argument("--same-note", action="store_true", help="one invented note repeated instead of several")
    parser.add_argument("--baseline", default="", help="also batch mode from this src folder (the code before)")
    parser.add_argument("--no-compile", action="store_true", help="do not compile our sources to bytecode first")
    args = parser.parse_args()
    if not args.no_compile:  # as installing does; belgian-deduce in site-packages was compiled when installed
        folders = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) + [args.baseline] if p]
        for folder in folders:
            compileall.compile_dir(folder, quiet=1, force=False)
    sides = ("ours", "deduce") + (("ours-single", "ours-no-model") if args.all else ())
    sides += ("ours-baseline",) if args.baseline else ()
    kind = "one note repeated" if args.same_note else "varied notes"
    print(f"{args.words:,} words of {kind}, {args.rounds} rounds, {len(os.sched_getaffinity(0))} cores, "
          f"load average at start {os.getloadavg()[0]:.1f}, our sources "
          f"{'not compiled first' if args.no_compile else 'compiled to bytecode first'}")  # fmt: skip
    results: dict[str, list[dict]] = {s: [] for s in sides}
    wall_ratios, cpu_ratios = [], []
    for n in range(1, args.rounds + 1):
        print(f"round {n}")
        for side in sides:
            results[side].append(run(side, args.words, args.same_note, args.baseline))
            show(results[side][-1])
        ours, deduce = results["ours"][-1], results["deduce"][-1]
        wall_ratios.append(deduce["end_to_end"] / ours["end_to_end"])
        cpu_ratios.append(deduce["cpu"] / ours["cpu"])
        print(f"  ratio deduce/ours: end-to-end {wall_ratios[-1]:.2f}x, CPU {cpu_ratios[-1]:.2f}x")

    def median(side: str, key: str) -> float:
        return statistics.median(r[key] for r in results[side])

    print("medians")
    for side in sides:
        print(f"  {side:<14} end-to-end={median(side, 'end_to_end'):6.2f}s cpu={median(side, 'cpu'):6.2f}s "
              f"ready={median(side, 'ready'):5.2f}s max peak_rss={max(r['rss'] for r in results[side]):5.0f} MB "
              f"max helper_rss={max(r['helper_rss'] for r in results[side]):4.0f} MB")  # fmt: skip
    print(f"ratio deduce/ours end-to-end: {median('deduce', 'end_to_end') / median('ours', 'end_to_end'):.2f}x "
          f"(medians; per round {', '.join(f'{r:.2f}' for r in wall_ratios)}); "
          f"CPU: {median('deduce', 'cpu') / median('ours', 'cpu'):.2f}x "
          f"(per round {', '.join(f'{r:.2f}' for r in cpu_ratios)}); "
          f"load average {min(r['load'] for rs in results.values() for r in rs):.1f}-"
          f"{max(r['load'] for rs in results.values() for r in rs):.1f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
