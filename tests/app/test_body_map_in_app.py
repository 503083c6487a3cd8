"""In the app: the body map of a signal. A mark is added on the terminal figure or from the list of places,
its fields are edited, its place changed and it is removed (with a question first, and Ctrl+Z brings it back),
by keyboard alone and by mouse, at 80x24 (real app, Pilot)."""

from __future__ import annotations

from tests.app.helpers import open_new_signal
from textual.widgets import OptionList

from casusprep.app.app import CasusprepApp
from casusprep.app.dialogs import ConfirmScreen
from casusprep.app.widgets.bodymap import CELLS, BodyFigure, PlacePicker
from casusprep.bodymap import PLACES
from casusprep.case import BodyPart, BodySide, Laterality, MarkColour


async def until(pilot, condition, tries: int = 200) -> None:
    """Wait for a condition of the app, not for a fixed time."""
    for _ in range(tries):
        if condition():
            return
        await pilot.pause()
    raise AssertionError("the app did not get there")


def picker_ready(app) -> bool:
    """The picker is shown and laid out (a click needs the figure's and the list's places on the screen)."""
    if not isinstance(app.screen, PlacePicker):
        return False
    return clickable(app, "#body-figure") and clickable(app, "#place-list")


def form_ready(app, count: int) -> bool:
    """Back in the signal form, rebuilt with ``count`` marks and the chosen mark's colour focused."""
    if isinstance(app.screen, PlacePicker | ConfirmScreen) or len(app.screen.case.signals[0].marks) != count:
        return False
    focused = app.focused
    return focused is not None and focused.id == "mark-colour" and focused.region.width > 0


def clickable(app, selector: str) -> bool:
    """A click on the widget's middle lands on the widget itself (it is laid out, in view and not covered)."""
    widget = app.screen.query_one(selector)
    region = widget.region
    if region.width == 0 or region.height == 0:
        return False
    try:
        hit, _ = app.screen.get_widget_at(region.x + region.width // 2, region.y + region.height // 2)
    except Exception:  # noqa: BLE001 - outside the screen: not clickable yet
        return False
    return hit is widget or widget in hit.ancestors


async def click_in_form(pilot, selector: str) -> None:
    """Scroll a button of the signal form into view and click it once it stays put (the form may still be
    scrolling to the field it focused after a rebuild) and a click lands on it."""
    last = None
    for _ in range(200):
        widget = pilot.app.screen.query_one(selector)
        widget.scroll_visible(animate=False)
        await pilot.pause()
        region = widget.region
        if region == last and clickable(pilot.app, selector):
            assert await pilot.click(selector)
            return
        last = region
    raise AssertionError(f"{selector} never came into view")


async def press_button(pilot, selector: str) -> None:
    """Reach a button by keyboard: focus it as Tab would and press Enter."""
    button = pilot.app.screen.query_one(selector)
    button.focus()
    await until(pilot, lambda: pilot.app.focused is button)
    await pilot.press("enter")


async def test_a_mark_by_keyboard_alone_on_the_figure_and_from_the_list() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_new_signal(pilot)
        case = app.screen.case
        await press_button(pilot, "#add-mark")
        await until(pilot, lambda: picker_ready(app))
        figure = app.screen.query_one(BodyFigure)
        assert app.screen.focused is figure
        assert figure.current == (BodySide.FRONT, BodyPart.CHEST, Laterality.MIDDLE)
        await pilot.press("down")  # chest -> belly
        assert figure.current == (BodySide.FRONT, BodyPart.BELLY, Laterality.MIDDLE)
        assert "buik" in str(app.screen.query_one("#picker-place").render())
        await pilot.press("up", "left")  # back to the chest, then the child's right shoulder (the reader's left)
        assert figure.current == (BodySide.FRONT, BodyPart.SHOULDER, Laterality.RIGHT)
        await pilot.press("enter")
        await until(pilot, lambda: form_ready(app, 1))  # the colour is next
        mark = case.signals[0].marks[0]
        assert (mark.side, mark.part, mark.laterality) == (BodySide.FRONT, BodyPart.SHOULDER, Laterality.RIGHT)

        # Its fields, typed: size with a decimal comma, a time, a description; the list line follows.
        app.screen.query_one("#mark-size").focus()
        await pilot.press(*"2,5")
        app.screen.query_one("#mark-seen-at").focus()
        await pilot.press(*"08:15")
        await pilot.press("tab")  # leaving the field
        await until(pilot, lambda: mark.seen_at is not None)
        assert mark.size_cm == 2.5 and mark.seen_at.strftime("%H:%M") == "08:15"
        app.screen.query_one("#mark-colour").value = MarkColour.BLUE
        await until(pilot, lambda: mark.colour is MarkColour.BLUE)
        listed = str(app.screen.query_one("#mark-list", OptionList).get_option_at_index(0).prompt)
        assert "schouder rechts, voorkant" in listed and "blauw" in listed and "2,5 cm" in listed

        # Another place, from the list this time: Tab to the list, two down, Enter.
        await press_button(pilot, "#mark-place")
        await until(pilot, lambda: picker_ready(app))
        await pilot.press("tab")
        options = app.screen.query_one("#place-list", OptionList)
        assert app.screen.focused is options
        start = options.highlighted
        await pilot.press("down", "down", "enter")
        await until(pilot, lambda: form_ready(app, 1))
        mark = case.signals[0].marks[0]
        assert (mark.side, mark.part, mark.laterality) == PLACES[start + 2].key
        assert mark.size_cm == 2.5 and mark.colour is MarkColour.BLUE  # the rest of the mark stays

        # Remove: asked first (Escape keeps it), then removed; Ctrl+Z brings it back.
        await press_button(pilot, "#remove-mark")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert len(case.signals[0].marks) == 1
        await press_button(pilot, "#remove-mark")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        yes = app.screen.query_one("#yes")
        yes.focus()
        await until(pilot, lambda: app.focused is yes)
        await pilot.press("enter")
        await until(pilot, lambda: not case.signals[0].marks)
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(case.signals[0].marks) == 1)
        assert case.signals[0].marks[0].size_cm == 2.5


async def test_a_mark_by_mouse_on_the_figure_and_in_the_list() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_new_signal(pilot)
        case = app.screen.case
        await click_in_form(pilot, "#add-mark")
        await until(pilot, lambda: picker_ready(app))
        buttocks = (BodySide.BACK, BodyPart.BUTTOCKS, Laterality.MIDDLE)
        cell = next(c for c, p in CELLS.items() if p.key == buttocks)
        await pilot.click(BodyFigure, offset=cell)
        await until(pilot, lambda: form_ready(app, 1))
        mark = case.signals[0].marks[0]
        assert (mark.side, mark.part, mark.laterality) == buttocks

        # A second mark, on the front's left hand (the reader's right), then moved by a click in the list.
        await click_in_form(pilot, "#add-mark")
        await until(pilot, lambda: picker_ready(app))
        hand = (BodySide.FRONT, BodyPart.HAND, Laterality.LEFT)
        await pilot.click(BodyFigure, offset=next(c for c, p in CELLS.items() if p.key == hand))
        await until(pilot, lambda: form_ready(app, 2))
        assert (case.signals[0].marks[1].part, case.signals[0].marks[1].laterality) == (BodyPart.HAND, Laterality.LEFT)
        assert "Letsel 2" in str(app.screen.query_one("#mark-subtitle").render())

        await click_in_form(pilot, "#mark-place")
        await until(pilot, lambda: picker_ready(app))
        options = app.screen.query_one("#place-list", OptionList)
        options.scroll_home(animate=False)
        await until(pilot, lambda: options.scroll_y == 0)
        await pilot.click("#place-list", offset=(3, 1))  # the first option under the list's top border
        await until(pilot, lambda: form_ready(app, 2))
        second = case.signals[0].marks[1]
        assert (
            (second.side, second.part, second.laterality)
            == PLACES[0].key
            == (
                BodySide.FRONT,
                BodyPart.HEAD,
                Laterality.MIDDLE,
            )
        )

        # Remove the second one by mouse, confirming in the dialog.
        await click_in_form(pilot, "#remove-mark")
        await until(
            pilot, lambda: isinstance(app.screen, ConfirmScreen) and app.screen.query_one("#yes").region.width > 0
        )
        await pilot.click("#yes")
        await until(pilot, lambda: len(case.signals[0].marks) == 1)
        assert case.signals[0].marks[0].part is BodyPart.BUTTOCKS


async def test_the_gate_or_the_review_can_jump_to_a_marks_text() -> None:
    """A detection in a mark's description is shown where it is typed: that signal, that mark, that field."""
    from tests.app.helpers import first_run

    from casusprep.app.screens.case import CaseScreen
    from casusprep.example import example_case

    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await first_run(pilot)
        case = example_case()
        app.store.save(case)
        app.open_case(case.id)
        await until(pilot, lambda: isinstance(app.screen, CaseScreen) and app.screen.is_mounted)
        path = "signals[1].marks[2].description"
        assert await app.screen.jump_to_field(path)
        await until(pilot, lambda: getattr(app.focused, "path", None) == path)
        assert "onderbeen rechts, voorkant" in str(app.screen.query_one("#mark-subtitle").render())


def test_every_place_can_be_clicked_and_reached_by_the_arrow_keys() -> None:
    """Every place of the body map has cells on the terminal figure, and the arrow keys reach all of them from
    where the picker starts: by keyboard alone nothing is out of reach."""
    from casusprep.app.widgets.bodymap import neighbour

    assert {p.key for p in CELLS.values()} == {p.key for p in PLACES}
    start = (BodySide.FRONT, BodyPart.CHEST, Laterality.MIDDLE)
    seen, todo = {start}, [start]
    while todo:
        key = todo.pop()
        for direction in ("up", "down", "left", "right"):
            nxt = neighbour(key, direction)
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    assert seen == {p.key for p in PLACES}
