"""Every Dutch word the user reads for a model value or field, read from ``data/labels.toml``.

The app, the documents and the command line's error messages take their wording from here, so a
change of phrasing is made once, in the data file.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from enum import StrEnum

from casusprep.case import FIELD_META, BodyPart, BodySide, Laterality, MarkColour, MarkShape, spec_of
from casusprep.data import LABELS


def enum_labels(enum: type[StrEnum]) -> dict[str, str]:
    """The Dutch labels of one enum's values, by value (``[enum.<EnumName>]`` in the data file)."""
    return LABELS.table(f"enum.{enum.__name__}")


def label(value: StrEnum | None, empty: str | None = None) -> str:
    """The Dutch label of an enum value, or ``empty`` ("niet ingevuld" unless given) for a missing one.

    Keyed by the enum too: different enums share values (Setting.OTHER and Role.OTHER are both "andere").
    """
    if value is None:
        return LABELS.NOT_FILLED if empty is None else empty
    return enum_labels(type(value)).get(value.value, str(value))


# Field labels, keyed by field spec ("signals[].observation"): the model's own metadata, its text from the data file.
FIELD_LABELS: dict[str, str] = {spec: meta.label for spec, meta in FIELD_META.items() if meta.label}


def field_label(spec: str) -> str:
    """Dutch label for a field spec or a concrete path like ``signals[2].observation``."""
    key = spec_of(spec)
    return FIELD_LABELS.get(key, key)


def field_location(path: str) -> str:
    """Where a concrete path lives, in words: "Signaal 3 - Letsel 1 - Beschrijving"."""
    where = FIELD_LABELS.get(spec_of(path), spec_of(path))
    for part in reversed(path.split(".")[:-1]):
        if part.endswith("]"):
            name, index = part[:-1].split("[")
            noun = LABELS.table("item").get(name, name)
            where = LABELS.LOCATION.format(noun=noun, number=int(index) + 1, label=where)
    return where


def place_label(side: BodySide, part: BodyPart, laterality: Laterality) -> str:
    """A place on the body map in words: "bovenarm links, voorkant" (left and right are the child's)."""
    if laterality is Laterality.MIDDLE:
        return LABELS.BODY_PLACE_MIDDLE.format(part=label(part), side=label(side))
    return LABELS.BODY_PLACE.format(part=label(part), laterality=label(laterality), side=label(side))


def mark_look(colour: MarkColour | None, size_cm: float | None, shape: MarkShape | None) -> str:
    """What a mark looks like in one line: "blauw · 2,5 cm · ovaal" (only what is filled in)."""
    size = LABELS.MARK_SIZE.format(size=f"{size_cm:g}".replace(".", ",")) if size_cm is not None else ""
    return LABELS.MARK_LOOK_SEPARATOR.join(v for v in (label(colour, ""), size, label(shape, "")) if v)


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
        return LABELS.HISTORY_EMPTY
    if value is True:
        return LABELS.HISTORY_YES
    if value is False:
        return LABELS.HISTORY_NO
    if isinstance(value, list):
        return ", ".join(history_value(path, v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} -> {v}" for k, v in value.items())
    if isinstance(value, str):
        for kind in _enums_of(spec_of(path)):
            try:
                return label(kind(value))
            except ValueError:
                continue
        if _DATE.fullmatch(value):
            return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return str(value)


def age_at(birth_date: dt.date | None, at: dt.date) -> str:
    """A child's age on ``at`` as a coach says it: in months under three years ("18 maanden"), else in years;
    '' when the birth date is unknown or later."""
    if birth_date is None:
        return ""
    months = (at.year - birth_date.year) * 12 + at.month - birth_date.month - (at.day < birth_date.day)
    if months < 0:
        return ""
    if months < 36:
        return (LABELS.AGE_MONTH if months == 1 else LABELS.AGE_MONTHS).format(months=months)
    return LABELS.AGE_YEARS.format(years=months // 12)


def age_text(birth_date: dt.date | None, today: dt.date | None = None) -> str:
    """A child's age today (see :func:`age_at`)."""
    return age_at(birth_date, today or dt.date.today())
