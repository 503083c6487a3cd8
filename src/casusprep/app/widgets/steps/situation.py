"""Step 1: the situation, with the crisis guidance and the meldplicht notice and draft."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import (
    Button,
    Collapsible,
    Label,
    Static,
    TextArea,
)

from casusprep.app import strings as S
from casusprep.app.widgets.fields import (
    YES_NO,
    BoundCheck,
    BoundInput,
    BoundMulti,
    BoundSelect,
    Field,
    enum_options,
)
from casusprep.app.widgets.steps.base import Step, text_field
from casusprep.case import (
    Asker,
    Form,
    GogDirection,
    Nature,
    OrganiserType,
    Setting,
    SituationKind,
    Status,
    Urgency,
)
from casusprep.labels import field_label


class SituationStep(Step):
    key = "situatie"

    def compose(self) -> ComposeResult:
        c = self.case
        yield Label(self.spec.title, classes="step-title")
        yield Field(BoundSelect("child_in_danger_now", YES_NO, c.child_in_danger_now, id="danger"), required=True)
        yield Static(id="danger-box", classes="danger")
        yield Field(BoundInput("title", c.title, id="title"), required=True)
        yield Field(BoundSelect("asker", enum_options(Asker), c.asker, id="asker"))
        yield Field(BoundSelect("setting", enum_options(Setting), c.setting, id="setting"), required=True)
        yield text_field("setting_detail", c.setting_detail, height="short")
        yield Field(
            BoundSelect("organiser_type", enum_options(OrganiserType), c.organiser_type, id="organiser"),
            required=True,
        )
        yield Field(
            BoundSelect("situation_kind", enum_options(SituationKind), c.situation_kind, id="kind"), required=True
        )
        yield Field(
            BoundSelect("gog_direction", enum_options(GogDirection), c.gog_direction, id="gog-direction"),
            id="gog-field",
        )
        with Horizontal(classes="pair"):
            yield Field(BoundMulti("nature", Nature, c.nature, id="nature", classes="multi"))
            yield Field(BoundMulti("form", Form, c.form, id="form", classes="multi"))
        yield Field(BoundSelect("urgency", enum_options(Urgency), c.urgency, id="urgency"))
        yield Field(BoundCheck("crisis", field_label("crisis"), c.crisis, id="crisis"), text="")
        yield Static(id="meldplicht", classes="notice")
        with Collapsible(title=S.MELDPLICHT_DRAFT, id="meldplicht-draft-box", collapsed=True):
            yield Static(S.MELDPLICHT_DRAFT_NOTE, classes="muted")
            # Read-only text, so the coach can select and copy (part of) it; or copy it whole with the button.
            yield TextArea(
                "", id="meldplicht-draft", read_only=True, soft_wrap=True, show_line_numbers=False, tab_behavior="focus"
            )
            yield Button(S.MELDPLICHT_COPY, id="meldplicht-copy", compact=True)
        yield Field(BoundSelect("status", enum_options(Status), c.status, allow_blank=False, id="status"))
        yield Static(id="removal-note", classes="muted")
        yield Static(S.REQUIRED_NOTE, classes="muted")

    def after_compose(self) -> None:
        self.refresh_conditional()

    def field_changed(self, path: str) -> None:
        self.refresh_conditional()

    async def shown(self) -> None:
        await super().shown()
        self.refresh_conditional()

    def refresh_conditional(self) -> None:
        """Show the crisis guidance, the GOG direction and the meldplicht only when they apply.

        The texts come from the procedures data (casusprep.procedures), the one source the documents use too.
        """
        from rich.text import Text

        from casusprep.procedures.advice import crisis_now, meldplicht_for

        c = self.case
        box = self.query_one("#danger-box", Static)
        if c.child_in_danger_now:
            box.update(Text(crisis_now(c.confidentiality)))
        box.display = bool(c.child_in_danger_now)
        self.show_removal_date()
        self.query_one("#gog-field").display = c.situation_kind is SituationKind.GOG
        advice = meldplicht_for(c)
        notice = self.query_one("#meldplicht", Static)
        notice.display = advice is not None
        self.query_one("#meldplicht-draft-box").display = advice is not None
        if advice is not None:
            from casusprep.procedures.advice import meldplicht_draft

            notice.update(Text(advice.as_text()))
            draft = self.query_one("#meldplicht-draft", TextArea)
            text = meldplicht_draft(c)
            if draft.text != text:  # reloading would drop the coach's selection on every keystroke elsewhere
                draft.load_text(text)

    def show_removal_date(self) -> None:
        """A closed case says when it will be removed (the store's retention setting, default 12 months)."""
        import datetime as dt

        from casusprep.app.widgets.fields import format_be_date

        note = self.query_one("#removal-note", Static)
        store = getattr(self.app, "store", None)
        note.display = self.case.status is Status.CLOSED and store is not None
        if note.display:
            closed_on = self.case.closed_on or dt.date.today()  # the store sets it on the next save
            note.update(
                S.REMOVAL_LINE.format(
                    closed=format_be_date(closed_on),
                    removal=format_be_date(store.removal_date(closed_on)),
                    months=store.retention_months(),
                )
            )

    @on(Button.Pressed, "#meldplicht-copy")
    def copy_draft(self, event: Button.Pressed) -> None:
        event.stop()
        self.app.copy_to_clipboard(self.query_one("#meldplicht-draft", TextArea).text)
        self.notify(S.MELDPLICHT_COPIED, timeout=3)
