"""Handing a case over and taking it over in the real app (Pilot), between two data folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.app.helpers import PASSPHRASE, click_visible, home_with_one_case, seed_case, unlock
from textual.widgets import DataTable, Input, Select, Static

from casusprep.app.app import CasusprepApp
from casusprep.app.dialogs import ConfirmScreen
from casusprep.app.screens.handover import HandoverScreen, TakeOverScreen
from casusprep.app.screens.home import HomeScreen
from casusprep.example import example_case
from casusprep.handover import DOCUMENT_IN, DOCUMENT_OUT
from casusprep.store import Store

OTHER_PASSPHRASE = "trein naar zee met drie katten"
HANDOVER_PASS = "paarse olifant danst op zolder"


async def _settle(pilot) -> None:
    """Wait for the dialog's worker (age's scrypt) and for what it sent back to the UI."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _message(app) -> str:
    return str(app.screen.query_one("#handover-message", Static).render())


async def _hand_over(tmp_path: Path) -> tuple[str, Path]:
    case = seed_case(example_case())
    target = tmp_path / "uit" / "overdracht-app.age"
    target.parent.mkdir()
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, HandoverScreen)
        shown = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert f"Casus: {case.title}" in shown, "she sees which case she is handing over"

        await click_visible(pilot, "#handover-go")  # no role yet: a Dutch reason, nothing written
        assert "rol" in _message(app)
        app.screen.query_one("#handover-role", Select).value = "verantwoordelijke"
        app.screen.query_one("#handover-file", Input).value = str(target)
        app.screen.query_one("#handover-pass1", Input).value = "kort"
        app.screen.query_one("#handover-pass2", Input).value = "kort"
        app.screen.query_one("#handover-pass2", Input).focus()
        await pilot.press("enter")  # Enter in the last field makes the file too
        await _settle(pilot)
        assert isinstance(app.screen, HandoverScreen) and "te kort" in _message(app)
        assert not target.exists()

        app.screen.query_one("#handover-pass1", Input).value = HANDOVER_PASS
        app.screen.query_one("#handover-pass2", Input).value = HANDOVER_PASS
        await click_visible(pilot, "#handover-go")
        await _settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert target.is_file()
    with Store.open(PASSPHRASE) as store:
        entries = store.audit(case.id)
    assert [(e.document, e.recipient_kind) for e in entries] == [(DOCUMENT_OUT, "collega verantwoordelijke")]
    return case.id, target


async def test_hand_over_in_one_app_and_take_over_in_another(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, path = await _hand_over(tmp_path)
    with Store.open(PASSPHRASE) as store:
        sent = store.load(case_id).model_dump(mode="json")

    other = tmp_path / "collega"
    monkeypatch.setenv("CASUSPREP_DATA_DIR", str(other))
    Store.create(OTHER_PASSPHRASE)[0].close()
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, OTHER_PASSPHRASE)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, TakeOverScreen)
        app.screen.query_one("#handover-file", Input).value = str(path)
        app.screen.query_one("#handover-role", Select).value = "coach"
        app.screen.query_one("#handover-pass1", Input).value = "een verkeerd wachtwoord"
        await click_visible(pilot, "#handover-go")
        await _settle(pilot)
        assert isinstance(app.screen, TakeOverScreen)
        assert "wachtwoord van de overdracht klopt niet" in _message(app)
        assert app.screen.query_one("#handover-pass1", Input).value == ""
        assert app.open_store.list() == []

        busy_seen: list[bool] = []

        def tick() -> None:  # runs on the UI loop: sees the dialog busy while age's scrypt runs in a child process
            # A dialog still being built has no button yet; only a built one says whether it is busy.
            if isinstance(app.screen, TakeOverScreen):
                busy_seen.extend(button.disabled for button in app.screen.query("#handover-go"))

        ticker = app.set_interval(0.05, tick)
        await pilot.press(*HANDOVER_PASS)
        await pilot.press("enter")
        await _settle(pilot)
        ticker.stop()  # only this take-over is watched; the next dialog is opened below
        assert any(busy_seen), "the UI loop kept running while the file was decrypted"
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#cases", DataTable)
        assert table.row_count == 1
        got = app.open_store.load(case_id).model_dump(mode="json")
        assert {k: v for k, v in got.items() if k != "updated_at"} == {
            k: v for k, v in sent.items() if k != "updated_at"
        }
        assert [(e.document, e.recipient_kind) for e in app.open_store.audit(case_id)] == [
            (DOCUMENT_IN, "collega pedagogisch coach")
        ]

        # Changed here, then the same handover again: the app asks before replacing, and "Annuleren" keeps it.
        case = app.open_store.load(case_id)
        case.question = "Wat de collega hier al schreef"
        app.open_store.save(case)
        await pilot.press("ctrl+r")
        await pilot.pause()
        app.screen.query_one("#handover-file", Input).value = str(path)
        app.screen.query_one("#handover-role", Select).value = "coach"
        app.screen.query_one("#handover-pass1", Input).value = HANDOVER_PASS
        await click_visible(pilot, "#handover-go")
        await _settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#no")
        await pilot.pause()
        assert isinstance(app.screen, TakeOverScreen) and "niets ingelezen" in _message(app)
        assert app.open_store.load(case_id).question == "Wat de collega hier al schreef"

        await click_visible(pilot, "#handover-go")
        await _settle(pilot)
        await pilot.click("#yes")
        await _settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.open_store.load(case_id).question == sent["question"]
        assert len(app.open_store.list()) == 1
        assert [e.document for e in app.open_store.audit(case_id)] == [DOCUMENT_IN, DOCUMENT_IN]


async def test_a_file_of_another_kind_is_refused_in_the_app(tmp_path: Path) -> None:
    seed_case(example_case())
    other = tmp_path / "overdracht-geen.age"
    other.write_bytes(b"PK\x03\x04 geen overdracht")
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause()
        app.screen.query_one("#handover-file", Input).value = str(other)
        app.screen.query_one("#handover-role", Select).value = "ander"
        app.screen.query_one("#handover-pass1", Input).value = HANDOVER_PASS
        await click_visible(pilot, "#handover-go")
        await _settle(pilot)
        assert "geen overdracht van casusprep" in _message(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and len(app.open_store.list()) == 1


async def test_the_command_palette_offers_both_from_the_case_list() -> None:
    from textual.command import CommandList

    seed_case(example_case())
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"overdracht van")
        palette = app.screen
        for _ in range(100):  # the palette searches in the background
            shown = " ".join(str(o.prompt) for o in palette.query_one(CommandList).options)
            if "Overdracht van een collega inlezen" in shown:
                break
            await pilot.pause(0.05)
        assert "Overdracht van een collega inlezen" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TakeOverScreen)


async def test_the_privacy_key_during_a_handover_keeps_the_screen_hidden(tmp_path: Path) -> None:
    """Ctrl+L while the file is being written: the work goes on, the screen stays hidden until she brings it
    back, and only then does the dialog close with its result."""
    from casusprep.app.screens.privacy import PrivacyScreen

    seed_case(example_case())
    target = tmp_path / "overdracht-privacy.age"
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one("#handover-role", Select).value = "organisator"
        app.screen.query_one("#handover-file", Input).value = str(target)
        for field in ("#handover-pass1", "#handover-pass2"):
            app.screen.query_one(field, Input).value = HANDOVER_PASS
        await click_visible(pilot, "#handover-go")
        await pilot.press("ctrl+l")
        await _settle(pilot)
        assert target.is_file(), "the handover was written while the screen was hidden"
        assert isinstance(app.screen, PrivacyScreen)
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
