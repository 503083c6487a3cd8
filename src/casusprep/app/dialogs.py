"""Small modal dialogs used by screens and widgets alike: a yes/no question for destructive actions."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from casusprep.app import strings as S
from casusprep.compat import being_removed


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "cancel", S.CANCEL)]

    def __init__(self, question: str, yes: str) -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        from rich.text import Text

        with Vertical(id="confirm-box", classes="box"):
            yield Static(Text(self.question))
            with Horizontal(classes="buttons"):
                yield Button(S.CANCEL, id="no")
                yield Button(self.yes, id="yes", variant="error")

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.query_one("#no").focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_cancel(self) -> None:
        self.dismiss(False)
