"""The removal offered for closed cases past their retention date (shown once after unlocking).

Lists the due cases by working title only, all ticked; "Verwijderen" returns the ticked ids (the
home screen then asks for confirmation and removes them), "Later" or Escape returns None.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, SelectionList, Static

from casusprep.app import strings as S
from casusprep.compat import being_removed


def count_cases(count: int) -> str:
    """'1 afgesloten casus' / '3 afgesloten casussen'."""
    return S.CASES_ONE if count == 1 else S.CASES_MANY.format(count=count)


class RetentionScreen(ModalScreen[list[str] | None]):
    BINDINGS = [Binding("escape", "later", S.RETENTION_LATER)]

    def __init__(self, due: list[tuple[str, str]], months: int) -> None:
        """``due``: (case id, working title) of each case whose removal date has come."""
        super().__init__()
        self.due = due
        self.months = months

    def compose(self) -> ComposeResult:
        with Vertical(id="retention-box", classes="box"):
            yield Label(S.RETENTION_TITLE, classes="box-title")
            yield Static(S.RETENTION_INTRO.format(months=self.months))
            yield SelectionList[str](
                *[(Text(title.strip() or S.UNTITLED), case_id, True) for case_id, title in self.due],
                id="retention-cases",
            )
            yield Static(S.RETENTION_NOTE, classes="muted")
            yield Static("", id="retention-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(S.RETENTION_LATER, id="retention-later")
                yield Button(S.RETENTION_REMOVE, id="retention-remove", variant="error")

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.query_one("#retention-error").display = False
        self.query_one("#retention-later").focus()

    @on(Button.Pressed, "#retention-later")
    def action_later(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#retention-remove")
    def remove_chosen(self) -> None:
        chosen = list(self.query_one("#retention-cases", SelectionList).selected)
        if not chosen:
            error = self.query_one("#retention-error", Static)
            error.update(S.RETENTION_NONE_CHOSEN)
            error.display = True
            return
        self.dismiss(chosen)
