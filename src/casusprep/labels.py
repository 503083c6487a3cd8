"""Every Dutch word the user reads for a model value or field: one place, Flemish register.

The app, the documents and the command line's error messages take their wording from here, so a
change of phrasing is made once.
"""

from __future__ import annotations

import functools
import re
import typing
from enum import StrEnum

from casusprep.case import (
    FIELD_META,
    Asker,
    CaseStep,
    Confidentiality,
    DateMode,
    Form,
    GogDirection,
    Nature,
    OrganiserType,
    Role,
    Setting,
    SituationKind,
    Status,
    Urgency,
    Use,
)

# Pairs, not a dict literal: different enums share values (Setting.OTHER and Role.OTHER are both "andere").
_ENUM_LABEL_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Setting.KINDERDAGVERBLIJF, "Kinderdagverblijf"),
    (Setting.ONTHAALOUDER, "Onthaalouder"),
    (Setting.KLEUTEROPVANG, "Kleuteropvang"),
    (Setting.BUITENSCHOOLSE_OPVANG, "Buitenschoolse opvang / IBO"),
    (Setting.OTHER, "Andere opvang"),
    (OrganiserType.OCMW, "Georganiseerd door een OCMW (beroepsgeheim)"),
    (OrganiserType.NOT_OCMW, "Niet door een OCMW georganiseerd (discretieplicht)"),
    (Confidentiality.BEROEPSGEHEIM, "beroepsgeheim"),
    (Confidentiality.DISCRETIEPLICHT, "discretieplicht"),
    (SituationKind.VERONTRUSTING, "Verontrusting in de thuissituatie"),
    (SituationKind.GOG, "Grensoverschrijdend gedrag (GOG) in de opvang"),
    (GogDirection.CHILD_TO_CHILD, "kind t.a.v. kind(eren)"),
    (GogDirection.STAFF_TO_CHILD, "medewerker t.a.v. kind"),
    (GogDirection.EXTERNAL_TO_CHILD, "externe t.a.v. kind"),
    (GogDirection.CHILD_TO_STAFF, "kind t.a.v. medewerker"),
    (GogDirection.STAFF_TO_STAFF, "medewerker t.a.v. medewerker in aanwezigheid van kinderen"),
    (GogDirection.EXTERNAL_TO_STAFF, "externe t.a.v. medewerker"),
    (Nature.PHYSICAL, "fysiek / lichamelijk"),
    (Nature.EMOTIONAL, "emotioneel"),
    (Nature.SEXUAL, "seksueel"),
    (Form.ACTIVE, "actief (mishandeling)"),
    (Form.PASSIVE, "passief (verwaarlozing)"),
    (Urgency.ACUTE, "acuut"),
    (Urgency.CHRONIC, "chronisch"),
    (Urgency.UNCLEAR, "onduidelijk"),
    (Asker.COACH, "pedagogisch coach"),
    (Asker.MANAGER, "verantwoordelijke"),
    (Asker.CAREGIVER, "kinderbegeleider"),
    (Asker.CHILDMINDER, "onthaalouder"),
    (Asker.OTHER, "andere medewerker van de opvang"),
    (Role.CHILD, "kind"),
    (Role.MOTHER, "moeder"),
    (Role.FATHER, "vader"),
    (Role.STEP_PARENT, "plusouder"),
    (Role.BROTHER, "broer"),
    (Role.SISTER, "zus"),
    (Role.GRANDPARENT, "grootouder"),
    (Role.CAREGIVER, "begeleider"),
    (Role.MANAGER, "verantwoordelijke"),
    (Role.TEACHER, "leerkracht"),
    (Role.CLB, "CLB-medewerker"),
    (Role.OTHER, "andere"),
    (Status.OPEN, "open"),
    (Status.FOLLOW_UP, "in opvolging"),
    (Status.CLOSED, "afgesloten"),
    (DateMode.RELATIVE, "relatief (dag 1, dag 8 ...)"),
    (DateMode.MONTH_YEAR, "maand en jaar"),
    (CaseStep.SITUATION, "Situatie"),
    (CaseStep.PERSONS, "Betrokkenen"),
    (CaseStep.SIGNALS, "Signalen"),
    (CaseStep.STRENGTHS_NEEDS, "Krachten en noden"),
    (CaseStep.PARENTS, "Ouders"),
    (CaseStep.QUESTION_OVERVIEW, "Vraag en overzicht"),
    (CaseStep.ANONYMISE, "Anonimiseren"),
    (CaseStep.DOCUMENTS, "Documenten"),
    (Use.VK, "VK-consult"),
    (Use.KINDBESPREKING, "Teamoverschrijdende kindbespreking"),
    (Use.OUDERGESPREK, "Plan van aanpak oudergesprek"),
    (Use.SUMMARY, "Geanonimiseerde samenvatting"),
    (Use.MELDPLICHT, "Ontwerp van de melding aan Opgroeien"),
)
ENUM_LABELS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _ENUM_LABEL_PAIRS}


def label(value: StrEnum | None, empty: str = "niet ingevuld") -> str:
    """The Dutch label of an enum value, or ``empty`` for a missing one."""
    if value is None:
        return empty
    return ENUM_LABELS.get((type(value), value.value), str(value))


# Field labels, keyed by field spec ("signals[].observation"): derived from the model's own metadata.
FIELD_LABELS: dict[str, str] = {spec: meta.label for spec, meta in FIELD_META.items() if meta.label}


def field_label(spec: str) -> str:
    """Dutch label for a field spec or a concrete path like ``signals[2].observation``."""
    from casusprep.case import spec_of

    key = spec_of(spec)
    return FIELD_LABELS.get(key, key)


def field_location(path: str) -> str:
    """Where a concrete path lives, in words: "Signaal 3 - Wat heb ik gezien en gehoord?"."""
    from casusprep.case import spec_of

    head = path.split(".")[0]
    prefix = ""
    if head.endswith("]"):
        name, index = head[:-1].split("[")
        noun = {"signals": "Signaal", "persons": "Betrokkene", "actions": "Actie"}.get(name, name)
        prefix = f"{noun} {int(index) + 1} - "
    return prefix + FIELD_LABELS.get(spec_of(path), spec_of(path))


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@functools.cache
def _enums_of(spec: str) -> tuple[type[StrEnum], ...]:
    """The enum types a field can hold (its annotation, through Optional and list)."""
    from casusprep.case import Case, field_annotation

    annotation = field_annotation(Case, spec)
    found: list[type[StrEnum]] = []
    pending = [annotation]
    while pending:
        current = pending.pop()
        if isinstance(current, type) and issubclass(current, StrEnum):
            found.append(current)
        pending.extend(typing.get_args(current))
    return tuple(found)


def history_value(path: str, value: object) -> str:
    """A value as the case's history stored it (JSON), in the words the coach knows from the form."""
    if value is None or value == "" or value == []:
        return "(leeg)"
    if value is True:
        return "ja"
    if value is False:
        return "nee"
    if isinstance(value, list):
        return ", ".join(history_value(path, v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} -> {v}" for k, v in value.items())
    if isinstance(value, str):
        from casusprep.case import spec_of

        for kind in _enums_of(spec_of(path)):
            try:
                return label(kind(value))
            except ValueError:
                continue
        if _DATE.fullmatch(value):
            return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return str(value)


def age_text(birth_date, today=None) -> str:
    """A child's age as a coach says it: in months under three years ("18 maanden"), else in years."""
    import datetime as dt

    today = today or dt.date.today()
    if birth_date is None or birth_date > today:
        return ""
    months = (today.year - birth_date.year) * 12 + today.month - birth_date.month - (today.day < birth_date.day)
    if months < 36:
        return "1 maand" if months == 1 else f"{months} maanden"
    return f"{months // 12} jaar"
