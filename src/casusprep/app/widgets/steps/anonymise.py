"""Step 7: the anonymisation of every free-text field."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import (
    Button,
    Label,
    LoadingIndicator,
    Static,
)

from casusprep.app import strings as S
from casusprep.app.widgets.steps.base import Step


class AnonymiseStep(Step):
    """A preview of the anonymised texts, computed in a worker thread (NLP loads there, never on start)."""

    index = 6

    def compose(self) -> ComposeResult:
        yield Label(S.STEPS[6], classes="step-title")
        yield Static(S.ANON_INTRO, classes="muted")
        yield Button(S.ANON_START, id="anon-run", variant="primary")
        yield LoadingIndicator(id="anon-busy")
        yield Static(S.ANON_BUSY, id="anon-busy-text", classes="muted")
        yield Vertical(id="anon-result")

    def on_mount(self) -> None:
        self.run_preview()

    def set_busy(self, busy: bool) -> None:
        self.query_one("#anon-busy").display = busy
        self.query_one("#anon-busy-text").display = busy
        self.query_one("#anon-run").disabled = busy

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "anon-run":
            event.stop()
            self.run_preview()

    def run_preview(self) -> None:
        self.set_busy(True)
        self.run_worker(self._anonymise, thread=True, exclusive=True, group="anonymise")

    def _anonymise(self) -> None:
        from casusprep.anonymise import anonymise_case
        from casusprep.labels import field_location

        try:
            result = anonymise_case(self.case.model_copy(deep=True))
            rows = [(field_location(path), t.text) for path, t in result.fields.items() if t.text.strip()]
            error = None
        except Exception as exc:  # noqa: BLE001 - shown to the user, the app must not crash
            rows, error = [], str(exc) or type(exc).__name__
        self.app.call_from_thread(self._show, rows, error)

    async def _show(self, rows: list[tuple[str, str]], error: str | None) -> None:
        from rich.text import Text

        self.set_busy(False)
        box = self.query_one("#anon-result", Vertical)
        await box.remove_children()
        if error:
            await box.mount(Static(Text(S.ANON_FAILED.format(error=error)), classes="error"))
        elif not rows:
            await box.mount(Static(S.ANON_NONE, classes="muted"))
        else:
            widgets = []
            for where, text in rows:
                widgets.append(Label(Text(where), classes="anon-label"))
                widgets.append(Static(Text(text), classes="anon-text"))
            await box.mount_all(widgets)
