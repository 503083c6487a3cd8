"""Correcting a registered signal in the real app (Pilot, 80x24, keyboard only): the reason is asked once,
it is stored with the revision, and F5 shows the signal's history with the old and the new text."""

from __future__ import annotations

from tests.app.helpers import PASSPHRASE, bound, go_step, home_with_one_case, seed_case, unlock, until
from textual.widgets import Input, Static

from casusprep.app.app import CasusprepApp
from casusprep.app.dialogs import HistoryScreen, ReasonScreen
from casusprep.app.screens.case import CaseScreen
from casusprep.case import Case, Signal
from casusprep.store import Store

REGISTERED = "Ze huilde bij het afscheid."


def _registered_case() -> Case:
    """A case with one signal, saved in an earlier session (a store opened and closed before the app)."""
    case = Case(title="registratie")
    case.signals.append(Signal(observation=REGISTERED))
    return seed_case(case)


async def test_correcting_a_registered_signal_asks_a_reason_and_f5_shows_the_history() -> None:
    case = _registered_case()
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("enter")  # open the one case in the list
        await until(pilot, lambda: isinstance(app.screen, CaseScreen), "the case")
        await go_step(pilot, 2)
        area = bound(app, "signals[0].observation")
        area.focus()
        area.move_cursor(area.document.end)  # type: ignore[attr-defined]  # the bound widget is a TextArea
        await pilot.press(*" Daarna speelde ze.")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen), "no question while she types"
        area.move_cursor(area.document.end)  # type: ignore[attr-defined]
        await pilot.press(*" Alleen.")
        text = area.text  # type: ignore[attr-defined]  # the bound widget is a TextArea
        assert text == REGISTERED + " Daarna speelde ze. Alleen."

        await pilot.press("f5")  # moving on (the history, another signal or step, the list) asks why, once
        await until(pilot, lambda: isinstance(app.screen, ReasonScreen), "the reason question")
        await until(pilot, lambda: app.screen.focused is app.screen.query_one("#reason", Input), "focus on reason")
        await pilot.press(*"aangevuld na navraag", "enter")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen), "the history")
        shown = [str(w.render()) for w in app.screen.query(Static)]
        assert "Geschiedenis van signaal 1" in shown
        changes = [line for line in shown if line.startswith("Wat heb ik gezien en gehoord?: ")]
        assert changes[0] == f"Wat heb ik gezien en gehoord?: (leeg)  →  {REGISTERED}"
        assert changes[-1] == f"Wat heb ik gezien en gehoord?: {REGISTERED}  →  {text}"
        assert "Reden: aangevuld na navraag" in shown
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, CaseScreen), "the history closed")
        area.focus()
        area.move_cursor(area.document.end)  # type: ignore[attr-defined]
        await pilot.press(*" Nog.")  # the same signal again in this session: not asked again
        await pilot.press("f3")
        await until(pilot, lambda: app.screen.step_index == 3, "the next step")  # type: ignore[attr-defined]
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("ctrl+q")

    with Store.open(PASSPHRASE) as store:
        last = store.history(case.id)[-1]
    [change] = [c for c in last.changes if c.path == "signals[0].observation"]
    assert (change.old, change.reason) == (REGISTERED, "aangevuld na navraag")
    assert change.new == REGISTERED + " Daarna speelde ze. Alleen. Nog."


async def test_quitting_after_a_correction_asks_the_reason_first() -> None:
    case = _registered_case()
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseScreen), "the case")
        await go_step(pilot, 2)
        bound(app, "signals[0].date").focus()
        await pilot.press(*"01/02/2026")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ReasonScreen), "the reason question")
        await pilot.press(*"datum verbeterd", "enter")
        await until(pilot, lambda: app.return_code is not None, "the app closed")
    with Store.open(PASSPHRASE) as store:
        [change] = [c for c in store.history(case.id)[-1].changes if c.path == "signals[0].date"]
    assert (change.old, change.new, change.reason) == (None, "2026-02-01", "datum verbeterd")


async def test_a_signal_added_in_this_session_is_a_draft_without_questions() -> None:
    _registered_case()
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await home_with_one_case(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseScreen), "the case")
        await go_step(pilot, 2)
        await pilot.click("#add-signal")
        await until(pilot, lambda: len(app.screen.case.signals) == 2, "the new signal")  # type: ignore[attr-defined]
        await until(pilot, lambda: _has(app, "signals[1].observation"), "the new signal's form")
        bound(app, "signals[1].observation").focus()
        await pilot.press(*"Nieuw signaal.")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen), "no reason asked for a draft"
        await pilot.press("ctrl+q")


def _has(app: CasusprepApp, path: str) -> bool:
    try:
        bound(app, path)
    except LookupError:
        return False
    return True


async def test_a_damaged_case_is_listed_by_id_and_restored_from_a_backup_in_the_app() -> None:
    import sqlite3

    from textual.widgets import DataTable

    from casusprep.app.dialogs import ConfirmScreen
    from casusprep.app.screens.home import HomeScreen

    case = _registered_case()
    with Store.open(PASSPHRASE) as store:
        intact = Case(title="blijft bruikbaar")
        store.save(intact)
        path = store.path
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM revisions WHERE case_id = ?", (case.id,))
    conn.commit()
    conn.close()

    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the case list")
        table = app.screen.query_one("#cases", DataTable)
        rows = {str(row.key.value): [str(c) for c in table.get_row(row.key)] for row in table.ordered_rows}
        assert rows[case.id][:2] == [case.id, "beschadigd"]
        assert rows[intact.id][0] == "blijft bruikbaar"
        table.move_cursor(row=table.get_row_index(case.id))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the offer of a backup")
        assert case.id in str(app.screen.query_one(Static).render())
        await pilot.press("tab", "enter")  # from Annuleren to Terugzetten
        await until(
            pilot,
            lambda: isinstance(app.screen, HomeScreen) and not app.open_store.damaged,
            "the case restored",
        )
        table = app.screen.query_one("#cases", DataTable)
        titles = {str(table.get_row(row.key)[0]) for row in table.ordered_rows}
        assert titles == {"registratie", "blijft bruikbaar"}
        await pilot.press("ctrl+q")


async def test_the_example_and_a_case_reopened_in_the_same_session_are_drafts() -> None:
    """Signals first saved in this session (the example case's, or a case left and reopened) ask nothing."""
    from tests.app.helpers import open_example

    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_example(pilot)
        await until(pilot, lambda: isinstance(app.screen, CaseScreen), "the example")
        await go_step(pilot, 2)
        bound(app, "signals[0].situation").focus()
        await pilot.press(*"x")
        await pilot.press("f3")
        await until(pilot, lambda: app.screen.step_index == 3, "the next step")  # type: ignore[attr-defined]
        assert isinstance(app.screen, CaseScreen)
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, CaseScreen), "the list")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CaseScreen), "the example again")
        await go_step(pilot, 2)
        bound(app, "signals[0].situation").focus()
        await pilot.press(*"y", "f3")
        await until(pilot, lambda: app.screen.step_index == 3, "the next step")  # type: ignore[attr-defined]
        assert isinstance(app.screen, CaseScreen), "no reason asked in the session that made the signals"
        await pilot.press("ctrl+q")
