"""Leaving a case while a step is still being mounted in the background never takes the app down.

The case screen mounts the steps she has not visited yet in the background. When she leaves the case (or
quits) during such a mount, the widgets are removed while their set-up is still to run. These tests remove a
subtree at every point of its mount (after 0, 1, 2, ... turns of the event loop), so the moment that once
crashed the app is always among them.
"""

from __future__ import annotations

import asyncio

import pytest
from textual.app import App, ComposeResult
from textual.containers import Vertical

from casusprep.app.dialogs import ConfirmScreen
from casusprep.app.flow import steps
from casusprep.app.screens.chronology import ChronologyScreen
from casusprep.app.screens.unlock import RecoveryKeyScreen, UnlockScreen
from casusprep.app.widgets.fields import BoundSelect, Choice
from casusprep.app.widgets.header import AppHeader
from casusprep.app.widgets.steps import step_class
from casusprep.example import example_case

TURNS = 40  # more event-loop turns than a mount of the largest step takes on an idle machine


class Host(App[None]):
    def compose(self) -> ComposeResult:
        yield Vertical(id="host")


async def remove_at_every_turn(make) -> None:
    """Mount what ``make()`` returns into a fresh box, and remove the box after 0..TURNS loop turns."""
    app = Host()
    async with app.run_test() as pilot:
        host = app.query_one("#host")
        for turns in range(TURNS):
            box = Vertical()
            await host.mount(box)
            box.mount(*make())
            for _ in range(turns):
                await asyncio.sleep(0)
            await box.remove()
        await pilot.pause()
        assert not host.children  # every box is gone, and the app is still running
        assert app.is_running


async def test_a_choice_removed_while_it_mounts_does_not_crash() -> None:
    await remove_at_every_turn(
        lambda: (
            [BoundSelect("p", [("een", 1), ("twee", 2)], 1) for _ in range(20)]
            + [Choice([("drie", 3)], value=3, allow_blank=False) for _ in range(5)]
        )
    )


@pytest.mark.parametrize("key", [spec.key for spec in steps()])
async def test_a_step_removed_while_it_mounts_does_not_crash(key: str) -> None:
    index = next(spec.index for spec in steps() if spec.key == key)
    case = example_case()
    await remove_at_every_turn(lambda: [step_class(index)(case)])


async def close_at_every_turn(make) -> None:
    """Push the screen ``make()`` returns and close it again after 0..TURNS loop turns."""
    app = Host()
    async with app.run_test() as pilot:
        for turns in range(TURNS):
            screen = make()
            app.push_screen(screen)
            for _ in range(turns):
                await asyncio.sleep(0)
            await app.pop_screen()
        await pilot.pause()
        assert len(app.screen_stack) == 1
        assert app.is_running


@pytest.mark.parametrize(
    "make",
    [
        lambda: UnlockScreen("create"),
        lambda: UnlockScreen("unlock"),
        lambda: UnlockScreen("recover"),
        lambda: RecoveryKeyScreen("ABCD-EFGH"),
        lambda: ConfirmScreen("Verwijderen?", "Ja"),
        lambda: ChronologyScreen(example_case()),
    ],
    ids=["create", "unlock", "recover", "recovery-key", "confirm", "chronology"],
)
async def test_a_screen_closed_while_it_mounts_does_not_crash(make) -> None:
    await close_at_every_turn(make)


async def test_the_title_bar_removed_while_it_mounts_does_not_crash() -> None:
    await remove_at_every_turn(lambda: [AppHeader() for _ in range(5)])


async def test_a_fields_error_line_is_shown_once_there_and_skipped_while_it_is_not() -> None:
    """A change message can reach the case screen while its field is still composing or already removed."""
    from casusprep.app.widgets.fields import BoundInput, Field

    unmounted = Field(BoundInput("p", ""))
    unmounted.show_error("Ongeldige datum")  # no error line yet: nothing to show, no crash
    app = Host()
    async with app.run_test() as pilot:
        field = Field(BoundInput("p", ""))
        await app.query_one("#host").mount(field)
        await pilot.pause()
        field.show_error("Ongeldige datum")
        line = field.query_one(".field-error")
        assert line.has_class("-shown") and "Ongeldige datum" in str(line.render())
        await field.remove()
        field.show_error(None)  # removed: nothing to clear, no crash
        assert app.is_running
