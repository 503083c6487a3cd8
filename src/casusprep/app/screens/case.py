"""The guided flow over one case: stepper, the current step, the help panel, and autosave.

Why one generic change handler: every bound widget writes through :meth:`CaseScreen.apply`, which
validates via the model, marks the case dirty and saves ~300 ms after the last keystroke, on every
step change (the step she is at, too) and on leaving. A closed terminal or SIGTERM saves at once
(``CasusprepApp.hang_up``); only a hard kill mid-edit loses what was typed in the last save delay.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.events import DescendantBlur
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Collapsible,
    ContentSwitcher,
    Footer,
    Input,
    Select,
    SelectionList,
    TextArea,
)

from casusprep.app import flow
from casusprep.app import strings as S
from casusprep.app.dialogs import ReasonScreen
from casusprep.app.widgets.fields import Bound, DateInput, Field, TimeInput, format_number
from casusprep.app.widgets.header import AppHeader
from casusprep.app.widgets.help import HelpPanel
from casusprep.app.widgets.stepper import Stepper
from casusprep.app.widgets.steps import (
    CaseEdited,
    Exported,
    Step,
    step_class,
)
from casusprep.case import Case, SituationKind, get_path, set_path
from casusprep.compat import being_removed

if TYPE_CHECKING:
    from textual import getters

    from casusprep.app.app import CasusprepApp

SAVE_DELAY_S = 0.3
FOOTER_ROOM_FOR_F2 = 100  # columns from which the footer holds F2 as well as F4 and the privacy key
PREMOUNT_DELAY_S = 0.05


def _warm_up_nlp() -> None:
    """Load the anonymiser and the objectivity hints (one shared spaCy pipeline) ahead of their first use."""
    try:
        from casusprep.anonymise import warm_up
        from casusprep.hints import find_hints

        warm_up()
        find_hints("Ze speelde.")  # builds the hint matchers too
    except Exception:  # noqa: BLE001 - a failed warm-up only means the first use loads what it needs itself
        pass


@dataclass
class _Change:
    """One change of one field (consecutive keystrokes in the same field are one change), for Ctrl+Z."""

    path: str
    before: Any
    after: Any


class CaseScreen(Screen):
    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    BINDINGS = [
        Binding("f3,ctrl+pagedown,alt+right", "next_step", S.KEY_NEXT, key_display="F3"),
        # F2 is named in the footer only where it fits: at 80 columns the privacy key must stay visible (the
        # Vorige button and the help say F2 there). check_action enables one of the two.
        Binding("f2,ctrl+pageup,alt+left", "previous_step", S.KEY_PREV, key_display="F2"),
        Binding("f2,ctrl+pageup,alt+left", "previous_step_unlisted", S.KEY_PREV, key_display="F2", show=False),
        Binding("escape", "home", S.KEY_HOME, key_display="Esc"),
        Binding("f1", "toggle_help", S.KEY_HELP, key_display="F1"),
        Binding("f4", "chronology", S.KEY_CHRONOLOGY, key_display="F4"),
        Binding("question_mark", "toggle_help", S.KEY_HELP, show=False),
        Binding("ctrl+z", "undo", S.KEY_UNDO, show=False),
        Binding("ctrl+s", "save", S.SAVED, show=False),
    ]

    def __init__(self, case: Case, step: int | None = None) -> None:
        super().__init__()
        self.case = case
        last = flow.last_index()
        self.step_index = min(max(case.last_step if step is None else step, 0), last)
        self.dirty = False
        self._timer: Timer | None = None
        self._changes: list[_Change] = []
        self._saved_step = case.last_step
        self.premounted = False  # every step has been mounted in the background (no more premounting follows)
        # A signal is "registered" once it was saved in an earlier session (an earlier unlock of the store):
        # it is in the case as it was opened and was not first saved in this session. Correcting one asks a
        # reason, once per signal per session; a signal added in this session is a draft (also the example's).
        self._registered = {s.id: s.model_dump() for s in case.signals}
        self._drafts_known = False
        self.reasons: dict[str, str] = {}
        self._asking: set[str] = set()

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Stepper(id="stepper")
        with Horizontal(id="main"):
            with Vertical(id="step-area"):
                with ContentSwitcher(id="steps", initial=self._pane_id(self.step_index)):
                    yield self._make_step(self.step_index)
                with Horizontal(id="step-nav"):
                    yield Button(S.PREVIOUS, id="prev", compact=True)
                    yield Button(S.NEXT, id="next", compact=True, variant="primary")
            yield HelpPanel(self.step_index, id="help")
        yield Footer(compact=True)

    engine_warm_up_started = False  # once per process

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        if not CaseScreen.engine_warm_up_started:
            # The NLP loads in a thread while the coach works on the case (about 2 s of CPU), so the first
            # hint marks and the Anonimiseren review come without the start-up wait.
            CaseScreen.engine_warm_up_started = True
            self.run_worker(_warm_up_nlp, thread=True, group="nlp-warm-up", exit_on_error=False)
        self.query_one(Stepper).current = self.step_index
        self.query_one("#help").display = self.app.help_visible
        self._update_nav()
        self.call_after_refresh(self._entered)

    async def _entered(self) -> None:
        step = self.current_step()
        if not await step.ready():
            return
        await step.shown()
        self._focus_first(step)
        self.set_timer(PREMOUNT_DELAY_S, self._premount_next)

    async def _premount_next(self) -> None:
        """Mount the steps not yet visited, one at a time while she reads, so a step change is a switch."""
        if not self.is_attached or being_removed(self):
            return
        try:  # the screen may be on its way out (Esc, Enter, Esc ... in one burst): its parts are going
            switcher = self.query_one("#steps", ContentSwitcher)
        except NoMatches:
            return
        for index in range(flow.step_count()):
            if not switcher.query(f"#{self._pane_id(index)}"):
                step = self._make_step(index)
                step.display = False
                await switcher.mount(step)
                self.set_timer(PREMOUNT_DELAY_S, self._premount_next)
                return
        self.premounted = True

    def on_screen_resume(self) -> None:
        self.query_one("#help").display = self.app.help_visible

    # --- moving between steps -------------------------------------------------------------
    @staticmethod
    def _pane_id(index: int) -> str:
        return f"pane-{flow.steps()[index].key}"

    def _make_step(self, index: int) -> Step:
        return step_class(index)(self.case, id=self._pane_id(index))

    def current_step(self) -> Step:
        return self.query_one(f"#{self._pane_id(self.step_index)}", Step)

    def _update_nav(self) -> None:
        spec = flow.steps()[self.step_index]
        self.query_one("#prev").disabled = self.step_index == 0
        self.query_one("#next").disabled = self.step_index == flow.last_index()
        self.sub_title = S.STEP_TITLE.format(number=spec.number, count=flow.step_count(), title=spec.title)

    def _focus_first(self, step: Step) -> None:
        """Focus where the step's work is (its work widget), else the first empty field, else the step's main
        button: never a filled-in field with its text, and never a field that is not shown (a hidden
        question's input took the focus, so Tab started again at the stepper)."""

        def shown(widget: Widget) -> bool:
            return widget.focusable and all(node.display for node in widget.ancestors_with_self if node is not step)

        work = step.work_widget()
        if work is not None and shown(work):
            work.focus()
            return
        fields = [w for w in step.query("Input, TextArea") if shown(w) and not getattr(w, "read_only", False)]
        for widget in fields:
            if not (widget.value if isinstance(widget, Input) else widget.text):  # type: ignore[attr-defined]  # the other field kind is a TextArea
                widget.focus(scroll_visible=False)
                return
        for button in step.query(Button):
            if shown(button) and button.variant == "primary":
                button.focus(scroll_visible=False)
                return
        self.set_focus(None)

    async def go_to(self, index: int) -> None:
        """Show step ``index``: the steps stay mounted, so this is a switch, not a rebuild.

        The step is brought in line with the case while still hidden; then the stepper, the header, the step
        and the help change in one screen update, so they never show different steps.
        """
        if not 0 <= index <= flow.last_index() or index == self.step_index or not self.is_attached:
            return
        if self.ask_reasons(lambda: self.call_later(self.go_to, index)):
            return
        self.save_now()
        with contextlib.suppress(NoMatches):
            self.current_step().left()
        self.step_index = index
        self.case.last_step = index
        self.mark_dirty()  # the step she is at is saved after the save delay too: a kill reopens the case there
        switcher = self.query_one("#steps", ContentSwitcher)
        pane = self._pane_id(index)
        if not switcher.query(f"#{pane}"):
            new = self._make_step(index)
            new.display = False
            await switcher.mount(new)
        step = self.current_step()
        if not await step.ready():  # a step mounted in the background may still be composing
            return
        await step.shown()
        if self.step_index != index:  # she pressed on meanwhile: that step is being shown
            return
        with self.app.batch_update():
            switcher.current = pane
            self.query_one(Stepper).current = index
            self.query_one("#help", HelpPanel).show(index)
            self._update_nav()
            self._focus_first(step)

    async def action_go(self, index: int) -> None:
        await self.go_to(index)

    async def action_next_step(self) -> None:
        await self.go_to(self.step_index + 1)

    async def action_previous_step(self) -> None:
        await self.go_to(self.step_index - 1)

    async def action_previous_step_unlisted(self) -> None:
        await self.go_to(self.step_index - 1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Of the two F2 bindings, the listed one where the footer has room, the unlisted one elsewhere."""
        if action in ("previous_step", "previous_step_unlisted"):
            return (action == "previous_step") == (self.size.width >= FOOTER_ROOM_FOR_F2)
        return True

    def on_resize(self) -> None:
        self.refresh_bindings()

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
        if self.ask_reasons(self.action_home):
            return
        self.save_now(leaving=True)
        self.app.show_home()

    def action_toggle_help(self) -> None:
        self.app.action_toggle_help()

    def action_chronology(self) -> None:
        """The case's chronology on its own screen; Enter on a line comes back here, at that item's field."""
        from casusprep.app.screens.chronology import ChronologyScreen

        self.save_now()
        self.app.push_screen(ChronologyScreen(self.case), self._chronology_closed)

    async def _chronology_closed(self, path: str | None) -> None:
        if path:
            await self.jump_to_field(path)

    async def jump_to_field(self, path: str) -> bool:
        """Show the step that edits ``path`` (as the export gate names it) and focus its widget."""
        index = flow.step_of(path)
        if index is None:
            return False
        await self.go_to(index)
        step = self.current_step()
        await step.show_path(path)
        for widget in step.query("*"):
            if isinstance(widget, Bound) and widget.path == path:
                for ancestor in widget.ancestors:
                    if isinstance(ancestor, Collapsible):
                        ancestor.collapsed = False
                widget.focus()
                self.call_after_refresh(widget.scroll_visible)
                break
        return True

    # --- undo of the last change of any field ------------------------------------------------
    def record(self, path: str, before: Any, after: Any) -> None:
        last = self._changes[-1] if self._changes else None
        if last is not None and last.path == path and not isinstance(before, list):
            last.after = after  # typing on in the same field: one change
        else:
            self._changes.append(_Change(path, before, after))
            del self._changes[:-50]

    async def action_undo(self) -> None:
        """Undo the last change (a field's value, or a removed person or signal) and say which."""
        if not self._changes:
            self.notify(S.UNDO_NOTHING, timeout=3)
            return
        change = self._changes.pop()
        try:
            set_path(self.case, change.path, change.before)
        except (ValueError, LookupError):
            self.notify(S.UNDO_NOTHING, timeout=3)
            return
        self.mark_dirty()
        step = self.current_step()
        if await step.ready():
            await step.shown()
        self.notify(S.UNDONE.format(field=_change_label(change.path)), timeout=3)

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
            before = get_path(self.case, path)
            if path == "situation_kind" and value is not SituationKind.GOG:
                self.case.gog_direction = None
            set_path(self.case, path, value)
            self.record(path, before, value)
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            typing_date = not final and (
                (isinstance(widget, DateInput) and len(widget.value.strip()) < 10)
                or (isinstance(widget, TimeInput) and len(widget.value.strip()) < 4)
            )
            if field and not typing_date:
                field.show_error(_short_error(exc))
            return
        if field:
            field.show_error(None)
        self.mark_dirty()
        for step in widget.ancestors:
            if isinstance(step, Step):
                step.field_changed(path)
                break

    def mark_dirty(self) -> None:
        self.dirty = True
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SAVE_DELAY_S, self.save_now)

    def corrected_without_reason(self) -> list[str]:
        """Registered signals that differ from how they were registered and have no reason yet (an edit,
        an F8 move, an undo or their removal all count)."""
        if not self._drafts_known:
            from casusprep.store import StoreError

            self._drafts_known = True
            try:
                for draft in self.app.open_store.session_drafts(self.case.id):
                    self._registered.pop(draft, None)
            except StoreError:
                pass  # a damaged history is reported where the case is listed and opened
        current = {s.id: s for s in self.case.signals}
        out = []
        for signal_id, registered in self._registered.items():
            if signal_id in self.reasons:
                continue
            signal = current.get(signal_id)
            if signal is None or signal.model_dump() != registered:
                out.append(signal_id)
        return out

    def ask_reasons(self, then: Callable[[], Any]) -> bool:
        """Ask why, for each corrected registered signal, when the coach moves on (another signal, another
        step, back to the list, the history): never while she types, so no keystroke lands in the
        question. The changes themselves are saved already; the reason joins them in the same revision.
        Returns False when there is nothing to ask (``then`` is not called: the caller goes on itself)."""
        pending = [i for i in self.corrected_without_reason() if i not in self._asking]
        if not pending:
            return False
        signal_id = pending[0]
        self._asking.add(signal_id)
        ids = [s.id for s in self.case.signals]
        number = ids.index(signal_id) + 1 if signal_id in ids else list(self._registered).index(signal_id) + 1

        def answered(reason: str | None) -> None:
            self.reasons[signal_id] = reason or S.REASON_NONE
            self._asking.discard(signal_id)
            self.dirty = True
            self.save_now()
            if not self.ask_reasons(then):
                then()

        self.save_now()
        self.app.push_screen(ReasonScreen(number), answered)
        return True

    def save_now(self, *, leaving: bool = False) -> None:
        """Save if anything changed; ``leaving`` also saves the step she is at (the case reopens there)."""
        if leaving and self.case.last_step != self._saved_step:
            self.dirty = True
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty:
            return
        from casusprep.store import StoreError

        try:
            self.app.open_store.save(self.case, reasons=self.reasons)
        except StoreError as exc:
            self.notify(S.SAVE_FAILED.format(error=exc), severity="error", timeout=10)
            return
        self.dirty = False
        self._saved_step = self.case.last_step

    def action_save(self) -> None:
        self.dirty = True
        self.save_now()
        self.notify(S.SAVED, timeout=2)

    def on_unmount(self) -> None:
        self.save_now(leaving=True)

    @on(Input.Changed)
    def input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, Bound):
            self.apply(event.input)

    @on(DescendantBlur)
    def left_field(self, event: DescendantBlur) -> None:
        if isinstance(event.widget, DateInput | TimeInput):
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
    def case_edited(self, event: CaseEdited) -> None:
        if event.undo is not None:
            self._changes.append(_Change(*event.undo))
        self.mark_dirty()
        self.save_now()

    @on(Exported)
    def exported(self, event: Exported) -> None:
        """The export service wrote the document and its audit entry together: show the log again."""
        from casusprep.app.widgets.steps import DocumentsStep

        self.save_now()
        for step in self.query(DocumentsStep):
            step.refresh_audit()


def _change_label(path: str) -> str:
    from casusprep.labels import field_location

    try:
        return field_location(path)
    except Exception:  # noqa: BLE001 - a label is only a courtesy in the notice
        return path


def _short_error(exc: ValueError) -> str:
    """The model's refusal in Dutch: the model's own checks already speak Dutch; pydantic's standard ones (a
    number out of range, a text too long) are said here from the app's texts, never in pydantic's English."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    try:
        first = errors()[0]
    except Exception:  # noqa: BLE001 - no details: the plain Dutch refusal
        return S.VALUE_INVALID
    kind = str(first.get("type", ""))
    ctx = first.get("ctx") or {}
    if kind == "value_error":
        return str(first.get("msg", "")).removeprefix("Value error, ")
    if kind == "string_too_short":
        return S.VALUE_EMPTY
    if kind == "string_too_long":
        return S.VALUE_TOO_LONG
    limits = {
        "greater_than": ("gt", S.VALUE_GT),
        "greater_than_equal": ("ge", S.VALUE_GE),
        "less_than": ("lt", S.VALUE_LT),
        "less_than_equal": ("le", S.VALUE_LE),
    }
    if kind in limits:
        name, text = limits[kind]
        bound = ctx.get(name)
        return text.format(limit=format_number(bound) if isinstance(bound, int | float) else str(bound))
    return S.VALUE_INVALID
