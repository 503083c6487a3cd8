"""The app as a hurried coach uses it at 80x24: short dates, fast keys, leaving before the work is done."""

from __future__ import annotations

import datetime as dt

from tests.app.helpers import PASSPHRASE, bound, first_run, new_case, open_new_signal
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


async def _burst(pilot, *keys: tuple[str, str | None]) -> None:
    """Keys that arrive together, as the terminal delivers fast typing (or typing while the app is busy): posted
    one after the other without waiting, the way the driver posts them."""
    from textual import events

    for key, character in keys:
        pilot.app.post_message(events.Key(key, character))
    await pilot.pause()
    await pilot.pause()


async def test_keys_typed_together_are_applied_in_their_order() -> None:
    """'abc', Backspace, 'x' gave 'abc' (the Backspace ran after the x) and Home, 'Q' put the Q at the end."""
    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_new_signal(pilot)
        title = bound(app, "signals[0].observation")
        title.focus()
        await pilot.pause()
        await _burst(pilot, ("a", "a"), ("b", "b"), ("c", "c"), ("backspace", "\x7f"), ("x", "x"))
        assert title.text == "abx"
        await _burst(pilot, ("home", None), ("Q", "Q"))
        assert title.text == "Qabx"
        search_like = app.screen.query_one("#signal-date")
        search_like.focus()
        await pilot.pause()
        await _burst(pilot, *[(c, c) for c in "5/3/266"], ("backspace", "\x7f"))
        assert search_like.value == "5/3/26"


async def _palette_shows(pilot, query: str) -> str:
    from textual.command import CommandList

    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = pilot.app.screen
    await pilot.press(*query)
    shown = ""
    for _ in range(100):  # the palette searches in the background: wait until it has answered
        shown = " ".join(str(o.prompt) for o in palette.query_one(CommandList).options)
        if shown:
            break
        await pilot.pause(0.05)
    await pilot.press("escape")
    await pilot.pause()
    return shown


async def test_the_palette_offers_the_steps_and_export_only_in_a_case() -> None:
    """On the case list 'Ga naar stap: Documenten' and 'Exporteren' were offered and did nothing."""
    from casusprep.app import strings as S

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await first_run(pilot)
        on_list = await _palette_shows(pilot, "stap")
        assert "Documenten" not in on_list and S.CMD_NO_MATCH in on_list
        assert S.CMD_EXPORT not in await _palette_shows(pilot, "export")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Documenten" in await _palette_shows(pilot, "stap")
        assert S.CMD_EXPORT in await _palette_shows(pilot, "export")


async def test_the_command_palette_does_not_open_behind_the_privacy_screen() -> None:
    """Ctrl+P on the privacy screen (Ctrl+L, or the idle lock) opened the palette, and 'Casus openen' then replaced
    the privacy screen with the case list: every case readable without the passphrase."""
    from casusprep.app.screens.home import HomeScreen
    from casusprep.app.screens.privacy import PrivacyScreen

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await new_case(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause()
        privacy = app.screen
        assert isinstance(privacy, PrivacyScreen)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Casus openen", "enter")
        await pilot.pause()
        assert app.screen is privacy and not isinstance(app.screen, HomeScreen)
        app.show_home()  # nor from anywhere else (a worker's callback, a dialog answered late)
        app.new_case()
        await pilot.pause()
        assert app.screen is privacy
        await pilot.press("ctrl+l")  # the key itself still brings the work back
        await pilot.pause()
        assert not isinstance(app.screen, PrivacyScreen)


async def test_a_size_out_of_range_is_refused_in_dutch() -> None:
    """A bruise of '0' or '1000' cm showed pydantic's 'Input should be greater than 0' under the field."""
    from casusprep.app import strings as S
    from casusprep.app.flow import index_of
    from casusprep.example import example_case

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await first_run(pilot)
        case = example_case()
        app.store.save(case)
        signal = next(i for i, s in enumerate(case.signals) if s.marks)
        app.open_case(case.id, index_of("signalen"))
        await pilot.pause()
        await pilot.pause()
        await app.screen.jump_to_field(f"signals[{signal}].marks[0].size_cm")
        await pilot.pause()
        size = app.focused
        shown = {}
        for typed in ("0", "1000", "nan"):
            size.value = ""
            await pilot.press(*typed, "tab")
            await pilot.pause()
            shown[typed] = " ".join(str(w.render()) for w in app.screen.query(".field-error.-shown").results(Static))
            size.focus()
            await pilot.pause()
        expected = {"0": S.VALUE_GT.format(limit="0"), "1000": S.VALUE_LE.format(limit="200"), "nan": S.SIZE_INVALID}
        assert shown == expected
        stored = app.screen.case.signals[signal].marks[0].size_cm
        assert stored is not None and 0 < stored <= 200  # a refused value is never stored (100, typed on the way, is)


def test_escape_then_a_key_typed_at_once_is_read_as_those_keys() -> None:
    """The terminal parser made Esc, Enter, Esc typed quickly into '^', Enter, Esc, and dropped an Escape that a
    letter followed at once; the keys Textual itself knows after an Escape keep their meaning."""
    from casusprep.compat import keys_from_terminal

    def keys(data: str) -> list[str]:
        return [key.key for key in keys_from_terminal(data)]

    assert keys("\x1b\r\x1b") == ["escape", "enter", "escape"]
    assert keys("\x1b\rZ") == ["escape", "enter", "Z"]
    assert keys("\x1bz\x1b") == ["escape", "z", "escape"]
    assert keys("\x1b[A\x1b\x1bOP") == ["up", "escape", "f1"]  # a sequence still reads as its key
    assert keys("\x1b\x7f") == ["ctrl+w"]  # Alt+Backspace removes a word
    assert keys("^") == ["circumflex_accent"]  # a typed ^ stays one


async def test_escape_enter_escape_typed_at_once_goes_home_and_types_nothing() -> None:
    """Esc, Enter, Esc in one burst from the terminal left 'Zorg om T^' as the case's title and stayed in it."""
    from casusprep.app.screens.home import HomeScreen
    from casusprep.compat import keys_from_terminal

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await new_case(pilot, mounted=True)
        title = bound(app, "title")
        title.focus()
        await pilot.press(*"Zorg om T")
        case = app.screen.case
        for key in keys_from_terminal("\x1b\r\x1b"):  # as the driver posts what one read brought
            app.post_message(key)
        for _ in range(50):
            await pilot.pause(0.02)
        assert isinstance(app.screen, HomeScreen)
        assert case.title == "Zorg om T"
        assert app.store.load(case.id).title == "Zorg om T"


async def test_tab_on_the_recovery_key_screen_keeps_the_focus_on_its_button() -> None:
    """Tab moved the focus from 'Ik heb de sleutel bewaard' to the scroll area behind it, and Enter did nothing."""
    from textual.widgets import Button, Input

    from casusprep.app.screens.home import HomeScreen
    from casusprep.app.screens.unlock import RecoveryKeyScreen

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*PASSPHRASE, "tab", *PASSPHRASE, "tab")
        assert isinstance(app.focused, Button) and app.focused.id == "create"
        await pilot.press("tab")  # round the fields and the button, never the scroll area
        assert isinstance(app.focused, Input) and app.focused.id == "pass1"
        await pilot.press("shift+tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, RecoveryKeyScreen)
        for key in ("tab", "tab", "shift+tab"):
            await pilot.press(key)
            assert isinstance(app.focused, Button) and app.focused.id == "key-saved", key
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_enter_right_after_typing_in_the_palette_runs_the_command_for_what_was_typed() -> None:
    """'stap sig' and Enter typed in one go opened Situatie: Enter took the command listed for 'stap' while the
    search for 'stap sig' still ran."""
    from textual import events

    from casusprep.app.flow import index_of

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await new_case(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"stap")
        await pilot.pause(0.3)  # the list shows the steps, Situatie first
        for key, character in [("space", " "), ("s", "s"), ("i", "i"), ("g", "g"), ("enter", "\r")]:
            app.post_message(events.Key(key, character))
        for _ in range(100):
            await pilot.pause(0.02)
            if getattr(app.screen, "step_index", 0):
                break
        assert app.screen.step_index == index_of("signalen")  # type: ignore[attr-defined]  # the case screen


async def test_the_palette_lists_every_command_once() -> None:
    """'Thema wisselen' stood twice in the palette: as a main command and as a system command."""
    from textual.command import CommandList

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await first_run(pilot)
        for opened in ("home", "case"):
            if opened == "case":
                await pilot.press("ctrl+n")
                await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause()
            options = pilot.app.screen.query_one(CommandList)
            titles: list[str] = []
            for _ in range(100):  # the palette gathers its commands in the background
                titles = [str(o.prompt).split("\n")[0] for o in options.options]
                if titles:
                    break
                await pilot.pause(0.05)
            assert titles and len(titles) == len(set(titles)), (opened, titles)
            await pilot.press("escape")
            await pilot.pause()


async def test_leaving_and_opening_a_case_over_and_over_in_one_burst_never_crashes() -> None:
    """Esc, Enter eight times over in one burst (back to the list, open the case again) took the app down: a
    step still to be mounted in the background looked for the steps of a case screen that was being removed."""
    from textual import events

    from casusprep.app.screens.home import HomeScreen

    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await new_case(pilot)
        for _ in range(3):
            for _ in range(8):
                app.post_message(events.Key("escape", "\x1b"))
                app.post_message(events.Key("enter", "\r"))
            app.post_message(events.Key("escape", "\x1b"))
            for _ in range(40):
                await pilot.pause(0.05)
        assert app.return_code is None, "the app stopped"
        assert isinstance(app.screen, HomeScreen)
