"""Shared pieces of the steps: the base class, the messages they post, and the text-field helper."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, ClassVar

from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.worker import Worker, WorkerState

from casusprep.app import strings as S
from casusprep.app.flow import StepSpec, index_of, steps
from casusprep.app.widgets.fields import (
    Bound,
    BoundText,
    Field,
)
from casusprep.case import (
    Case,
    get_path,
)
from casusprep.compat import being_removed


class CaseEdited(Message):
    """The case changed outside a bound field (a list item added or removed): save it.

    ``undo`` is ``(path, before, after)`` when Ctrl+Z should be able to put it back (a removed person).
    """

    def __init__(self, undo: tuple[str, Any, Any] | None = None) -> None:
        super().__init__()
        self.undo = undo


def text_field(path: str, value: str, *, required: bool = False, classes: str = "", height: str = "") -> Field:
    widget = BoundText(path, value, classes=f"text {height}".strip())
    return Field(widget, required=required, classes=classes)


class Step(VerticalScroll):
    """Base: a step over ``case``, found in the registry (:mod:`casusprep.app.flow`) by its ``key``.

    A step stays mounted while the case is open (switching steps only shows another one). When it is
    shown again, :meth:`shown` brings it in line with the case: it is rebuilt when the lists it shows
    changed elsewhere (:meth:`structure`), otherwise only the bound widgets whose value changed are
    updated. :meth:`left` stops its work in the background; a failing worker shows a Dutch notice.
    """

    key: ClassVar[str] = ""

    def __init__(self, case: Case, **kwargs) -> None:
        super().__init__(classes="step-body", **kwargs)
        self.case = case
        self._structure = self.structure()
        self._mounted = asyncio.Event()

    @property
    def spec(self) -> StepSpec:
        return steps()[index_of(self.key)]

    @property
    def index(self) -> int:
        return index_of(self.key)

    def structure(self) -> Any:
        """What the composed widgets depend on beyond bound values (e.g. which persons there are)."""
        return ()

    async def shown(self) -> None:
        """Called by the case screen each time this step becomes the visible one."""
        if self.structure() != self._structure:
            await self.rebuild()
        else:
            self.sync_values()

    async def rebuild(self) -> None:
        self._structure = self.structure()
        await self.recompose()
        self.after_compose()

    def after_compose(self) -> None:
        """Fill what compose leaves empty (conditional parts, lists); called after every (re)compose."""

    def on_mount(self) -> None:
        if being_removed(self):  # she left the case while this step was mounted in the background
            return
        self.after_compose()
        self._mounted.set()

    async def ready(self) -> bool:
        """Wait until this step has finished mounting; False when it is removed instead.

        A step mounted in the background may still be composing when she jumps to it: bringing it in line
        with the case before that would look up widgets that are not there yet.
        """
        while not self._mounted.is_set():
            if being_removed(self) or not self.is_attached:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._mounted.wait()), 0.05)
        return True

    def work_widget(self) -> Widget | None:
        """The widget where this step's work is done, focused when the step opens (None: its first empty
        field). A step whose work is a list to decide on names it here, so she does not tab through the
        stepper and the explanations to reach it."""
        return None

    def field_changed(self, path: str) -> None:
        """A bound widget of this step wrote ``path`` into the case (after validation)."""

    async def show_path(self, path: str) -> None:
        """Make the widget for ``path`` part of the form (e.g. open that signal) before a jump focuses it."""

    def left(self) -> None:
        """Called when another step is shown: background work of this step is cancelled."""
        self.workers.cancel_node(self)

    def sync_values(self) -> None:
        """Show values another step (or an undo) changed, without rebuilding the form."""
        for widget in self.query("*"):
            if isinstance(widget, Bound):
                try:
                    value = get_path(self.case, widget.path)
                    if widget.model_value() != value:
                        widget.show_value(value)
                except (ValueError, LookupError, AttributeError):
                    continue

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            self.notify(S.WORK_FAILED, severity="error", timeout=8)


class Exported(Message):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
