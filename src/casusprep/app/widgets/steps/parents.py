"""Step 5: the parents' view, and what may be shared with whom."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import (
    Collapsible,
    Label,
    Static,
)

from casusprep.app import strings as S
from casusprep.app.widgets.fields import (
    YES_NO,
    BoundSelect,
    DateInput,
    Field,
)
from casusprep.app.widgets.steps.base import Step, text_field
from casusprep.case import (
    Case,
)


class ParentsStep(Step):
    index = 4

    def compose(self) -> ComposeResult:
        c = self.case.parents
        yield Label(S.STEPS[4], classes="step-title")
        with Horizontal(classes="pair"):
            yield Field(BoundSelect("parents.spoken_to", YES_NO, c.spoken_to, id="spoken-to"), required=True)
            yield Field(DateInput("parents.spoken_to_on", c.spoken_to_on, id="spoken-to-on"))
        yield text_field("parents.their_meaning", c.their_meaning, required=True)
        yield Field(
            BoundSelect("parents.informed_about_consultation", YES_NO, c.informed_about_consultation, id="informed")
        )
        yield text_field("parents.notes", c.notes)
        with Collapsible(title=S.SHARING_RULES, id="sharing-rules", collapsed=True):
            yield Static(_sharing_overview(self.case), id="sharing-rules-text")


def _sharing_overview(case: Case):
    """Per requester, what may be shared without and with the parents' consent, for this organiser type."""
    from rich.text import Text

    from casusprep.procedures import sharing_advice
    from casusprep.procedures.data_models import Requester

    if case.confidentiality is None:
        return Text(S.SHARING_UNKNOWN)
    out = Text()
    for requester in Requester:
        out.append(S.REQUESTERS.get(requester.value, requester.value) + "\n", style="bold")
        for consent, words in ((False, S.SHARING_WITHOUT), (True, S.SHARING_WITH)):
            advice = sharing_advice(case.confidentiality, requester, parents_consent=consent, noodtoestand=False)
            out.append(f"  {words}: {advice.advice}\n")
    emergency = sharing_advice(case.confidentiality, Requester.OWN_INITIATIVE, parents_consent=False, noodtoestand=True)
    out.append(f"\nNoodtoestand: {emergency.advice}\n", style="bold")
    return out
