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


class ReasonScreen(ModalScreen[str]):
    """Asks once why a registered signal is corrected; the answer goes with the change into the history.

    Escape or "Geen reden" still gives an answer (that none was given), so the history never pretends
    a reason it was not told, and the question is not asked again for that signal in this session.
    """

    BINDINGS = [Binding("escape", "skip", S.REASON_SKIP)]

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def compose(self) -> ComposeResult:
        from textual.widgets import Input, Label

        with Vertical(id="reason-box", classes="box"):
            yield Label(S.REASON_TITLE, classes="box-title")
            yield Static(S.REASON_TEXT.format(n=self.number))
            yield Input(placeholder=S.REASON_PLACEHOLDER, id="reason", max_length=300)
            with Horizontal(classes="buttons"):
                yield Button(S.REASON_SKIP, id="skip")
                yield Button(S.REASON_SAVE, id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#reason").focus()

    def on_input_submitted(self) -> None:
        self._done()

    @on(Button.Pressed, "#save")
    def _done(self) -> None:
        from textual.widgets import Input

        self.dismiss(self.query_one("#reason", Input).value.strip() or S.REASON_NONE)

    @on(Button.Pressed, "#skip")
    def action_skip(self) -> None:
        self.dismiss(S.REASON_NONE)


class HistoryScreen(ModalScreen[None]):
    """The history of one signal: when, which field, the old and the new text, and the reason.

    Read-only and scrollable by keyboard (arrows, Page Up/Down); Escape or Enter closes it.
    """

    BINDINGS = [Binding("escape,enter", "close", S.HISTORY_CLOSE)]

    def __init__(self, title: str, lines: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines  # (text, css class)

    def compose(self) -> ComposeResult:
        from rich.text import Text
        from textual.containers import VerticalScroll
        from textual.widgets import Label

        with Vertical(id="history-box", classes="box"):
            yield Label(self.title_text, classes="box-title")
            with VerticalScroll(id="history-list"):
                for text, kind in self.lines:
                    yield Static(Text(text), classes=kind)
            with Horizontal(classes="buttons"):
                yield Button(S.HISTORY_CLOSE, id="close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#history-list").focus()

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)
