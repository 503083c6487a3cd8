"""Step 2: the persons involved, with name, role, the child's birth date (and age) and pseudonym."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal
from textual.widgets import (
    Button,
    Input,
    Label,
    Select,
    Static,
)

from casusprep.app import strings as S
from casusprep.app.widgets.fields import (
    BoundInput,
    BoundSelect,
    Choice,
    DateInput,
    Field,
    enum_options,
)
from casusprep.app.widgets.steps.base import CaseEdited, Step
from casusprep.case import (
    Person,
    Role,
)
from casusprep.labels import age_text
from casusprep.pseudonyms import propose


class PersonsStep(Step):
    key = "betrokkenen"

    def structure(self):
        return tuple((p.id, p.role) for p in self.case.persons)

    def compose(self) -> ComposeResult:
        yield Label(self.spec.title, classes="step-title")
        proposals = propose(self.case.persons)
        if not self.case.persons:
            yield Static(S.PERSONS_EMPTY, classes="muted")
        for i, p in enumerate(self.case.persons):
            with Grid(classes="person-row"):
                yield Field(BoundInput(f"persons[{i}].name", p.name, id=f"person-{i}-name"), required=True)
                yield Field(
                    BoundSelect(
                        f"persons[{i}].role", enum_options(Role), p.role, allow_blank=False, id=f"person-{i}-role"
                    )
                )
                yield Field(
                    BoundInput(
                        f"persons[{i}].pseudonym",
                        p.pseudonym,
                        placeholder=S.PSEUDONYM_PROPOSAL.format(proposal=proposals[p.id]),
                        id=f"person-{i}-pseudonym",
                    ),
                    text=S.PSEUDONYM,
                )
                yield Field(BoundInput(f"persons[{i}].role_detail", p.role_detail, id=f"person-{i}-detail"))
                if p.role is Role.CHILD:
                    with Horizontal(classes="birth"):
                        yield Field(DateInput(f"persons[{i}].birth_date", p.birth_date, id=f"person-{i}-birth"))
                        yield Static(self._age(p), id=f"person-{i}-age", classes="age")
                yield Button(S.PERSON_REMOVE, id=f"person-{i}-remove", classes="remove", variant="error", compact=True)
        yield Label(S.PERSON_ADD, classes="step-subtitle")
        with Horizontal(classes="add-row"):
            yield Input(placeholder=S.PERSON_NEW_NAME, id="new-person-name", max_length=200, select_on_focus=False)
            yield Choice(enum_options(Role), value=Role.CHILD, allow_blank=False, id="new-person-role")
            yield Button(S.PERSON_ADD, id="add-person", variant="primary")
        yield Static("", id="new-person-error", classes="error")

    @staticmethod
    def _age(person: Person) -> str:
        age = age_text(person.birth_date)
        return S.AGE.format(age=age) if age else ""

    def field_changed(self, path: str) -> None:
        if path.endswith(".birth_date"):
            i = int(path.split("[")[1].split("]")[0])
            self.query_one(f"#person-{i}-age", Static).update(self._age(self.case.persons[i]))
        elif path.endswith(".role"):
            self.call_later(self.rebuild)  # a child gets a birth date field, another role loses it

    async def add_person(self) -> None:
        name = self.query_one("#new-person-name", Input).value.strip()
        if not name:
            self.query_one("#new-person-error", Static).update(S.PERSON_NAME_REQUIRED)
            return
        role = self.query_one("#new-person-role", Select).value
        self.case.persons.append(Person(name=name[:200], role=role))  # type: ignore[arg-type]  # the Select holds Role values
        self.post_message(CaseEdited())
        await self.rebuild()
        self.query_one("#new-person-name", Input).focus()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "new-person-name":
            event.stop()
            await self.add_person()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        bid = str(event.button.id)
        if bid == "add-person":
            event.stop()
            await self.add_person()
        elif bid.endswith("-remove"):
            event.stop()
            self.ask_remove(int(bid.split("-")[1]))

    def ask_remove(self, index: int) -> None:
        """Removing a person asks first; Ctrl+Z brings the person back afterwards too."""
        from casusprep.app.dialogs import ConfirmScreen

        person = self.case.persons[index]

        async def answer(yes: bool | None) -> None:
            if not yes or person not in self.case.persons:
                return
            before = [p.model_copy() for p in self.case.persons]
            self.case.persons.remove(person)
            self.post_message(CaseEdited(undo=("persons", before, list(self.case.persons))))
            await self.rebuild()
            self.notify(S.REMOVED_UNDO, timeout=6)

        question = S.PERSON_CONFIRM_REMOVE.format(name=person.name[:60])
        self.app.push_screen(ConfirmScreen(question, S.YES_REMOVE), answer)
