"""The app as a hurried coach uses it at 80x24: short dates, fast keys, leaving before the work is done."""

from __future__ import annotations

import datetime as dt

from tests.app.helpers import bound, first_run, open_new_signal
from textual.widgets import Static

from casusprep.app.app import CasusprepApp
from casusprep.app.widgets.fields import parse_be_date

SIZE = (80, 24)


def test_a_date_with_a_two_digit_year_is_read_in_this_or_the_last_century() -> None:
    assert parse_be_date("5/3/26") == dt.date(2026, 3, 5)
    assert parse_be_date("12-4-85") == dt.date(1985, 4, 12)  # a parent's birth date
    assert parse_be_date("05/03/2026") == dt.date(2026, 3, 5)


async def test_a_short_date_is_accepted_and_shown_in_full_when_she_moves_on() -> None:
    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_new_signal(pilot)
        date = bound(app, "signals[0].date")
        assert app.focused is date
        await pilot.press(*"5/3/26", "tab")
        await pilot.pause()
        assert app.screen.case.signals[0].date == dt.date(2026, 3, 5)
        assert date.value == "05/03/2026"
        errors = [str(w.render()) for w in app.screen.query(".field-error.-shown").results(Static)]
        assert not errors


async def _removed_then_ctrl_z(pilot, button: str, items: str) -> tuple[int, int]:
    """Remove with the keyboard (the button, Tab to 'Ja, verwijderen', Enter), then Ctrl+Z at once, wherever the
    focus landed: the notice says Ctrl+Z puts it back."""
    screen = pilot.app.screen
    count = len(getattr(screen.case, items))
    screen.query_one(button).focus()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    await pilot.press("tab", "enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert len(getattr(screen.case, items)) == count - 1
    await pilot.press("ctrl+z")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return count, len(getattr(screen.case, items))


async def test_ctrl_z_right_after_removing_a_signal_or_a_person_puts_it_back() -> None:
    from casusprep.app.flow import index_of
    from casusprep.example import example_case

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await first_run(pilot)
        case = example_case()
        app.store.save(case)
        app.open_case(case.id, index_of("signalen"))
        await pilot.pause()
        await pilot.pause()
        before, after = await _removed_then_ctrl_z(pilot, "#remove-signal", "signals")
        assert after == before, app.focused
        await pilot.press("f2")
        await pilot.pause()
        before, after = await _removed_then_ctrl_z(pilot, "#person-1-remove", "persons")
        assert after == before, app.focused
