"""The indirect-identifier question in the Anonimiseren step (real app at 80x24, real store, real detection in
the review's worker): the details are asked as "Kan iemand het gezin hierdoor herkennen?" with why; "Algemener
maken" by keyboard puts the coach's wording in the anonymised text, "Laten staan" keeps the detail, and both
answers are stored with the case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tests.app.helpers import first_run
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static

from casusprep.app.app import CasusprepApp
from casusprep.app.flow import index_of
from casusprep.app.screens.case import CaseScreen
from casusprep.app.widgets.review.indirect import IndirectPanel
from casusprep.case import Case, Person, Role, Signal

# Invented for this test.
NOTE = "Lien vertelde over de brand bij hen thuis. Papa werkt als beiaardier."


def case() -> Case:
    return Case(
        title="Zorg om L.",
        persons=[Person(name="Lien Claeys", role=Role.CHILD)],
        signals=[Signal(date=dt.date(2026, 4, 7), observation=NOTE)],
    )


async def wait_for(pilot: Pilot, condition: Callable[[], bool]) -> None:
    """Let the app work (and the review's worker finish) until ``condition`` holds; no clock."""
    for _ in range(400):
        if condition():
            return
        await pilot.pause()
        if pilot.app.screen.is_mounted:
            await pilot.app.workers.wait_for_complete()
    raise AssertionError("the app did not get there")


def rows(panel: IndirectPanel) -> dict[str, str]:
    """Detail -> the answer column, as shown."""
    table = panel.query_one("#indirect-list", DataTable)
    return {str(table.get_row_at(n)[2]): str(table.get_row_at(n)[0]) for n in range(table.row_count)}


def anonymised(app) -> str:
    return " ".join(str(w.render()) for w in app.screen.query(".anon-text").results(Static))


async def select(pilot: Pilot, panel: IndirectPanel, text: str) -> None:
    table = panel.query_one("#indirect-list", DataTable)
    table.focus()
    keys = [q.text for q in panel.questions]
    await pilot.press("ctrl+home", *["down"] * keys.index(text))
    await wait_for(pilot, lambda: panel.selected() is not None and panel.selected().text == text)


async def test_the_question_and_both_answers_by_keyboard() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await first_run(pilot)
        c = case()
        app.open_store.save(c)
        app.open_case(c.id)
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen) and bool(app.screen.query("#steps")))
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        await screen.go_to(index_of("anonimiseren"))
        panel = screen.query_one(IndirectPanel)
        await wait_for(pilot, lambda: len(panel.questions) == 2)
        assert rows(panel) == {"de brand": "vraag", "beiaardier": "vraag"}
        assert "muzikant" not in anonymised(app) and "beiaardier" in anonymised(app)  # nothing removed by itself

        # "Algemener maken": Enter on the detail goes to the proposed wording; she changes it and presses Enter.
        await select(pilot, panel, "beiaardier")
        why = str(panel.query_one("#indirect-why", Static).render())
        assert 'Kan iemand het gezin herkennen aan "beiaardier"?' in why and "zeldzaam beroep" in why
        await pilot.press("enter")
        wording = panel.query_one("#indirect-wording", Input)
        assert app.focused is wording and wording.value == "muzikant"
        wording.value = ""
        await pilot.press(*"speelt muziek")
        await pilot.press("enter")
        await wait_for(pilot, lambda: rows(panel).get("beiaardier") == "algemener: speelt muziek")
        assert "speelt muziek" in anonymised(app) and "beiaardier" not in anonymised(app)
        assert screen.case.anonymisation.generalised == {"beiaardier": "speelt muziek"}

        # "Laten staan" on the other one: recorded as her decision, the text stays.
        await select(pilot, panel, "de brand")
        panel.query_one("#indirect-leave").focus()
        await pilot.press("enter")
        await wait_for(pilot, lambda: rows(panel).get("de brand") == "laten staan")
        assert "de brand" in anonymised(app)
        assert screen.case.anonymisation.left_as_is == ["de brand"]

        # An empty wording is refused with a message, and nothing changes.
        await select(pilot, panel, "de brand")
        panel.query_one("#indirect-wording", Input).value = ""
        await pilot.click("#indirect-generalise")
        error = panel.query_one("#indirect-error", Static)
        assert error.display and "Typ eerst" in str(error.render())
        assert screen.case.anonymisation.left_as_is == ["de brand"]

        await pilot.press("escape")  # leaving the case saves it
        await wait_for(pilot, lambda: not isinstance(app.screen, CaseScreen))
        stored = app.open_store.load(c.id)
        assert stored.anonymisation.generalised == {"beiaardier": "speelt muziek"}
        assert stored.anonymisation.left_as_is == ["de brand"]
