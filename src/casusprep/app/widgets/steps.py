"""The eight steps of the guided flow, each a scrollable form over the same Case object.

Plain fields are bound widgets (see :mod:`.fields`): the case screen writes them into the case and
autosaves. List edits (persons, signals) change the case here and post :class:`CaseEdited`.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import (
    Button,
    Collapsible,
    Input,
    Label,
    LoadingIndicator,
    OptionList,
    RadioButton,
    RadioSet,
    Select,
    Static,
)
from textual.widgets.option_list import Option

from casusprep.app import strings as S
from casusprep.app.widgets.fields import (
    YES_NO,
    BoundCheck,
    BoundInput,
    BoundMulti,
    BoundSelect,
    BoundText,
    DateInput,
    Field,
    enum_options,
)
from casusprep.case import (
    Action,
    Case,
    Form,
    GogDirection,
    Nature,
    OrganiserType,
    Person,
    Role,
    Setting,
    Signal,
    SituationKind,
    Status,
    Urgency,
)
from casusprep.labels import field_label
from casusprep.pseudonyms import propose


class CaseEdited(Message):
    """The case changed outside a bound field (a list item added or removed): save it."""


def _text(path: str, value: str, *, required: bool = False, classes: str = "", height: str = "") -> Field:
    widget = BoundText(path, value, classes=f"text {height}".strip())
    return Field(widget, required=required, classes=classes)


class Step(VerticalScroll):
    """Base: a step over ``case``; ``index`` is its place in the stepper."""

    index = 0

    def __init__(self, case: Case, **kwargs) -> None:
        super().__init__(classes="step-body", **kwargs)
        self.case = case


class SituationStep(Step):
    index = 0

    def compose(self) -> ComposeResult:
        c = self.case
        yield Label(S.STEPS[0], classes="step-title")
        yield Field(BoundSelect("child_in_danger_now", YES_NO, c.child_in_danger_now, id="danger"), required=True)
        yield Static(id="danger-box", classes="danger")
        yield Field(BoundInput("title", c.title, id="title"), required=True)
        yield Field(BoundSelect("setting", enum_options(Setting), c.setting, id="setting"), required=True)
        yield _text("setting_detail", c.setting_detail, height="short")
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
            yield Static(id="meldplicht-draft")
        yield Field(BoundSelect("status", enum_options(Status), c.status, allow_blank=False, id="status"))
        yield Field(DateInput("next_follow_up", c.next_follow_up, id="next-follow-up"))
        yield Static(S.REQUIRED_NOTE, classes="muted")

    def on_mount(self) -> None:
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
        self.query_one("#gog-field").display = c.situation_kind is SituationKind.GOG
        advice = meldplicht_for(c)
        notice = self.query_one("#meldplicht", Static)
        notice.display = advice is not None
        self.query_one("#meldplicht-draft-box").display = advice is not None
        if advice is not None:
            from casusprep.procedures.advice import meldplicht_draft

            notice.update(Text(advice.as_text()))
            self.query_one("#meldplicht-draft", Static).update(Text(meldplicht_draft(c)))


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


def signal_title(n: int, s: Signal) -> str:
    from casusprep.app.widgets.fields import format_be_date

    text = (s.observation or s.situation).strip().replace("\n", " ")
    text = text[:40] + ("…" if len(text) > 40 else "")
    return S.SIGNAL_ITEM.format(n=n + 1, date=format_be_date(s.date) or S.NO_DATE, text=text)


class SignalsStep(Step):
    index = 2

    def __init__(self, case: Case, **kwargs) -> None:
        super().__init__(case, **kwargs)
        self.current = 0 if case.signals else -1

    def compose(self) -> ComposeResult:
        yield Label(S.STEPS[2], classes="step-title")
        with Horizontal(classes="add-row"):
            yield Button(S.SIGNAL_ADD, id="add-signal", variant="primary")
            if self.current >= 0:
                yield Button(S.SIGNAL_REMOVE, id="remove-signal", variant="error")
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
        with Horizontal(classes="see-think-feel"):
            yield _text(f"{p}.observation", s.observation, required=True, classes="col")
            yield _text(f"{p}.interpretation", s.interpretation, classes="col")
            yield _text(f"{p}.gut_feeling", s.gut_feeling, classes="col")
        yield Vertical(id="hints", classes="hints")
        yield _text(f"{p}.situation", s.situation, height="short")
        yield _text(f"{p}.present", s.present, height="short")
        yield _text(f"{p}.trigger", s.trigger, height="short")
        yield _text(f"{p}.consequences", s.consequences, height="short")
        yield _text(f"{p}.discussed_with", s.discussed_with, height="short")
        yield _text(f"{p}.parents_reaction", s.parents_reaction, height="short")
        yield Field(BoundCheck(f"{p}.follow_up", field_label("signals[].follow_up"), s.follow_up), text="")
        yield _text(f"{p}.follow_up_note", s.follow_up_note, height="short")

    def on_mount(self) -> None:
        if self.current >= 0:
            self.query_one("#signal-list", OptionList).highlighted = self.current
            self.check_hints()

    # --- objectivity hints (casusprep.hints, spaCy: only ever in a worker thread) -------------------
    HINT_DELAY_S = 0.8

    def observation_changed(self) -> None:
        """Re-check the observation a moment after typing stops."""
        timer = getattr(self, "_hint_timer", None)
        if timer is not None:
            timer.stop()
        self._hint_timer = self.set_timer(self.HINT_DELAY_S, self.check_hints)

    def check_hints(self) -> None:
        if self.current < 0 or not self.case.signals[self.current].observation.strip():
            self.call_later(self._show_hints, [], self.current)
            return
        text, index = self.case.signals[self.current].observation, self.current
        self.run_worker(lambda: self._find_hints(text, index), thread=True, exclusive=True, group="hints")

    def _find_hints(self, text: str, index: int) -> None:
        try:
            from casusprep.hints import find_hints

            hints = find_hints(text)
        except Exception:  # noqa: BLE001 - hints are advice; never crash the editor over them
            hints = []
        self.app.call_from_thread(self._show_hints, hints, index)

    async def _show_hints(self, hints: list, index: int) -> None:
        from rich.text import Text

        if index != self.current or not self.is_mounted:
            return
        self.hints = hints
        box = self.query_one("#hints", Vertical)
        await box.remove_children()
        if not hints:
            return
        widgets: list = [Label(S.HINTS_HEADER, classes="hints-title")]
        for n, hint in enumerate(hints):
            line = Text.assemble(
                (f"'{hint.text}'", "bold"), f" ({hint.kind.value}): {hint.explanation} {hint.suggestion}"
            )
            with_button = Horizontal(
                Static(line, classes="hint-text"),
                Button(S.HINT_MOVE, id=f"hint-move-{n}", compact=True, classes="hint-move"),
                classes="hint-row",
            )
            widgets.append(with_button)
        await box.mount_all(widgets)

    def move_hint(self, n: int) -> None:
        """Move the sentence with this hint from 'Wat heb ik gezien en gehoord?' to 'Wat denk ik?'."""
        from casusprep.hints import move_to_interpretation

        signal = self.case.signals[self.current]
        try:
            observation, interpretation = move_to_interpretation(
                signal.observation, signal.interpretation, self.hints[n]
            )
        except (ValueError, IndexError):
            self.check_hints()
            return
        p = f"signals[{self.current}]"
        for widget in self.query(BoundText):
            if widget.path == f"{p}.observation":
                widget.load_text(observation)
            elif widget.path == f"{p}.interpretation":
                widget.load_text(interpretation)
        signal.observation, signal.interpretation = observation, interpretation
        self.post_message(CaseEdited())
        self.refresh_titles()
        self.check_hints()

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = int(str(event.option.id))
        if index != self.current:
            self.current = index
            await self.recompose()
            self.on_mount()
            self.query_one("#signal-date").focus()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if str(event.button.id).startswith("hint-move-"):
            event.stop()
            self.move_hint(int(str(event.button.id).rsplit("-", 1)[1]))
            return
        if event.button.id == "add-signal":
            event.stop()
            self.case.signals.append(Signal())
            self.current = len(self.case.signals) - 1
        elif event.button.id == "remove-signal" and self.current >= 0:
            event.stop()
            del self.case.signals[self.current]
            self.current = min(self.current, len(self.case.signals) - 1)
        else:
            return
        self.post_message(CaseEdited())
        await self.recompose()
        self.on_mount()
        if self.current >= 0:
            self.query_one("#signal-date").focus()

    def refresh_titles(self) -> None:
        """Keep the list text in step with the editor without rebuilding the form."""
        if self.current < 0:
            return
        options = self.query_one("#signal-list", OptionList)
        options.replace_option_prompt_at_index(
            self.current, signal_title(self.current, self.case.signals[self.current])
        )


class StrengthsStep(Step):
    index = 3

    def compose(self) -> ComposeResult:
        c = self.case
        yield Label(S.STEPS[3], classes="step-title")
        yield Static(S.KRACHTEN_INTRO, classes="muted")
        yield Label(S.STRENGTHS_HEADER, classes="step-subtitle")
        yield _text("strengths.child", c.strengths.child, required=True)
        yield _text("strengths.parents", c.strengths.parents)
        yield _text("strengths.context", c.strengths.context)
        yield Label(S.NEEDS_HEADER, classes="step-subtitle")
        yield _text("needs.behind_behaviour", c.needs.behind_behaviour)
        yield _text("needs.child", c.needs.child)
        yield _text("needs.parents", c.needs.parents)
        yield Label(S.OFFER_HEADER, classes="step-subtitle")
        with Horizontal(classes="pair"):
            yield _text("needs.childcare_can_offer", c.needs.childcare_can_offer, classes="col")
            yield _text("needs.childcare_cannot_offer", c.needs.childcare_cannot_offer, classes="col")


class ParentsStep(Step):
    index = 4

    def compose(self) -> ComposeResult:
        c = self.case.parents
        yield Label(S.STEPS[4], classes="step-title")
        with Horizontal(classes="pair"):
            yield Field(BoundSelect("parents.spoken_to", YES_NO, c.spoken_to, id="spoken-to"), required=True)
            yield Field(DateInput("parents.spoken_to_on", c.spoken_to_on, id="spoken-to-on"))
        yield _text("parents.their_meaning", c.their_meaning, required=True)
        yield Field(
            BoundSelect("parents.informed_about_consultation", YES_NO, c.informed_about_consultation, id="informed")
        )
        yield _text("parents.notes", c.notes)
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


class OverviewStep(Step):
    index = 5

    def compose(self) -> ComposeResult:
        c = self.case
        yield Label(S.STEPS[5], classes="step-title")
        yield _text("question", c.question, required=True)
        with Horizontal(classes="three"):
            yield _text("overview.worries", c.overview.worries, classes="col")
            yield _text("overview.going_well", c.overview.going_well, classes="col")
            yield _text("overview.must_happen", c.overview.must_happen, classes="col")
        yield Field(BoundSelect("overview.scale", [(str(n), n) for n in range(11)], c.overview.scale, id="scale"))
        yield _text("actions_taken", c.actions_taken)
        yield Label(S.ACTIONS_HEADER, classes="step-subtitle")
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
        await self.recompose()
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
            await self.recompose()


class AnonymiseStep(Step):
    """A preview of the anonymised texts, computed in a worker thread (NLP loads there, never on start)."""

    index = 6

    def compose(self) -> ComposeResult:
        yield Label(S.STEPS[6], classes="step-title")
        yield Static(S.ANON_INTRO, classes="muted")
        yield Button(S.ANON_START, id="anon-run", variant="primary")
        yield LoadingIndicator(id="anon-busy")
        yield Static(S.ANON_BUSY, id="anon-busy-text", classes="muted")
        yield Vertical(id="anon-result")

    def on_mount(self) -> None:
        self.run_preview()

    def set_busy(self, busy: bool) -> None:
        self.query_one("#anon-busy").display = busy
        self.query_one("#anon-busy-text").display = busy
        self.query_one("#anon-run").disabled = busy

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "anon-run":
            event.stop()
            self.run_preview()

    def run_preview(self) -> None:
        self.set_busy(True)
        self.run_worker(self._anonymise, thread=True, exclusive=True, group="anonymise")

    def _anonymise(self) -> None:
        from casusprep.anonymise import anonymise_case
        from casusprep.labels import field_location

        try:
            result = anonymise_case(self.case.model_copy(deep=True))
            rows = [(field_location(path), t.text) for path, t in result.fields.items() if t.text.strip()]
            error = None
        except Exception as exc:  # noqa: BLE001 - shown to the user, the app must not crash
            rows, error = [], str(exc) or type(exc).__name__
        self.app.call_from_thread(self._show, rows, error)

    async def _show(self, rows: list[tuple[str, str]], error: str | None) -> None:
        from rich.text import Text

        self.set_busy(False)
        box = self.query_one("#anon-result", Vertical)
        await box.remove_children()
        if error:
            await box.mount(Static(Text(S.ANON_FAILED.format(error=error)), classes="error"))
        elif not rows:
            await box.mount(Static(S.ANON_NONE, classes="muted"))
        else:
            widgets = []
            for where, text in rows:
                widgets.append(Label(Text(where), classes="anon-label"))
                widgets.append(Static(Text(text), classes="anon-text"))
            await box.mount_all(widgets)


class DocumentsStep(Step):
    """Choose a document and a folder, export in a worker, show where the file went."""

    index = 7

    def compose(self) -> ComposeResult:
        from casusprep.app.export import DOC_CHOICES, default_folder

        yield Label(S.STEPS[7], classes="step-title")
        yield Label(S.DOC_CHOOSE, classes="field-label")
        with RadioSet(id="doc-kind"):
            for i, (value, title) in enumerate(DOC_CHOICES):
                yield RadioButton(title, value=i == 0, id=f"doc-{value}")
        yield Label(S.DOC_FOLDER, classes="field-label")
        yield Input(str(default_folder()), id="doc-folder")
        yield Static("", id="doc-folder-error", classes="error")
        yield Button(S.DOC_EXPORT, id="doc-export", variant="primary")
        yield LoadingIndicator(id="doc-busy")
        yield Static("", id="doc-result")
        c = self.case
        with Collapsible(title=S.SHARING_HEADER, id="sharing", collapsed=True):
            yield Static(S.SHARING_INTRO, classes="muted")
            yield _text("sharing.purpose", c.sharing.purpose, height="short")
            for name in (
                "same_purpose",
                "necessary_and_relevant",
                "need_to_know",
                "parents_informed",
                "supervisor_approved",
            ):
                yield BoundCheck(f"sharing.{name}", field_label(f"sharing.{name}"), getattr(c.sharing, name))
            yield _text("sharing.questions_for_other_team", c.sharing.questions_for_other_team, height="short")
        with Collapsible(title=S.NAZORG, id="nazorg", collapsed=True):
            yield Static(_nazorg_text(), id="nazorg-text")
        with Collapsible(title=S.MEETING_HEADER, id="meeting", collapsed=True):
            m = c.parent_meeting
            yield _text("parent_meeting.goal", m.goal, height="short")
            yield _text("parent_meeting.attendees", m.attendees, height="short")
            yield BoundCheck(
                "parent_meeting.both_parents_invited",
                field_label("parent_meeting.both_parents_invited"),
                m.both_parents_invited,
            )
            yield Field(BoundInput("parent_meeting.place", m.place))
            yield Field(BoundInput("parent_meeting.when", m.when))
            yield _text("parent_meeting.questions_for_parents", m.questions_for_parents)
            yield _text("parent_meeting.referrals", m.referrals, height="short")
            yield _text("parent_meeting.agreements", m.agreements)

    def on_mount(self) -> None:
        self.query_one("#doc-busy").display = False

    def chosen_kind(self) -> str:
        from casusprep.app.export import DOC_CHOICES

        radio = self.query_one("#doc-kind", RadioSet)
        index = radio.pressed_index if radio.pressed_index >= 0 else 0
        return DOC_CHOICES[index][0]

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "doc-folder":
            event.stop()
            from casusprep.app.export import check_folder

            self.query_one("#doc-folder-error", Static).update(check_folder(event.value) or "")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "doc-export":
            event.stop()
            self.export()

    def export(self) -> None:
        from casusprep.app.export import check_folder

        folder = self.query_one("#doc-folder", Input).value
        problem = check_folder(folder)
        self.query_one("#doc-folder-error", Static).update(problem or "")
        if problem:
            return
        self.query_one("#doc-busy").display = True
        self.query_one("#doc-export", Button).disabled = True
        kind = self.chosen_kind()
        case = self.case.model_copy(deep=True)
        self.run_worker(lambda: self._export(case, kind, folder), thread=True, exclusive=True, group="export")

    def _export(self, case: Case, kind: str, folder: str) -> None:
        from casusprep.app.export import export_to_folder

        message = export_to_folder(case, kind, folder)
        self.app.call_from_thread(self._done, message, kind)

    def _done(self, message: tuple[bool, str], kind: str) -> None:
        from rich.text import Text

        ok, text = message
        self.query_one("#doc-busy").display = False
        self.query_one("#doc-export", Button).disabled = False
        result = self.query_one("#doc-result", Static)
        result.update(Text(text))
        result.set_class(not ok, "error")
        result.set_class(ok, "success")
        if ok:
            self.post_message(Exported(kind))


class Exported(Message):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind


STEP_CLASSES: tuple[type[Step], ...] = (
    SituationStep,
    PersonsStep,
    SignalsStep,
    StrengthsStep,
    ParentsStep,
    OverviewStep,
    AnonymiseStep,
    DocumentsStep,
)


def _nazorg_text():
    """Aftercare per group and the evaluation questions, from the procedures data."""
    from rich.text import Text

    from casusprep.procedures import evaluation_questions, nazorg

    out = Text()
    for section in nazorg():
        out.append(section.titel + "\n", style="bold")
        for point in section.punten:
            out.append(f"  • {point}\n")
    out.append(S.EVALUATION + "\n", style="bold")
    for question in evaluation_questions():
        out.append(f"  • {question}\n")
    return out
