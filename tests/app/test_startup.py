"""The first screen imports nothing heavy: spaCy and Presidio load only in a worker when a step needs them."""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import sys
from casusprep.cli import build_parser
build_parser()  # what `casusprep` does before it starts the app
from casusprep.app.app import CasusprepApp

class Probe(CasusprepApp):
    def on_mount(self):
        super().on_mount()
        self.screen.call_after_refresh(self._painted)

    def _painted(self):
        print("SCREEN", type(self.screen).__name__, self.screen.query_one("#pass1").id, flush=True)
        self.exit(0)

Probe().run(headless=True)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"spacy", "presidio_analyzer", "presidio_anonymizer",
               "thinc", "torch", "docx", "docxtpl"} or m in {"casusprep.anonymise.api", "casusprep.documents"})
print("HEAVY", heavy)
"""


def test_first_screen_imports_no_nlp(data_dir) -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True).stdout
    assert "SCREEN UnlockScreen pass1" in out
    assert "HEAVY []" in out, out


async def test_engine_warms_up_in_a_worker_once_a_case_is_open(monkeypatch) -> None:
    """Not on the first screens (they stay light), but as soon as a case is open, in a thread, once: the
    Anonimiseren review then finds the anonymiser loaded."""
    import threading

    from tests.app.helpers import first_run, go_step

    import casusprep.anonymise
    from casusprep.app.app import CasusprepApp
    from casusprep.app.screens.case import CaseScreen

    calls: list[bool] = []
    monkeypatch.setattr(CaseScreen, "engine_warm_up_started", False)
    monkeypatch.setattr(
        casusprep.anonymise, "warm_up", lambda: calls.append(threading.current_thread() is threading.main_thread())
    )
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await first_run(pilot)
        await app.workers.wait_for_complete()
        assert calls == []  # the home screen does not load it
        await pilot.press("ctrl+n")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert calls == [False]  # loaded once, not on the UI thread
        await go_step(pilot, 2)
        await go_step(pilot, 6)
        await app.workers.wait_for_complete()
        assert calls == [False]


async def test_a_burst_of_passphrase_tab_passphrase_enter_creates_the_store() -> None:
    """A password manager types everything at once: the Tab in the burst must move on to the second field."""
    from textual import events

    from casusprep.app.app import CasusprepApp
    from casusprep.app.screens.unlock import UnlockScreen

    passphrase = "Zonnebloem-Kastanje-42"
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(100):
            if isinstance(app.screen, UnlockScreen) and app.screen.focused is not None:
                break
            await pilot.pause(0.05)
        keys = [events.Key(c, c) for c in passphrase] + [events.Key("tab", "\t")]
        keys += [events.Key(c, c) for c in passphrase] + [events.Key("enter", "\r")]
        for key in keys:  # posted without waiting in between, as a terminal delivers a burst
            app.post_message(key)
        for _ in range(200):
            if app.store is not None:
                break
            await pilot.pause(0.05)
        assert app.store is not None, str(app.screen.query_one("#unlock-error").render())
