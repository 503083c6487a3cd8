"""The guided flow over one case: stepper, the current step, the help panel, and autosave.

Why one generic change handler: every bound widget writes through :meth:`CaseScreen.apply`, which
validates via the model, marks the case dirty and saves ~300 ms after the last keystroke, on every
step change and on leaving. A kill mid-edit loses at most the field being typed.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import DescendantBlur
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Checkbox, Footer, Header, Input, Select, SelectionList, TextArea

from casusprep.app import strings as S
from casusprep.app.widgets.fields import Bound, DateInput, Field
from casusprep.app.widgets.help import HelpPanel
from casusprep.app.widgets.stepper import Stepper
from casusprep.app.widgets.steps import (
    STEP_CLASSES,
    CaseEdited,
    Exported,
    SignalsStep,
    SituationStep,
    Step,
)
from casusprep.case import Case, SituationKind, get_path, set_path

SAVE_DELAY_S = 0.3


def _warm_up_nlp() -> None:
    """Load the anonymiser and the objectivity hints (one shared spaCy pipeline) ahead of their first use."""
    try:
        from casusprep.anonymise import warm_up
        from casusprep.hints import find_hints

        warm_up()
        find_hints("Ze speelde.")  # builds the hint matchers too
    except Exception:  # noqa: BLE001 - a failed warm-up only means the first use loads what it needs itself
        pass


class CaseScreen(Screen):
    BINDINGS = [
        Binding("alt+right,ctrl+pagedown", "next_step", S.KEY_NEXT, key_display="Alt+→"),
        Binding("alt+left,ctrl+pageup", "previous_step", S.KEY_PREV, key_display="Alt+←"),
        Binding("escape", "home", S.KEY_HOME, key_display="Esc"),
        Binding("f1", "toggle_help", S.KEY_HELP, key_display="F1"),
        Binding("question_mark", "toggle_help", S.KEY_HELP, show=False),
        Binding("ctrl+s", "save", S.SAVED, show=False),
        *[Binding(f"alt+{i + 1}", f"go({i})", show=False) for i in range(8)],
    ]

    def __init__(self, case: Case, step: int = 0) -> None:
        super().__init__()
        self.case = case
        self.step_index = step
        self.dirty = False
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Stepper(id="stepper")
        with Horizontal(id="main"):
            with Vertical(id="step-area"):
                yield STEP_CLASSES[self.step_index](self.case, id="step")
                with Horizontal(id="step-nav"):
                    yield Button(S.PREVIOUS, id="prev", compact=True)
                    yield Button(S.NEXT, id="next", compact=True, variant="primary")
            yield HelpPanel(str(self.step_index + 1), id="help")
        yield Footer()

    engine_warm_up_started = False  # once per process

    def on_mount(self) -> None:
        if not CaseScreen.engine_warm_up_started:
            # The NLP loads in a thread while the coach works on the case (about 2 s of CPU), so the first
            # hint marks and the Anonimiseren review come without the start-up wait.
            CaseScreen.engine_warm_up_started = True
            self.run_worker(_warm_up_nlp, thread=True, group="nlp-warm-up")
        self.query_one(Stepper).current = self.step_index
        self.query_one("#help").display = self.app.help_visible  # type: ignore[attr-defined]
        self._update_nav()
        self._focus_first()

    def on_screen_resume(self) -> None:
        self.query_one("#help").display = self.app.help_visible  # type: ignore[attr-defined]

    # --- moving between steps -------------------------------------------------------------
    def _update_nav(self) -> None:
        self.query_one("#prev").disabled = self.step_index == 0
        self.query_one("#next").disabled = self.step_index == len(STEP_CLASSES) - 1
        self.sub_title = f"Stap {self.step_index + 1}/8: {S.STEPS[self.step_index]}"

    def _focus_first(self) -> None:
        step = self.query_one("#step", Step)
        for widget in step.query("Input, TextArea, Select, Checkbox, SelectionList, Button, RadioSet, OptionList"):
            if widget.focusable:
                widget.focus()
                return

    async def go_to(self, index: int) -> None:
        if not 0 <= index < len(STEP_CLASSES) or index == self.step_index:
            return
        self.save_now()
        self.step_index = index
        area = self.query_one("#step-area", Vertical)
        await self.query_one("#step", Step).remove()
        await area.mount(STEP_CLASSES[index](self.case, id="step"), before=0)
        self.query_one(Stepper).current = index
        self.query_one("#help", HelpPanel).show(str(index + 1))
        self._update_nav()
        self._focus_first()

    async def action_go(self, index: int) -> None:
        await self.go_to(index)

    async def action_next_step(self) -> None:
        await self.go_to(self.step_index + 1)

    async def action_previous_step(self) -> None:
        await self.go_to(self.step_index - 1)

    @on(Stepper.Chosen)
    async def stepper_chosen(self, event: Stepper.Chosen) -> None:
        await self.go_to(event.index)

    @on(Button.Pressed, "#prev")
    async def prev_pressed(self) -> None:
        await self.action_previous_step()

    @on(Button.Pressed, "#next")
    async def next_pressed(self) -> None:
        await self.action_next_step()

    def action_home(self) -> None:
        self.save_now()
        self.app.show_home()  # type: ignore[attr-defined]

    def action_toggle_help(self) -> None:
        self.app.action_toggle_help()  # type: ignore[attr-defined]

    # --- editing and autosave --------------------------------------------------------------
    def apply(self, widget: Any, *, final: bool = False) -> None:
        """Write one bound widget's value into the case; refused values show inline, never crash.

        A date being typed is only called invalid once it is complete or the field is left.
        """
        path = widget.path
        field = next((a for a in widget.ancestors if isinstance(a, Field)), None)
        try:
            value = widget.model_value()
            if get_path(self.case, path) == value:
                if field:
                    field.show_error(None)
                return
            if path == "situation_kind" and value is not SituationKind.GOG:
                self.case.gog_direction = None
            set_path(self.case, path, value)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            typing_date = isinstance(widget, DateInput) and not final and len(widget.value.strip()) < 10
            if field and not typing_date:
                field.show_error(_short_error(exc))
            return
        if field:
            field.show_error(None)
        self.mark_dirty()
        step = self.query_one("#step", Step)
        if isinstance(step, SituationStep):
            step.refresh_conditional()
        elif isinstance(step, SignalsStep):
            step.refresh_titles()
            if path.endswith(".observation"):
                step.observation_changed()

    def mark_dirty(self) -> None:
        self.dirty = True
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY_S, self.save_now)

    def save_now(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty:
            return
        from casusprep.store import StoreError

        try:
            self.app.store.save(self.case)  # type: ignore[attr-defined]
        except StoreError as exc:
            self.notify(S.SAVE_FAILED.format(error=exc), severity="error", timeout=10)
            return
        self.dirty = False

    def action_save(self) -> None:
        self.dirty = True
        self.save_now()
        self.notify(S.SAVED, timeout=2)

    def on_unmount(self) -> None:
        self.save_now()

    @on(Input.Changed)
    def input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, Bound):
            self.apply(event.input)

    @on(DescendantBlur)
    def left_field(self, event: DescendantBlur) -> None:
        if isinstance(event.widget, DateInput):
            self.apply(event.widget, final=True)

    @on(TextArea.Changed)
    def text_changed(self, event: TextArea.Changed) -> None:
        if isinstance(event.text_area, Bound):
            self.apply(event.text_area)

    @on(Select.Changed)
    def select_changed(self, event: Select.Changed) -> None:
        if isinstance(event.select, Bound):
            self.apply(event.select)

    @on(Checkbox.Changed)
    def check_changed(self, event: Checkbox.Changed) -> None:
        if isinstance(event.checkbox, Bound):
            self.apply(event.checkbox)

    @on(SelectionList.SelectedChanged)
    def multi_changed(self, event: SelectionList.SelectedChanged) -> None:
        if isinstance(event.selection_list, Bound):
            self.apply(event.selection_list)

    @on(CaseEdited)
    def case_edited(self) -> None:
        self.mark_dirty()
        self.save_now()

    @on(Exported)
    def exported(self, event: Exported) -> None:
        """The export service recorded the audit entry with the document; show it."""
        from casusprep.app.widgets.steps import DocumentsStep

        self.save_now()
        for step in self.query(DocumentsStep):
            step.refresh_audit()


def _short_error(exc: ValueError) -> str:
    """The model's message without pydantic's noise; a date error already is Dutch."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            msg = str(first.get("msg", ""))
            if first.get("type") == "string_too_short":
                return "Dit veld mag niet leeg zijn."
            if first.get("type") == "string_too_long":
                return "Deze tekst is te lang."
            return msg.removeprefix("Value error, ")
        except Exception:  # noqa: BLE001
            pass
    return str(exc)
