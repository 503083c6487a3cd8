"""The app as a hurried coach uses it at 80x24: short dates, fast keys, leaving before the work is done."""

from __future__ import annotations

import datetime as dt

from tests.app.helpers import bound, open_new_signal
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
