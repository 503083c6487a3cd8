"""Anonymisation API: result types and the two entry points.

This first implementation replaces the case's registered persons (full name and each name
part, case-insensitive, on word boundaries) by their pseudonyms. The NLP engine replaces
:func:`_detect` without changing the signatures.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pydantic import BaseModel

from casusprep.case import Case, DateMode, Person, iter_text_fields, set_path
from casusprep.pseudonyms import effective_pseudonyms


class Detection(BaseModel):
    start: int
    end: int
    text: str
    entity_type: str
    score: float
    recognizer: str
    replacement: str


class AnonymisedText(BaseModel):
    text: str
    detections: list[Detection]


@dataclass
class AnonymisedCase:
    """An anonymised copy of a case plus, per text field, what was found.

    ``case`` is safe to render into a shareable document: persons carry their pseudonym as
    name. ``mapping`` (mention -> replacement) must stay inside the encrypted case.
    """

    case: Case
    fields: dict[str, AnonymisedText] = field(default_factory=dict)
    mapping: dict[str, str] = field(default_factory=dict)
    # Signal id -> "dag 8" or "maart 2024". The copy's own date fields are emptied: documents show these.
    date_labels: dict[str, str] = field(default_factory=dict)

    def date_label(self, signal_id: str) -> str:
        return self.date_labels.get(signal_id, "")


_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def date_label(value: dt.date, first: dt.date | None, mode: DateMode) -> str:
    """A date as anonymised output shows it: relative to the first signal, or month and year."""
    if mode is DateMode.RELATIVE and first is not None:
        return f"dag {(value - first).days + 1}"
    return f"{_MONTHS[value.month - 1]} {value.year}"


def _person_patterns(persons: list[Person]) -> list[tuple[re.Pattern[str], str]]:
    pseudo = effective_pseudonyms(persons)
    pairs: list[tuple[str, str]] = []
    for p in persons:
        pairs.append((p.name, pseudo[p.id]))
        pairs.extend((part, pseudo[p.id]) for part in p.name.split() if len(part) > 1)
    pairs.sort(key=lambda kv: -len(kv[0]))
    return [(re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE), repl) for name, repl in pairs]


def _detect(text: str, persons: list[Person]) -> list[Detection]:
    taken: list[Detection] = []
    for pattern, repl in _person_patterns(persons):
        for m in pattern.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in taken):
                continue
            taken.append(
                Detection(
                    start=m.start(),
                    end=m.end(),
                    text=m.group(0),
                    entity_type="PERSON",
                    score=1.0,
                    recognizer="registered_persons",
                    replacement=repl,
                )
            )
    return sorted(taken, key=lambda d: d.start)


def _apply(text: str, detections: list[Detection]) -> str:
    out, last = [], 0
    for d in detections:
        out.append(text[last : d.start])
        out.append(d.replacement)
        last = d.end
    out.append(text[last:])
    return "".join(out)


def anonymise_text(text: str, persons: list[Person] | None = None) -> AnonymisedText:
    detections = _detect(text, persons or [])
    return AnonymisedText(text=_apply(text, detections), detections=detections)


def anonymise_case(case: Case) -> AnonymisedCase:
    """Anonymise every free-text field of a case consistently, and pseudonymise its persons."""
    copy = case.model_copy(deep=True)
    result = AnonymisedCase(case=copy)
    for path, text in list(iter_text_fields(case)):
        if not text:
            continue
        done = anonymise_text(text, case.persons)
        result.fields[path] = done
        for d in done.detections:
            result.mapping[d.text] = d.replacement
        set_path(copy, path, done.text)
    pseudo = effective_pseudonyms(case.persons)
    for p in copy.persons:
        p.name = pseudo[p.id]
        p.birth_date = None
    first = case.first_signal_date()
    copy.signals = copy.signals_in_order()  # keep the chronology once the dates are gone
    for s in copy.signals:
        if s.date is not None:
            result.date_labels[s.id] = date_label(s.date, first, case.anonymisation.date_mode)
            s.date = None
    # Exact dates identify: the anonymised copy keeps none of them.
    copy.parents.spoken_to_on = None
    copy.next_follow_up = None
    copy.closed_on = None
    for a in copy.actions:
        a.due = None
    copy.title = ""
    return result
