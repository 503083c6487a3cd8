"""A stressed coach can trust the app: the real app through Textual's Pilot, the real store and NLP.

One test (or more) per point a new user hit: hurried navigation, steps that change together, the review's
preview, stray keys and undo, the documents' fields in the flow, room for the observation, long texts,
glyphs and borders, Dutch everywhere, working bindings, reopening where she left, settings, the sharing
answer from the case, the birth date, 80x24, and the danger box's phone numbers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from pathlib import Path

import pytest
from tests.app.helpers import PASSPHRASE, bound, click_visible, first_run, go_step, home_with_one_case, write
from textual.command import CommandList
from textual.widgets import Checkbox, DataTable, Input, Static, TextArea

from casusprep.app import strings as S
from casusprep.app.app import CasusprepApp
from casusprep.app.dialogs import ConfirmScreen
from casusprep.app.flow import index_of, step_count, steps
from casusprep.app.screens.case import CaseScreen
from casusprep.app.screens.home import HomeScreen
from casusprep.app.widgets.fields import BoundCheck, BoundMulti, Radio
from casusprep.app.widgets.steps import AnonymiseStep, SignalsStep
from casusprep.case import OrganiserType, Role
from casusprep.example import CHILD, example_case
from casusprep.labels import age_text
from casusprep.store import Store


async def open_example_case(pilot, step: int | None = None) -> CaseScreen:
    await first_run(pilot)
    case = example_case()
    pilot.app.store.save(case)
    pilot.app.open_case(case.id, step)
    await pilot.pause()
    await pilot.pause()
    assert isinstance(pilot.app.screen, CaseScreen)
    return pilot.app.screen


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def visible_step(screen: CaseScreen):
    shown = [s for s in screen.query("#steps > *") if s.display]
    assert len(shown) == 1, shown
    return shown[0]


def assert_consistent(screen: CaseScreen) -> None:
    """Header, stepper, the visible step and the help all show the same step."""
    spec = steps()[screen.step_index]
    assert screen.sub_title == S.STEP_TITLE.format(number=spec.number, count=step_count(), title=spec.title)
    assert visible_step(screen).key == spec.key
    assert screen.query_one("#stepper").current == spec.index
    assert screen.query_one("#help").key == spec.key


# --- 1. hurried navigation ------------------------------------------------------------------------------


async def test_sixty_hurried_step_changes_never_crash_and_end_consistent() -> None:
    app = CasusprepApp()
    rng = random.Random(3)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot)
        seen = {screen.step_index}
        for _ in range(60):
            key = "f3" if screen.step_index == 0 or (screen.step_index < 7 and rng.random() < 0.6) else "f2"
            await pilot.press(key)
            seen.add(screen.step_index)
            await asyncio.sleep(rng.uniform(0.0, 0.05))  # faster than any coach: no pause for the UI
        await settle(pilot)
        assert app.is_running and app.screen is screen
        assert seen == set(range(step_count()))  # every step, Anonimiseren included
        assert_consistent(screen)
        await pilot.press("ctrl+q")
    assert app.return_value == 0


async def test_leaving_anonimiseren_cancels_its_work_and_coming_back_starts_it_again() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot)
        anon = index_of("anonimiseren")
        await screen.go_to(anon)
        step = screen.current_step()
        assert isinstance(step, AnonymiseStep)
        running = [w for w in app.workers if w.node is step and w.group == "anonymise"]
        assert running
        await screen.go_to(anon + 1)  # before the review is done
        await pilot.pause()
        assert all(w.is_cancelled or w.is_finished for w in running)
        await settle(pilot)
        assert step.review is None or step._reviewed is None  # nothing half-done is kept as the review
        await screen.go_to(anon)
        await settle(pilot)
        assert step.review is not None and not step.query_one("#anon-busy").display
        assert app.is_running


async def test_a_failing_review_shows_a_dutch_notice_and_keeps_the_app(monkeypatch) -> None:
    import casusprep.app.widgets.review as review

    def broken(*args, **kwargs):
        raise RuntimeError("kapot met Noor Vanhoutte erin")

    monkeypatch.setattr(review, "review_case", broken)
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot, index_of("anonimiseren"))
        await settle(pilot)
        error = str(screen.current_step().query_one("#anon-error", Static).render())
        assert error == S.ANON_FAILED and CHILD not in error
        assert app.is_running


async def test_a_failing_worker_of_any_step_shows_a_dutch_notice() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot)

        def boom() -> None:
            raise ValueError("iets met een naam")

        screen.current_step().run_worker(boom, thread=True, exit_on_error=False)
        await settle(pilot)
        assert app.is_running
        assert any(n.message == S.WORK_FAILED for n in app._notifications)


# --- 2. title, content and help together --------------------------------------------------------------


async def test_each_step_change_shows_title_step_and_help_together() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        for index in [*range(1, step_count()), *range(step_count() - 2, -1, -1)]:
            await screen.go_to(index)
            assert_consistent(screen)  # right after the call: no frame in between shows a mix
        await go_step(pilot, 4)  # the stepper is clickable
        assert_consistent(screen)


# --- 3. the review's side-by-side preview ----------------------------------------------------------------


async def test_review_preview_is_tall_scrollable_and_highlights_replacements() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot, index_of("anonimiseren"))
        await settle(pilot)
        step = screen.current_step()
        result = step.query_one("#anon-result")
        pairs = list(step.query(".anon-pair"))
        assert pairs and result.outer_size.height >= sum(p.outer_size.height for p in pairs) > len(pairs)
        result.scroll_visible(animate=False)
        await pilot.pause()
        assert step.region.overlaps(pairs[0].region)  # the page scrolls to it
        anonymised = step.query(".anon-text").first(Static)
        spans = anonymised.render().spans  # type: ignore[union-attr]
        assert any("underline" in str(span.style) for span in spans)


# --- 4. stray keys, undo, confirmation -------------------------------------------------------------------


async def test_entering_betrokkenen_never_puts_a_filled_name_under_the_keyboard() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        await go_step(pilot, index_of("betrokkenen"))
        focused = app.focused
        assert isinstance(focused, Input) and focused.id == "new-person-name" and focused.value == ""
        await pilot.press(*"Jan")
        assert screen.case.persons[0].name == CHILD
        # Clicking into a filled name does not select it: a typed key adds, it does not replace.
        name = bound(app, "persons[0].name")
        name.focus()
        await pilot.pause()
        assert name.selected_text == ""
        await pilot.press("x")
        assert screen.case.persons[0].name != "x" and screen.case.persons[0].name.startswith("Noor")


async def test_ctrl_z_undoes_the_last_change_of_any_field() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        title = screen.case.title
        await write(pilot, "title", "Iets anders")
        assert screen.case.title == "Iets anders"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.case.title == title and bound(app, "title").value == title
        bound(app, "organiser_type").value = OrganiserType.OCMW  # a choice is a change too
        await pilot.pause()
        screen.set_focus(None)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.case.organiser_type is OrganiserType.NOT_OCMW


async def test_removing_a_person_asks_first_and_can_be_undone() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot, index_of("betrokkenen"))
        count = len(screen.case.persons)
        await click_visible(pilot, "#person-1-remove")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.case.persons) == count
        await click_visible(pilot, "#person-1-remove")
        await pilot.click("#yes")
        await settle(pilot)
        assert len(screen.case.persons) == count - 1
        screen.set_focus(None)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert len(screen.case.persons) == count and screen.query("#person-1-name")


async def test_removing_a_signal_asks_first() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot, index_of("signalen"))
        count = len(screen.case.signals)
        await click_visible(pilot, "#remove-signal")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await settle(pilot)
        assert len(screen.case.signals) == count - 1


# --- 5. the documents' fields are in the flow ------------------------------------------------------------


async def test_parent_plan_and_kindbespreking_fields_are_in_view_before_the_export() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot, index_of("documenten"))
        export = screen.query_one("#doc-export")
        await click_visible(pilot, "#doc-kindbespreking")
        assert screen.query_one("#sharing").display and not screen.query_one("#meeting").display
        for path in ("sharing.purpose", "sharing.questions_for_other_team"):
            assert bound(app, path).region.y < export.region.y
        await click_visible(pilot, "#doc-oudergesprek")
        assert screen.query_one("#meeting").display and not screen.query_one("#sharing").display
        for path in ("parent_meeting.goal", "parent_meeting.questions_for_parents", "parent_meeting.agreements"):
            widget = bound(app, path)
            assert "Collapsible" not in [type(a).__name__ for a in widget.ancestors]
            assert widget.region.y < export.region.y
        # A jump to a field of the other document's part (as the export gate offers) chooses that document.
        await click_visible(pilot, "#doc-vk")
        await screen.jump_to_field("parent_meeting.goal")
        await pilot.pause()
        assert screen.query_one("#meeting").display and app.focused is bound(app, "parent_meeting.goal")


# --- 6. room for the observation -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_observation_gets_the_full_width_and_room_with_its_hints_below(size) -> None:
    app = CasusprepApp()
    async with app.run_test(size=size) as pilot:
        screen = await open_example_case(pilot, index_of("signalen"))
        await settle(pilot)
        area = bound(app, "signals[0].observation")
        step = screen.current_step()
        assert area.outer_size.width >= step.content_region.width - 2
        assert area.outer_size.height >= 8
        interpretation = bound(app, "signals[0].interpretation")
        hints = step.query_one("#hints")
        assert area.region.bottom <= hints.region.y <= interpretation.region.y


# --- 7. long texts ---------------------------------------------------------------------------------------


async def test_a_long_observation_is_rechecked_only_where_it_changed(monkeypatch) -> None:
    import casusprep.hints as hints

    checked: list[str] = []
    real = hints.find_hints

    def counting(text: str):
        checked.append(text)
        return real(text)

    monkeypatch.setattr(hints, "find_hints", counting)
    sentence = "Het kind speelde alleen in de zandbak en was duidelijk verwaarloosd."
    long_text = " ".join(f"{sentence[:-1]} {n}." for n in range(400))
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot)
        screen.case.signals[0].observation = long_text
        await go_step(pilot, index_of("signalen"))
        step = screen.current_step()
        assert isinstance(step, SignalsStep)
        await step.rebuild()
        for _ in range(100):
            await settle(pilot)
            if step.hints_for == long_text:
                break
            await asyncio.sleep(0.1)
        assert len({t for t in checked if "zandbak" in t}) == 400 and len(step.hints) >= 400
        checked.clear()
        area = bound(app, "signals[0].observation")
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press(*" Ze huilde.")
        for _ in range(100):
            await settle(pilot)
            if step.hints_for == area.text:
                break
            await asyncio.sleep(0.1)
        assert checked and not any("zandbak" in t for t in checked)  # the new sentence, not the 400 before it
        assert screen.case.signals[0].observation.endswith("Ze huilde.")


# --- 8. glyphs and borders -------------------------------------------------------------------------------


async def test_boxes_and_radios_read_without_colour_and_inputs_have_a_border() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        crisis = next(w for w in screen.query(BoundCheck) if w.path == "crisis")
        assert crisis.BUTTON_INNER == " "
        crisis.value = True
        await pilot.pause()
        assert crisis.BUTTON_INNER == "X"
        multi = next(w for w in screen.query(BoundMulti) if w.path == "nature")
        lines = ["".join(seg.text for seg in multi.render_line(y)) for y in range(multi.size.height)]
        chosen = {str(v) for v in multi.selected}
        assert any("▐X▌" in line for line in lines) == bool(chosen)
        assert any("▐ ▌" in line for line in lines)
        title = bound(app, "title")
        assert title.styles.border_top[0] and title.size.width >= 20
        await go_step(pilot, index_of("documenten"))
        radios = list(screen.query(Radio))
        assert [r.BUTTON_INNER for r in radios].count("●") == 1 and [r.BUTTON_INNER for r in radios].count(" ") == 2


# --- 9. everything a coach sees is Dutch -----------------------------------------------------------------

ENGLISH = ("Dismiss", "palette", "Quit", "Keys", "Screenshot", "Theme", "Search", "Do you want", "Press")


async def test_textual_texts_are_dutch() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        commands = list(app.get_system_commands(screen))
        assert [c.title for c in commands] == [S.CMD_THEME, S.CMD_QUIT]
        icon = screen.query_one("HeaderIcon")
        for _ in range(100):  # the title bar sets its Dutch tooltip after its first refresh
            if icon.tooltip == S.PALETTE_TOOLTIP:
                break
            await pilot.pause(0.05)
        assert icon.tooltip == S.PALETTE_TOOLTIP
        await pilot.press("ctrl+c")
        for _ in range(100):  # under load the key can take more than one pause to reach the app
            notices = [f"{n.title} {n.message}" for n in app._notifications]
            if any(S.QUIT_HOW in n for n in notices):
                break
            await pilot.pause(0.05)
        assert any(S.QUIT_HOW in n for n in notices) and not any(w in n for n in notices for w in ENGLISH)
        bound(app, "setting").focus()
        await pilot.press("enter")  # opens the select's menu
        await pilot.pause()
        descriptions = [b.binding.description for b in app.screen.active_bindings.values() if b.binding.show]
        assert S.KEY_CLOSE_MENU in descriptions
        assert not any(w in d for d in descriptions for w in ENGLISH)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert palette.query_one(Input).placeholder == S.CMD_SEARCH
        descriptions = [b.binding.description for b in palette.active_bindings.values() if b.binding.show]
        assert not any(w in d for d in descriptions for w in ENGLISH)
        await pilot.press(*"qqxzy")  # matches no command
        shown = ""
        for _ in range(100):  # the palette searches in the background
            shown = " ".join(str(o.prompt) for o in palette.query_one(CommandList).options)
            if S.CMD_NO_MATCH in shown:
                break
            await pilot.pause(0.05)
        assert S.CMD_NO_MATCH in shown
        await pilot.pause(0.8)  # longer than Textual waits before it would add its own English line
        shown = " ".join(str(o.prompt) for o in palette.query_one(CommandList).options)
        assert "No matches" not in shown and S.CMD_NO_MATCH in shown


# --- 10. bindings that work, none that type £ -------------------------------------------------------------


async def test_no_alt_digit_bindings_and_the_advertised_keys_move() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        keys = [b.binding.key for b in screen.active_bindings.values()]
        assert not any(k.startswith("alt+") and k[4:].isdigit() for k in keys)
        shown = {b.binding.key_display for b in screen.active_bindings.values() if b.binding.show}
        assert {"F2", "F3"} <= shown
        screen.set_focus(None)
        await pilot.press("f3")
        await pilot.pause()
        assert screen.step_index == 1
        await pilot.press("f2")
        await pilot.pause()
        assert screen.step_index == 0


# --- 11. reopen where she left, whole titles, the export folder remembered ------------------------------


async def test_a_case_reopens_at_the_step_she_left_and_the_export_folder_is_remembered(tmp_path: Path) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        case_id = screen.case.id
        await go_step(pilot, index_of("documenten"))
        screen.current_step().query_one("#doc-folder", Input).value = str(folder)
        await click_visible(pilot, "#doc-export")
        await settle(pilot)
        assert list(folder.glob("*.docx"))
        await go_step(pilot, index_of("ouders"))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        app.open_case(case_id)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.step_index == index_of("ouders")
        await go_step(pilot, index_of("documenten"))
        assert app.screen.current_step().query_one("#doc-folder", Input).value == str(folder)


async def test_case_titles_are_whole_at_110_columns() -> None:
    title = "Zorg om het jongste kind van de leefgroep Vlinders"
    app = CasusprepApp()
    async with app.run_test(size=(110, 30)) as pilot:
        await home_with_one_case(pilot, example_case().model_copy(update={"title": title}))
        table = app.screen.query_one("#cases", DataTable)
        assert str(table.get_row_at(0)[0]) == title


# --- 12. settings in the app -----------------------------------------------------------------------------


async def test_settings_change_the_retention_and_the_passphrase() -> None:
    new = "een-ander-lang-wachtwoord-2026"
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await first_run(pilot)
        await click_visible(pilot, "#settings")
        await pilot.pause()
        months = app.screen.query_one("#retention-months", Input)
        months.value = "6"
        await click_visible(pilot, "#retention-save")
        assert app.store.retention_months() == 6
        app.screen.query_one("#pass-new", Input).value = new
        app.screen.query_one("#pass-again", Input).value = new + "x"
        await click_visible(pilot, "#pass-save")
        assert str(app.screen.query_one("#pass-message", Static).render()) == S.NOT_SAME
        app.screen.query_one("#pass-current", Input).value = PASSPHRASE
        app.screen.query_one("#pass-again", Input).value = new
        await pilot.pause(0.5)  # a button ignores a second press while it still shows the first
        await click_visible(pilot, "#pass-save")
        assert str(app.screen.query_one("#pass-message", Static).render()) == S.SETTINGS_PASSPHRASE_SAVED
        await pilot.press("ctrl+q")
    Store.open(new).close()


def test_home_help_sends_no_one_to_a_shell() -> None:
    assert "casusprep settings" not in S.HELP_HOME and "casusprep settings" not in S.RETENTION_NOTE


# --- 13. the sharing answer from the case ---------------------------------------------------------------


async def test_the_sharing_answer_follows_the_case() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot, index_of("ouders"))
        text = str(screen.query_one("#sharing-rules-text", Static).render())
        assert "Discretieplicht" in text
        await go_step(pilot, index_of("situatie"))
        bound(app, "organiser_type").value = OrganiserType.OCMW
        await pilot.pause()
        await go_step(pilot, index_of("ouders"))
        text = str(screen.query_one("#sharing-rules-text", Static).render())
        assert "Beroepsgeheim" in text and "Deel niets zonder toestemming" in text
        bound(app, "parents.consent_to_share").value = True
        await pilot.pause()
        text = str(screen.query_one("#sharing-rules-text", Static).render())
        assert "de ouders gaven toestemming" in text


# --- 14. the birth date and the age ----------------------------------------------------------------------


def test_age_in_months_under_three_years_then_in_years() -> None:
    today = dt.date(2026, 12, 1)
    assert age_text(dt.date(2025, 6, 1), today) == "18 maanden"
    assert age_text(dt.date(2026, 11, 1), today) == "1 maand"
    assert age_text(dt.date(2023, 12, 2), today) == "35 maanden"
    assert age_text(dt.date(2023, 12, 1), today) == "3 jaar"
    assert age_text(None, today) == "" and age_text(dt.date(2027, 1, 1), today) == ""


async def test_a_child_has_a_birth_date_field_with_the_age_next_to_it() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot, index_of("betrokkenen"))
        child = next(i for i, p in enumerate(screen.case.persons) if p.role is Role.CHILD)
        birth = screen.query_one(f"#person-{child}-birth", Input)
        birth.value = ""
        birth.focus()
        await pilot.press(*"01/06/2025")
        await pilot.pause()
        assert screen.case.persons[child].birth_date == dt.date(2025, 6, 1)
        age = str(screen.query_one(f"#person-{child}-age", Static).render())
        assert age == S.AGE.format(age=age_text(dt.date(2025, 6, 1)))
        adult = next(i for i, p in enumerate(screen.case.persons) if p.role is not Role.CHILD)
        assert not screen.query(f"#person-{adult}-birth")


# --- 15. 80x24 ---------------------------------------------------------------------------------------------


async def test_at_80x24_the_footer_and_buttons_are_on_screen() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#pass1", Input).value = PASSPHRASE
        app.screen.query_one("#pass2", Input).value = PASSPHRASE
        await click_visible(pilot, "#create")
        button = app.screen.query_one("#key-saved")
        assert button.region.bottom <= 24 and button.region.right <= 80  # the recovery key's button
        await pilot.click("#key-saved")
        await pilot.pause()
        case = example_case()
        app.store.save(case)
        app.open_case(case.id, index_of("betrokkenen"))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        footer = screen.query_one("Footer")
        keys = [k for k in footer.query("FooterKey") if k.display]
        assert keys and all(k.region.right <= 80 for k in keys)
        assert any(S.KEY_QUIT in str(k.render()) for k in keys)
        remove = screen.query_one("#person-0-remove")
        assert remove.region.right <= 80
        await go_step(pilot, index_of("anonimiseren"))
        await settle(pilot)
        table = screen.query_one("#anon-mentions", DataTable)
        table.focus()
        await pilot.pause()
        assert table.region.height >= 6  # several rows of the review table, not one


# --- 16. the danger box ------------------------------------------------------------------------------------


async def test_the_danger_box_gives_1712_and_says_where_the_organisation_fills_in_its_vk() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        select = bound(app, "child_in_danger_now")
        for _ in range(100):  # the Select composes its parts after mounting; under load that takes a while
            if select.query("#label"):
                break
            await pilot.pause(0.05)
        select.value = True
        box = screen.query_one("#danger-box", Static)
        for _ in range(100):
            if box.display:
                break
            await pilot.pause(0.05)
        text = str(box.render())
        assert box.display and "1712" in text and "112" in text
        assert "contacten.toml" in text


def test_check_boxes_are_the_apps_own_everywhere() -> None:
    """Every check box in the app shows its state as a glyph (the Check class), none is a bare Checkbox."""
    import ast

    root = Path(__file__).resolve().parents[2] / "src" / "casusprep" / "app"
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"Checkbox", "RadioButton"}:
                raise AssertionError(f"{path.name}:{node.lineno} uses a plain {node.func.id}")  # type: ignore[attr-defined]
    assert Checkbox  # the plain widget stays importable for that check
    _ = TextArea


# --- 5 (continued): every field of the model has its widget in the step the model names ----------------

NOT_A_FIELD_WIDGET = {
    "persons",  # lists: rows with their own fields and add/remove buttons
    "signals",
    "actions",
    "signals[].marks",  # a signal's marks: a list with its own buttons, the chosen mark's fields below it
    "signals[].marks[].side",  # a mark's place: chosen on the body map's figure or list (the place picker)
    "signals[].marks[].part",
    "signals[].marks[].laterality",
    "anonymisation.rejected",  # the coach's decisions in the review's list, not a field
    "anonymisation.extra",
    "anonymisation.replacements",
    "anonymisation.generalised",  # the answers to the indirect-identifier questions, in the review's panel
    "anonymisation.left_as_is",
}


async def test_every_field_the_model_names_a_step_for_is_on_that_step() -> None:
    from casusprep.app.widgets.fields import Bound
    from casusprep.case import FIELD_META, spec_of

    wanted: dict[str, set[str]] = {}
    for spec, meta in FIELD_META.items():
        if meta.step is not None and not meta.internal and spec not in NOT_A_FIELD_WIDGET:
            wanted.setdefault(meta.step.value, set()).add(spec)
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot)
        for key, specs in wanted.items():
            await screen.go_to(index_of(key))
            await pilot.pause()
            step = screen.current_step()
            if key == "signalen":  # the example's second signal has marks: its form shows a mark's fields
                await step.show_path("signals[1].marks[0].colour")
                await pilot.pause()
            for kind in ("kindbespreking", "oudergesprek"):  # a document's own part shows when it is chosen
                if key == "documenten":
                    await click_visible(pilot, f"#doc-{kind}")
            shown = {spec_of(w.path) for w in step.query("*") if isinstance(w, Bound)}
            assert specs <= shown, (key, sorted(specs - shown))


async def test_a_new_recovery_key_from_the_settings_replaces_the_old_one(tmp_path: Path) -> None:
    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        old_key = await first_run(pilot)
        await click_visible(pilot, "#settings")
        await pilot.pause()
        await click_visible(pilot, "#recovery-new")
        await pilot.click("#yes")
        await pilot.pause()
        new_key = str(app.screen.query_one("#recovery-key-text").render())
        assert new_key and new_key != old_key
        await pilot.press("ctrl+q")
    Store.open_with_recovery(new_key, "een nieuwe zin van zeven woorden lang").close()


# --- the privacy key and the idle lock ---------------------------------------------------------------------


async def test_the_privacy_key_hides_everything_and_the_idle_lock_asks_the_passphrase() -> None:
    from casusprep.app.screens.privacy import PrivacyScreen

    app = CasusprepApp()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_example_case(pilot, index_of("signalen"))
        footer_keys = [str(k.render()) for k in screen.query("FooterKey")]
        assert any(S.KEY_PRIVACY in k for k in footer_keys)  # shown in the footer
        bound(app, "signals[0].observation").focus()
        await pilot.press("ctrl+l")  # from inside a field too
        await pilot.pause()
        assert isinstance(app.screen, PrivacyScreen) and not app.screen.locked
        shown = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert CHILD not in shown and "Noor" not in shown and screen.case.title not in shown
        await pilot.press("ctrl+l")  # the same key brings it back
        await pilot.pause()
        assert app.screen is screen
        # Idle longer than the set time: the app locks itself, and only the passphrase opens it again.
        app.store.set_setting("idle_lock_minutes", "0.001")
        await asyncio.sleep(0.2)
        app.lock_if_idle()
        await pilot.pause()
        assert isinstance(app.screen, PrivacyScreen) and app.screen.locked
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, PrivacyScreen)
        await pilot.press(*"fout-wachtwoord", "enter")
        await pilot.pause()
        assert isinstance(app.screen, PrivacyScreen)
        assert str(app.screen.query_one("#privacy-error", Static).render()) == S.WRONG_PASSPHRASE
        app.store.set_setting("idle_lock_minutes", "10")
        app.screen.query_one("#privacy-pass", Input).focus()
        await pilot.press(*PASSPHRASE, "enter")
        await pilot.pause()
        assert app.screen is screen


def test_the_idle_lock_is_ten_minutes_by_default() -> None:
    from casusprep.app.app import IDLE_LOCK_MINUTES

    assert IDLE_LOCK_MINUTES == 10


async def test_enter_then_ctrl_z_in_a_text_field_undoes_without_a_crash() -> None:
    """Undoing a new line at the start of a text used to crash inside Textual's re-wrap."""
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_example_case(pilot, index_of("signalen"))
        await settle(pilot)
        area = bound(app, "signals[0].trigger")
        before = area.text
        area.focus()
        await pilot.pause()
        area.move_cursor((0, 0))
        await pilot.press("enter")
        await pilot.pause()
        assert area.text == "\n" + before
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.is_running
        assert area.text == before
        await pilot.press("ctrl+y")  # and redo brings the new line back
        await pilot.pause()
        assert area.text == "\n" + before


@pytest.mark.parametrize("key", ["anonimiseren", "signalen", "documenten"])
async def test_jumping_to_a_step_that_is_still_mounting_in_the_background_waits_for_it(key: str) -> None:
    """The case screen mounts unvisited steps in the background; a jump to one of those mid-mount is safe."""
    from textual.widgets import ContentSwitcher

    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_example_case(pilot, index_of("situatie"))
        index = index_of(key)
        switcher = screen.query_one("#steps", ContentSwitcher)
        for _ in range(2000):  # the background mounting is over (else it mounts a removed step again)
            if screen.premounted:
                break
            await pilot.pause(0.01)
        assert screen.premounted
        for step in list(switcher.children):  # start from a screen where only the first step exists
            if step is not screen.current_step():
                await step.remove()
        step = screen._make_step(index)
        step.display = False
        switcher.mount(step)  # not awaited: as the background mount is, when she jumps there
        await screen.go_to(index)
        assert_consistent(screen)
        await settle(pilot)
        assert app.is_running and screen.current_step() is step
