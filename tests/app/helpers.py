"""Shared helpers for the app tests: drive the real app (Pilot) on the per-test data directory."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, TextArea

from casusprep.app.app import CasusprepApp
from casusprep.app.widgets.fields import Bound
from casusprep.case import Case

PASSPHRASE = "een-goed-wachtwoord"


async def type_into(pilot: Pilot, selector: str, text: str) -> None:
    """Focus a widget (as Tab or a click does, scrolled into view) and type like a user."""
    widget = pilot.app.screen.query_one(selector)
    widget.focus()
    await pilot.pause()
    await pilot.press(*list(text))


async def first_run(pilot: Pilot, passphrase: str = PASSPHRASE) -> str:
    """Create the store through the first-run screens; returns the recovery key shown."""
    app = pilot.app
    await pilot.pause()
    app.screen.query_one("#pass1", Input).value = passphrase
    app.screen.query_one("#pass2", Input).value = passphrase
    await pilot.click("#create")
    await pilot.pause()
    key = str(app.screen.query_one("#recovery-key-text").render())
    await pilot.click("#key-saved")
    await pilot.pause()
    return key


async def unlock(pilot: Pilot, passphrase: str = PASSPHRASE) -> None:
    await pilot.pause()
    await type_into(pilot, "#pass1", passphrase)
    await pilot.press("enter")
    await pilot.pause()


def bound(app: CasusprepApp, path: str):
    """The bound widget that edits ``path`` on the current screen."""
    for widget in app.screen.query("*"):
        if isinstance(widget, Bound) and widget.path == path:
            return widget
    raise LookupError(path)


async def write(pilot: Pilot, path: str, text: str) -> None:
    """Put text into a bound Input/TextArea as an edit (posts Changed like typing does)."""
    widget = bound(pilot.app, path)
    if isinstance(widget, TextArea):
        widget.focus()
        widget.insert(text)
    elif isinstance(widget, Input):
        widget.focus()
        widget.value = text
    else:
        raise TypeError(path)
    # Changed bubbles from the widget to the screen one hop per message round; under load one pause can return
    # before the screen has stored the value.
    for _ in range(3):
        await pilot.pause()


async def click_visible(pilot: Pilot, selector: str) -> None:
    """Scroll a widget into view, then click it as a user would."""
    widget = pilot.app.screen.query_one(selector)
    widget.scroll_visible(animate=False)
    await pilot.pause()
    await pilot.click(selector)
    await pilot.pause()


async def choose(pilot: Pilot, path: str, value) -> None:
    bound(pilot.app, path).value = value
    await pilot.pause()


async def go_step(pilot: Pilot, index: int) -> None:
    await pilot.click(f"#step-{index}")
    await pilot.pause()


async def open_new_signal(pilot: Pilot) -> None:
    """First run, a new case, and a new empty signal in the Signalen step."""
    await first_run(pilot)
    await pilot.press("ctrl+n")
    await pilot.pause()
    await go_step(pilot, 2)
    await pilot.click("#add-signal")
    await pilot.pause()


async def open_example(pilot: Pilot) -> None:
    """First run, then open the invented example case from the command palette, as a user would."""
    await first_run(pilot)
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"voorbeeldcasus")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause(0.3)


async def until(pilot: Pilot, condition: Callable[[], bool], what: str) -> None:
    """Wait for a condition (never for a fixed time): the machine may be loaded."""
    for _ in range(400):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def seed_case(case: Case | None = None) -> Case:
    """A store with this one case, made and closed before the app starts: the case was saved in an earlier
    session (its signals are registered). Start the app after this, then ``home_with_one_case``."""
    from casusprep.store import Store

    case = case if case is not None else Case()
    store, _ = Store.create(PASSPHRASE)
    with store:
        store.save(case)
    return case


async def home_with_one_case(pilot: Pilot, case: Case | None = None) -> Case:
    """The case list with one case on it, the start of many tests; returns that case as stored.

    With a store from ``seed_case`` it unlocks; otherwise it goes through the first run and saves ``case`` (an
    empty new case if none) in this session, as Ctrl+N does."""
    from casusprep.app.screens.home import HomeScreen
    from casusprep.app.screens.unlock import UnlockScreen

    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, UnlockScreen), "the first screen")
    if app.screen.mode == "unlock":  # type: ignore[attr-defined]  # an UnlockScreen, checked just above
        await unlock(pilot)
    else:
        await first_run(pilot)
        app.open_store.save(case if case is not None else Case())  # type: ignore[attr-defined]  # our app
        app.show_home()  # type: ignore[attr-defined]
    await until(
        pilot,
        lambda: isinstance(app.screen, HomeScreen) and app.screen.query_one("#cases", DataTable).row_count == 1,
        "the case list with one case",
    )
    [listed] = app.open_store.list()  # type: ignore[attr-defined]
    return app.open_store.load(listed.id)  # type: ignore[attr-defined]


async def new_case(pilot: Pilot, *, mounted: bool = False):
    """First run, then a new case with Ctrl+N, as a coach starts; returns the case screen. ``mounted`` waits until
    all steps are mounted (the first focus is set), for tests that type right away."""
    await first_run(pilot)
    await pilot.press("ctrl+n")
    await pilot.pause()
    screen = pilot.app.screen
    if mounted:
        await until(pilot, lambda: screen.premounted, "the steps mounted (the first focus is set)")  # type: ignore[attr-defined]
    return screen
