"""Behaviour of single steps and app-wide actions: autosave timing, the anonymised preview in a worker,
the command palette and the theme switch."""

from __future__ import annotations

import asyncio

from tests.app.helpers import (
    PASSPHRASE,
    bound,
    click_visible,
    first_run,
    go_step,
    new_case,
    open_example,
    open_new_signal,
    write,
)
from textual.widgets import Static

from casusprep.app.app import DARK, LIGHT, CasusprepApp
from casusprep.app.screens.case import SAVE_DELAY_S, CaseScreen
from casusprep.case import Person, Role, Signal
from casusprep.store import Store


async def test_autosave_without_quitting() -> None:
    """A kill mid-edit loses at most the field being typed: a change is in the store shortly after typing."""
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await new_case(pilot)
        await write(pilot, "title", "Eerste zorg")
        other = Store.open(PASSPHRASE)  # a second reader, as after a crash
        saved = []
        for _ in range(100):  # the save follows a pause of SAVE_DELAY_S in typing; a loaded machine may be slower
            await asyncio.sleep(SAVE_DELAY_S)
            await pilot.pause()
            saved.append(other.load(app.screen.case.id).title)
            if saved[-1] == "Eerste zorg":
                break
        other.close()
        assert saved[-1] == "Eerste zorg", saved
        await pilot.press("ctrl+q")


async def test_anonymised_preview_runs_in_worker() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await new_case(pilot)
        assert isinstance(screen, CaseScreen)
        screen.case.persons.append(Person(name="Lotte Vermeulen", role=Role.CHILD))
        screen.case.signals.append(Signal(observation="Lotte Vermeulen huilde bij het afscheid."))
        await go_step(pilot, 6)
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts = [str(w.render()) for w in screen.query(".anon-text").results(Static)]
        assert texts == ["Het kind huilde bij het afscheid."]
        assert not screen.query_one("#anon-busy").display


async def test_command_palette_new_case_and_theme() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await first_run(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"nieuwe casus")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CaseScreen)
        assert app.theme == DARK
        await pilot.press("ctrl+t")
        assert app.theme == LIGHT
        await pilot.press("f1")
        assert not app.screen.query_one("#help").display
        await pilot.press("f1")
        assert app.screen.query_one("#help").display


async def test_actions_show_on_home_first() -> None:
    """An open action with a follow-up date puts the case on top of the list, with its count."""
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await new_case(pilot)
        await write(pilot, "title", "Zonder opvolging")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await write(pilot, "title", "Met opvolging")
        await go_step(pilot, 5)
        await write(pilot, "next_follow_up", "01/12/2030")
        app.screen.query_one("#new-action").focus()  # focusing scrolls it into view, like Tab does
        await pilot.press(*"Gesprek met mama plannen", "enter")
        await pilot.pause()
        assert [a.description for a in app.screen.case.actions] == ["Gesprek met mama plannen"]
        await go_step(pilot, 7)
        await click_visible(pilot, "#doc-kindbespreking")  # its own fields show, above the export button
        assert app.screen.query_one("#sharing").display
        box = next(w for w in app.screen.query("Checkbox") if getattr(w, "path", "") == "sharing.need_to_know")
        box.focus()
        await pilot.press("space")
        await pilot.pause()
        assert app.screen.case.sharing.need_to_know is True
        await pilot.press("escape")
        await pilot.pause()
        table = app.screen.query_one("#cases")
        first, second = table.get_row_at(0), table.get_row_at(1)
        assert str(first[0]) == "Met opvolging" and first[3] == "01/12/2030" and first[4] == "1"
        assert str(second[0]) == "Zonder opvolging"


async def test_objectivity_hint_appears_and_moves_to_what_i_think() -> None:
    """A judging word in the observation is flagged with an explanation; one press moves
    its sentence to 'Wat denk ik?' (real spaCy pipeline, in a worker)."""
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_new_signal(pilot)
        await write(pilot, "signals[0].observation", "Ze huilde bij het afscheid. Ze is duidelijk verwaarloosd.")
        step = app.screen.current_step()
        for _ in range(100):  # the check runs after a pause in typing, then in a thread
            await asyncio.sleep(0.1)
            await app.workers.wait_for_complete()
            await pilot.pause()
            if step.query(".hint-text"):
                break
        texts = [str(w.render()) for w in step.query(".hint-text").results(Static)]
        assert any("'verwaarloosd'" in t for t in texts), texts
        assert not any("huilde" in t for t in texts)
        step.query_one("#hint-move-0").focus()
        await pilot.press("enter")
        await pilot.pause()
        signal = app.screen.case.signals[0]
        assert signal.observation == "Ze huilde bij het afscheid."
        assert signal.interpretation == "Ze is duidelijk verwaarloosd."
        assert bound(app, "signals[0].interpretation").text == "Ze is duidelijk verwaarloosd."


async def test_example_case_from_palette_exports_without_names(tmp_path) -> None:
    """The invented example case opens from the command palette and its VK document carries no registered name."""
    import docx

    from casusprep.example import CHILD, MOTHER

    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_example(pilot)
        assert isinstance(app.screen, CaseScreen)
        assert app.screen.case.persons[0].name == CHILD
        await go_step(pilot, 7)
        app.screen.query_one("#doc-folder").value = str(tmp_path)
        app.screen.query_one("#doc-export").press()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert str(app.screen.query_one("#doc-result").render()).startswith("Weggeschreven")
    (path,) = tmp_path.glob("casusprep-vk-*.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert text.strip()
    for name in (CHILD, MOTHER):
        for part in name.split():
            assert part not in text


async def test_a_closed_terminal_saves_what_she_typed_also_the_keys_still_coming_in() -> None:
    """Closing the terminal window (or tmux kill-session) within the save delay after typing lost the field: the
    hang-up ended the process without a save. Keys read after the signal are saved too."""
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_case(pilot, mounted=True)
        case_id = screen.case.id
        bound(app, "title").focus()
        await pilot.press(*"Zorg om")
        app.hang_up()  # what SIGHUP and SIGTERM call, before the save delay has passed
        await pilot.press(*" K.")  # typed just before the window closed, read after the signal
        for _ in range(100):
            if app.return_code is not None:
                break
            await pilot.pause(0.05)
        assert app.return_code == 0
    with Store.open(PASSPHRASE) as store:
        assert store.load(case_id).title == "Zorg om K."


async def test_the_step_she_moved_to_is_saved_after_the_save_delay_without_an_edit() -> None:
    """The step she was at was saved only with the next edit or on leaving the case: after a kill the case opened
    at an older step."""
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await new_case(pilot)
        case_id = app.screen.case.id
        await go_step(pilot, 3)
        stored = []
        for _ in range(100):
            await asyncio.sleep(SAVE_DELAY_S)
            await pilot.pause()
            with Store.open(PASSPHRASE) as store:
                stored.append(store.load(case_id).last_step)
            if stored[-1] == 3:
                break
        assert stored[-1] == 3, stored


async def test_ctrl_q_right_after_typing_saves_the_letters_typed_before_it() -> None:
    """'Snel weg' and Ctrl+Q typed in one go saved an empty title: Ctrl+Q was handled before the letters."""
    from textual import events

    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await new_case(pilot, mounted=True)
        case_id = screen.case.id
        bound(app, "title").focus()
        await pilot.pause()
        for character in "Snel weg":
            app.post_message(events.Key("space" if character == " " else character, character))
        app.post_message(events.Key("ctrl+q", None))
        for _ in range(100):
            if app.return_code is not None:
                break
            await pilot.pause(0.05)
        assert app.return_code == 0
    with Store.open(PASSPHRASE) as store:
        assert store.load(case_id).title == "Snel weg"
