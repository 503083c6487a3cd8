"""Step 3: the signals, each an observation kept apart from interpretation and gut feeling, with objectivity hints."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    Button,
    Label,
    OptionList,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from casusprep.app import strings as S
from casusprep.app.widgets.fields import (
    BoundCheck,
    BoundSelect,
    BoundText,
    DateInput,
    Field,
    NumberInput,
    TimeInput,
    enum_options,
)
from casusprep.app.widgets.observation import ObservationArea
from casusprep.app.widgets.steps.base import CaseEdited, Step, text_field
from casusprep.case import (
    Case,
    Mark,
    MarkColour,
    MarkShape,
    Signal,
    Witness,
)
from casusprep.labels import field_label, label

HINTS_LISTED = 12  # the list under the field; every hint stays marked in the field itself
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n")


def hints_by_sentence(text: str, cache: dict[str, list]) -> list:
    """The hints of ``text``, found sentence by sentence; ``cache`` (sentence -> its hints) skips the ones
    seen before. Offsets are into ``text``."""
    from casusprep.hints import find_hints

    hints: list = []
    start = 0
    pieces = []
    for match in _SENTENCE_END.finditer(text):
        pieces.append((start, text[start : match.start()]))
        start = match.end()
    pieces.append((start, text[start:]))
    for offset, sentence in pieces:
        if not sentence.strip():
            continue
        found = cache.get(sentence)
        if found is None:
            found = cache[sentence] = find_hints(sentence)
        hints += [dataclasses.replace(h, start=h.start + offset, end=h.end + offset) for h in found]
    if len(cache) > 2000:  # a long session: start again rather than grow without end
        cache.clear()
    return hints


def signal_title(n: int, s: Signal) -> str:
    from casusprep.app.widgets.fields import format_be_date

    text = (s.observation or s.situation).strip().replace("\n", " ")
    text = text[:40] + ("…" if len(text) > 40 else "")
    return S.SIGNAL_ITEM.format(n=n + 1, date=format_be_date(s.date) or S.NO_DATE, text=text)


def mark_place(m: Mark) -> str:
    from casusprep.labels import place_label

    return place_label(m.side, m.part, m.laterality)


def mark_title(n: int, m: Mark) -> str:
    from casusprep.labels import mark_look

    look = mark_look(m.colour, m.size_cm, m.shape)
    return S.MARK_ITEM.format(n=n + 1, place=mark_place(m), look=look or S.NOT_FILLED)


def signal_history_lines(revisions: list, signal_id: str) -> list[tuple[str, str]]:
    """The lines of a signal's history modal: per change when and which field, old → new, the reason."""
    from datetime import datetime

    from casusprep.labels import history_value

    lines: list[tuple[str, str]] = [(S.HISTORY_INTRO, "muted")]
    for revision in revisions:
        changes = [c for c in revision.changes if c.item == signal_id]
        if not changes:
            continue
        when = datetime.fromisoformat(revision.at).astimezone().strftime("%d/%m/%Y %H:%M")
        head = S.HISTORY_NOTE.format(when=when, note=revision.note) if revision.note else when
        lines.append((head, "history-when"))
        reasons = []
        for change in changes:
            old, new = history_value(change.path, change.old), history_value(change.path, change.new)
            lines.append((S.HISTORY_CHANGE.format(field=field_label(change.path), old=old, new=new), "history-change"))
            if change.reason and change.reason not in reasons:
                reasons.append(change.reason)
        lines += [(S.HISTORY_REASON.format(reason=reason), "history-reason") for reason in reasons]
    if len(lines) == 1:
        lines.append((S.HISTORY_EMPTY, "muted"))
    return lines


def replace_by_edit(area: TextArea, new: str) -> None:
    """Make ``area`` hold ``new`` with one edit over the part that differs (undoable, cursor at the edit)."""
    old = area.text
    if old == new:
        return
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    document = area.document
    start = document.get_location_from_index(prefix)
    end = document.get_location_from_index(len(old) - suffix)
    area.replace(new[prefix : len(new) - suffix], start, end, maintain_selection_offset=False)


@dataclass(frozen=True)
class _Move:
    """One F8 move on signal ``index``: both fields before and after."""

    index: int
    obs_before: str
    obs_after: str
    interp_before: str
    interp_after: str


class SignalsStep(Step):
    key = "signalen"

    # Not in the footer (the privacy key must stay visible at 80 columns): the button next to it names F5.
    # F6 and F7 belong to the text fields (select line, select all).
    BINDINGS = [Binding("f5", "signal_history", S.KEY_SIGNAL_HISTORY, key_display="F5", show=False)]

    def __init__(self, case: Case, **kwargs) -> None:
        self.current = 0 if case.signals else -1
        self.current_mark = 0
        self._hint_cache: dict[str, list] = {}
        self._listed: tuple = ()
        super().__init__(case, **kwargs)
        self._moves: list[_Move] = []  # F8 moves, newest last, for Ctrl+Z / Ctrl+Y in the observation
        self._undone: list[_Move] = []

    def compose(self) -> ComposeResult:
        yield Label(self.spec.title, classes="step-title")
        with Horizontal(classes="add-row"):
            yield Button(S.SIGNAL_ADD, id="add-signal", variant="primary")
            if self.current >= 0:
                yield Button(S.SIGNAL_REMOVE, id="remove-signal", variant="error")
                yield Button(S.SIGNAL_HISTORY + " (F5)", id="signal-history")
        if not self.case.signals:
            yield Static(S.SIGNALS_EMPTY, classes="muted")
            return
        yield OptionList(
            *[Option(signal_title(i, s), id=str(i)) for i, s in enumerate(self.case.signals)], id="signal-list"
        )
        i, s = self.current, self.case.signals[self.current]
        p = f"signals[{i}]"
        yield Label(f"Signaal {i + 1}", classes="step-subtitle")
        yield Field(DateInput(f"{p}.date", s.date, id="signal-date"), required=True)
        yield Static(S.SEE_THINK_FEEL, classes="muted")
        # The observation gets the full width and room to write; its hints sit right below it, and what
        # I think and feel come next (side by side when there is room).
        with Vertical(classes="observation-col"):
            yield Field(ObservationArea(f"{p}.observation", s.observation, classes="text observation"), required=True)
            yield Static("", id="hint-at-cursor", classes="hint-at-cursor")
        yield Vertical(id="hints", classes="hints")
        with Horizontal(classes="see-think-feel"):
            yield text_field(f"{p}.interpretation", s.interpretation, classes="col")
            yield text_field(f"{p}.gut_feeling", s.gut_feeling, classes="col")
        yield text_field(f"{p}.situation", s.situation, height="short")
        yield text_field(f"{p}.present", s.present, height="short")
        # The child's own words, with the question asked just before (checked for leading questions).
        yield Label(S.CHILD_WORDS_TITLE, classes="step-subtitle")
        yield Static(S.CHILD_WORDS_NOTE, classes="muted")
        yield text_field(f"{p}.child_question", s.child_question, height="short")
        yield Static("", id="question-hint", classes="hint-at-cursor")
        yield text_field(f"{p}.child_words", s.child_words, height="short")
        yield text_field(f"{p}.child_words_present", s.child_words_present, height="short")
        yield text_field(f"{p}.trigger", s.trigger, height="short")
        yield text_field(f"{p}.consequences", s.consequences, height="short")
        yield text_field(f"{p}.discussed_with", s.discussed_with, height="short")
        yield text_field(f"{p}.parents_reaction", s.parents_reaction, height="short")
        yield from self._body_map(p, s)
        # Need-to-know, per signal: hearsay and what goes to the school and to the parents.
        yield Label(S.SIGNAL_SHARING, classes="step-subtitle")
        sources = [(S.TOLD_BY_NOBODY, "")]
        sources += [(f"{label(person.role)}: {person.name}", person.id) for person in self.case.persons]
        yield Field(BoundSelect(f"{p}.told_by", sources, s.told_by, id="signal-told-by", allow_blank=False))
        for name in ("share_school", "share_school_interpretation", "share_school_gut_feeling"):
            yield Field(BoundCheck(f"{p}.{name}", field_label(f"signals[].{name}"), getattr(s, name)), text="")
        parents = field_label("signals[].share_parents")
        yield Field(BoundCheck(f"{p}.share_parents", parents, s.for_parents(), id="signal-share-parents"), text="")
        yield Field(BoundCheck(f"{p}.follow_up", field_label("signals[].follow_up"), s.follow_up), text="")
        yield text_field(f"{p}.follow_up_note", s.follow_up_note, height="short")

    def _body_map(self, p: str, s: Signal) -> ComposeResult:
        """The signal's marks: a list, the chosen mark's fields, and its place chosen on a figure or a list."""
        yield Label(S.BODY_MAP_TITLE, classes="step-subtitle")
        yield Static(S.BODY_MAP_NOTE, classes="muted")
        with Horizontal(classes="add-row"):
            yield Button(S.MARK_ADD, id="add-mark")
            if s.marks:
                yield Button(S.MARK_PLACE, id="mark-place")
                yield Button(S.MARK_REMOVE, id="remove-mark", variant="error")
        if not s.marks:
            yield Static(S.BODY_MAP_EMPTY, classes="muted")
            return
        self.current_mark = min(max(self.current_mark, 0), len(s.marks) - 1)
        j, m = self.current_mark, s.marks[self.current_mark]
        yield OptionList(
            *[Option(mark_title(n, mark), id=f"mark-{n}") for n, mark in enumerate(s.marks)], id="mark-list"
        )
        q = f"{p}.marks[{j}]"
        yield Label(S.MARK_SUBTITLE.format(n=j + 1, place=mark_place(m)), id="mark-subtitle", classes="step-subtitle")
        yield Field(BoundSelect(f"{q}.colour", enum_options(MarkColour), m.colour, id="mark-colour"))
        yield Field(NumberInput(f"{q}.size_cm", m.size_cm, id="mark-size"))
        yield Field(BoundSelect(f"{q}.shape", enum_options(MarkShape), m.shape, id="mark-shape"))
        yield Field(DateInput(f"{q}.seen_on", m.seen_on, id="mark-seen-on"))
        yield Field(TimeInput(f"{q}.seen_at", m.seen_at, id="mark-seen-at"))
        yield Field(BoundSelect(f"{q}.seen_by", enum_options(Witness), m.seen_by, id="mark-seen-by"))
        yield text_field(f"{q}.description", m.description, height="short")
        yield text_field(f"{q}.child_said", m.child_said, height="short")
        yield text_field(f"{q}.parents_said", m.parents_said, height="short")

    def structure(self):
        persons = tuple((p.id, p.name, p.role) for p in self.case.persons)  # the choice "who told this?"
        marks = tuple(tuple((m.id, m.side, m.part, m.laterality) for m in s.marks) for s in self.case.signals)
        return (
            tuple(s.id for s in self.case.signals),
            getattr(self, "current", None),
            persons,
            marks,
            getattr(self, "current_mark", None),
        )

    def after_compose(self) -> None:
        if self.current >= 0:
            self.query_one("#signal-list", OptionList).highlighted = self.current
            self.check_hints()
            self.show_question_hints()

    def field_changed(self, path: str) -> None:
        self.refresh_titles()
        if ".marks[" in path:
            self.refresh_mark_titles()
        if path.endswith(".observation"):
            self.observation_changed()
        elif path.endswith(".child_question"):
            self.show_question_hints()

    def show_question_hints(self) -> None:
        """Under "Wat vroeg ik?": why a recorded question was leading and an open one to ask instead.
        Plain word-order rules, cheap enough to run on every key."""
        from rich.text import Text

        from casusprep.hints import question_hints

        box = self.query_one("#question-hint", Static)
        hints = question_hints(self.case.signals[self.current].child_question)
        box.display = bool(hints)
        if not hints:
            box.update("")
            return
        parts: list = [(S.QUESTION_HINT_HEADER, "bold"), "\n"]
        for hint in hints:
            parts += [(f"'{hint.text}'", "bold underline"), f": {hint.explanation}\n{hint.suggestion}\n"]
        box.update(Text.assemble(*parts))

    def left(self) -> None:
        timer = getattr(self, "_hint_timer", None)
        if timer is not None:
            timer.stop()
        super().left()

    async def show_path(self, path: str) -> None:
        head = path.split(".")[0]
        if head.endswith("]"):
            wanted = int(head[:-1].split("[")[1])
            mark = re.search(r"\.marks\[(\d+)\]", path)  # a mark's field: that mark's form is shown
            wanted_mark = int(mark.group(1)) if mark else self.current_mark
            if (wanted, wanted_mark) != (self.current, self.current_mark) and 0 <= wanted < len(self.case.signals):
                self.current, self.current_mark = wanted, wanted_mark
                await self.rebuild()

    # --- objectivity hints (casusprep.hints, spaCy: only ever in a worker thread) -------------------
    HINT_DELAY_S = 0.8

    def observation_changed(self) -> None:
        """Re-check the observation a moment after typing stops; follow an undone or redone F8 move."""
        self._follow_undo_of_move()
        timer = getattr(self, "_hint_timer", None)
        if timer is not None:
            timer.stop()
        self._hint_timer = self.set_timer(self.HINT_DELAY_S, self.check_hints)

    def check_hints(self) -> None:
        if self.current < 0 or not self.case.signals[self.current].observation.strip():
            self.call_later(self._show_hints, [], self.current)
            return
        text, index = self.case.signals[self.current].observation, self.current
        self.run_worker(
            lambda: self._find_hints(text, index), thread=True, exclusive=True, group="hints", exit_on_error=False
        )

    def _find_hints(self, text: str, index: int) -> None:
        """In the worker: check only the sentences that changed since the last check (a cache per sentence),
        so a long observation costs a few sentences of NLP per pause in typing, not the whole text."""
        app = self.app
        try:
            hints = hints_by_sentence(text, self._hint_cache)
        except Exception:  # noqa: BLE001 - hints are advice; never crash the editor over them
            hints = []
        with contextlib.suppress(RuntimeError):  # the app is closing
            app.call_from_thread(self._show_hints, hints, index, text)

    def observation_area(self) -> ObservationArea:
        return self.query_one(ObservationArea)

    async def _show_hints(self, hints: list, index: int, text: str | None = None) -> None:
        from rich.text import Text

        if index != self.current or not self.is_mounted:
            return
        self.hints = hints
        self.hints_for = text  # the text these hints were found in (None: nothing to check)
        if index >= 0:
            self.observation_area().set_hints(hints, text)
        listed = tuple((h.text, h.kind) for h in hints)
        if listed == self._listed:  # the same phrases as listed already: the list stays as it is
            return
        self._listed = listed
        box = self.query_one("#hints", Vertical)
        await box.remove_children()
        if not hints:
            return
        widgets: list = [Label(S.HINTS_HEADER, classes="hints-title"), Static(S.HINTS_MARKED, classes="muted")]
        for n, hint in enumerate(hints[:HINTS_LISTED]):
            line = Text.assemble(
                (f"'{hint.text}'", "bold"), f" ({hint.kind.value}): {hint.explanation} {hint.suggestion}"
            )
            with_button = Horizontal(
                Static(line, classes="hint-text"),
                Button(S.HINT_MOVE, id=f"hint-move-{n}", compact=True, classes="hint-move"),
                classes="hint-row",
            )
            widgets.append(with_button)
        if len(hints) > HINTS_LISTED:
            widgets.append(Static(S.HINTS_MORE.format(n=len(hints) - HINTS_LISTED), classes="muted"))
        await box.mount_all(widgets)

    def show_hint_at_cursor(self, hint) -> None:
        """The explanation and suggestion of the marked phrase under the cursor, right below the field."""
        from rich.text import Text

        box = self.query_one("#hint-at-cursor", Static)
        if hint is None:
            box.update("")
            box.display = False
            return
        box.update(
            Text.assemble(
                (f"'{hint.text}'", "bold underline"),
                f" ({hint.kind.value}): {hint.explanation}\n{hint.suggestion}\n",
                (S.HINT_AT_CURSOR_KEY, "bold"),
            )
        )
        box.display = True

    @on(ObservationArea.HintAtCursor)
    def hint_at_cursor(self, event: ObservationArea.HintAtCursor) -> None:
        event.stop()
        self.show_hint_at_cursor(event.hint)

    @on(ObservationArea.MoveRequested)
    def hint_move_requested(self, event: ObservationArea.MoveRequested) -> None:
        event.stop()
        self.move_hint(event.hint, keep_focus=True)

    def move_hint(self, hint, *, keep_focus: bool = False) -> None:
        """Move the sentence with this hint from 'Wat heb ik gezien en gehoord?' to 'Wat denk ik?'.

        Both fields change by an edit, not by reloading them: Ctrl+Z in a field undoes its part, and the
        cursor in the observation stays where the sentence was, so the coach can go on with the next one.
        """
        from casusprep.hints import move_to_interpretation

        signal = self.case.signals[self.current]
        try:
            observation, interpretation = move_to_interpretation(signal.observation, signal.interpretation, hint)
        except ValueError:
            self.check_hints()
            return
        moved = interpretation[len(signal.interpretation.rstrip()) :].strip()
        self._moves.append(_Move(self.current, signal.observation, observation, signal.interpretation, interpretation))
        self._undone.clear()
        p = f"signals[{self.current}]"
        for widget in self.query(BoundText):
            if widget.path == f"{p}.observation":
                replace_by_edit(widget, observation)
            elif widget.path == f"{p}.interpretation":
                replace_by_edit(widget, interpretation)
        signal.observation, signal.interpretation = observation, interpretation
        self.post_message(CaseEdited())
        self.refresh_titles()
        if moved:
            self.notify(S.HINT_MOVED.format(sentence=moved), timeout=4)
        if keep_focus:
            self.observation_area().focus()
        self.check_hints()

    def _follow_undo_of_move(self) -> None:
        """Ctrl+Z in the observation that undoes an F8 move also takes the sentence out of 'Wat denk ik?' again
        (Ctrl+Y puts it back), so one key never leaves a sentence in both fields. Her own later edits of
        'Wat denk ik?' are never overwritten: the field follows only while it still reads as the move left it."""
        if self.current < 0:
            return
        signal = self.case.signals[self.current]
        last, undone = self._moves[-1:], self._undone[-1:]
        if last and last[0].index == self.current and signal.observation == last[0].obs_before:
            self._undone.append(self._moves.pop())
            self._set_interpretation(signal, last[0].interp_after, last[0].interp_before, S.HINT_MOVE_UNDONE)
        elif undone and undone[0].index == self.current and signal.observation == undone[0].obs_after:
            self._moves.append(self._undone.pop())
            self._set_interpretation(signal, undone[0].interp_before, undone[0].interp_after, None)

    def _set_interpretation(self, signal: Signal, expected: str, new: str, note: str | None) -> None:
        if signal.interpretation != expected:
            return
        for widget in self.query(BoundText):
            if widget.path == f"signals[{self.current}].interpretation":
                replace_by_edit(widget, new)
        signal.interpretation = new
        self.post_message(CaseEdited())
        if note:
            self.notify(note, timeout=4)

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "mark-list":
            self.current_mark = int(str(event.option.id).split("-")[1])
            await self.rebuild()
            self._focus("#mark-colour")
            return
        index = int(str(event.option.id))
        ask = getattr(self.screen, "ask_reasons", None)
        if index != self.current and ask is not None and ask(lambda: self.call_later(self._select, index)):
            return
        await self._select(index)

    async def _select(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self.current_mark = 0
            await self.rebuild()
            self.query_one("#signal-date").focus()

    def _focus(self, selector: str) -> None:
        widget = self.query_one(selector)
        widget.focus(scroll_visible=False)
        self.call_after_refresh(widget.scroll_visible)

    def pick_place(self, *, new: bool) -> None:
        """The place picker (figure and list); a new mark is made only once a place is chosen."""
        from casusprep.app.widgets.bodymap import PlacePicker

        index = self.current
        signal = self.case.signals[index]
        marks = signal.marks
        current = (
            None
            if new or not marks
            else (marks[self.current_mark].side, marks[self.current_mark].part, marks[self.current_mark].laterality)
        )
        marked = {(m.side, m.part, m.laterality) for m in marks}

        async def chosen(key) -> None:
            if key is None or signal not in self.case.signals:
                return
            side, part, laterality = key
            before = [m.model_copy() for m in signal.marks]
            if new:
                signal.marks.append(Mark(side=side, part=part, laterality=laterality))
                self.current_mark = len(signal.marks) - 1
            else:
                old = signal.marks[self.current_mark]
                data = {**old.model_dump(), "side": side, "part": part, "laterality": laterality}
                signal.marks[self.current_mark] = Mark.model_validate(data)
            path = f"signals[{self.case.signals.index(signal)}].marks"
            self.post_message(CaseEdited(undo=(path, before, list(signal.marks))))
            await self.rebuild()
            self._focus("#mark-colour")

        self.app.push_screen(PlacePicker(current, marked), chosen)

    def ask_remove_mark(self) -> None:
        """Removing a mark asks first; Ctrl+Z brings it back afterwards too."""
        from casusprep.app.dialogs import ConfirmScreen

        signal = self.case.signals[self.current]
        mark = signal.marks[self.current_mark]
        number = self.current_mark + 1

        async def answer(yes: bool | None) -> None:
            if not yes or signal not in self.case.signals or mark not in signal.marks:
                return
            before = [m.model_copy() for m in signal.marks]
            signal.marks.remove(mark)
            self.current_mark = max(0, min(self.current_mark, len(signal.marks) - 1))
            path = f"signals[{self.case.signals.index(signal)}].marks"
            self.post_message(CaseEdited(undo=(path, before, list(signal.marks))))
            await self.rebuild()
            self.notify(S.REMOVED_UNDO, timeout=6)
            self._focus("#add-mark")

        question = S.MARK_CONFIRM_REMOVE.format(n=number, place=mark_place(mark))
        self.app.push_screen(ConfirmScreen(question, S.YES_REMOVE), answer)

    def refresh_mark_titles(self) -> None:
        """Keep the mark's line in the list in step with its fields without rebuilding the form."""
        from textual.css.query import NoMatches

        signal = self.case.signals[self.current]
        if not signal.marks:
            return
        with contextlib.suppress(NoMatches):
            options = self.query_one("#mark-list", OptionList)
            options.replace_option_prompt_at_index(
                self.current_mark, mark_title(self.current_mark, signal.marks[self.current_mark])
            )

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if str(event.button.id).startswith("hint-move-"):
            event.stop()
            n = int(str(event.button.id).rsplit("-", 1)[1])
            if n < len(self.hints):
                self.move_hint(self.hints[n])
            return
        if event.button.id in ("add-mark", "mark-place") and self.current >= 0:
            event.stop()
            self.pick_place(new=event.button.id == "add-mark")
            return
        if event.button.id == "remove-mark" and self.current >= 0 and self.case.signals[self.current].marks:
            event.stop()
            self.ask_remove_mark()
            return
        if event.button.id == "add-signal":
            event.stop()
            self.case.signals.append(Signal())
            self.current = len(self.case.signals) - 1
            self.current_mark = 0
        elif event.button.id == "signal-history":
            event.stop()
            self.action_signal_history()
            return
        elif event.button.id == "remove-signal" and self.current >= 0:
            event.stop()
            self.ask_remove(self.current)
            return
        else:
            return
        self.post_message(CaseEdited())
        await self.rebuild()
        if self.current >= 0:
            self.query_one("#signal-date").focus()

    def action_signal_history(self) -> None:
        """Show the saved history of the current signal (saved first, so the last edit is in it)."""
        from casusprep.app.dialogs import HistoryScreen
        from casusprep.store import StoreError

        if self.current < 0:
            return
        screen = self.screen
        ask = getattr(screen, "ask_reasons", None)
        if ask is not None and ask(self.action_signal_history):
            return  # the reason first, so the history shows it
        if hasattr(screen, "save_now"):
            screen.save_now()
        try:
            revisions = self.app.open_store.history(self.case.id)
        except StoreError as exc:
            self.notify(str(exc), severity="error", timeout=10)
            return
        lines = signal_history_lines(revisions, self.case.signals[self.current].id)
        self.app.push_screen(HistoryScreen(S.HISTORY_TITLE.format(n=self.current + 1), lines))

    def ask_remove(self, index: int) -> None:
        """Removing a signal asks first; Ctrl+Z brings it back afterwards too."""
        from casusprep.app.dialogs import ConfirmScreen

        signal = self.case.signals[index]

        async def answer(yes: bool | None) -> None:
            if not yes or signal not in self.case.signals:
                return
            before = [s.model_copy() for s in self.case.signals]
            self.case.signals.remove(signal)
            self.current = min(self.current, len(self.case.signals) - 1)
            self.post_message(CaseEdited(undo=("signals", before, list(self.case.signals))))
            await self.rebuild()
            self.notify(S.REMOVED_UNDO, timeout=6)

        self.app.push_screen(ConfirmScreen(S.SIGNAL_CONFIRM_REMOVE.format(n=index + 1), S.YES_REMOVE), answer)

    def refresh_titles(self) -> None:
        """Keep the list text in step with the editor without rebuilding the form."""
        if self.current < 0:
            return
        options = self.query_one("#signal-list", OptionList)
        options.replace_option_prompt_at_index(
            self.current, signal_title(self.current, self.case.signals[self.current])
        )
