"""Time from process start to the first screen painted (target: under 1 s on this machine).

Why a subprocess: the figure must include interpreter start and every import on the way to the
first screen. The child starts the real app headless on a fresh data directory and exits from a
callback scheduled after the first refresh of the first screen; the parent measures wall time.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import sys, time
t0 = float(sys.argv[1])
from casusprep.app.app import CasusprepApp

class Probe(CasusprepApp):
    def on_mount(self):
        super().on_mount()
        # call_after_refresh on the screen: runs once the first screen has been painted
        self.screen.call_after_refresh(self._painted)

    def _painted(self):
        print(f"PAINTED {time.time() - t0:.3f}", flush=True)
        self.exit(0)

Probe().run(headless=True)
mods = [m for m in ("spacy", "presidio_analyzer", "docx", "docxtpl", "casusprep.store") if m in sys.modules]
print("HEAVY", ",".join(mods))
"""


def one_run() -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "CASUSPREP_DATA_DIR": data}
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(start)], env=env, capture_output=True, text=True, check=True
        ).stdout
        total = time.time() - start
    painted = float(next(line.split()[1] for line in out.splitlines() if line.startswith("PAINTED")))
    heavy = next(
        (line.split(" ", 1)[1] if " " in line else "") for line in out.splitlines() if line.startswith("HEAVY")
    )
    return painted, total, heavy.strip()


def one_tmux_run() -> float:
    """The real entry point in a real terminal (tmux): until the first screen's title is on the pane."""
    import shutil

    if not shutil.which("tmux"):
        raise SystemExit("tmux is not installed")
    exe = os.path.join(os.path.dirname(sys.executable), "casusprep")
    with tempfile.TemporaryDirectory() as data:
        session = f"casusprep-bench-{os.getpid()}"
        start = time.time()
        subprocess.run(
            ["tmux", "new", "-d", "-s", session, "-x", "100", "-y", "30", f"CASUSPREP_DATA_DIR={data} {exe}"],
            check=True,
        )
        try:
            while time.time() - start < 20:
                pane = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True)
                if "Welkom" in pane.stdout:
                    return time.time() - start
                time.sleep(0.005)
            raise SystemExit("first screen did not appear within 20 s")
        finally:
            subprocess.run(["tmux", "kill-session", "-t", session], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tmux", action="store_true", help="also measure `casusprep` in a real terminal (tmux)")
    args = parser.parse_args()
    one_run()  # warm the file cache and the bytecode
    results = [one_run() for _ in range(args.runs)]
    painted = [r[0] for r in results]
    print(
        f"first screen painted: median {statistics.median(painted):.3f} s, max {max(painted):.3f} s ({args.runs} runs)"
    )
    print(f"heavy modules loaded by then: {results[-1][2] or 'none'}")
    if args.tmux:
        runs = [one_tmux_run() for _ in range(args.runs)]
        print(f"casusprep in tmux, first screen visible: median {statistics.median(runs):.3f} s, max {max(runs):.3f} s")


if __name__ == "__main__":
    main()
