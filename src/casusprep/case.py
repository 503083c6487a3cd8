"""The case model: everything a coach registers about one worrying situation.

One module on purpose: the store, the app, the documents and the anonymiser all read the
same definitions. Identifiers are English. Each field carries its own :class:`FieldMeta` (its Dutch
label, the app step that edits it, free text or not, which documents show it), and every list that
used to be kept by hand elsewhere (the free-text fields the anonymiser walks, the field labels, the
document rows, the summary) is derived from it, so a new field cannot be silently skipped. The Dutch
words themselves, of fields (by path) and of enum values, live in ``data/labels.toml``. Every field
traces back to the domain brief (registration slide, KiMiWa, "Share with care", the three-step method,
the plan for a parent conversation).
"""

from __future__ import annotations

import datetime as dt
import types
import typing
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from casusprep.data import LABELS

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


class BodySide(StrEnum):
    """The side of the body map a mark is drawn on."""

    FRONT = "voorkant"
    BACK = "achterkant"


class BodyPart(StrEnum):
    """The body parts of a child-protection body map (the child's own left and right are a separate field)."""

    HEAD = "hoofd"
    FACE = "gezicht"
    EAR = "oor"
    NECK = "hals"
    NAPE = "nek"
    SHOULDER = "schouder"
    CHEST = "borst"
    BELLY = "buik"
    GENITALS = "schaamstreek"
    BACK = "rug"
    LOWER_BACK = "onderrug"
    BUTTOCKS = "billen"
    UPPER_ARM = "bovenarm"
    FOREARM = "onderarm"
    HAND = "hand"
    THIGH = "bovenbeen"
    KNEE = "knie"
    LOWER_LEG = "onderbeen"
    FOOT = "voet"


class Laterality(StrEnum):
    """The child's own left or right (not the viewer's), or the middle."""

    LEFT = "links"
    RIGHT = "rechts"
    MIDDLE = "midden"


_BOTH = frozenset(BodySide)
_FRONT, _BACK = frozenset({BodySide.FRONT}), frozenset({BodySide.BACK})
# Per body part: the sides of the figure it is seen on, and whether the child has two of it (then a mark is
# on the left or the right one, never "in the middle").
BODY_PARTS: dict[BodyPart, tuple[frozenset[BodySide], bool]] = {
    BodyPart.HEAD: (_BOTH, False),
    BodyPart.FACE: (_FRONT, False),
    BodyPart.EAR: (_BOTH, True),
    BodyPart.NECK: (_FRONT, False),
    BodyPart.NAPE: (_BACK, False),
    BodyPart.SHOULDER: (_BOTH, True),
    BodyPart.CHEST: (_FRONT, False),
    BodyPart.BELLY: (_FRONT, False),
    BodyPart.GENITALS: (_FRONT, False),
    BodyPart.BACK: (_BACK, False),
    BodyPart.LOWER_BACK: (_BACK, False),
    BodyPart.BUTTOCKS: (_BACK, False),
    BodyPart.UPPER_ARM: (_BOTH, True),
    BodyPart.FOREARM: (_BOTH, True),
    BodyPart.HAND: (_BOTH, True),
    BodyPart.THIGH: (_BOTH, True),
    BodyPart.KNEE: (_FRONT, True),
    BodyPart.LOWER_LEG: (_BOTH, True),
    BodyPart.FOOT: (_BOTH, True),
}


class MarkColour(StrEnum):
    RED = "rood"
    PINK = "roze"
    BLUE = "blauw"
    PURPLE = "paars"
    GREEN = "groen"
    YELLOW = "geel"
    BROWN = "bruin"
    BLACK = "zwart"
    SEVERAL = "meerdere_kleuren"
    OTHER = "andere"


class MarkShape(StrEnum):
    ROUND = "rond"
    OVAL = "ovaal"
    LINE = "streep"
    DOTS = "stippen"
    IRREGULAR = "onregelmatig"
    OTHER = "andere"


class Witness(StrEnum):
    """Who saw a mark: a role, never a name."""

    COACH = "pedagogisch_coach"
    MANAGER = "verantwoordelijke"
    CAREGIVER = "kinderbegeleider"
    CHILDMINDER = "onthaalouder"
    PARENT = "ouder"
    OTHER = "andere"


class Status(StrEnum):
    OPEN = "open"
    FOLLOW_UP = "in_opvolging"
    CLOSED = "afgesloten"


class DateMode(StrEnum):
    """How dates appear in anonymised output."""

    RELATIVE = "relatief"  # dag 1, dag 8 ... counted from the first signal
    MONTH_YEAR = "maand_jaar"  # maart 2024


class CaseStep(StrEnum):
    """The steps of the app in their order; each field names the step where the coach edits it."""

    SITUATION = "situatie"
    PERSONS = "betrokkenen"
    SIGNALS = "signalen"
    STRENGTHS_NEEDS = "krachten_noden"
    PARENTS = "ouders"
    QUESTION_OVERVIEW = "vraag_overzicht"
    ANONYMISE = "anonimiseren"
    DOCUMENTS = "documenten"


class Use(StrEnum):
    """Where a field's value ends up: the three documents, the anonymised summary and the meldplicht draft."""

    VK = "vk"
    KINDBESPREKING = "kindbespreking"
    OUDERGESPREK = "oudergesprek"
    SUMMARY = "samenvatting"
    MELDPLICHT = "meldplicht"


@dataclass(frozen=True)
class FieldMeta:
    """What a field is, kept on the field itself so no list elsewhere can forget one.

    ``free_text`` fields are walked by the anonymiser, the leak check and the objectivity hints;
    ``docs`` says which outputs show the field; ``internal`` fields (ids, timestamps) are never shown.
    ``label`` is the Dutch label the app, the documents and the error messages use: its text lives in
    ``data/labels.toml`` under the field's path and is filled in when :data:`FIELD_META` is built.
    """

    step: CaseStep | None = None
    free_text: bool = False
    docs: frozenset[Use] = frozenset()
    internal: bool = False
    label: str = ""


def _free(step: CaseStep, *docs: Use) -> FieldMeta:
    return FieldMeta(step, free_text=True, docs=frozenset(docs))


def _value(step: CaseStep | None, *docs: Use) -> FieldMeta:
    return FieldMeta(step, free_text=False, docs=frozenset(docs))


_INTERNAL = FieldMeta(internal=True)
VK, KB, OG, SUM, MELD = Use.VK, Use.KINDBESPREKING, Use.OUDERGESPREK, Use.SUMMARY, Use.MELDPLICHT
_SIT, _PER, _SIG, _STR, _PAR, _QO, _ANO, _DOC = tuple(CaseStep)


# Dates a case can hold: a grandparent's birth date to a follow-up decades ahead. Anything outside
# is a typing error, and dates near year 9999 break every computation done with them.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)
# One free text holds at most this many characters (spaCy's own limit for one text).
MAX_TEXT_CHARS = 1_000_000


def date_problem(value: dt.date) -> str | None:
    """Why a date cannot be stored (Dutch), or None. The app and the import use the same range."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        return LABELS.DATE_OUT_OF_RANGE.format(earliest=EARLIEST_DATE.year, latest=LATEST_DATE.year)
    return None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=False)

    @field_validator("*", mode="after")
    @classmethod
    def _sane_values(cls, value: Any, info: ValidationInfo) -> Any:
        """Dates in a sane range and texts of a workable length, for new input. A case already in
        the store is read as it is (``context={"stored": True}``), so it always opens."""
        if info.context and info.context.get("stored"):
            return value
        if isinstance(value, dt.date):
            problem = date_problem(value)
            if problem:
                raise ValueError(problem)
        elif isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
            raise ValueError(LABELS.TEXT_TOO_LONG.format(limit=f"{MAX_TEXT_CHARS:,}".replace(",", ".")))
        return value


class Person(_Model):
    """Someone involved (betrokkene). ``pseudonym`` empty means: propose one from the role."""

    id: Annotated[str, _INTERNAL] = Field(default_factory=new_id)
    # The registered name: what the anonymiser removes, never itself a text to anonymise.
    name: Annotated[str, _value(_PER, OG), Field(min_length=1, max_length=200)]
    role: Annotated[Role, _value(_PER, VK, KB, OG, SUM, MELD)]
    role_detail: Annotated[str, _free(_PER, VK, KB, OG, MELD)] = ""
    birth_date: Annotated[dt.date | None, _value(_PER, VK, KB)] = None
    pseudonym: Annotated[str, _value(_PER, VK, KB, SUM)] = ""

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(LABELS.NAME_EMPTY)
        return value.strip()


class Mark(_Model):
    """One injury or mark on the body map of a signal: where (side, body part, the child's left or right),
    what it looks like, when and by whom it was seen, and what the child and the parents said about it.
    No photographs: casusprep stores none. Who saw it is a role, never a name."""

    id: Annotated[str, _INTERNAL] = Field(default_factory=new_id)
    side: Annotated[BodySide, _value(_SIG, VK, KB, SUM)]
    part: Annotated[BodyPart, _value(_SIG, VK, KB, SUM)]
    laterality: Annotated[Laterality, _value(_SIG, VK, KB, SUM)] = Laterality.MIDDLE
    colour: Annotated[MarkColour | None, _value(_SIG, VK, KB, SUM)] = None
    size_cm: Annotated[float | None, _value(_SIG, VK, KB, SUM)] = Field(default=None, gt=0, le=200)
    shape: Annotated[MarkShape | None, _value(_SIG, VK, KB, SUM)] = None
    seen_on: Annotated[dt.date | None, _value(_SIG, VK, KB, SUM)] = None
    seen_at: Annotated[dt.time | None, _value(_SIG, VK, KB, SUM)] = None
    seen_by: Annotated[Witness | None, _value(_SIG, VK, KB, SUM)] = None
    child_said: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""
    parents_said: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""
    description: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""

    @model_validator(mode="after")
    def _a_place_on_the_body(self) -> Mark:
        sides, paired = BODY_PARTS[self.part]
        if self.side not in sides:
            raise ValueError(LABELS.MARK_WRONG_SIDE)
        if paired and self.laterality is Laterality.MIDDLE:
            raise ValueError(LABELS.MARK_LEFT_OR_RIGHT)
        return self


class Signal(_Model):
    """One registered signal, with the fields of the registration slide and KiMiWa's
    "zien - afstand nemen": what I saw and heard is kept apart from what I think and feel.

    Need-to-know is decided per signal: by default the school sees the observation but not what the
    coach thinks or feels, and what a third party told (``told_by``) is not put forward to the parents
    unless the coach chooses so (``share_parents``).
    """

    id: Annotated[str, _INTERNAL] = Field(default_factory=new_id)
    date: Annotated[dt.date | None, _value(_SIG, VK, KB, OG, SUM, MELD)] = None
    situation: Annotated[str, _free(_SIG, VK, KB, OG, SUM)] = ""
    observation: Annotated[str, _free(_SIG, VK, KB, OG, SUM, MELD)] = ""
    present: Annotated[str, _free(_SIG, VK, KB)] = ""
    # The child's own words, literally, with the question asked just before and who heard it: what the
    # child said stands on its own later only when the reader can see it was not put in its mouth.
    child_question: Annotated[str, _free(_SIG, VK, KB, OG, SUM)] = ""
    child_words: Annotated[str, _free(_SIG, VK, KB, OG, SUM)] = ""
    child_words_present: Annotated[str, _free(_SIG, VK, KB)] = ""
    trigger: Annotated[str, _free(_SIG, VK, KB)] = ""
    consequences: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""
    discussed_with: Annotated[str, _free(_SIG, VK, MELD)] = ""
    parents_reaction: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""
    # The body map: every injury or mark seen, several per signal.
    marks: Annotated[list[Mark], _value(_SIG, VK, KB, SUM)] = Field(default_factory=list)
    follow_up: Annotated[bool, _value(_SIG, VK)] = False
    follow_up_note: Annotated[str, _free(_SIG, VK)] = ""
    interpretation: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""
    gut_feeling: Annotated[str, _free(_SIG, VK, KB, SUM)] = ""
    # Hearsay: the id of the betrokkene who told this (empty: seen or heard by the coach or her team).
    told_by: Annotated[str, _value(_SIG, VK, KB, OG)] = ""
    share_school: Annotated[bool, _value(_SIG, KB)] = True
    share_school_interpretation: Annotated[bool, _value(_SIG, KB)] = False
    share_school_gut_feeling: Annotated[bool, _value(_SIG, KB)] = False
    # None: the default, own observations yes and what a third party told no.
    share_parents: Annotated[bool | None, _value(_SIG, OG)] = None

    def hearsay(self) -> bool:
        return bool(self.told_by)

    def for_parents(self) -> bool:
        """Put forward in the parent conversation: chosen per signal, by default only what was seen first-hand."""
        if self.share_parents is not None:
            return self.share_parents
        return not self.hearsay()


class Strengths(_Model):
    """Krachten en inzet: always part of a nuanced picture."""

    child: Annotated[str, _free(_STR, VK, KB, OG, SUM)] = ""
    parents: Annotated[str, _free(_STR, VK, KB, OG, SUM)] = ""
    context: Annotated[str, _free(_STR, VK, KB, OG, SUM)] = ""


class Needs(_Model):
    """The three-step method: what the child needs, what the parents need, what childcare can
    and cannot offer; plus the needs read behind the behaviour."""

    behind_behaviour: Annotated[str, _free(_STR, VK, KB, SUM)] = ""
    child: Annotated[str, _free(_STR, VK, KB, SUM)] = ""
    parents: Annotated[str, _free(_STR, VK, KB, SUM)] = ""
    childcare_can_offer: Annotated[str, _free(_STR, VK, KB, OG, SUM)] = ""
    childcare_cannot_offer: Annotated[str, _free(_STR, VK, KB, OG, SUM)] = ""


class ParentsView(_Model):
    """The parents' perspective: spoken to early, asked what it means to them, informed."""

    spoken_to: Annotated[bool | None, _value(_PAR, VK, KB, SUM, MELD)] = None
    spoken_to_on: Annotated[dt.date | None, _value(_PAR, VK, KB, MELD)] = None
    their_meaning: Annotated[str, _free(_PAR, VK, KB, OG, SUM)] = ""
    informed_about_consultation: Annotated[bool | None, _value(_PAR, VK, KB, SUM)] = None
    consent_to_share: Annotated[bool | None, _value(_PAR)] = None
    notes: Annotated[str, _free(_PAR, VK, KB)] = ""


class Overview(_Model):
    """The three-column mapping and the scale of the consultation."""

    worries: Annotated[str, _free(_QO, VK, OG, SUM)] = ""
    going_well: Annotated[str, _free(_QO, VK, SUM)] = ""
    must_happen: Annotated[str, _free(_QO, VK, SUM)] = ""
    scale: Annotated[int | None, _value(_QO, VK, SUM)] = Field(default=None, ge=0, le=10)


class Action(_Model):
    """Something done or still to do; open actions show up on the home screen."""

    id: Annotated[str, _INTERNAL] = Field(default_factory=new_id)
    description: Annotated[str, _free(_QO, VK, KB, OG, MELD), Field(min_length=1)]
    due: Annotated[dt.date | None, _value(_QO, VK, KB, OG, MELD)] = None
    done: Annotated[bool, _value(_QO, VK, KB, OG, MELD)] = False  # the draft lists open actions


class SharingChecks(_Model):
    """The "Share with care" conditions for a cross-team child discussion."""

    purpose: Annotated[str, _free(_DOC, KB)] = ""
    same_purpose: Annotated[bool, _value(_DOC, KB)] = False
    necessary_and_relevant: Annotated[bool, _value(_DOC, KB)] = False
    need_to_know: Annotated[bool, _value(_DOC, KB)] = False
    parents_informed: Annotated[
        bool,
        _value(_DOC, KB),
    ] = False
    supervisor_approved: Annotated[bool, _value(_DOC, KB)] = False
    questions_for_other_team: Annotated[str, _free(_DOC, KB)] = ""

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

    goal: Annotated[str, _free(_DOC, OG)] = ""
    attendees: Annotated[str, _free(_DOC, OG)] = ""
    both_parents_invited: Annotated[bool, _value(_DOC, OG)] = False
    place: Annotated[str, _free(_DOC, OG)] = ""
    when: Annotated[str, _free(_DOC, OG)] = ""
    questions_for_parents: Annotated[str, _free(_DOC, OG)] = ""
    referrals: Annotated[str, _free(_DOC, OG)] = ""
    agreements: Annotated[str, _free(_DOC, OG)] = ""


class AnonymisationReview(_Model):
    """The coach's decisions on the automatic anonymisation, kept with the case and reused.

    Decisions are keyed by the detected text (case-insensitive), not by offsets, so they
    survive edits of the surrounding text.
    """

    date_mode: Annotated[DateMode, _value(_ANO)] = DateMode.RELATIVE
    # detections the coach keeps as text
    rejected: Annotated[list[str], _value(_ANO)] = Field(default_factory=list)
    # extra text the coach wants removed
    extra: Annotated[list[str], _value(_ANO)] = Field(default_factory=list)
    # mention -> chosen replacement
    replacements: Annotated[dict[str, str], _value(_ANO)] = Field(default_factory=dict)
    # Indirect identifiers (a rare profession, the ages of the siblings ...): the detail as written -> the more
    # general wording the coach chose, which replaces it in every document; and the ones she left as they are.
    generalised: Annotated[dict[str, str], _value(_ANO)] = Field(default_factory=dict)
    left_as_is: Annotated[list[str], _value(_ANO)] = Field(default_factory=list)


class Asker(StrEnum):
    """Who asks the VK for advice: a role, never a name."""

    COACH = "pedagogisch_coach"
    MANAGER = "verantwoordelijke"
    CAREGIVER = "kinderbegeleider"
    CHILDMINDER = "onthaalouder"
    OTHER = "andere"


class Case(_Model):
    """A casus. Content is encrypted at rest by the store; only status and dates are indexed."""

    schema_version: Annotated[int, _INTERNAL] = SCHEMA_VERSION
    id: Annotated[str, _INTERNAL] = Field(default_factory=new_id)
    # Working title for the coach's own list (encrypted, never exported, so not a text to anonymise).
    title: Annotated[str, _value(_SIT)] = ""
    created_at: Annotated[datetime, _INTERNAL] = Field(default_factory=now)
    updated_at: Annotated[datetime, _INTERNAL] = Field(default_factory=now)
    status: Annotated[Status, _value(None)] = Status.OPEN
    closed_on: Annotated[dt.date | None, _value(None)] = None

    # Situatie
    child_in_danger_now: Annotated[bool | None, _value(_SIT, VK, SUM)] = None
    asker: Annotated[Asker | None, _value(_SIT, VK, SUM)] = None
    setting: Annotated[Setting | None, _value(_SIT, VK, KB, SUM, MELD)] = None
    setting_detail: Annotated[str, _free(_SIT, MELD)] = ""
    organiser_type: Annotated[OrganiserType | None, _value(_SIT, VK, KB)] = None
    situation_kind: Annotated[SituationKind | None, _value(_SIT, VK, KB, OG, SUM, MELD)] = None
    gog_direction: Annotated[GogDirection | None, _value(_SIT, VK, KB, SUM, MELD)] = None
    nature: Annotated[list[Nature], _value(_SIT, VK, KB, SUM, MELD)] = Field(default_factory=list)
    form: Annotated[list[Form], _value(_SIT, VK, KB, SUM, MELD)] = Field(default_factory=list)
    urgency: Annotated[Urgency | None, _value(_SIT, VK, SUM)] = None
    crisis: Annotated[bool, _value(_SIT, VK, SUM, MELD)] = False

    persons: Annotated[list[Person], _value(_PER, VK, KB, OG, SUM, MELD)] = Field(default_factory=list)
    signals: Annotated[list[Signal], _value(_SIG, VK, KB, OG, SUM, MELD)] = Field(default_factory=list)
    strengths: Strengths = Field(default_factory=Strengths)
    needs: Needs = Field(default_factory=Needs)
    parents: ParentsView = Field(default_factory=ParentsView)
    overview: Overview = Field(default_factory=Overview)
    question: Annotated[str, _free(_QO, VK, KB, SUM)] = ""
    actions_taken: Annotated[str, _free(_QO, VK, KB, SUM, MELD)] = ""
    actions: Annotated[list[Action], _value(_QO, VK, OG, MELD)] = Field(default_factory=list)
    next_follow_up: Annotated[dt.date | None, _value(_QO, VK, KB, OG, MELD)] = None
    sharing: SharingChecks = Field(default_factory=SharingChecks)
    parent_meeting: ParentMeeting = Field(default_factory=ParentMeeting)
    anonymisation: AnonymisationReview = Field(default_factory=AnonymisationReview)
    # Where the coach left the case in the app (it reopens there); not shown in any document.
    last_step: Annotated[int, _INTERNAL, Field(ge=0)] = 0

    @model_validator(mode="after")
    def _gog_direction_only_for_gog(self) -> Case:
        if self.situation_kind is not SituationKind.GOG and self.gog_direction is not None:
            raise ValueError(LABELS.GOG_DIRECTION_ONLY_FOR_GOG)
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
        dated = sorted((s for s in self.signals if s.date), key=lambda s: s.date)  # type: ignore[arg-type,return-value]  # filtered to dated signals above
        return dated + [s for s in self.signals if not s.date]

    def first_signal_date(self) -> dt.date | None:
        dates = [s.date for s in self.signals if s.date]
        return min(dates) if dates else None

    def child(self) -> Person | None:
        """The child the case is about: the first betrokkene with the role 'kind'."""
        return next((p for p in self.persons if p.role is Role.CHILD), None)

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.persons if p.id == person_id), None)

    def open_actions(self) -> list[Action]:
        return [a for a in self.actions if not a.done]

    def touch(self) -> None:
        self.updated_at = now()


def _nested(annotation: Any) -> tuple[type[_Model], bool] | None:
    """The model a field holds, and whether it is a list of them; None for a plain value."""
    if isinstance(annotation, type) and issubclass(annotation, _Model):
        return annotation, False
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, _Model):
            return item, True
    return None


def _walk(model: type[_Model], prefix: str) -> Iterator[tuple[str, FieldMeta | None, Any]]:
    for name, info in model.model_fields.items():
        spec = prefix + name
        meta = next((m for m in info.metadata if isinstance(m, FieldMeta)), None)
        nested = _nested(info.annotation)
        if nested is None:
            yield spec, meta, info.annotation
            continue
        if meta is not None:
            yield spec, meta, info.annotation
        sub, is_list = nested
        yield from _walk(sub, spec + ("[]." if is_list else "."))


def _labelled(spec: str, meta: FieldMeta) -> FieldMeta:
    """The field's metadata with its Dutch label from ``data/labels.toml`` (a test requires one for every field)."""
    if meta.internal:
        return meta
    return replace(meta, label=LABELS.table("fields").get(spec, ""))


# Every field spec of the case, in the model's order: "signals[].observation" is the field of every signal.
FIELD_META: dict[str, FieldMeta] = {
    spec: _labelled(spec, meta) for spec, meta, _ in _walk(Case, "") if meta is not None
}
# Leaf fields without metadata: a test keeps this empty.
UNCLASSIFIED: tuple[str, ...] = tuple(spec for spec, meta, _ in _walk(Case, "") if meta is None)

# Free text, derived from the model: the anonymiser, the leak check and the objectivity hints all walk it.
TEXT_FIELDS: tuple[str, ...] = tuple(spec for spec, meta in FIELD_META.items() if meta.free_text)


def field_specs(use: Use, prefix: str = "", *, free_text: bool | None = None) -> tuple[str, ...]:
    """Field specs that ``use`` shows, under ``prefix`` (e.g. ``"needs."``, ``"signals[]."``), in model order."""
    return tuple(
        spec
        for spec, meta in FIELD_META.items()
        if use in meta.docs
        and spec.startswith(prefix)
        and "." not in spec[len(prefix) :]
        and (free_text is None or meta.free_text is free_text)
    )


def is_union_with_str(annotation: Any) -> bool:
    """True for ``str`` and ``str | None``: the string fields a test requires to be classified."""
    if annotation is str:
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return str in typing.get_args(annotation)
    return False


def string_fields() -> tuple[str, ...]:
    """Every string field of the model (``str`` or ``str | None``), classified or not."""
    return tuple(spec for spec, _meta, annotation in _walk(Case, "") if is_union_with_str(annotation))


def iter_text_fields(case: Case) -> Iterator[tuple[str, str]]:
    """Yield ``(concrete_path, text)`` for every free-text field, e.g. ``signals[2].marks[0].description``.

    The one enumeration of a case's texts: the review, the anonymiser and the export gate all walk it, at
    any depth of nested lists."""
    for spec in TEXT_FIELDS:
        yield from _concrete(case, spec.split("."), "")


def _concrete(obj: Any, parts: list[str], prefix: str) -> Iterator[tuple[str, str]]:
    head, rest = parts[0], parts[1:]
    if not rest:
        yield prefix + head, getattr(obj, head)
        return
    if head.endswith("[]"):
        name = head[:-2]
        for i, item in enumerate(getattr(obj, name)):
            yield from _concrete(item, rest, f"{prefix}{name}[{i}].")
    else:
        yield from _concrete(getattr(obj, head), rest, f"{prefix}{head}.")


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


def field_annotation(model: type[_Model], spec: str) -> Any:
    """The annotation of a field spec (``signals[].date``); None for a spec the model does not have."""
    for name, _meta, annotation in _walk(model, ""):
        if name == spec:
            return annotation
    return None


def spec_of(path: str) -> str:
    """``signals[2].observation`` -> ``signals[].observation`` (the key used for labels)."""
    out = []
    for part in path.split("."):
        out.append(part.split("[")[0] + "[]" if part.endswith("]") else part)
    return ".".join(out)
