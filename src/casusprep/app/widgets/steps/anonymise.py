"""Step 7: review the anonymisation of every free-text field.

Every detection is shown highlighted by type (colour and a marker) in the original, next to the
anonymised text the documents get; the coach removes or keeps each detected text, marks extra text to
remove and changes pseudonyms. Decisions go into ``case.anonymisation`` (saved with the case, reused
by every export). Detection runs in a thread worker (the NLP never loads on the UI thread), field by
field with a progress bar, and again after every decision.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, DataTable, Input, Label, ProgressBar, Static

from casusprep.app import strings as S
from casusprep.app.widgets.fields import Bound, BoundInput, BoundSelect, Field, enum_options
from casusprep.app.widgets.steps.base import CaseEdited, Step
from casusprep.case import DateMode
from casusprep.labels import label
from casusprep.pseudonyms import propose

if TYPE_CHECKING:  # the review module loads the anonymisation engine: only ever in the worker or on a decision
    from casusprep.review import CaseReview, Mention

RERUN_DELAY_S = 0.6


def _call_from_thread(app, callback, *args) -> None:
    """Hand a result to the UI thread; when the app is closing meanwhile, the result is simply dropped."""
    with contextlib.suppress(RuntimeError):
        app.call_from_thread(callback, *args)


class AnonymiseStep(Step):
    """The review of the anonymisation, computed in a worker thread."""

    key = "anonimiseren"

    def __init__(self, case, **kwargs) -> None:
        super().__init__(case, **kwargs)
        self.review: CaseReview | None = None
        self._generation = 0
        self._rerun_timer: Timer | None = None
        self._reviewed: int | None = None  # fingerprint of the case the shown review is of

    def compose(self) -> ComposeResult:
        yield Label(self.spec.title, classes="step-title")
        yield Static(S.ANON_INTRO, classes="muted")
        with Horizontal(classes="add-row"):
            yield Button(S.ANON_START, id="anon-run", variant="primary", compact=True)
            with Horizontal(id="anon-busy"):
                yield ProgressBar(id="anon-progress", show_eta=False)
                yield Static(S.ANON_BUSY, id="anon-busy-text", classes="muted")
        yield Field(
            BoundSelect(
                "anonymisation.date_mode",
                enum_options(DateMode),
                self.case.anonymisation.date_mode,
                allow_blank=False,
                id="anon-date-mode",
            )
        )
        yield Static("", id="anon-error", classes="error")
        yield Static("", id="anon-legend", classes="muted")
        yield Static("", id="anon-counts")
        yield Label(S.REVIEW_FOUND_HEADER, classes="step-subtitle")
        yield Static(S.REVIEW_FOUND_HINT, classes="muted")
        table: DataTable = DataTable(id="anon-mentions", cursor_type="row", zebra_stripes=True)
        table.add_columns(
            S.REVIEW_COL_STATUS,
            S.REVIEW_COL_TYPE,
            S.REVIEW_COL_TEXT,
            S.REVIEW_COL_REPLACEMENT,
            S.REVIEW_COL_COUNT,
            S.REVIEW_COL_WHERE,
        )
        yield table
        yield Button(S.REVIEW_TOGGLE, id="anon-toggle", compact=True)
        from casusprep.app.widgets.review.indirect import IndirectPanel  # the review model: imported when shown

        yield IndirectPanel(self.case, id="anon-indirect")
        yield Label(S.REVIEW_EXTRA_HEADER, classes="step-subtitle")
        with Horizontal(classes="add-row"):
            yield Input(placeholder=S.REVIEW_EXTRA_PLACEHOLDER, id="anon-extra", max_length=200)
            yield Button(S.REVIEW_EXTRA_ADD, id="anon-extra-add", variant="warning")
        yield Static("", id="anon-extra-error", classes="error")
        if self.case.persons:
            yield Label(S.REVIEW_PSEUDONYMS_HEADER, classes="step-subtitle")
            yield Static(S.REVIEW_PSEUDONYMS_HINT, classes="muted")
            proposals = propose(self.case.persons)
            for i, p in enumerate(self.case.persons):
                with Horizontal(classes="pseudonym-row"):
                    yield Static(f"{label(p.role)}: {p.name}", classes="pseudonym-who")
                    yield BoundInput(
                        f"persons[{i}].pseudonym",
                        p.pseudonym,
                        placeholder=S.PSEUDONYM_PROPOSAL.format(proposal=proposals[p.id]),
                        id=f"anon-pseudonym-{i}",
                    )
        yield Label(S.REVIEW_SIDE_HEADER, classes="step-subtitle")
        yield Vertical(id="anon-result")

    def structure(self):
        return tuple(p.id for p in self.case.persons)

    def work_widget(self) -> DataTable:
        """The findings: Enter keeps or removes the one under the cursor."""
        return self.query_one("#anon-mentions", DataTable)

    def after_compose(self) -> None:
        self.set_busy(False)
        if self.review is not None:
            self.call_later(self._show, self.review, None, self._generation)

    async def shown(self) -> None:
        """Detect again only when the case changed since the last review (or that one was cancelled)."""
        await super().shown()
        if self._fingerprint() != self._reviewed:
            self.run_preview()

    def field_changed(self, path: str) -> None:
        if path == "anonymisation.date_mode":
            self.run_preview()

    def left(self) -> None:
        """Leaving the step cancels a detection still running; coming back starts it again."""
        if self._rerun_timer is not None:
            self._rerun_timer.stop()
        self._generation += 1
        self._reviewed = None
        super().left()
        if self.is_mounted:
            self.set_busy(False)

    def _fingerprint(self) -> int:
        return hash(self.case.model_dump_json(exclude={"last_step", "updated_at"}))

    # --- running the anonymiser ----------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.query_one("#anon-busy").display = busy
        self.query_one("#anon-run").disabled = busy

    def run_preview(self) -> None:
        """(Re)detect all fields on a copy of the case; an older run still going is cancelled."""
        self._generation += 1
        generation = self._generation
        case = self.case.model_copy(deep=True)
        self._reviewed = self._fingerprint()
        self.set_busy(True)
        self.query_one("#anon-progress", ProgressBar).update(total=None, progress=0)
        self.run_worker(
            lambda: self._detect(case, generation), thread=True, exclusive=True, group="anonymise", exit_on_error=False
        )

    def _detect(self, case, generation: int) -> None:
        from textual.worker import get_current_worker

        from casusprep.app.widgets.review import review_case

        worker = get_current_worker()

        app = self.app

        def stale() -> bool:
            return worker.is_cancelled or generation != self._generation

        def progress(done: int, total: int) -> None:
            if not stale():
                _call_from_thread(app, self._progress, done, total, generation)

        try:
            review = review_case(case, progress, stale)
            error = None
        except Exception as exc:  # noqa: BLE001 - shown to the user, the app must not crash
            review, error = None, type(exc).__name__
        if stale():
            return
        _call_from_thread(app, self._show, review, error, generation)

    def _progress(self, done: int, total: int, generation: int) -> None:
        if generation != self._generation or not self.is_mounted:
            return
        self.query_one("#anon-progress", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#anon-busy-text", Static).update(S.REVIEW_PROGRESS.format(done=done, total=total))

    async def _show(self, review: CaseReview | None, error: str | None, generation: int) -> None:
        from rich.text import Text

        from casusprep.app.widgets.review.indirect import IndirectPanel
        from casusprep.app.widgets.review.view import anonymised_text, counts_text, legend, original_text
        from casusprep.labels import field_location

        if generation != self._generation or not self.is_mounted:
            return
        self.set_busy(False)
        self.query_one("#anon-error", Static).update(Text(S.ANON_FAILED.format(error=error)) if error else "")
        box = self.query_one("#anon-result", Vertical)
        await box.remove_children()
        if review is None:
            return
        self.review = review
        self._fill_table(review)
        table = self.query_one("#anon-mentions", DataTable)
        if table.has_focus:  # the legend and counts above it just grew: keep the rows she works on in view
            self.call_after_refresh(table.scroll_visible, animate=False)
        self.query_one("#anon-indirect", IndirectPanel).show(review.indirect)
        types = {f.entity_type for fr in review.fields for f in fr.found}
        self.query_one("#anon-legend", Static).update(legend(types) if types else "")
        self.query_one("#anon-counts", Static).update(counts_text(review.counts(), review.kept_count()))
        if not review.fields:
            await box.mount(Static(S.ANON_NONE, classes="muted"))
            return
        widgets = []
        for fr in review.fields:
            widgets.append(Label(Text(field_location(fr.path)), classes="anon-label"))
            widgets.append(
                Horizontal(
                    Static(original_text(fr), classes="anon-original"),
                    Static(anonymised_text(fr), classes="anon-text"),
                    classes="anon-pair",
                )
            )
        await box.mount_all(widgets)

    def _fill_table(self, review: CaseReview) -> None:
        from rich.text import Text

        from casusprep.app.widgets.review.view import style_for
        from casusprep.labels import field_location
        from casusprep.review import marker

        table = self.query_one("#anon-mentions", DataTable)
        current = None
        if table.row_count and 0 <= table.cursor_row < table.row_count:
            current = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        table.clear()
        for m in review.mentions:
            status = Text(S.REVIEW_REMOVE, style="bold")
            if m.kept:
                status = Text(S.REVIEW_KEEP_BLOCKS if m.registered else S.REVIEW_KEEP, style="italic")
            kind = Text(f" {marker(m.entity_type)} ", style=style_for(m.entity_type))
            where = field_location(m.fields[0])
            if len(m.fields) > 1:
                where = S.REVIEW_MORE_FIELDS.format(first=where, n=len(m.fields) - 1)
            replacement = "-" if m.kept else m.replacement
            table.add_row(status, kind, Text(m.text), Text(replacement), str(m.count), Text(where), key=m.key)
        if current is not None:
            keys = [m.key for m in review.mentions]
            if current in keys:
                table.move_cursor(row=keys.index(current))

    # --- the coach's decisions -------------------------------------------------------------------
    def selected_mention(self) -> Mention | None:
        table = self.query_one("#anon-mentions", DataTable)
        if self.review is None or not table.row_count:
            return None
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        return next((m for m in self.review.mentions if m.key == key), None)

    def toggle_selected(self) -> None:
        mention = self.selected_mention()
        if mention is None:
            return
        if self.query_one("#anon-run").disabled:  # the rows are being checked again: say so, never drop it silently
            self.notify(S.REVIEW_WAIT, timeout=3)
            return
        from casusprep.review import toggle

        toggle(self.case, mention)
        self.decided()

    def add_extra_text(self) -> None:
        field = self.query_one("#anon-extra", Input)
        error = self.query_one("#anon-extra-error", Static)
        text = field.value.strip()
        if not text:
            error.update(S.REVIEW_EXTRA_EMPTY)
            return
        from casusprep.review import add_extra

        if not add_extra(self.case, text):
            error.update(S.REVIEW_EXTRA_KNOWN)
            return
        error.update("")
        field.value = ""
        self.decided()

    def decided(self) -> None:
        """A decision changed the case: save it (the case screen autosaves) and detect again."""
        self.post_message(CaseEdited())
        self.run_preview()

    def on_indirect_panel_decided(self, event) -> None:
        """The coach answered an indirect-identifier question (IndirectPanel.Decided)."""
        event.stop()
        self.decided()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "anon-mentions":
            event.stop()
            self.toggle_selected()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        actions = {
            "anon-run": self.run_preview,
            "anon-toggle": self.toggle_selected,
            "anon-extra-add": self.add_extra_text,
        }
        action = actions.get(str(event.button.id))
        if action is not None:
            event.stop()
            action()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "anon-extra":
            event.stop()
            self.add_extra_text()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Not stopped: the case screen writes the pseudonym into the case and autosaves it.
        # Input also reports its first value on mount: only a real change re-runs the detection.
        if isinstance(event.input, Bound) and event.input.path.endswith(".pseudonym"):
            from casusprep.case import get_path

            if get_path(self.case, event.input.path) == event.value:
                return
            if self._rerun_timer is not None:
                self._rerun_timer.stop()
            self._rerun_timer = self.set_timer(RERUN_DELAY_S, self.run_preview)
