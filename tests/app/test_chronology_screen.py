"""The chronology screen in the real app at 80x24 (Pilot): F4 from the case shows everything in date order
with gaps and series marked and the undated items last; the filters by key and by box; Enter opens the
line's item in its step; the command palette reaches it too."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

from rich.console import Console
from tests.app.helpers import first_run
from textual.command import CommandList
from textual.pilot import Pilot
from textual.widgets import OptionList, Static, TextArea

from casusprep.app.app import CasusprepApp
from casusprep.app.screens.case import CaseScreen
from casusprep.app.screens.chronology import ChronologyScreen
from casusprep.case import Action, Asker, Case, ParentsView, Person, Role, Signal
from casusprep.chronology import ChronologyKind

# Invented for this test.
CHILD = "Wout Maes"


def case() -> Case:
    return Case(
        title="Zorg om W.",
        asker=Asker.MANAGER,
        persons=[Person(name=CHILD, role=Role.CHILD), Person(id="oma", name="Rita Maes", role=Role.GRANDPARENT)],
        signals=[
            Signal(id="s2", date=dt.date(2026, 2, 4), observation="Een schram op de kin, vers."),
            Signal(id="s1", date=dt.date(2026, 1, 12), observation="Een blauwe plek op de scheen."),
            Signal(id="s3", date=dt.date(2026, 2, 6), observation="Wout at zijn boterhammen niet.", told_by="oma"),
            Signal(id="s0", observation="Wout wou niet naar buiten."),
        ],
        parents=ParentsView(spoken_to=True, spoken_to_on=dt.date(2026, 1, 13)),
        actions=[
            Action(id="a1", description="Melding aan Opgroeien", due=dt.date(2026, 2, 5), done=True),
            Action(id="a2", description="Overleg met het CLB van de broer"),
            Action(id="a3", description="Logboek bijhouden", due=dt.date(2026, 1, 20)),
        ],
        next_follow_up=dt.date(2026, 3, 2),
    )


async def wait_for(pilot: Pilot, condition: Callable[[], bool]) -> None:
    """Let the app work until ``condition`` holds (a bounded number of refreshes, no clock)."""
    for _ in range(200):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the app did not get there")


def lines(app: CasusprepApp) -> list[str]:
    """The list as plain text, one entry per option, rendered wide enough to read every column whole."""
    listing = app.screen.query_one("#chrono-list", OptionList)
    out = []
    for n in range(listing.option_count):
        console = Console(width=200, color_system=None, file=io.StringIO())
        with console.capture() as captured:
            console.print(listing.get_option_at_index(n).prompt)
        out.append(" ".join(captured.get().split()))
    return out


def palette_offers(app: CasusprepApp, name: str) -> bool:
    found = app.screen.query(CommandList)
    if not found:
        return False
    commands = found.first()
    return any(name in str(commands.get_option_at_index(n).prompt) for n in range(commands.option_count))


def chronology_shown(app: CasusprepApp) -> bool:
    """The screen is there and has filled its list (on mount)."""
    return (
        isinstance(app.screen, ChronologyScreen)
        and bool(app.screen.query("#chrono-list"))
        and (app.screen.query_one("#chrono-list", OptionList).option_count > 0)
    )


async def open_chronology(pilot: Pilot) -> CaseScreen:
    app = pilot.app
    await first_run(pilot)
    c = case()
    app.store.save(c)  # type: ignore[attr-defined]  # unlocked by first_run
    app.open_case(c.id)  # type: ignore[attr-defined]  # our app
    await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen))
    screen = app.screen
    await pilot.press("f4")
    await wait_for(pilot, lambda: chronology_shown(app))
    return screen  # type: ignore[return-value]  # checked just above


async def test_everything_stands_in_date_order_with_gaps_series_and_undated_last() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_chronology(pilot)
        shown = lines(app)
        assert shown == [
            "12/01/2026 signaal ↻1/2 Een blauwe plek op de scheen. verantwoordelijke",
            "13/01/2026 ouders De ouders werden aangesproken. verantwoordelijke",
            "20/01/2026 actie open Logboek bijhouden verantwoordelijke",
            "— 3 weken geen signaal geregistreerd —",
            "04/02/2026 signaal ↻2/2 Een schram op de kin, vers. verantwoordelijke",
            "05/02/2026 melding ✓ Melding aan Opgroeien verantwoordelijke",
            "06/02/2026 signaal horen zeggen (grootouder): Wout at zijn boterhammen niet. verantwoordelijke",
            "02/03/2026 opvolging Volgende opvolging van de situatie. verantwoordelijke",
            "Zonder datum",
            "signaal Wout wou niet naar buiten. verantwoordelijke",
            "overleg open Overleg met het CLB van de broer verantwoordelijke",
        ]
        legend = str(app.screen.query_one("#chrono-legend", Static).render())
        assert legend == "↻ reeks letsel: 2 signalen"
        # the gap line and the heading are not items: the cursor skips them
        listing = app.screen.query_one("#chrono-list", OptionList)
        assert listing.highlighted == 0
        await pilot.press("down", "down", "down")
        assert listing.highlighted == 4


async def test_the_filters_by_key_and_by_box_leave_only_the_chosen_kinds() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_chronology(pilot)
        await pilot.press("1")  # signals off
        await wait_for(pilot, lambda: not any(" signaal " in f" {line} " for line in lines(app)))
        assert not any("geen signaal geregistreerd" in line for line in lines(app))
        assert ChronologyKind.SIGNAL not in app.screen.chosen_kinds()  # type: ignore[attr-defined]
        await pilot.click("#chrono-filter-action")  # actions off by mouse
        await wait_for(pilot, lambda: not any("Logboek" in line for line in lines(app)))
        assert [line.split()[1] if line[0].isdigit() else line.split()[0] for line in lines(app)] == [
            "ouders",
            "melding",
            "opvolging",
            "Zonder",
            "overleg",
        ]
        for key in "2346":  # 5 (actions) is already off
            await pilot.press(key)
        await wait_for(pilot, lambda: not app.screen.query_one("#chrono-list").display)
        assert app.screen.query_one("#chrono-empty").display
        await pilot.press("1")
        await wait_for(pilot, lambda: app.screen.query_one("#chrono-list").display)
        only = [line for line in lines(app) if "geregistreerd" not in line and line != "Zonder datum"]
        assert len(only) == 4 and all(" signaal " in f" {line} " for line in only)


async def test_enter_opens_the_signal_in_its_step_and_escape_comes_back_without_moving() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        case_screen = await open_chronology(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is case_screen)
        assert case_screen.step_index == 0
        await pilot.press("f4")
        await wait_for(pilot, lambda: chronology_shown(app))
        await pilot.press("down", "down", "down", "enter")  # the schram of 4 February, the first signal entered
        await wait_for(pilot, lambda: app.screen is case_screen and case_screen.step_index == 2)
        await wait_for(pilot, lambda: getattr(app.focused, "path", "") == "signals[0].observation")
        assert isinstance(app.focused, TextArea) and app.focused.text.startswith("Een schram")


async def test_enter_opens_an_action_and_the_palette_reaches_the_screen() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        case_screen = await open_chronology(pilot)
        await pilot.press("end", "enter")  # the undated consultation with the CLB
        await wait_for(pilot, lambda: app.screen is case_screen and case_screen.step_index == 5)
        await wait_for(pilot, lambda: getattr(app.focused, "path", "") == "actions[1].description")
        await pilot.press("ctrl+p")
        await pilot.press(*"tijdlijn")
        await wait_for(pilot, lambda: palette_offers(app, "Tijdlijn van de casus"))
        await pilot.press("enter")
        await wait_for(pilot, lambda: chronology_shown(app))


async def test_at_80_columns_the_footer_names_f4_and_the_privacy_key_and_f2_still_moves_back() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        case_screen = await open_chronology(pilot)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is case_screen)
        shown = {b.binding.key_display for b in case_screen.active_bindings.values() if b.binding.show}
        assert {"F3", "F4", "^L"} <= shown and "F2" not in shown
        case_screen.set_focus(None)
        await pilot.press("f3")
        await wait_for(pilot, lambda: case_screen.step_index == 1)
        await pilot.press("f2")
        await wait_for(pilot, lambda: case_screen.step_index == 0)
