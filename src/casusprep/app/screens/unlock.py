"""First run (choose a passphrase, see the recovery key once), unlock, and recovery with the key.

The store is imported inside the handlers: the first screen paints before any crypto or SQLite
code is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Static

from casusprep.app import strings as S
from casusprep.compat import being_removed

if TYPE_CHECKING:
    from textual import getters

    from casusprep.app.app import CasusprepApp


def passphrase_problem(passphrase: str) -> str | None:
    """Why this passphrase is too weak, in Dutch: the store's own rules (zxcvbn), checked before it is tried."""
    from casusprep.store import passphrase_problems

    problems = passphrase_problems(passphrase)
    return " ".join(problems) if problems else None


class UnlockScreen(Screen):
    """mode: "create" (first run), "unlock" or "recover".

    Tab moves on as a priority binding: a password manager types "passphrase, Tab, passphrase" in one burst,
    and an ordinary Tab reaches the field only after the characters behind it were already sent to it, so
    both halves ended up in the first field.
    """

    BINDINGS = [
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode

    def compose(self) -> ComposeResult:
        # The scroll area takes no focus: Tab goes round the fields and buttons only (a focused scroll area
        # answers Enter with nothing).
        with VerticalScroll(id="unlock-scroll", can_focus=False), Center(), Vertical(id="unlock-box", classes="box"):
            if self.mode == "create":
                yield Label(S.FIRST_RUN_TITLE, classes="box-title")
                yield Static(S.FIRST_RUN_INTRO)
                yield Label(S.PASSPHRASE, classes="field-label")
                yield Input(password=True, id="pass1")
                yield Label(S.PASSPHRASE_AGAIN, classes="field-label")
                yield Input(password=True, id="pass2")
                yield Static("", id="unlock-error", classes="error")
                yield Button(S.CREATE, id="create", variant="primary")
            elif self.mode == "unlock":
                yield Label(S.UNLOCK_TITLE, classes="box-title")
                yield Static(S.UNLOCK_INTRO)
                yield Label(S.PASSPHRASE, classes="field-label")
                yield Input(password=True, id="pass1")
                yield Static("", id="unlock-error", classes="error")
                with Horizontal(classes="buttons"):
                    yield Button(S.UNLOCK, id="unlock", variant="primary")
                    yield Button(S.FORGOT, id="forgot", variant="default")
            else:
                yield Label(S.RECOVERY_TITLE, classes="box-title")
                yield Static(S.RECOVERY_INTRO)
                yield Label(S.RECOVERY_KEY, classes="field-label")
                yield Input(id="recovery-key")
                yield Label(S.PASSPHRASE, classes="field-label")
                yield Input(password=True, id="pass1")
                yield Label(S.PASSPHRASE_AGAIN, classes="field-label")
                yield Input(password=True, id="pass2")
                yield Static("", id="unlock-error", classes="error")
                with Horizontal(classes="buttons"):
                    yield Button(S.RECOVER, id="recover", variant="primary")
                    yield Button(S.BACK, id="back")
        yield Footer()

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.query_one("#recovery-key" if self.mode == "recover" else "#pass1", Input).focus()

    def error(self, message: str) -> None:
        self.query_one("#unlock-error", Static).update(message)

    def _new_passphrase(self) -> str | None:
        p1 = self.query_one("#pass1", Input).value
        p2 = self.query_one("#pass2", Input).value

        problem = passphrase_problem(p1)
        if problem:
            self.error(problem)
            return None
        if p1 != p2:
            self.error(S.NOT_SAME)
            return None
        return p1

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "recovery-key":
            self.query_one("#pass1", Input).focus()
        elif event.input.id == "pass1" and self.mode != "unlock":
            self.query_one("#pass2", Input).focus()
        else:
            self.act()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "forgot":
            self.app.switch_screen(UnlockScreen("recover"))
        elif event.button.id == "back":
            self.app.switch_screen(UnlockScreen("unlock"))
        else:
            self.act()

    def act(self) -> None:
        from casusprep.store import Store, StoreError, WrongPassphrase

        try:
            if self.mode == "create":
                passphrase = self._new_passphrase()
                if passphrase is None:
                    return
                store, key = Store.create(passphrase)
                self.app.unlocked(store, recovery_key=key)
            elif self.mode == "unlock":
                passphrase = self.query_one("#pass1", Input).value
                if not passphrase:
                    self.error(S.EMPTY_PASSPHRASE)
                    return
                store = Store.open(passphrase)
                self.app.unlocked(store)
            else:
                key = self.query_one("#recovery-key", Input).value.strip()
                passphrase = self._new_passphrase()
                if passphrase is None:
                    return
                store = Store.open_with_recovery(key, passphrase)
                self.app.unlocked(store)
        except WrongPassphrase:
            self.error(S.WRONG_RECOVERY if self.mode == "recover" else S.WRONG_PASSPHRASE)
            self.query_one("#pass1", Input).value = ""
        except StoreError as exc:
            self.error(str(exc))


class RecoveryKeyScreen(Screen):
    """Shows the recovery key once, with a clear warning; continues to the case list."""

    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def compose(self) -> ComposeResult:
        # Only the button takes the focus, so Tab (or Shift+Tab) keeps it there and Enter always goes on.
        with VerticalScroll(can_focus=False), Center(), Vertical(id="key-box", classes="box"):
            yield Label(S.KEY_SHOWN_TITLE, classes="box-title")
            yield Static(S.KEY_SHOWN_WARNING, classes="warning")
            yield Static(self.key, id="recovery-key-text", classes="key")
            yield Button(S.KEY_SAVED, id="key-saved", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.query_one("#key-saved").focus()

    @on(Button.Pressed, "#key-saved")
    def done(self) -> None:
        self.key = ""
        self.app.show_home()
