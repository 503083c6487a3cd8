"""The casusprep Textual app: thin on purpose; screens and widgets hold the behaviour.

Start-up stays light (first screen < 1 s): the store, the documents and the NLP are imported only
when a screen needs them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from casusprep.app import strings as S
from casusprep.app.commands import MainCommands

DARK, LIGHT = "textual-dark", "textual-light"


class CasusprepApp(App[int]):
    CSS_PATH = Path(__file__).resolve().parent / "casusprep.tcss"
    TITLE = S.APP_TITLE
    SUB_TITLE = S.APP_SUBTITLE
    COMMANDS = App.COMMANDS | {MainCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("ctrl+q", "quit", S.KEY_QUIT, priority=True),
        Binding("ctrl+t", "toggle_theme", S.KEY_THEME),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.store = None
        self._crash: BaseException | None = None
        self.help_visible = True
        self.theme = DARK

    def on_mount(self) -> None:
        self.help_visible = self.size.width >= 100  # at 80 columns the form needs the room
        from casusprep.app.screens.unlock import UnlockScreen
        from casusprep.locations import database_path

        self.push_screen(UnlockScreen("unlock" if database_path().exists() else "create"))

    # --- navigation used by screens and the command palette ----------------------------------
    def unlocked(self, store, recovery_key: str | None = None) -> None:
        self.store = store
        self.run_worker(_sweep_default_folder, thread=True, group="sweep")
        if recovery_key:
            from casusprep.app.screens.unlock import RecoveryKeyScreen

            self.switch_screen(RecoveryKeyScreen(recovery_key))
        else:
            self.show_home()

    def _leave_case(self) -> None:
        from casusprep.app.screens.case import CaseScreen

        if isinstance(self.screen, CaseScreen):
            self.screen.save_now()

    def show_home(self) -> None:
        from casusprep.app.screens.home import HomeScreen

        if self.store is None:
            return
        self._leave_case()
        if isinstance(self.screen, HomeScreen):
            self.screen.reload()
            return
        self.switch_screen(HomeScreen())

    def open_case(self, case_id: str, step: int = 0) -> None:
        from casusprep.app.screens.case import CaseScreen
        from casusprep.store import StoreError

        try:
            case = self.store.load(case_id)  # type: ignore[union-attr]
        except StoreError as exc:
            self.notify(str(exc), severity="error")
            return
        self._leave_case()
        self.switch_screen(CaseScreen(case, step))

    def new_case(self) -> None:
        from casusprep.app.screens.case import CaseScreen
        from casusprep.case import Case

        if self.store is None:
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

        if self.store is None:
            return
        self._leave_case()
        case = example_case().model_copy(update={"id": new_id()})
        self.store.save(case)
        self.switch_screen(CaseScreen(case))

    async def go_step(self, index: int) -> None:
        from casusprep.app.screens.case import CaseScreen

        if isinstance(self.screen, CaseScreen):
            await self.screen.go_to(index)

    async def go_export(self) -> None:
        await self.go_step(7)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_toggle_help(self) -> None:
        self.help_visible = not self.help_visible
        for panel in self.screen.query("#help"):
            panel.display = self.help_visible

    # --- crash report without case data --------------------------------------------------------
    def _handle_exception(self, error: Exception) -> None:
        self._crash = error
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Replace Textual's crash report, which prints local variables (names, observations).

        Only the exception type and the code locations are shown; the message is left out
        because validation errors quote the input.
        """
        from rich.segment import Segments

        self.bell()
        self._exit_renderables.append(Segments(self.console.render(crash_report(self._crash))))
        self._close_messages_no_wait()

    async def action_quit(self) -> None:
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
