"""The case model: everything a coach registers about one worrying situation.

One module on purpose: the store, the app, the documents and the anonymiser all read the
same definitions. Identifiers are English; the Dutch words a user sees live in
:mod:`casusprep.labels`. Every field traces back to the domain brief (registration slide,
KiMiWa, "Share with care", the three-step method, the plan for a parent conversation).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1


def new_id() -> str:
    """A random identifier: never derived from a name, so it carries no personal data."""
    return uuid.uuid4().hex[:12]


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Setting(StrEnum):
    KINDERDAGVERBLIJF = "kinderdagverblijf"
    ONTHAALOUDER = "onthaalouder"
    KLEUTEROPVANG = "kleuteropvang"
    BUITENSCHOOLSE_OPVANG = "buitenschoolse_opvang"
    OTHER = "andere"


class OrganiserType(StrEnum):
    """OCMW-organised childcare has beroepsgeheim; all other childcare has discretieplicht."""

    OCMW = "ocmw"
    NOT_OCMW = "niet_ocmw"


class Confidentiality(StrEnum):
    BEROEPSGEHEIM = "beroepsgeheim"
    DISCRETIEPLICHT = "discretieplicht"


class SituationKind(StrEnum):
    VERONTRUSTING = "verontrusting"
    GOG = "gog"


class GogDirection(StrEnum):
    CHILD_TO_CHILD = "kind_kind"
    STAFF_TO_CHILD = "medewerker_kind"
    EXTERNAL_TO_CHILD = "externe_kind"
    CHILD_TO_STAFF = "kind_medewerker"
    STAFF_TO_STAFF = "medewerker_medewerker"
    EXTERNAL_TO_STAFF = "externe_medewerker"


class Nature(StrEnum):
    PHYSICAL = "fysiek"
    EMOTIONAL = "emotioneel"
    SEXUAL = "seksueel"


class Form(StrEnum):
    ACTIVE = "actief"  # mishandeling
    PASSIVE = "passief"  # verwaarlozing


class Urgency(StrEnum):
    ACUTE = "acuut"
    CHRONIC = "chronisch"
    UNCLEAR = "onduidelijk"


class Role(StrEnum):
    CHILD = "kind"
    MOTHER = "moeder"
    FATHER = "vader"
    STEP_PARENT = "plusouder"
    BROTHER = "broer"
    SISTER = "zus"
    GRANDPARENT = "grootouder"
    CAREGIVER = "begeleider"
    MANAGER = "verantwoordelijke"
    TEACHER = "leerkracht"
    CLB = "clb"
    OTHER = "andere"


class Status(StrEnum):
    OPEN = "open"
    FOLLOW_UP = "in_opvolging"
    CLOSED = "afgesloten"


class DateMode(StrEnum):
    """How dates appear in anonymised output."""

    RELATIVE = "relatief"  # dag 1, dag 8 ... counted from the first signal
    MONTH_YEAR = "maand_jaar"  # maart 2024


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False)


class Person(_Model):
    """Someone involved (betrokkene). ``pseudonym`` empty means: propose one from the role."""

    id: str = Field(default_factory=new_id)
    name: str = Field(min_length=1, max_length=200)
    role: Role
    role_detail: str = ""  # e.g. "buurvrouw", "juf van de eerste kleuterklas"
    birth_date: dt.date | None = None
    pseudonym: str = ""

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("naam mag niet leeg zijn")
        return value.strip()


class Signal(_Model):
    """One registered signal, with the fields of the registration slide and KiMiWa's
    "zien - afstand nemen": what I saw and heard is kept apart from what I think and feel."""

    id: str = Field(default_factory=new_id)
    date: dt.date | None = None
    situation: str = ""  # situatie / details
    observation: str = ""  # wat heb ik gezien en gehoord?
    present: str = ""  # wie was erbij?
    trigger: str = ""  # wat was de aanleiding?
    consequences: str = ""  # wat waren de gevolgen?
    discussed_with: str = ""  # met wie heb je erover gesproken?
    parents_reaction: str = ""  # hoe reageerden de ouders toen je hen erover aansprak?
    follow_up: bool = False  # verder op te volgen of niet
    follow_up_note: str = ""
    interpretation: str = ""  # wat denk ik?
    gut_feeling: str = ""  # buikgevoel


class Strengths(_Model):
    """Krachten en inzet: always part of a nuanced picture."""

    child: str = ""
    parents: str = ""
    context: str = ""


class Needs(_Model):
    """The three-step method: what the child needs, what the parents need, what childcare can
    and cannot offer; plus the needs read behind the behaviour."""

    behind_behaviour: str = ""
    child: str = ""
    parents: str = ""
    childcare_can_offer: str = ""
    childcare_cannot_offer: str = ""


class ParentsView(_Model):
    """The parents' perspective: spoken to early, asked what it means to them, informed."""

    spoken_to: bool | None = None
    spoken_to_on: dt.date | None = None
    their_meaning: str = ""  # wat betekent de observatie volgens hen?
    informed_about_consultation: bool | None = None
    consent_to_share: bool | None = None  # gaven de ouders toestemming om informatie te delen?
    notes: str = ""


class Overview(_Model):
    """The three-column mapping and the scale of the consultation."""

    worries: str = ""  # zorgen
    going_well: str = ""  # wat goed gaat
    must_happen: str = ""  # wat moet er gebeuren
    scale: int | None = Field(default=None, ge=0, le=10)


class Action(_Model):
    """Something done or still to do; open actions show up on the home screen."""

    id: str = Field(default_factory=new_id)
    description: str = Field(min_length=1)
    due: dt.date | None = None
    done: bool = False


class SharingChecks(_Model):
    """The "Share with care" conditions for a cross-team child discussion."""

    purpose: str = ""
    same_purpose: bool = False
    necessary_and_relevant: bool = False
    need_to_know: bool = False
    parents_informed: bool = False
    supervisor_approved: bool = False
    questions_for_other_team: str = ""

    def all_met(self) -> bool:
        return all(
            (
                self.same_purpose,
                self.necessary_and_relevant,
                self.need_to_know,
                self.parents_informed,
                self.supervisor_approved,
            )
        )


class ParentMeeting(_Model):
    """Plan van aanpak for the conversation with the parents."""

    goal: str = ""
    attendees: str = ""
    both_parents_invited: bool = False
    place: str = ""
    when: str = ""
    questions_for_parents: str = ""
    referrals: str = ""
    agreements: str = ""


class AnonymisationReview(_Model):
    """The coach's decisions on the automatic anonymisation, kept with the case and reused.

    Decisions are keyed by the detected text (case-insensitive), not by offsets, so they
    survive edits of the surrounding text.
    """

    date_mode: DateMode = DateMode.RELATIVE
    rejected: list[str] = Field(default_factory=list)  # detections the coach keeps as text
    extra: list[str] = Field(default_factory=list)  # extra text the coach wants removed
    replacements: dict[str, str] = Field(default_factory=dict)  # mention -> chosen replacement


class Case(_Model):
    """A casus. Content is encrypted at rest by the store; only status and dates are indexed."""

    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=new_id)
    title: str = ""  # working title for the coach's own list (encrypted, never exported)
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)
    status: Status = Status.OPEN
    closed_on: dt.date | None = None

    # Situatie
    child_in_danger_now: bool | None = None
    setting: Setting | None = None
    setting_detail: str = ""
    organiser_type: OrganiserType | None = None
    situation_kind: SituationKind | None = None
    gog_direction: GogDirection | None = None
    nature: list[Nature] = Field(default_factory=list)
    form: list[Form] = Field(default_factory=list)
    urgency: Urgency | None = None
    crisis: bool = False

    persons: list[Person] = Field(default_factory=list)
    signals: list[Signal] = Field(default_factory=list)
    strengths: Strengths = Field(default_factory=Strengths)
    needs: Needs = Field(default_factory=Needs)
    parents: ParentsView = Field(default_factory=ParentsView)
    overview: Overview = Field(default_factory=Overview)
    question: str = ""  # de vraag voor het overleg
    actions_taken: str = ""  # wat is al gedaan
    actions: list[Action] = Field(default_factory=list)
    next_follow_up: dt.date | None = None
    sharing: SharingChecks = Field(default_factory=SharingChecks)
    parent_meeting: ParentMeeting = Field(default_factory=ParentMeeting)
    anonymisation: AnonymisationReview = Field(default_factory=AnonymisationReview)
    last_step: int = Field(0, ge=0)  # where the coach left the case in the app (it reopens there); not exported

    @model_validator(mode="after")
    def _gog_direction_only_for_gog(self) -> Case:
        if self.situation_kind is not SituationKind.GOG and self.gog_direction is not None:
            raise ValueError("gog_direction: enkel in te vullen bij grensoverschrijdend gedrag")
        return self

    @property
    def confidentiality(self) -> Confidentiality | None:
        if self.organiser_type is None:
            return None
        if self.organiser_type is OrganiserType.OCMW:
            return Confidentiality.BEROEPSGEHEIM
        return Confidentiality.DISCRETIEPLICHT

    def signals_in_order(self) -> list[Signal]:
        """Chronology: dated signals by date, undated ones last in the order entered."""
        dated = sorted((s for s in self.signals if s.date), key=lambda s: s.date)  # type: ignore[arg-type,return-value]
        return dated + [s for s in self.signals if not s.date]

    def first_signal_date(self) -> dt.date | None:
        dates = [s.date for s in self.signals if s.date]
        return min(dates) if dates else None

    def open_actions(self) -> list[Action]:
        return [a for a in self.actions if not a.done]

    def touch(self) -> None:
        self.updated_at = now()


# Free text, in one list: the anonymiser, the leak check and the objectivity hints all walk it.
# Each entry is a dotted path; "signals[].x" means the field x of every signal.
TEXT_FIELDS: tuple[str, ...] = (
    "setting_detail",
    "persons[].role_detail",
    "signals[].situation",
    "signals[].observation",
    "signals[].present",
    "signals[].trigger",
    "signals[].consequences",
    "signals[].discussed_with",
    "signals[].parents_reaction",
    "signals[].follow_up_note",
    "signals[].interpretation",
    "signals[].gut_feeling",
    "strengths.child",
    "strengths.parents",
    "strengths.context",
    "needs.behind_behaviour",
    "needs.child",
    "needs.parents",
    "needs.childcare_can_offer",
    "needs.childcare_cannot_offer",
    "parents.their_meaning",
    "parents.notes",
    "overview.worries",
    "overview.going_well",
    "overview.must_happen",
    "question",
    "actions_taken",
    "actions[].description",
    "sharing.purpose",
    "sharing.questions_for_other_team",
    "parent_meeting.goal",
    "parent_meeting.attendees",
    "parent_meeting.place",
    "parent_meeting.when",
    "parent_meeting.questions_for_parents",
    "parent_meeting.referrals",
    "parent_meeting.agreements",
)


def iter_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """Yield ``(concrete_path, text)`` for every free-text field, e.g. ``signals[2].observation``."""
    for spec in TEXT_FIELDS:
        if "[]." in spec:
            list_name, attr = spec.split("[].")
            for i, item in enumerate(getattr(case, list_name)):
                yield f"{list_name}[{i}].{attr}", getattr(item, attr)
        elif "." in spec:
            group, attr = spec.split(".")
            yield spec, getattr(getattr(case, group), attr)
        else:
            yield spec, getattr(case, spec)


def get_path(case: Case, path: str) -> Any:
    """Read a concrete dotted path as produced by :func:`iter_text_fields`."""
    obj: Any = case
    for part in path.split("."):
        if part.endswith("]"):
            name, index = part[:-1].split("[")
            obj = getattr(obj, name)[int(index)]
        else:
            obj = getattr(obj, part)
    return obj


def set_path(case: Case, path: str, value: Any) -> None:
    """Write a concrete dotted path (the counterpart of :func:`get_path`)."""
    *parents, last = path.split(".")
    obj: Any = get_path(case, ".".join(parents)) if parents else case
    setattr(obj, last, value)


def spec_of(path: str) -> str:
    """``signals[2].observation`` -> ``signals[].observation`` (the key used for labels)."""
    out = []
    for part in path.split("."):
        out.append(part.split("[")[0] + "[]" if part.endswith("]") else part)
    return ".".join(out)
