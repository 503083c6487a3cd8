"""Step Ouders: the parents' view, and what may be shared with whom.

The sharing answer is computed from this case (organiser type, what the parents know, their consent), so it
changes as soon as one of those answers does.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import (
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
    key = "ouders"

    def compose(self) -> ComposeResult:
        c = self.case.parents
        yield Label(self.spec.title, classes="step-title")
        with Horizontal(classes="pair"):
            yield Field(BoundSelect("parents.spoken_to", YES_NO, c.spoken_to, id="spoken-to"), required=True)
            yield Field(DateInput("parents.spoken_to_on", c.spoken_to_on, id="spoken-to-on"))
        yield text_field("parents.their_meaning", c.their_meaning, required=True)
        with Horizontal(classes="pair"):
            yield Field(
                BoundSelect("parents.informed_about_consultation", YES_NO, c.informed_about_consultation, id="informed")
            )
            yield Field(BoundSelect("parents.consent_to_share", YES_NO, c.consent_to_share, id="consent"))
        yield text_field("parents.notes", c.notes)
        yield Label(S.SHARING_RULES, classes="step-subtitle")
        yield Static(id="sharing-rules-text")

    def after_compose(self) -> None:
        self.refresh_sharing()

    async def shown(self) -> None:
        await super().shown()
        self.refresh_sharing()  # the organiser type or the danger answer may have changed at Situatie

    def field_changed(self, path: str) -> None:
        if path.startswith("parents."):
            self.refresh_sharing()

    def refresh_sharing(self) -> None:
        self.query_one("#sharing-rules-text", Static).update(sharing_overview(self.case))


def sharing_overview(case: Case):
    """The answer that applies to this case first, then what to answer other requesters, then what is open."""
    from rich.text import Text

    from casusprep.procedures.advice import sharing_for_case

    answer = sharing_for_case(case)
    out = Text()
    if answer.first is None:
        out.append("\n".join(answer.missing), style="italic")
        return out
    out.append(answer.basis + "\n\n")
    out.append(answer.first.requester + "\n", style="bold")
    out.append(f"  → {answer.first.advice}\n", style="bold")
    out.append(f"  {answer.first.reason}\n")
    for note in answer.first.notes:
        out.append(f"  {note}\n", style="italic")
    out.append(f"\n{answer.consent_line}. {S.SHARING_OTHERS}\n", style="bold")
    for advice in answer.others:
        out.append(f"• {advice.requester}: ", style="bold")
        out.append(f"{advice.advice}\n")
    if answer.missing:
        out.append("\n" + "\n".join(answer.missing) + "\n", style="italic")
    return out
