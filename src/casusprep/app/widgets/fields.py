"""Form widgets bound to a path in the case (``signals[2].observation``).

Why: every step writes through one generic handler in the case screen (autosave), so a widget
only needs to know its path and how to turn its value into a model value. A value the model
refuses never reaches the case; the widget shows why instead.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.validation import ValidationResult, Validator
from textual.widgets import Checkbox, Input, Label, Select, SelectionList, Static, TextArea

from casusprep.app import strings as S
from casusprep.labels import field_label, label

_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def parse_be_date(text: str) -> dt.date | None:
    """Belgian date dd/mm/jjjj (also with - or .) -> date; empty -> None; otherwise ValueError."""
    if not text.strip():
        return None
    m = _DATE_RE.match(text)
    if not m:
        raise ValueError(S.DATE_INVALID)
    day, month, year = (int(g) for g in m.groups())
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


class BoundInput(Input, Bound):
    def __init__(self, path: str, value: str, **kwargs: Any) -> None:
        super().__init__(value=value or "", compact=True, **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return self.value


class DateInput(Input, Bound):
    """A Belgian date (dd/mm/jjjj) with inline validation; an invalid date is never stored."""

    DEFAULT_CSS = "DateInput { width: 16; }"

    def __init__(self, path: str, value: dt.date | None, **kwargs: Any) -> None:
        super().__init__(
            value=format_be_date(value),
            placeholder=S.DATE_PLACEHOLDER,
            validators=[_BelgianDate()],
            validate_on=["blur", "submitted"],
            max_length=10,
            compact=True,
            **kwargs,
        )
        self.path = path

    def model_value(self) -> Any:
        return parse_be_date(self.value)


class BoundText(TextArea, Bound):
    def __init__(self, path: str, value: str, **kwargs: Any) -> None:
        super().__init__(value or "", soft_wrap=True, show_line_numbers=False, tab_behavior="focus", **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return self.text


class BoundSelect(Select, Bound):
    """An enum or yes/no choice; ``None`` (blank) means: not filled in yet."""

    def __init__(self, path: str, options: list[tuple[str, Any]], value: Any, **kwargs: Any) -> None:
        super().__init__(
            options, value=value if value is not None else Select.NULL, prompt=S.NOT_FILLED, compact=True, **kwargs
        )
        self.path = path

    def model_value(self) -> Any:
        return None if self.value is Select.NULL else self.value


class BoundCheck(Checkbox, Bound):
    def __init__(self, path: str, text: str, value: bool, **kwargs: Any) -> None:
        super().__init__(text, value=bool(value), **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return self.value


class BoundMulti(SelectionList, Bound):
    """A multiple choice of enum values (aard, vorm)."""

    def __init__(self, path: str, enum: type[StrEnum], values: list[StrEnum], **kwargs: Any) -> None:
        super().__init__(*[(label(v), v, v in values) for v in enum], **kwargs)
        self.path = path

    def model_value(self) -> Any:
        return list(self.selected)


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
        yield self.widget  # type: ignore[misc]
        yield Static("", classes="field-error")

    def show_error(self, message: str | None) -> None:
        err = self.query_one(".field-error", Static)
        err.update(message or "")
        err.set_class(bool(message), "-shown")
