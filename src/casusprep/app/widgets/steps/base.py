"""Shared pieces of the steps: the base class, the messages they post, and the text-field helper."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.message import Message

from casusprep.app.widgets.fields import (
    BoundText,
    Field,
)
from casusprep.case import (
    Case,
)


class CaseEdited(Message):
    """The case changed outside a bound field (a list item added or removed): save it."""


def text_field(path: str, value: str, *, required: bool = False, classes: str = "", height: str = "") -> Field:
    widget = BoundText(path, value, classes=f"text {height}".strip())
    return Field(widget, required=required, classes=classes)


class Step(VerticalScroll):
    """Base: a step over ``case``; ``index`` is its place in the stepper."""

    index = 0

    def __init__(self, case: Case, **kwargs) -> None:
        super().__init__(classes="step-body", **kwargs)
        self.case = case


class Exported(Message):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
