"""The casusprep Textual app: thin on purpose; screens and widgets hold the behaviour.

Start-up stays light (first screen < 1 s): the store, the documents and the NLP are imported only
when a screen needs them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen
from textual.widgets import Input

from casusprep.app import strings as S
from casusprep.app.commands import MainCommands
from casusprep.compat import (
    QuietCrashReport,
    dutch_select_overlay,
    escape_then_key_as_typed,
    keep_editing_keys_in_order,
    palette_choose,
    palette_still_searching,
)

if TYPE_CHECKING:
    from casusprep.store import Store

dutch_select_overlay(S.KEY_CLOSE_MENU)
keep_editing_keys_in_order()
escape_then_key_as_typed()


PALETTE_WAIT_S = 0.02  # Enter in the palette waits in such steps for the search of what was typed


class DutchCommandPalette(CommandPalette):
    BINDINGS = [Binding("escape", "escape", S.KEY_CLOSE_PALETTE)]

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter chooses from the list for what was typed: right after the letters ("stap sig", Enter) the search
        still ran and Enter took the command listed for the letters before (Situatie instead of Signalen)."""
        event.stop()
        event.prevent_default()  # not Textual's own handler as well
        self._choose_when_searched()

    def _choose_when_searched(self) -> None:
        if not self.is_attached:
            return
        if palette_still_searching(self):
            self.set_timer(PALETTE_WAIT_S, self._choose_when_searched)
            return
        palette_choose(self)


DARK, LIGHT = "textual-dark", "textual-light"
IDLE_LOCK_MINUTES = 10
IDLE_SETTING = "idle_lock_minutes"
IDLE_CHECK_S = 5
HANG_UP_SETTLE_S = 0.2  # after a hang-up: saved again until no key came in for this long ...
HANG_UP_WAIT_S = 3.0  # ... or this long has passed
HANG_UP_EXIT_S = 2.0  # then the process ends, if Textual's shutdown has not ended it by then


class CasusprepApp(QuietCrashReport, App[int]):
    CSS_PATH = Path(__file__).resolve().parent / "casusprep.tcss"
    TITLE = S.APP_TITLE
    SUB_TITLE = S.APP_SUBTITLE
    COMMANDS = App.COMMANDS | {MainCommands}
    COMMAND_PALETTE_DISPLAY = "^P"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        # Not a priority binding: a priority key is handled as it arrives, before the letters typed just before it
        # reach their field, and those letters were lost ("Snel weg", Ctrl+Q saved an empty title). As an ordinary
        # binding Ctrl+Q comes after them, through the focused field, which binds no Ctrl+Q.
        Binding("ctrl+q", "quit", S.KEY_QUIT, key_display="^Q"),
        Binding("ctrl+t", "toggle_theme", S.KEY_THEME, show=False),
        Binding("ctrl+l", "privacy", S.KEY_PRIVACY, priority=True, key_display="^L"),
        Binding("ctrl+p", "command_palette", S.KEY_PALETTE, show=False, priority=True, key_display="^P"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self.help_visible = True
        self._last_activity = time.monotonic()
        self._blanked_at: float | None = None
        self._hung_up_at: float | None = None
        self.theme = DARK

    def on_mount(self) -> None:
        self.set_interval(IDLE_CHECK_S, self.lock_if_idle)
        if not self.is_headless:  # a terminal that closes (its window, tmux) or a system that stops the app
            loop = asyncio.get_running_loop()
            for number in (signal.SIGHUP, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(number, self.hang_up)
        self.help_visible = self.size.width >= 100  # at 80 columns the form needs the room
        from casusprep.app.screens.unlock import UnlockScreen
        from casusprep.locations import database_path

        self.push_screen(UnlockScreen("unlock" if database_path().exists() else "create"))

    # --- navigation used by screens and the command palette ----------------------------------
    @property
    def open_store(self) -> Store:
        """The unlocked store. The screens that use it are only shown after the unlock, until the lock."""
        if self.store is None:
            raise RuntimeError("the store is not unlocked")
        return self.store

    def unlocked(self, store, recovery_key: str | None = None) -> None:
        self.store = store
        if store.damaged:  # never passed over in silence; the list names them and opening offers a backup
            self.notify(S.DAMAGED_ON_UNLOCK.format(n=len(store.damaged)), severity="error", timeout=20)
        self.run_worker(_sweep_default_folder, thread=True, group="sweep")
        if recovery_key:
            from casusprep.app.screens.unlock import RecoveryKeyScreen

            self.switch_screen(RecoveryKeyScreen(recovery_key))
        else:
            self.show_home()

    def _leave_case(self) -> None:
        from casusprep.app.screens.case import CaseScreen

        if isinstance(self.screen, CaseScreen):
            self.screen.save_now(leaving=True)

    def hidden(self) -> bool:
        """The privacy screen (Ctrl+L, or the idle lock) is up: nothing may be navigated to behind it, or a
        switch of screens would replace it and show the cases without the passphrase."""
        return self._privacy_screen() is not None

    def show_home(self) -> None:
        from casusprep.app.screens.home import HomeScreen

        if self.store is None or self.hidden():
            return
        self._leave_case()
        if isinstance(self.screen, HomeScreen):
            self.screen.reload()
            return
        self.switch_screen(HomeScreen())

    def open_case(self, case_id: str, step: int | None = None) -> None:
        from casusprep.app.screens.case import CaseScreen
        from casusprep.store import DamagedCase, StoreError

        if self.hidden():
            return
        try:
            case = self.store.load(case_id)  # type: ignore[union-attr]  # checked open just above
        except DamagedCase as exc:
            self.offer_case_restore(exc)
            return
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        self._leave_case()
        self.switch_screen(CaseScreen(case, step))

    def offer_case_restore(self, damage) -> None:
        """A damaged case is named and offered its newest intact copy from the backups; the other cases
        are not touched."""
        from casusprep.app.dialogs import ConfirmScreen

        def answer(yes: bool | None) -> None:
            if not yes or self.store is None:
                return
            from casusprep.store import Store, StoreError

            for backup in Store.list_backups(self.store.path):
                try:
                    self.store.restore_case(damage.case_id, backup.path)
                except StoreError:
                    continue
                self.notify(S.DAMAGED_RESTORED.format(backup=backup.path.name), timeout=10)
                break
            else:
                self.notify(S.DAMAGED_NO_BACKUP, severity="error", timeout=10)
            self.show_home()

        self.push_screen(ConfirmScreen(str(damage), S.DAMAGED_RESTORE), answer)

    def new_case(self) -> None:
        from casusprep.app.screens.case import CaseScreen
        from casusprep.case import Case

        if self.store is None or self.hidden():
            return
        self._leave_case()
        case = Case()
        self.store.save(case)
        self.switch_screen(CaseScreen(case))

    def open_example(self) -> None:
        """Open a fresh copy of the invented example case, to look around without real data."""
        from casusprep.app.screens.case import CaseScreen
        from casusprep.case import new_id
        from casusprep.example import example_case

        if self.store is None or self.hidden():
            return
        self._leave_case()
        case = example_case().model_copy(update={"id": new_id()})
        self.store.save(case)
        self.switch_screen(CaseScreen(case))

    async def go_step(self, index: int) -> None:
        from casusprep.app.screens.case import CaseScreen

        if isinstance(self.screen, CaseScreen):
            await self.screen.go_to(index)

    def in_case(self) -> bool:
        from casusprep.app.screens.case import CaseScreen

        return any(isinstance(screen, CaseScreen) for screen in self.screen_stack)

    def show_chronology(self) -> None:
        from casusprep.app.screens.case import CaseScreen

        if isinstance(self.screen, CaseScreen):
            self.screen.action_chronology()

    async def go_export(self) -> None:
        from casusprep.app.flow import index_of

        await self.go_step(index_of("documenten"))

    # --- the privacy key and the idle lock -----------------------------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)):
            self._last_activity = time.monotonic()
        await super().on_event(event)

    def idle_lock_s(self) -> float:
        """After how long without a key or a click the app locks itself (store setting, default 10 minutes)."""
        try:
            minutes = float(self.open_store.get_setting(IDLE_SETTING) or IDLE_LOCK_MINUTES)
        except (ValueError, TypeError, RuntimeError):  # not a number, or no store open yet
            minutes = IDLE_LOCK_MINUTES
        return max(minutes, 0.001) * 60

    def _privacy_screen(self):
        from casusprep.app.screens.privacy import PrivacyScreen

        return next((s for s in self.screen_stack if isinstance(s, PrivacyScreen)), None)

    def _blank(self, locked: bool) -> None:
        from casusprep.app.screens.case import CaseScreen
        from casusprep.app.screens.privacy import PrivacyScreen

        for screen in self.screen_stack:
            if isinstance(screen, CaseScreen):
                screen.save_now()
        self._blanked_at = time.monotonic()
        self.push_screen(PrivacyScreen(locked))

    def action_privacy(self) -> None:
        """One key hides everything; the same key brings it back, unless the idle time passed meanwhile."""
        if self.store is None:
            return
        privacy = self._privacy_screen()
        if privacy is None:
            self._blank(locked=False)
        elif privacy.locked:
            privacy.show_lock()
        elif time.monotonic() - (self._blanked_at or 0) > self.idle_lock_s():
            privacy.lock_now()
        else:
            self.privacy_back()

    def privacy_back(self) -> None:
        if self._privacy_screen() is self.screen:
            self.pop_screen()
        self._blanked_at = None
        self._last_activity = time.monotonic()

    def lock_if_idle(self) -> None:
        if self.store is None:
            return
        idle = time.monotonic() - self._last_activity > self.idle_lock_s()
        privacy = self._privacy_screen()
        if privacy is None and idle:
            self._blank(locked=True)
        elif (
            privacy is not None
            and not privacy.locked
            and time.monotonic() - (self._blanked_at or 0) > self.idle_lock_s()
        ):
            privacy.lock_now()

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_toggle_help(self) -> None:
        self.help_visible = not self.help_visible
        for panel in self.screen.query("#help"):
            panel.display = self.help_visible

    def hang_up(self) -> None:
        """The terminal closed under the app or the system stops it: what she typed is saved at once (without
        the reason question, which no one can answer now), and again while the keys she typed just before are
        still coming in (they are read after the signal); then the app stops. Python's default for these signals
        ends the process without a save."""
        if self._hung_up_at is not None:
            return
        self._hung_up_at = time.monotonic()
        self._save_open_cases()
        self.set_timer(HANG_UP_SETTLE_S, self._settle_after_hang_up)

    def _save_open_cases(self) -> None:
        from casusprep.app.screens.case import CaseScreen

        for screen in self.screen_stack:
            if isinstance(screen, CaseScreen):
                screen.save_now(leaving=True)

    def _settle_after_hang_up(self) -> None:
        self._save_open_cases()
        now = time.monotonic()
        typing = now - self._last_activity < HANG_UP_SETTLE_S
        if typing and now - (self._hung_up_at or now) < HANG_UP_WAIT_S:
            self.set_timer(HANG_UP_SETTLE_S, self._settle_after_hang_up)
            return
        if self.store is not None:
            self.store.close()
            self.store = None
        if not self.is_headless:
            # Without its terminal Textual's own shutdown can wait for ever on the screen it cannot restore; all is
            # saved and closed by now, so the process ends if it is still there a moment later.
            watchdog = threading.Timer(HANG_UP_EXIT_S, os._exit, (0,))
            watchdog.daemon = True
            watchdog.start()
        self.exit(0)

    # --- crash report without case data (see casusprep.compat) ---------------------------------------
    def crash_report(self, error: BaseException | None):
        return crash_report(error)

    # --- Textual's own texts, in Dutch --------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Only the system commands a coach needs, in Dutch (no screenshot: it would write case text to disk)."""
        yield SystemCommand(S.CMD_THEME, S.CMD_THEME_HELP, self.action_toggle_theme)
        yield SystemCommand(S.CMD_QUIT, S.CMD_QUIT_HELP, self.action_quit)

    def action_command_palette(self) -> None:
        if self.hidden():  # its commands open the case list or a case: never from behind the privacy screen
            return
        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]  # typed App[object]; any App works
            self.push_screen(DutchCommandPalette(id="--command-palette", placeholder=S.CMD_SEARCH))

    def action_help_quit(self) -> None:
        """Ctrl+C copies in a field; elsewhere it says, in Dutch, how to quit."""
        self.notify(S.QUIT_HOW, title=S.QUIT_TITLE)

    async def action_quit(self) -> None:
        from casusprep.app.screens.case import CaseScreen

        # A corrected registered signal gets its reason before the app closes (asked once, as on moving on).
        if isinstance(self.screen, CaseScreen) and self.screen.ask_reasons(lambda: self.call_later(self.action_quit)):
            return
        self._leave_case()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.exit(0)


def crash_report(error: BaseException | None):
    """A Dutch crash notice with the exception type and the code frames only: no values, no messages."""
    import traceback

    from rich.text import Text

    out = Text(S.CRASH_HEADER + "\n\n", style="bold")
    if error is not None:
        for frame in traceback.extract_tb(error.__traceback__):
            out.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}\n")
        out.append(f"{type(error).__module__}.{type(error).__qualname__}\n", style="bold")
    return out


def run() -> int:
    """Entry point of ``casusprep`` without arguments."""
    app = CasusprepApp()
    result = app.run()
    if app.store is not None:  # closed by a signal or an error: still save what we can
        with contextlib.suppress(Exception):
            app.store.close()
    return int(result or 0)


def _sweep_default_folder() -> None:
    """An export killed half-way leaves a hidden temporary file with the whole document: remove it at start."""
    from casusprep.app.export import default_folder
    from casusprep.documents import sweep_stale_temp

    sweep_stale_temp(default_folder())
