"""Step 4: strengths and needs."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import (
    Label,
    Static,
)

from casusprep.app import strings as S
from casusprep.app.widgets.steps.base import Step, text_field


class StrengthsStep(Step):
    key = "krachten_noden"

    def compose(self) -> ComposeResult:
        c = self.case
        yield Label(self.spec.title, classes="step-title")
        yield Static(S.KRACHTEN_INTRO, classes="muted")
        yield Label(S.STRENGTHS_HEADER, classes="step-subtitle")
        yield text_field("strengths.child", c.strengths.child, required=True)
        yield text_field("strengths.parents", c.strengths.parents)
        yield text_field("strengths.context", c.strengths.context)
        yield Label(S.NEEDS_HEADER, classes="step-subtitle")
        yield text_field("needs.behind_behaviour", c.needs.behind_behaviour)
        yield text_field("needs.child", c.needs.child)
        yield text_field("needs.parents", c.needs.parents)
        yield Label(S.OFFER_HEADER, classes="step-subtitle")
        with Horizontal(classes="pair"):
            yield text_field("needs.childcare_can_offer", c.needs.childcare_can_offer, classes="col")
            yield text_field("needs.childcare_cannot_offer", c.needs.childcare_cannot_offer, classes="col")
