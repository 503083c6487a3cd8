"""Step 2: the persons involved, with name, role and pseudonym."""

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
    Field,
    enum_options,
)
from casusprep.app.widgets.steps.base import CaseEdited, Step
from casusprep.case import (
    Person,
    Role,
)
from casusprep.pseudonyms import propose


class PersonsStep(Step):
    index = 1

    def compose(self) -> ComposeResult:
        yield Label(S.STEPS[1], classes="step-title")
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
                    text="Schuilnaam",
                )
                yield Field(BoundInput(f"persons[{i}].role_detail", p.role_detail, id=f"person-{i}-detail"))
                yield Button(S.PERSON_REMOVE, id=f"person-{i}-remove", classes="remove", variant="error", compact=True)
        yield Label(S.PERSON_ADD, classes="step-subtitle")
        with Horizontal(classes="add-row"):
            yield Input(placeholder=S.PERSON_NEW_NAME, id="new-person-name", max_length=200)
            yield Select(enum_options(Role), value=Role.CHILD, allow_blank=False, id="new-person-role")
            yield Button(S.PERSON_ADD, id="add-person", variant="primary")
        yield Static("", id="new-person-error", classes="error")

    async def add_person(self) -> None:
        name = self.query_one("#new-person-name", Input).value.strip()
        if not name:
            self.query_one("#new-person-error", Static).update(S.PERSON_NAME_REQUIRED)
            return
        role = self.query_one("#new-person-role", Select).value
        self.case.persons.append(Person(name=name[:200], role=role))  # type: ignore[arg-type]
        self.post_message(CaseEdited())
        await self.recompose()
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
            del self.case.persons[int(bid.split("-")[1])]
            self.post_message(CaseEdited())
            await self.recompose()
