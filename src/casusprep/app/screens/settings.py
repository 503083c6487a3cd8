"""Settings in the app: the retention period, a new passphrase and a new recovery key.

Why here and not only on the command line: a coach does not open a shell. Every change goes through the
store's own methods (which re-wrap the data key; the cases are not rewritten) and is confirmed in Dutch.
A new recovery key is shown once, exactly like at the first start.
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
from casusprep.app.screens.unlock import RecoveryKeyScreen, passphrase_problem
from casusprep.app.widgets.header import AppHeader
from casusprep.compat import being_removed

if TYPE_CHECKING:
    from textual import getters

    from casusprep.app.app import CasusprepApp


class SettingsScreen(Screen):
    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    BINDINGS = [Binding("escape", "back", S.BACK, key_display="Esc")]

    def compose(self) -> ComposeResult:
        store = self.app.open_store
        yield AppHeader()
        with VerticalScroll(id="settings-body"), Center(), Vertical(classes="box", id="settings-box"):
            yield Label(S.SETTINGS_TITLE, classes="box-title")
            yield Label(S.SETTINGS_RETENTION, classes="step-subtitle")
            yield Static(S.SETTINGS_RETENTION_NOTE, classes="muted")
            with Horizontal(classes="add-row"):
                yield Input(str(store.retention_months()), id="retention-months", type="integer", max_length=3)
                yield Button(S.SETTINGS_SAVE, id="retention-save", variant="primary")
            yield Static("", id="retention-message")
            yield Label(S.SETTINGS_IDLE, classes="step-subtitle")
            yield Static(S.SETTINGS_IDLE_NOTE, classes="muted")
            with Horizontal(classes="add-row"):
                minutes = store.get_setting("idle_lock_minutes", "10")
                yield Input(minutes, id="idle-minutes", type="integer", max_length=3)
                yield Button(S.SETTINGS_SAVE, id="idle-save", variant="primary")
            yield Static("", id="idle-message")
            yield Label(S.SETTINGS_PASSPHRASE, classes="step-subtitle")
            yield Input(password=True, placeholder=S.SETTINGS_CURRENT, id="pass-current")
            yield Input(password=True, placeholder=S.SETTINGS_NEW, id="pass-new")
            yield Input(password=True, placeholder=S.PASSPHRASE_AGAIN, id="pass-again")
            yield Button(S.SETTINGS_PASSPHRASE_SAVE, id="pass-save", variant="primary")
            yield Static("", id="pass-message")
            yield Label(S.SETTINGS_RECOVERY, classes="step-subtitle")
            yield Static(S.SETTINGS_RECOVERY_NOTE, classes="muted")
            yield Button(S.SETTINGS_RECOVERY_NEW, id="recovery-new", variant="warning")
            yield Button(S.BACK, id="settings-back")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.query_one("#retention-months", Input).focus()

    def action_back(self) -> None:
        self.app.show_home()

    @on(Button.Pressed, "#settings-back")
    def back_pressed(self) -> None:
        self.action_back()

    @on(Button.Pressed, "#retention-save")
    @on(Input.Submitted, "#retention-months")
    def save_retention(self) -> None:
        message = self.query_one("#retention-message", Static)
        text = self.query_one("#retention-months", Input).value.strip()
        if not text.isdigit() or not 1 <= int(text) <= 600:
            message.update(S.SETTINGS_RETENTION_INVALID)
            return
        self.app.open_store.set_setting("retention_months", str(int(text)))
        message.update(S.SETTINGS_RETENTION_SAVED.format(months=int(text)))

    @on(Button.Pressed, "#idle-save")
    @on(Input.Submitted, "#idle-minutes")
    def save_idle(self) -> None:
        message = self.query_one("#idle-message", Static)
        text = self.query_one("#idle-minutes", Input).value.strip()
        if not text.isdigit() or not 1 <= int(text) <= 240:
            message.update(S.SETTINGS_IDLE_INVALID)
            return
        self.app.open_store.set_setting("idle_lock_minutes", str(int(text)))
        message.update(S.SETTINGS_IDLE_SAVED.format(minutes=int(text)))

    @on(Button.Pressed, "#pass-save")
    def save_passphrase(self) -> None:
        from casusprep.store import StoreError

        message = self.query_one("#pass-message", Static)
        new = self.query_one("#pass-new", Input).value
        if new != self.query_one("#pass-again", Input).value:
            message.update(S.NOT_SAME)
            return
        problem = passphrase_problem(new)
        if problem:
            message.update(problem)
            return
        store = self.app.open_store
        try:
            store.change_passphrase(self.query_one("#pass-current", Input).value, new)
        except StoreError as exc:
            message.update(str(exc))
            return
        for selector in ("#pass-current", "#pass-new", "#pass-again"):
            self.query_one(selector, Input).value = ""
        message.update(S.SETTINGS_PASSPHRASE_SAVED)

    @on(Button.Pressed, "#recovery-new")
    def new_recovery_key(self) -> None:
        from casusprep.app.dialogs import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if not yes:
                return

            key = self.app.open_store.rotate_recovery_key()
            self.app.switch_screen(RecoveryKeyScreen(key))

        self.app.push_screen(ConfirmScreen(S.SETTINGS_RECOVERY_CONFIRM, S.SETTINGS_RECOVERY_NEW), answer)
