"""The question the review asks about indirect identifiers: "Kan iemand het gezin hierdoor herkennen?"

Why a question and not a removal: whether a rare profession or the ages of the brothers identify a family
depends on the place and on who reads the document; only the coach can weigh that. Per detail she makes it
more general (her wording, or the one proposed, replaces it in every document) or leaves it, and either
answer is kept with the case. The details come from the review's worker (:func:`casusprep.review.review_case`);
this panel only shows them and records the answer, then asks the step to review again.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Input, Label, Static

from casusprep.app import strings as S
from casusprep.case import Case
from casusprep.compat import being_removed
from casusprep.labels import field_location
from casusprep.review import IndirectQuestion, IndirectState, generalise, leave_as_is

KIND_LABELS = {
    "beroep": S.INDIRECT_KIND_PROFESSION,
    "nationaliteit": S.INDIRECT_KIND_NATIONALITY,
    "leeftijd": S.INDIRECT_KIND_AGE,
    "broers_zussen": S.INDIRECT_KIND_SIBLINGS,
    "gebeurtenis": S.INDIRECT_KIND_EVENT,
}


def answer(q: IndirectQuestion) -> Text:
    if q.state is IndirectState.GENERALISED:
        return Text(S.INDIRECT_STATE_GENERALISED.format(wording=q.suggestion), style="bold")
    if q.state is IndirectState.LEFT:
        return Text(S.INDIRECT_STATE_LEFT, style="italic")
    return Text(S.INDIRECT_STATE_OPEN, style="bold reverse")


class IndirectPanel(Vertical):
    """The details and, for the one under the cursor, why it can identify and the two choices."""

    class Decided(Message):
        """The coach answered: the case changed (saved by the case screen) and the review runs again."""

    def __init__(self, case: Case, **kwargs) -> None:
        super().__init__(**kwargs)
        self.case = case
        self.questions: list[IndirectQuestion] = []

    def compose(self) -> ComposeResult:
        yield Label(S.INDIRECT_HEADER, classes="step-subtitle")
        yield Static(S.INDIRECT_INTRO, classes="muted")
        yield Static(S.INDIRECT_NONE, id="indirect-none", classes="muted")
        table: DataTable = DataTable(id="indirect-list", cursor_type="row", zebra_stripes=True)
        table.add_columns(S.INDIRECT_COL_ANSWER, S.INDIRECT_COL_KIND, S.INDIRECT_COL_TEXT, S.INDIRECT_COL_WHERE)
        yield table
        with Vertical(id="indirect-choice"):
            yield Static("", id="indirect-why")
            yield Input(placeholder=S.INDIRECT_WORDING_PLACEHOLDER, id="indirect-wording", max_length=200)
            yield Static("", id="indirect-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(S.INDIRECT_GENERALISE, id="indirect-generalise", variant="primary", compact=True)
                yield Button(S.INDIRECT_LEAVE, id="indirect-leave", compact=True)

    def on_mount(self) -> None:
        if being_removed(self):  # the step was removed before it finished mounting
            return
        self.show([])

    def show(self, questions: list[IndirectQuestion]) -> None:
        """The review's details; the cursor stays on the same detail when it is still there."""
        table = self.query_one("#indirect-list", DataTable)
        current = self.selected()
        table.clear()
        self.questions = questions
        for q in questions:
            where = field_location(q.fields[0]) if q.fields else ""
            if len(q.fields) > 1:
                where = S.REVIEW_MORE_FIELDS.format(first=where, n=len(q.fields) - 1)
            table.add_row(answer(q), KIND_LABELS.get(q.kind, q.kind), Text(q.text), Text(where), key=q.key)
        table.display = bool(questions)
        self.query_one("#indirect-choice").display = bool(questions)
        self.query_one("#indirect-none").display = not questions
        keys = [q.key for q in questions]
        if current is not None and current.key in keys:
            table.move_cursor(row=keys.index(current.key))
        self.show_choice()

    def selected(self) -> IndirectQuestion | None:
        table = self.query_one("#indirect-list", DataTable)
        if not self.questions or not table.row_count or not 0 <= table.cursor_row < table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((q for q in self.questions if q.key == key), None)

    def show_choice(self) -> None:
        """Why the detail under the cursor can identify, and its proposed (or chosen) wording to accept or change."""
        q = self.selected()
        self.error("")
        if q is None:
            return
        why = Text()
        why.append(S.INDIRECT_QUESTION.format(text=q.text) + " ", style="bold")
        why.append(q.explanation)
        self.query_one("#indirect-why", Static).update(why)
        self.query_one("#indirect-wording", Input).value = q.suggestion

    def error(self, message: str) -> None:
        box = self.query_one("#indirect-error", Static)
        box.update(message)
        box.display = bool(message)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "indirect-list":
            event.stop()
            self.show_choice()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a detail: to the wording, to accept or change it."""
        if event.data_table.id == "indirect-list":
            event.stop()
            self.query_one("#indirect-wording", Input).focus()

    def make_general(self) -> None:
        q = self.selected()
        if q is None:
            return
        wording = self.query_one("#indirect-wording", Input).value
        if not generalise(self.case, q.text, wording):
            self.error(S.INDIRECT_WORDING_NEEDED if not wording.strip() else S.INDIRECT_WORDING_SAME)
            return
        self.post_message(self.Decided())

    def leave(self) -> None:
        q = self.selected()
        if q is None:
            return
        leave_as_is(self.case, q.text)
        self.post_message(self.Decided())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        action = {"indirect-generalise": self.make_general, "indirect-leave": self.leave}.get(str(event.button.id))
        if action is not None:
            event.stop()
            action()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "indirect-wording":
            event.stop()
            self.make_general()
