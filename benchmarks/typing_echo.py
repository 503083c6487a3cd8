"""Keystroke echo in a long observation, in the real app in tmux: from the key press until it is on screen.

    PYTHONPATH=src python benchmarks/typing_echo.py [--chars 30000] [--keys 40]

A fresh data folder holds one case whose first signal has an observation of ``--chars`` characters (invented
sentences, some with judging words, so the objectivity hints have work). The app is unlocked, the signal
opened, the cursor put at the end of the observation, and ``--keys`` letters are typed 0.15 s apart (a fast
typist); each is timed until the typed text shows in the pane. Prints the median and the maximum.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.step_changes import PASSPHRASE, PYTHON, ROOT, SESSION, screen, start, tmux, wait_for  # noqa: E402

SENTENCES = [
    "Het kind speelde alleen in de zandbak en keek af en toe naar de deur.",
    "Mama was bij het ophalen erg boos en duidelijk gestrest.",
    "Hij at zijn boterham niet op en zei dat hij geen honger had.",
    "Ze lijkt bang als papa binnenkomt.",
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chars", type=int, default=30_000)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--size", default="100x30")
    args = parser.parse_args()
    size = tuple(int(x) for x in args.size.split("x"))
    data = Path(tempfile.mkdtemp(prefix="casusprep-echo-"))
    env = {"CASUSPREP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT / "src")}
    os.environ.update(env)
    sys.path.insert(0, str(ROOT / "src"))
    from casusprep.case import Case, Person, Role, Signal
    from casusprep.store import Store

    text = ""
    n = 0
    while len(text) < args.chars:
        text += SENTENCES[n % len(SENTENCES)] + (" " if n % 7 else "\n")
        n += 1
    case = Case(
        title="Meting",
        persons=[Person(name="Lotte Peeters", role=Role.CHILD)],
        signals=[Signal(observation=text[: args.chars])],
        last_step=2,
    )
    store, _ = Store.create(PASSPHRASE)
    store.save(case)
    store.close()
    start(f"{PYTHON} -m casusprep", size, env)  # type: ignore[arg-type]
    wait_for(lambda lines: any("ontgrendelen" in line for line in lines))
    tmux("send-keys", "-t", SESSION, "-l", PASSPHRASE)
    tmux("send-keys", "-t", SESSION, "Enter")
    wait_for(lambda lines: any("Mijn casussen" in line for line in lines))
    time.sleep(0.5)
    tmux("send-keys", "-t", SESSION, "Enter")
    wait_for(lambda lines: "Stap 3/" in (lines[0] if lines else ""))
    time.sleep(5)  # the NLP warms up and the hints of the long text are checked once
    # The empty date field has the focus; Tab goes to the observation; to its end, on a new line.
    for key in ("Tab", "C-End", "Enter"):
        tmux("send-keys", "-t", SESSION, key)
        time.sleep(0.3)
    typed = ""
    letters = "kwyjibozqvx"
    times = []
    for i in range(args.keys):
        letter = letters[i % len(letters)]
        typed += letter
        t0 = time.perf_counter()
        tmux("send-keys", "-t", SESSION, "-l", letter)
        took = wait_for(lambda lines, t=typed[-12:]: any(t in line for line in lines), 10)
        times.append((time.perf_counter() - t0) if took is not None else float("inf"))
        time.sleep(0.15)
    tmux("send-keys", "-t", SESSION, "C-q")
    time.sleep(1)
    tmux("kill-session", "-t", SESSION)
    print(f"observation of {args.chars} characters, {args.keys} keys 0.15 s apart, terminal {args.size}")
    print(f"echo: median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    if any(t == float("inf") for t in times):
        print("some keys never showed within 10 s")
    _ = screen


if __name__ == "__main__":
    main()
