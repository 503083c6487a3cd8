"""Form widgets bound to a path in the case (``signals[2].observation``).

Why: every step writes through one generic handler in the case screen (autosave), so a widget
only needs to know its path and how to turn its value into a model value. A value the model
refuses never reaches the case; the widget shows why instead.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import StrEnum
from typing import Any

from rich.segment import Segment
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.strip import Strip
from textual.validation import ValidationResult, Validator
from textual.widgets import Checkbox, Input, Label, RadioButton, Select, SelectionList, Static, TextArea
from textual.widgets.text_area import Selection

from casusprep.app import strings as S
from casusprep.compat import being_removed
from casusprep.labels import field_label, label

_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\s*$")
SHORT_YEAR_AHEAD = 10  # a two-digit year up to this many years ahead is this century (a follow-up), else the last


def parse_be_date(text: str) -> dt.date | None:
    """Belgian date dd/mm/jjjj (also with - or ., and d/m/jj as typed in a hurry: 5/3/26) -> date; empty ->
    None; otherwise ValueError."""
    if not text.strip():
        return None
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(S.DATE_INVALID)
    day, month, year = (int(g) for g in m.groups())
    if len(m.group(3)) == 2:
        year += 2000 if 2000 + year <= dt.date.today().year + SHORT_YEAR_AHEAD else 1900
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise ValueError(S.DATE_INVALID) from None
    if not 1900 <= value.year <= 2100:
        raise ValueError(S.DATE_INVALID)
    return value


def format_be_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class _BelgianDate(Validator):
    def validate(self, value: str) -> ValidationResult:
        try:
            parse_be_date(value)
        except ValueError as exc:
            return self.failure(str(exc))
        return self.success()


class Bound:
    """Mixin: the case path a widget edits and the conversion of its value to a model value."""

    path: str = ""

    def model_value(self) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_value(self, value: Any) -> None:  # pragma: no cover - overridden
        """Show a value the case got elsewhere (another step, an undo)."""
        raise NotImplementedError


class BoundInput(Input, Bound):
    def __init__(self, path: str, value: str, **kwargs: Any) -> None:
        # Entering a field never selects its text: a stray key must not replace a name.
        super().__init__(value=value or "", select_on_focus=False, **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return self.value

    def show_value(self, value: Any) -> None:
        self.value = value or ""


class DateInput(Input, Bound):
    """A Belgian date (dd/mm/jjjj) with inline validation; an invalid date is never stored."""

    DEFAULT_CSS = "DateInput { width: 18; }"

    def __init__(self, path: str, value: dt.date | None, **kwargs: Any) -> None:
        super().__init__(
            value=format_be_date(value),
            placeholder=S.DATE_PLACEHOLDER,
            validators=[_BelgianDate()],
            validate_on=["blur", "submitted"],
            max_length=10,
            select_on_focus=False,
            **kwargs,
        )
        self.path = path

    def model_value(self) -> Any:
        return parse_be_date(self.value)

    def show_value(self, value: Any) -> None:
        self.value = format_be_date(value)

    def on_blur(self) -> None:
        """A date typed short (5/3/26) is shown in full once she leaves it, so she sees how it was read."""
        try:
            value = parse_be_date(self.value)
        except ValueError:
            return
        if value is not None and self.value != format_be_date(value):
            self.value = format_be_date(value)


_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.u](\d{2})\s*$")


def parse_time(text: str) -> dt.time | None:
    """A time of day as uu:mm (also 8.15 or 8u15); empty -> None; otherwise ValueError."""
    if not text.strip():
        return None
    m = _TIME_RE.match(text)
    if not m:
        raise ValueError(S.TIME_INVALID)
    try:
        return dt.time(int(m.group(1)), int(m.group(2)))
    except ValueError:
        raise ValueError(S.TIME_INVALID) from None


def parse_number(text: str) -> float | None:
    """A Belgian decimal number (2,5 or 2.5); empty -> None; otherwise ValueError. The model checks the range."""
    if not text.strip():
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise ValueError(S.SIZE_INVALID) from None
    if not math.isfinite(value):  # 'nan' and 'inf' are numbers to Python, not to her
        raise ValueError(S.SIZE_INVALID)
    return value


def format_number(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


class TimeInput(Input, Bound):
    """A time of day (uu:mm); an invalid one is never stored."""

    DEFAULT_CSS = "TimeInput { width: 12; }"

    def __init__(self, path: str, value: dt.time | None, **kwargs: Any) -> None:
        shown = value.strftime("%H:%M") if value else ""
        super().__init__(value=shown, placeholder=S.TIME_PLACEHOLDER, max_length=5, select_on_focus=False, **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return parse_time(self.value)

    def show_value(self, value: Any) -> None:
        self.value = value.strftime("%H:%M") if value else ""


class NumberInput(Input, Bound):
    """A number with a decimal comma (a size in cm)."""

    DEFAULT_CSS = "NumberInput { width: 12; }"

    def __init__(self, path: str, value: float | None, **kwargs: Any) -> None:
        super().__init__(value=format_number(value), max_length=8, select_on_focus=False, **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return parse_number(self.value)

    def show_value(self, value: Any) -> None:
        self.value = format_number(value)


class BoundText(TextArea, Bound):
    def __init__(self, path: str, value: str, **kwargs: Any) -> None:
        super().__init__(value or "", soft_wrap=True, show_line_numbers=False, tab_behavior="focus", **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return self.text

    def show_value(self, value: Any) -> None:
        self.load_text(value or "")

    # Textual's TextArea re-wraps an undone (or redone) edit before it puts the cursor back; when the edit
    # removed the line the cursor is on and the scrollbar appears or goes, it scrolls to that line, which no
    # longer exists, and the app crashed (Enter, then Ctrl+Z). The cursor waits at the start meanwhile;
    # the undo itself puts it back where it belongs.
    def undo(self) -> None:
        self.selection = Selection.cursor((0, 0))
        super().undo()

    def redo(self) -> None:
        self.selection = Selection.cursor((0, 0))
        super().redo()


class Choice(Select):
    """Textual's Select, safe to remove while it is still being mounted.

    Select's own Mount handler looks up its parts; when she leaves the case while a step is mounted in the
    background, those parts are already gone and that look-up would take the app down.
    """

    def on_mount(self, event: events.Mount) -> None:
        if being_removed(self):
            event.prevent_default()  # skips Select's set-up (it runs after this class's handler)


class BoundSelect(Choice, Bound):
    """An enum or yes/no choice; ``None`` (blank) means: not filled in yet."""

    def __init__(
        self, path: str, options: list[tuple[str, Any]], value: Any, *, prompt: str | None = None, **kwargs: Any
    ) -> None:
        blank = value is None
        super().__init__(options, value=Select.NULL if blank else value, prompt=prompt or S.NOT_FILLED, **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return None if self.value is Select.NULL else self.value

    def show_value(self, value: Any) -> None:
        self.value = Select.NULL if value is None else value


class _ShowsState:
    """A toggle whose glyph itself says on or off ("X" or empty), not only its colour."""

    ON_GLYPH = "X"
    OFF_GLYPH = " "
    value: bool

    def _glyph(self) -> None:
        self.BUTTON_INNER = self.ON_GLYPH if self.value else self.OFF_GLYPH

    def watch_value(self) -> None:
        self._glyph()
        super().watch_value()  # type: ignore[misc]  # Textual's watcher is untyped


class Check(_ShowsState, Checkbox):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._glyph()


class Radio(_ShowsState, RadioButton):
    ON_GLYPH = "●"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._glyph()


class BoundCheck(Check, Bound):
    def __init__(self, path: str, text: str, value: bool, **kwargs: Any) -> None:
        super().__init__(text, value=bool(value), **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return self.value

    def show_value(self, value: Any) -> None:
        if value is not None:  # None: the model's default applies (e.g. put forward to the parents), shown as is
            self.value = bool(value)


class BoundMulti(SelectionList, Bound):
    """A multiple choice of enum values (aard, vorm)."""

    def __init__(self, path: str, enum: type[StrEnum], values: list[StrEnum], **kwargs: Any) -> None:
        super().__init__(*[(label(v), v, v in values) for v in enum], **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return list(self.selected)

    def render_line(self, y: int) -> Strip:
        """Each option's box shows X when chosen and stays empty when not, so it reads without colour."""
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 2:
            return strip
        meta = segments[1].style.meta if segments[1].style else {}
        index = meta.get("option")
        if index is None or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        chosen = self.get_option_at_index(index).value in self.selected
        segments[1] = Segment("X" if chosen else " ", segments[1].style)
        return Strip(segments, strip.cell_length)

    def show_value(self, value: Any) -> None:
        wanted = set(value or [])
        for option in list(self.options):
            value = getattr(option, "value", None)  # a SelectionList holds Selections, which carry a value
            if value in wanted:
                self.select(value)
            else:
                self.deselect(value)


def enum_options(enum: type[StrEnum]) -> list[tuple[str, Any]]:
    return [(label(v), v) for v in enum]


YES_NO: list[tuple[str, Any]] = [(S.YES, True), (S.NO, False)]


class Field(Vertical):
    """A label (with a required marker) above a bound widget, and a line for its error."""

    DEFAULT_CSS = """
    Field { height: auto; margin-bottom: 1; }
    Field > .field-label { text-style: bold; margin: 0; width: 100%; }
    Field > .field-error { color: $error; height: auto; display: none; }
    Field > .field-error.-shown { display: block; }
    """

    def __init__(self, widget: Bound, *, text: str | None = None, required: bool = False, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.widget = widget
        self.text = (text or field_label(widget.path)) + (S.REQUIRED if required else "")

    def compose(self) -> ComposeResult:
        yield Label(self.text, classes="field-label")
        yield self.widget  # type: ignore[misc]  # a Bound mixin instance is a Widget
        yield Static("", classes="field-error")

    def show_error(self, message: str | None) -> None:
        # A change message can arrive while the field is still being composed or already being removed (leaving a
        # case mid-mount): then there is no error line to update, and no error to show.
        found = self.query(".field-error").results(Static)
        err = next(iter(found), None)
        if err is None:
            return
        err.update(message or "")
        err.set_class(bool(message), "-shown")
