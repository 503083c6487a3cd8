"""The chronology (tijdlijn): everything of the open case in date order, one line each.

Why a screen of its own: a gap of weeks between signals, or a series of similar signals, only shows when
everything stands in one list, and the coach wants to go from a line straight to where it was registered.
What the list holds (kinds, short texts, who registered, gaps, series) is :func:`casusprep.chronology
.chronology`; this screen only shows it, filters it by kind and returns the field to open (the case screen
then jumps there). The list is built on the UI thread: it reads the case, no NLP.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Checkbox, Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from casusprep.app import strings as S
from casusprep.app.widgets.fields import format_be_date
from casusprep.case import Case
from casusprep.chronology import ChronologyItem, ChronologyKind, chronology
from casusprep.compat import being_removed

# Per kind: the filter's label and the short word in the list (screen texts; the documents use the kind's value).
FILTERS: dict[ChronologyKind, tuple[str, str]] = {
    ChronologyKind.SIGNAL: (S.CHRONO_FILTER_SIGNAL, S.CHRONO_KIND_SIGNAL),
    ChronologyKind.PARENTS: (S.CHRONO_FILTER_PARENTS, S.CHRONO_KIND_PARENTS),
    ChronologyKind.CONSULTATION: (S.CHRONO_FILTER_CONSULTATION, S.CHRONO_KIND_CONSULTATION),
    ChronologyKind.REPORT: (S.CHRONO_FILTER_REPORT, S.CHRONO_KIND_REPORT),
    ChronologyKind.ACTION: (S.CHRONO_FILTER_ACTION, S.CHRONO_KIND_ACTION),
    ChronologyKind.FOLLOW_UP: (S.CHRONO_FILTER_FOLLOW_UP, S.CHRONO_KIND_FOLLOW_UP),
}
# One mark per series, in the order the series start; the legend above the list names them.
SERIES_MARKS = "↻◆●▲■"


def gap_text(days: int) -> str:
    weeks = days // 7
    return S.CHRONO_GAP_WEEKS.format(n=weeks) if weeks >= 2 else S.CHRONO_GAP_DAYS.format(n=days)


def series_marks(items: list[ChronologyItem]) -> dict[str, str]:
    """Each series' mark, in the order the series start."""
    names = list(dict.fromkeys(it.series for it in items if it.series))
    return {name: SERIES_MARKS[n % len(SERIES_MARKS)] for n, name in enumerate(names)}


def legend(items: list[ChronologyItem]) -> str:
    counts = {it.series: it.series_len for it in items if it.series}
    return "  ".join(
        S.CHRONO_SERIES.format(mark=mark, name=name, count=counts[name]) for name, mark in series_marks(items).items()
    )


def line(item: ChronologyItem, marks: dict[str, str]) -> Table:
    """One item as a row of columns that fits the width it gets (the text is shortened, never wrapped)."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=10, no_wrap=True)
    grid.add_column(width=9, no_wrap=True)
    grid.add_column(width=4, no_wrap=True)
    grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    grid.add_column(no_wrap=True, max_width=24, overflow="ellipsis", justify="right")
    text = Text()
    if item.told_by:
        text.append(S.CHRONO_HEARSAY.format(told_by=item.told_by), style="italic")
    text.append(item.text or S.CHRONO_NO_TEXT)
    if item.series:
        mark = Text(f"{marks[item.series]}{item.series_no}/{item.series_len}", style="bold")
    elif item.done is not None:  # an action, a consultation or a report: done or still to do
        mark = Text(S.CHRONO_DONE if item.done else S.CHRONO_OPEN, style="italic")
    else:
        mark = Text("")
    grid.add_row(
        format_be_date(item.date),
        Text(FILTERS[item.kind][1], style="bold" if item.kind is ChronologyKind.SIGNAL else ""),
        mark,
        text,
        Text(item.by, style="dim"),
    )
    return grid


class KindToggle(Checkbox):
    """A filter box whose cross is only there when it is on, so the state reads without colour too."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # noqa: N802 - Checkbox reads this name per render; a class constant there
        return "X" if self.value else " "


class ChronologyList(OptionList):
    """The list, with Enter named in the footer (the OptionList's own Enter is not shown there)."""

    BINDINGS = [Binding("enter", "select", S.KEY_CHRONOLOGY_OPEN, key_display="Enter")]


class ChronologyScreen(Screen[str | None]):
    """Dismisses with the field path to open (Enter on a line), or None (Escape)."""

    BINDINGS = [
        Binding("escape", "back", S.BACK, key_display="Esc"),
        *(
            Binding(str(n), f"toggle_kind({n - 1})", S.KEY_CHRONOLOGY_FILTER, show=n == 1, key_display="1-6")
            for n in range(1, len(FILTERS) + 1)
        ),
    ]

    def __init__(self, case: Case) -> None:
        super().__init__()
        self.case = case
        self.items = chronology(case)
        self.shown: list[ChronologyItem] = []

    def compose(self) -> ComposeResult:
        # A title line rather than Textual's Header: that one crashes when the screen is closed while it
        # mounts (a quick F4, Esc), and the list gets the row.
        with Vertical(id="chrono-body"):
            yield Label(S.CHRONO_TITLE, classes="step-title")
            yield Static(S.CHRONO_INTRO, classes="muted")
            with Horizontal(id="chrono-filters"):
                for kind, (name, _word) in FILTERS.items():
                    yield KindToggle(name, True, id=f"chrono-filter-{kind.name.lower()}", compact=True)
            yield Static(legend(self.items), id="chrono-legend", classes="muted")
            yield ChronologyList(id="chrono-list")
            yield Static(S.CHRONO_EMPTY, id="chrono-empty", classes="muted")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.query_one("#chrono-legend").display = any(it.series for it in self.items)
        self.fill()
        self.query_one("#chrono-list", OptionList).focus()

    def chosen_kinds(self) -> set[ChronologyKind]:
        return {kind for kind in FILTERS if self.query_one(f"#chrono-filter-{kind.name.lower()}", Checkbox).value}

    def fill(self) -> None:
        """The lines of the chosen kinds; a gap before a signal and the undated heading as lines of their own
        that the cursor skips."""
        kinds = self.chosen_kinds()
        self.shown = [it for it in self.items if it.kind in kinds]
        marks = series_marks(self.items)
        options: list[Option] = []
        undated_heading = False
        for n, item in enumerate(self.shown):
            if item.date is None and not undated_heading:
                undated_heading = True
                options.append(Option(Text(S.CHRONO_UNDATED, style="bold underline"), id="undated", disabled=True))
            if item.gap_days:
                options.append(Option(Text(gap_text(item.gap_days), style="italic"), id=f"gap-{n}", disabled=True))
            options.append(Option(line(item, marks), id=f"item-{n}"))
        listing = self.query_one("#chrono-list", OptionList)
        listing.clear_options()
        listing.add_options(options)
        listing.display = bool(self.shown)
        self.query_one("#chrono-empty").display = not self.shown
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        listing.highlighted = first

    @on(Checkbox.Changed)
    def filter_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.fill()

    def action_toggle_kind(self, index: int) -> None:
        kind = list(FILTERS)[index]
        box = self.query_one(f"#chrono-filter-{kind.name.lower()}", Checkbox)
        box.value = not box.value

    def selected(self) -> ChronologyItem | None:
        listing = self.query_one("#chrono-list", OptionList)
        if listing.highlighted is None or not self.shown:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id or ""
        if not option_id.startswith("item-"):
            return None
        return self.shown[int(option_id.removeprefix("item-"))]

    @on(OptionList.OptionSelected, "#chrono-list")
    def option_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        item = self.selected()
        if item is not None and item.open_path:
            self.dismiss(item.open_path)

    def action_back(self) -> None:
        self.dismiss(None)
