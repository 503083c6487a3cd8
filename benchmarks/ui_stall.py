"""How long the UI loop stalls while the anonymisation review detects long texts in its worker.

    python benchmarks/ui_stall.py [--fields 10] [--repeat 300] [--runs 3]

Runs the real app headless on a fresh data directory: a new case with FIELDS signals of a long invented text,
then the Anonimiseren step. A 50 ms timer on the UI loop records when it runs; the figure is the longest gap
between two ticks while detection runs (a stall the coach would feel as a frozen screen), with the detection's
duration and the machine's load average. Wall-clock figures depend on what else runs on the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time

TEXT = "Het kind speelde lang alleen in de zandbak en keek af en toe naar de deur. "


async def one_run(fields: int, repeat: int) -> tuple[float, float, int]:
    from textual.widgets import Input

    from casusprep.app.app import CasusprepApp
    from casusprep.case import Person, Role, Signal

    app = CasusprepApp()
    async with app.run_test(size=(140, 50)) as pilot:
        await pilot.pause()
        for field in ("#pass1", "#pass2"):
            app.screen.query_one(field, Input).value = "een-goed-wachtwoord"
        await pilot.click("#create")
        await pilot.pause()
        await pilot.click("#key-saved")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        screen = app.screen
        screen.case.persons.append(Person(name="Lotte Vermeulen", role=Role.CHILD))
        for n in range(fields):
            screen.case.signals.append(Signal(observation=f"Lotte, dag {n}. {TEXT * repeat}"))
        ticks: list[float] = []
        app.set_interval(0.05, lambda: ticks.append(time.monotonic()))
        start = time.monotonic()
        await pilot.click("#step-6")
        await pilot.pause()
        busy = screen.query_one("#anon-busy")
        while busy.display:
            await asyncio.sleep(0.02)
        took = time.monotonic() - start
        await pilot.press("ctrl+q")
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False) if a >= start]
    return took, max(gaps, default=float("nan")), len(gaps)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fields", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=300, help="sentences per field")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as data:
            os.environ["CASUSPREP_DATA_DIR"] = data
            took, stall, ticks = asyncio.run(one_run(args.fields, args.repeat))
        load = os.getloadavg()[0]
        print(
            f"run {run + 1}: detection {took:.2f} s, longest UI stall {stall:.2f} s over {ticks} ticks, "
            f"load_avg={load:.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
