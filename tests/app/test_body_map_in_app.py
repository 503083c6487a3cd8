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


def marks(app):
    return app.screen.case.signals[0].marks if not isinstance(app.screen, PlacePicker | ConfirmScreen) else None


async def press_button(pilot, selector: str) -> None:
    """Reach a button by keyboard: focus it as Tab would and press Enter."""
    button = pilot.app.screen.query_one(selector)
    button.focus()
    await pilot.pause()
    await pilot.press("enter")


async def test_a_mark_by_keyboard_alone_on_the_figure_and_from_the_list() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_new_signal(pilot)
        case = app.screen.case
        await press_button(pilot, "#add-mark")
        await until(pilot, lambda: isinstance(app.screen, PlacePicker))
        figure = app.screen.query_one(BodyFigure)
        assert app.screen.focused is figure
        assert figure.current == (BodySide.FRONT, BodyPart.CHEST, Laterality.MIDDLE)
        await pilot.press("down")  # chest -> belly
        assert figure.current == (BodySide.FRONT, BodyPart.BELLY, Laterality.MIDDLE)
        assert "buik" in str(app.screen.query_one("#picker-place").render())
        await pilot.press("up", "left")  # back to the chest, then the child's right shoulder (the reader's left)
        assert figure.current == (BodySide.FRONT, BodyPart.SHOULDER, Laterality.RIGHT)
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, PlacePicker))
        mark = case.signals[0].marks[0]
        assert (mark.side, mark.part, mark.laterality) == (BodySide.FRONT, BodyPart.SHOULDER, Laterality.RIGHT)
        assert app.focused is app.screen.query_one("#mark-colour")

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
        await until(pilot, lambda: isinstance(app.screen, PlacePicker))
        await pilot.press("tab")
        options = app.screen.query_one("#place-list", OptionList)
        assert app.screen.focused is options
        start = options.highlighted
        await pilot.press("down", "down", "enter")
        await until(pilot, lambda: not isinstance(app.screen, PlacePicker))
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
        app.screen.query_one("#yes").focus()
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
        app.screen.query_one("#add-mark").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#add-mark")
        await until(pilot, lambda: isinstance(app.screen, PlacePicker))
        buttocks = (BodySide.BACK, BodyPart.BUTTOCKS, Laterality.MIDDLE)
        cell = next(c for c, p in CELLS.items() if p.key == buttocks)
        await pilot.click(BodyFigure, offset=cell)
        await until(pilot, lambda: not isinstance(app.screen, PlacePicker))
        mark = case.signals[0].marks[0]
        assert (mark.side, mark.part, mark.laterality) == buttocks

        # A second mark, on the front's left hand (the reader's right), then moved by a click in the list.
        app.screen.query_one("#add-mark").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#add-mark")
        await until(pilot, lambda: isinstance(app.screen, PlacePicker))
        hand = (BodySide.FRONT, BodyPart.HAND, Laterality.LEFT)
        await pilot.click(BodyFigure, offset=next(c for c, p in CELLS.items() if p.key == hand))
        await until(pilot, lambda: len(case.signals[0].marks) == 2 and not isinstance(app.screen, PlacePicker))
        assert (case.signals[0].marks[1].part, case.signals[0].marks[1].laterality) == (BodyPart.HAND, Laterality.LEFT)
        assert "Letsel 2" in str(app.screen.query_one("#mark-subtitle").render())

        app.screen.query_one("#mark-place").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#mark-place")
        await until(pilot, lambda: isinstance(app.screen, PlacePicker))
        options = app.screen.query_one("#place-list", OptionList)
        options.scroll_home(animate=False)
        await pilot.pause()
        await pilot.click("#place-list", offset=(3, 1))  # the first option under the list's top border
        await until(pilot, lambda: not isinstance(app.screen, PlacePicker))
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
        app.screen.query_one("#remove-mark").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click("#remove-mark")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.click("#yes")
        await until(pilot, lambda: len(case.signals[0].marks) == 1)
        assert case.signals[0].marks[0].part is BodyPart.BUTTOCKS


async def test_the_gate_or_the_review_can_jump_to_a_marks_text() -> None:
    """A detection in a mark's description is shown where it is typed: that signal, that mark, that field."""
    from tests.app.helpers import open_example

    from casusprep.app.screens.case import CaseScreen

    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_example(pilot)
        await until(pilot, lambda: isinstance(app.screen, CaseScreen))
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
