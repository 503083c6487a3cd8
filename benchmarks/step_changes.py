"""Step changes in the real app, driven in tmux as a coach would: time per change, and hurried changes.

    PYTHONPATH=src python benchmarks/step_changes.py [--size 100x30] [--hurried 60]

What it does: a fresh data folder with the invented example case, the app started in a tmux pane, unlocked
and the case opened by keystrokes. Then:
1. timed changes: F3 through all steps and F2 back (twice); each time from the key press until the header
   ("Stap n/8: title"), the step's own title and the help panel all show the new step (a tmux capture every
   few ms). The same for a bare Textual app of the same shape (benchmarks/_bare_steps.py).
2. hurried changes: N changes 0.15-0.9 s apart in both directions through every step (Anonimiseren too),
   without waiting for them; afterwards the app must still run and show one step in header, body and help.
Prints the median and maximum per app, their ratio and the number of crashes. Nothing here is asserted:
the figures go in the report.
"""

from __future__ import annotations

import argparse
import os
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PASSPHRASE = "een-goed-wachtwoord-voor-de-meting"
SESSION = "casusprep-bench"


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=False, capture_output=True, text=True).stdout


def screen() -> list[str]:
    return tmux("capture-pane", "-p", "-t", SESSION).splitlines()


def start(command: str, size: tuple[int, int], env: dict[str, str]) -> None:
    tmux("kill-session", "-t", SESSION)
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    shell = f"cd {shlex.quote(str(ROOT))} && env {exports} {command}; echo; echo PROCESS-ENDED $?; sleep 600"
    tmux("new-session", "-d", "-s", SESSION, "-x", str(size[0]), "-y", str(size[1]), shell)


def wait_for(predicate, timeout: float = 30.0) -> float | None:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if predicate(screen()):
            return time.perf_counter() - t0
        time.sleep(0.003)
    return None


def crashed(lines: list[str]) -> bool:
    text = "\n".join(lines)
    return "PROCESS-ENDED" in text or "onverwacht gestopt" in text or "Traceback" in text


def shows_step(lines: list[str], number: int, title: str, count: int, body_row: int, help_col: int) -> bool:
    """Header, the step's own title and the help panel all show step ``number``."""
    if len(lines) <= body_row or f"Stap {number}/{count}: {title}" not in lines[0]:
        return False
    if not lines[body_row][:help_col].strip().startswith(title):
        return False
    return any(title in line[help_col:] for line in lines[1 : body_row + 3])


def timed_changes(titles: list[str], body_row: int, help_col: int, rounds: int) -> list[float]:
    times = []
    index = 0
    count = len(titles)
    for _ in range(rounds):
        for key, delta in (("F3", 1), ("F2", -1)):
            for _ in range(count - 1):
                index += delta
                t0 = time.perf_counter()
                tmux("send-keys", "-t", SESSION, key)
                took = wait_for(lambda lines, i=index: shows_step(lines, i + 1, titles[i], count, body_row, help_col))
                times.append((time.perf_counter() - t0) if took is not None else float("inf"))
                time.sleep(0.2)
    return times


def hurried(titles: list[str], n: int, body_row: int, help_col: int, seed: int = 7) -> tuple[int, bool]:
    """N changes without waiting; returns (crashes, consistent afterwards)."""
    rng = random.Random(seed)
    index = 0
    count = len(titles)
    for _ in range(n):
        if index == 0:
            delta = 1
        elif index == count - 1:
            delta = -1
        else:
            delta = 1 if rng.random() < 0.6 else -1
        index += delta
        tmux("send-keys", "-t", SESSION, "F3" if delta > 0 else "F2")
        time.sleep(rng.uniform(0.15, 0.9))
        if crashed(screen()):
            return 1, False
    settled = wait_for(lambda lines: shows_step(lines, index + 1, titles[index], count, body_row, help_col), 15)
    return (1 if crashed(screen()) else 0), settled is not None


def run_casusprep(size: tuple[int, int], rounds: int, n_hurried: int) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    data = Path(tempfile.mkdtemp(prefix="casusprep-bench-"))
    env = {"CASUSPREP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT / "src")}
    os.environ.update(env)
    from casusprep.app.flow import steps
    from casusprep.example import example_case
    from casusprep.store import Store

    store, _ = Store.create(PASSPHRASE)
    store.save(example_case())
    store.close()
    titles = [s.title for s in steps()]
    start(f"{shlex.quote(PYTHON)} -m casusprep", size, env)
    wait_for(lambda lines: any("ontgrendelen" in line for line in lines))
    tmux("send-keys", "-t", SESSION, "-l", PASSPHRASE)
    tmux("send-keys", "-t", SESSION, "Enter")
    wait_for(lambda lines: any("Mijn casussen" in line for line in lines))
    time.sleep(0.5)
    tmux("send-keys", "-t", SESSION, "Enter")
    wait_for(lambda lines: "Stap 1/" in (lines[0] if lines else ""))
    time.sleep(4)  # the steps are mounted in the background and the NLP warms up: a coach reads step 1 first
    help_col = size[0] - 38 if size[0] >= 100 else size[0] - 30
    times = timed_changes(titles, 2, help_col, rounds)
    crashes, consistent = hurried(titles, n_hurried, 2, help_col)
    tmux("send-keys", "-t", SESSION, "C-q")
    time.sleep(1)
    tmux("kill-session", "-t", SESSION)
    return {"times": times, "crashes": crashes, "consistent": consistent}


def run_bare(size: tuple[int, int], rounds: int) -> dict:
    from benchmarks._bare_steps import TITLES  # type: ignore[import-not-found]

    start(f"{shlex.quote(PYTHON)} benchmarks/_bare_steps.py", size, {"PYTHONPATH": str(ROOT)})
    wait_for(lambda lines: "Stap 1/8" in (lines[0] if lines else ""))
    time.sleep(2)
    times = timed_changes(list(TITLES), 1, size[0] - 38, rounds)
    tmux("kill-session", "-t", SESSION)
    return {"times": times}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="100x30")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--hurried", type=int, default=60)
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.split("x"))
    sys.path.insert(0, str(ROOT))
    bare = run_bare(size, args.rounds)  # type: ignore[arg-type]
    app = run_casusprep(size, args.rounds, args.hurried)  # type: ignore[arg-type]
    med_app, med_bare = statistics.median(app["times"]), statistics.median(bare["times"])
    print(f"terminal {args.size}, {len(app['times'])} timed step changes per app")
    print(f"casusprep: median {med_app * 1000:.0f} ms, max {max(app['times']) * 1000:.0f} ms")
    print(f"bare 8-step ContentSwitcher app: median {med_bare * 1000:.0f} ms, max {max(bare['times']) * 1000:.0f} ms")
    print(f"ratio of medians: {med_app / med_bare:.2f}")
    print(
        f"hurried: {args.hurried} changes 0.15-0.9 s apart: crashes {app['crashes']}, "
        f"header/step/help consistent afterwards: {app['consistent']}"
    )


if __name__ == "__main__":
    main()
