"""Step 6: the overview, the question and the open actions."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import (
    Button,
    Input,
    Label,
)

from casusprep.app import strings as S
from casusprep.app.widgets.fields import (
    BoundCheck,
    BoundInput,
    BoundSelect,
    DateInput,
    Field,
)
from casusprep.app.widgets.steps.base import CaseEdited, Step, text_field
from casusprep.case import (
    Action,
)
from casusprep.labels import field_label


class OverviewStep(Step):
    key = "vraag_overzicht"

    def structure(self):
        return tuple(a.id for a in self.case.actions)

    def compose(self) -> ComposeResult:
        c = self.case
        yield Label(self.spec.title, classes="step-title")
        yield text_field("question", c.question, required=True)
        with Horizontal(classes="three"):
            yield text_field("overview.worries", c.overview.worries, classes="col")
            yield text_field("overview.going_well", c.overview.going_well, classes="col")
            yield text_field("overview.must_happen", c.overview.must_happen, classes="col")
        yield Field(BoundSelect("overview.scale", [(str(n), n) for n in range(11)], c.overview.scale, id="scale"))
        yield text_field("actions_taken", c.actions_taken)
        yield Label(S.ACTIONS_HEADER, classes="step-subtitle")
        yield Field(DateInput("next_follow_up", c.next_follow_up, id="next-follow-up"))
        for i, a in enumerate(c.actions):
            with Horizontal(classes="action-row"):
                yield Field(
                    BoundInput(f"actions[{i}].description", a.description, id=f"action-{i}-text"), classes="grow"
                )
                yield Field(DateInput(f"actions[{i}].due", a.due, id=f"action-{i}-due"))
                yield Field(BoundCheck(f"actions[{i}].done", field_label("actions[].done"), a.done), text=" ")
                yield Button("✕", id=f"action-{i}-remove", classes="remove", compact=True, tooltip=S.ACTION_REMOVE)
        with Horizontal(classes="add-row"):
            yield Input(placeholder=S.ACTION_NEW, id="new-action", max_length=500)
            yield Button(S.ACTION_ADD, id="add-action", variant="primary")

    async def add_action(self) -> None:
        text = self.query_one("#new-action", Input).value.strip()
        if not text:
            return
        self.case.actions.append(Action(description=text))
        self.post_message(CaseEdited())
        await self.rebuild()
        self.query_one("#new-action", Input).focus()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "new-action":
            event.stop()
            await self.add_action()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        bid = str(event.button.id)
        if bid == "add-action":
            event.stop()
            await self.add_action()
        elif bid.startswith("action-") and bid.endswith("-remove"):
            event.stop()
            del self.case.actions[int(bid.split("-")[1])]
            self.post_message(CaseEdited())
            await self.rebuild()
