"""Choosing a place on the body map: a front and a back figure drawn in character cells, and a plain list.

Why both: the figure shows where a place is (arrow keys move between body parts, Enter or a click chooses),
the list is there for whoever reads a list faster or uses a screen reader. The cells come from the same boxes
(:mod:`casusprep.bodymap`) the document's figure is drawn from, so the place chosen here is the place printed.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from casusprep.app import strings as S
from casusprep.bodymap import HEIGHT, PLACES, WIDTH, Place
from casusprep.case import BodyPart, BodySide, Laterality
from casusprep.labels import label

COLS, ROWS, GAP = 17, 17, 4  # one figure in cells (every place gets at least one), and the space between them

Key = tuple[BodySide, BodyPart, Laterality]


def _cells() -> dict[tuple[int, int], Place]:
    """Which place every cell of the two figures shows: the smallest box around the cell's centre."""
    grid: dict[tuple[int, int], Place] = {}
    for n, side in enumerate(BodySide):
        places = [p for p in PLACES if p.side is side]
        for row in range(ROWS):
            for col in range(COLS):
                x, y = (col + 0.5) * WIDTH / COLS, (row + 0.5) * HEIGHT / ROWS
                inside = [p for p in places if p.box[0] <= x < p.box[2] and p.box[1] <= y < p.box[3]]
                if inside:
                    grid[(n * (COLS + GAP) + col, row)] = min(inside, key=lambda p: p.area)
    return grid


CELLS = _cells()
_SPOTS: dict[Key, list[tuple[int, int]]] = {}
for _cell, _place in CELLS.items():
    _SPOTS.setdefault(_place.key, []).append(_cell)
# The middle of each place's cells, for the arrow keys; places in the model's order, for the shading.
_CENTRES: dict[Key, tuple[float, float]] = {
    k: (sum(x for x, _ in cells) / len(cells), sum(y for _, y in cells) / len(cells)) for k, cells in _SPOTS.items()
}
_ORDER = {k: n for n, k in enumerate(_CENTRES)}
_BY_KEY = {p.key: p for p in PLACES}
_DIRECTIONS = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}


def neighbour(key: Key, direction: str) -> Key:
    """The place the arrow key goes to: the nearest one in that direction (cells are twice as high as wide)."""
    dx, dy = _DIRECTIONS[direction]
    x0, y0 = _CENTRES[key]
    best, best_cost = key, float("inf")
    for other, (x, y) in _CENTRES.items():
        ax, ay = (x - x0) / 2, y - y0  # in square units
        along = ax * dx + ay * dy
        if other == key or along <= 0.1:
            continue
        across = abs(ax * dy) + abs(ay * dx)
        cost = along + 2.5 * across
        if cost < best_cost:
            best, best_cost = other, cost
    return best


class BodyFigure(Widget, can_focus=True):
    """The two figures; the highlighted part in reverse, parts that already have a mark in red."""

    DEFAULT_CSS = f"""
    BodyFigure {{ width: {2 * COLS + GAP}; height: {ROWS}; }}
    BodyFigure:focus {{ background: $boost; }}
    """
    BINDINGS = [
        Binding("up", "move('up')", show=False),
        Binding("down", "move('down')", show=False),
        Binding("left", "move('left')", show=False),
        Binding("right", "move('right')", show=False),
        Binding("enter", "choose", show=False),
    ]

    class Highlighted(Message):
        def __init__(self, place: Place) -> None:
            super().__init__()
            self.place = place

    class Chosen(Message):
        def __init__(self, place: Place) -> None:
            super().__init__()
            self.place = place

    def __init__(self, current: Key, marked: set[Key], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.current = current if current in _CENTRES else next(iter(_CENTRES))
        self.marked = {k for k in marked if k in _CENTRES}

    def render(self) -> Text:
        text = Text()
        for row in range(ROWS):
            for col in range(2 * COLS + GAP):
                place = CELLS.get((col, row))
                if place is None:
                    text.append(" ")
                elif place.key == self.current:
                    text.append("█", style="bold yellow")
                elif place.key in self.marked:
                    text.append("▓", style="red")
                else:
                    shade = "▒" if _ORDER[place.key] % 2 else "░"
                    text.append(shade, style="grey70")
            if row < ROWS - 1:
                text.append("\n")
        return text

    def highlight(self, key: Key) -> None:
        self.current = key
        self.refresh()
        self.post_message(self.Highlighted(_BY_KEY[key]))

    def action_move(self, direction: str) -> None:
        self.highlight(neighbour(self.current, direction))

    def action_choose(self) -> None:
        self.post_message(self.Chosen(_BY_KEY[self.current]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        place = CELLS.get((offset.x, offset.y))
        if place is None:
            return
        event.stop()
        self.highlight(place.key)
        self.post_message(self.Chosen(place))


class PlacePicker(Screen[Key | None]):
    """The place of a mark: on the figure or from the list; Escape goes back without choosing."""

    BINDINGS = [Binding("escape", "cancel", S.CANCEL)]
    DEFAULT_CSS = f"""
    PlacePicker {{ padding: 0 1; }}
    PlacePicker #picker-figure {{ width: {2 * COLS + GAP + 2}; height: auto; }}
    PlacePicker #picker-sides {{ width: {2 * COLS + GAP}; }}
    PlacePicker #place-list {{ height: 1fr; width: 1fr; }}
    PlacePicker #picker-list {{ width: 1fr; height: 1fr; }}
    PlacePicker #picker-place {{ text-style: bold; }}
    """

    def __init__(self, current: Key | None, marked: set[Key]) -> None:
        super().__init__()
        self.current = current if current in _CENTRES else (BodySide.FRONT, BodyPart.CHEST, Laterality.MIDDLE)
        self.marked = marked

    def compose(self) -> ComposeResult:
        yield Label(S.PICKER_TITLE, classes="step-title")
        with Horizontal():
            with Vertical(id="picker-figure"):
                front, back = label(BodySide.FRONT).capitalize(), label(BodySide.BACK).capitalize()
                yield Static(front.center(COLS) + " " * GAP + back.center(COLS), id="picker-sides")
                yield BodyFigure(self.current, self.marked, id="body-figure")
                right, left = label(Laterality.RIGHT), label(Laterality.LEFT)
                yield Static(
                    f"{right:<{COLS // 2}}{left:>{COLS - COLS // 2}}"
                    + " " * GAP
                    + f"{left:<{COLS // 2}}{right:>{COLS - COLS // 2}}",
                    classes="muted",
                )
                yield Static(_BY_KEY[self.current].label, id="picker-place")
            with Vertical(id="picker-list"):
                yield Label(S.PICKER_LIST)
                yield OptionList(*[Option(p.label, id=str(n)) for n, p in enumerate(PLACES)], id="place-list")
        yield Static(S.PICKER_KEYS, classes="muted")

    def on_mount(self) -> None:
        self.query_one(BodyFigure).focus()
        options = self.query_one("#place-list", OptionList)
        options.highlighted = next(n for n, p in enumerate(PLACES) if p.key == self.current)

    @on(BodyFigure.Highlighted)
    def highlighted(self, event: BodyFigure.Highlighted) -> None:
        self.query_one("#picker-place", Static).update(event.place.label)

    @on(BodyFigure.Chosen)
    def chosen_on_figure(self, event: BodyFigure.Chosen) -> None:
        self.dismiss(event.place.key)

    @on(OptionList.OptionSelected, "#place-list")
    def chosen_from_list(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(PLACES[int(str(event.option.id))].key)

    def action_cancel(self) -> None:
        self.dismiss(None)
