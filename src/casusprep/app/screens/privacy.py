"""The privacy key's neutral screen: nothing of a case, only how to come back.

Why a screen of its own: when someone walks in, one key must hide every name and note at once, whatever
step or dialog is open. The same key brings the work back; after the idle time (or when the app locked
itself after that time without a key or a click) the passphrase is asked first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Center, Middle, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, Static

from casusprep.app import strings as S
from casusprep.compat import being_removed

if TYPE_CHECKING:
    from textual import getters

    from casusprep.app.app import CasusprepApp


class PrivacyScreen(Screen):
    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    def __init__(self, locked: bool) -> None:
        super().__init__(id="privacy")
        self.locked = locked

    def compose(self) -> ComposeResult:
        with Middle(), Center(), Vertical(id="privacy-box", classes="box"):
            yield Label(S.APP_TITLE, classes="box-title")
            yield Static(S.PRIVACY_LOCKED if self.locked else S.PRIVACY_BLANK, id="privacy-text")
            yield Input(password=True, placeholder=S.PASSPHRASE, id="privacy-pass")
            yield Static("", id="privacy-error", classes="error")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.show_lock()

    def lock_now(self) -> None:
        self.locked = True
        self.show_lock()

    def show_lock(self) -> None:
        self.query_one("#privacy-text", Static).update(S.PRIVACY_LOCKED if self.locked else S.PRIVACY_BLANK)
        field = self.query_one("#privacy-pass", Input)
        field.display = self.locked
        if self.locked:
            field.focus()

    @on(Input.Submitted, "#privacy-pass")
    def passphrase_given(self, event: Input.Submitted) -> None:
        store = self.app.store
        if store is not None and store.check_passphrase(event.value):
            event.input.value = ""
            self.app.privacy_back()
            return
        event.input.value = ""
        self.query_one("#privacy-error", Static).update(S.WRONG_PASSPHRASE)
