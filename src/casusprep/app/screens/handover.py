"""Handing a case to a colleague and taking one over, from the case list (keys o and i).

Why dialogs over the list: a handover is about a whole case, not a step of it, and the case is not open
while its file is written or replaced. Age's scrypt takes seconds and pyrage holds the GIL meanwhile, so it
runs in a child process that a worker thread waits for: the screen (and the privacy key) keep answering.
Every text comes from app.toml or from the handover's own data file, and none repeats case content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static
from textual.worker import Worker, WorkerState

from casusprep.app import strings as S
from casusprep.app.widgets.fields import Choice

if TYPE_CHECKING:
    from textual import getters

    from casusprep.app.app import CasusprepApp
    from casusprep.handover import Handover, ImportResult


def _role_options() -> list[tuple[str, str]]:
    from casusprep.handover import roles

    return [(label, key) for key, label in roles().items()]


def newest_handover_file(folder: Path) -> Path | None:
    """The most recent ``overdracht-*.age`` in ``folder``: what a colleague's file is usually called."""
    from casusprep.handover import FILE_PREFIX, FILE_SUFFIX

    try:
        found = [p for p in folder.glob(f"{FILE_PREFIX}*{FILE_SUFFIX}") if p.is_file()]
        return max(found, key=lambda p: p.stat().st_mtime) if found else None
    except OSError:
        return None


class _HandoverDialog(ModalScreen):
    """Shared parts: the scrollable box (it must fit 80x24), Escape, the message line and the busy state."""

    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    BINDINGS = [Binding("escape", "cancel", S.CANCEL)]

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#handover-cancel")
    def cancel_pressed(self) -> None:
        self.dismiss(None)

    def say(self, text: str, *, error: bool = True) -> None:
        line = self.query_one("#handover-message", Static)
        line.set_class(error, "error")
        line.update(text)
        line.scroll_visible(animate=False)

    _pending: Callable[[], object] | None = None

    def when_shown(self, step: Callable[[], object]) -> None:
        """Run a step of the dialog now, or when it is on top again: while the privacy screen hides it (the
        work ran on meanwhile), closing it would pop the privacy screen instead, and a question would show."""
        if self.app.screen is self:
            step()
        else:
            self._pending = step

    def on_screen_resume(self) -> None:
        step, self._pending = self._pending, None
        if step is not None:
            step()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A finished handover closes the dialog with its result, once its worker is done (not from inside it:
        closing the screen would cancel the worker still waiting on the UI)."""
        if event.worker.group == "handover" and event.state is WorkerState.SUCCESS and event.worker.result:
            result = event.worker.result
            self.when_shown(lambda: self.dismiss(result))

    def busy(self, on: bool, text: str = "") -> None:
        self.query_one("#handover-go", Button).disabled = on
        if on:
            self.say(text, error=False)


class HandoverScreen(_HandoverDialog):
    """Write the whole case as one encrypted file for a colleague; dismissed with the Dutch result or None."""

    def __init__(self, case_id: str, title: str = "") -> None:
        super().__init__()
        self.case_id = case_id
        self.case_title = title

    def compose(self) -> ComposeResult:
        from casusprep.app.export import default_folder
        from casusprep.handover import default_file_name

        with VerticalScroll(id="handover-box", classes="box"):
            yield Label(S.HANDOVER_TITLE, classes="box-title")
            if self.case_title:  # on her own screen: which case she is about to hand over
                yield Static(Text(S.HANDOVER_CASE.format(title=self.case_title[:60])))
            yield Static(S.HANDOVER_INTRO, classes="muted")
            yield Label(S.HANDOVER_ROLE, classes="field-label")
            yield Choice(_role_options(), prompt=S.HANDOVER_ROLE_PROMPT, id="handover-role", compact=True)
            yield Label(S.HANDOVER_FILE, classes="field-label")
            yield Input(str(default_folder() / default_file_name()), id="handover-file", compact=True)
            yield Label(S.HANDOVER_PASSPHRASE, classes="field-label")
            yield Input(password=True, id="handover-pass1", compact=True)
            yield Label(S.PASSPHRASE_AGAIN, classes="field-label")
            yield Input(password=True, id="handover-pass2", compact=True)
            yield Static("", id="handover-message")
            with Horizontal(classes="buttons"):
                yield Button(S.CANCEL, id="handover-cancel")
                yield Button(S.HANDOVER_MAKE, id="handover-go", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#handover-role").focus()

    @on(Input.Submitted, "#handover-pass2")
    @on(Button.Pressed, "#handover-go")
    def make(self) -> None:
        role = self.query_one("#handover-role", Select).value
        if role is Select.NULL:
            self.say(S.HANDOVER_CHOOSE_ROLE)
            return
        first = self.query_one("#handover-pass1", Input).value
        if first != self.query_one("#handover-pass2", Input).value:
            self.say(S.NOT_SAME)
            return
        target = Path(self.query_one("#handover-file", Input).value.strip()).expanduser()
        self.busy(True, S.HANDOVER_BUSY)
        self.write(str(role), target, first)

    @work(thread=True, exclusive=True, group="handover")
    def write(self, role: str, target: Path, passphrase: str) -> str | None:
        from casusprep.handover import HandoverError, write_handover
        from casusprep.handover.texts import HANDOVER
        from casusprep.store import StoreError

        try:
            store = self.app.open_store
            written = write_handover(store, self.case_id, target, passphrase, role, separate_process=True)
        except (HandoverError, StoreError) as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return None
        return HANDOVER.WRITTEN.format(file=written)

    def _failed(self, message: str) -> None:
        self.busy(False)
        self.say(message)


class TakeOverScreen(_HandoverDialog):
    """Import a colleague's handover file: a new case or the update of the same case; dismissed with the result."""

    def compose(self) -> ComposeResult:
        from casusprep.app.export import default_folder

        folder = default_folder()
        newest = newest_handover_file(folder)
        with VerticalScroll(id="handover-box", classes="box"):
            yield Label(S.TAKE_OVER_TITLE, classes="box-title")
            yield Static(S.TAKE_OVER_INTRO, classes="muted")
            yield Label(S.TAKE_OVER_FILE, classes="field-label")
            yield Input(str(newest or folder), id="handover-file", compact=True)
            yield Label(S.TAKE_OVER_ROLE, classes="field-label")
            yield Choice(_role_options(), prompt=S.HANDOVER_ROLE_PROMPT, id="handover-role", compact=True)
            yield Label(S.HANDOVER_PASSPHRASE, classes="field-label")
            yield Input(password=True, id="handover-pass1", compact=True)
            yield Static("", id="handover-message")
            with Horizontal(classes="buttons"):
                yield Button(S.CANCEL, id="handover-cancel")
                yield Button(S.TAKE_OVER_DO, id="handover-go", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#handover-file").focus()

    @on(Input.Submitted, "#handover-pass1")
    @on(Button.Pressed, "#handover-go")
    def take_over(self) -> None:
        role = self.query_one("#handover-role", Select).value
        if role is Select.NULL:
            self.say(S.TAKE_OVER_CHOOSE_ROLE)
            return
        path = Path(self.query_one("#handover-file", Input).value.strip()).expanduser()
        self.busy(True, S.TAKE_OVER_BUSY)
        self.read(path, self.query_one("#handover-pass1", Input).value, str(role))

    @work(thread=True, exclusive=True, group="handover")
    def read(self, path: Path, passphrase: str, role: str) -> ImportResult | None:
        from casusprep.handover import HandoverError, WrongHandoverPassphrase, plan_import, read_handover
        from casusprep.store import StoreError

        try:
            opened = read_handover(path, passphrase, separate_process=True)
            plan = plan_import(self.app.open_store, opened)
        except WrongHandoverPassphrase as exc:
            self.app.call_from_thread(self._failed, str(exc), clear=True)
            return None
        except (HandoverError, StoreError) as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return None
        if plan.kind == "conflict":
            self.app.call_from_thread(self.when_shown, lambda: self._confirm(opened, role, plan.reason))
            return None
        return self.apply(opened, role, replace=False)

    def _confirm(self, opened: Handover, role: str, reason: str) -> None:
        from casusprep.app.dialogs import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if yes:
                self.busy(True, S.TAKE_OVER_BUSY)
                self.run_worker(lambda: self.apply(opened, role, replace=True), thread=True, group="handover")
            else:
                self._failed(S.TAKE_OVER_NOTHING)

        self.app.push_screen(ConfirmScreen(reason, S.TAKE_OVER_REPLACE), answer)

    def apply(self, opened: Handover, role: str, *, replace: bool) -> ImportResult | None:
        """In the worker thread: the import itself (a save and a log entry)."""
        from casusprep.handover import HandoverError, import_handover
        from casusprep.store import StoreError

        try:
            return import_handover(self.app.open_store, opened, role, replace=replace)
        except (HandoverError, StoreError) as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return None

    def _failed(self, message: str, *, clear: bool = False) -> None:
        self.busy(False)
        if clear:
            field = self.query_one("#handover-pass1", Input)
            field.value = ""
            field.focus()
        self.say(message)
