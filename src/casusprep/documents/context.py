"""The values the templates show: every case field turned into finished Dutch text.

Why here and not in the templates: an organisation restyles the templates in Word and should only
meet simple tags (``{{ question }}``, ``{{ s.observation }}``). Formatting rules (Belgian dates,
enum labels from :mod:`casusprep.labels`, "(niet ingevuld)" for empty fields, ja/nee) live in code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from docxtpl import Listing

from casusprep.case import Case, SituationKind
from casusprep.labels import label

NOT_FILLED = "(niet ingevuld)"

# Characters XML 1.0 cannot hold (and \a, \f that docxtpl's Listing would turn into paragraph or page breaks).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(value: str) -> str:
    return _INVALID_XML.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def text(value: str | None, empty: str = NOT_FILLED) -> Listing:
    """Free text for a template: escaped, line breaks kept, a blank line starts a new paragraph."""
    cleaned = clean(value or "")
    if not cleaned:
        return Listing(empty)
    return Listing(re.sub(r"\n\s*\n+", "\a", cleaned))


def be_date(value: dt.date | None, empty: str = NOT_FILLED) -> str:
    """Belgian notation: dd/mm/jjjj."""
    return value.strftime("%d/%m/%Y") if value else empty


def yes_no(value: bool | None) -> str:
    if value is None:
        return NOT_FILLED
    return "ja" if value else "nee"


def enum_list(values: Iterable[StrEnum]) -> str:
    labels = [label(v) for v in values]
    return ", ".join(labels) if labels else NOT_FILLED


def _check(value: bool) -> str:
    return "☒ ja" if value else "☐ nee"


def _meldplicht(case: Case) -> dict[str, Any] | None:
    """The reporting duty to Opgroeien, from the procedures data (no names: roles and rules only)."""
    from casusprep.procedures import meldplicht_for

    advice = meldplicht_for(case)
    if advice is None:
        return None
    return {"summary": advice.summary, "how": list(advice.how), "in_doubt": advice.in_doubt}


def _nazorg() -> list[dict[str, Any]]:
    """Aftercare points from the procedures data, for the plan of the parent conversation."""
    from casusprep.procedures import nazorg

    return [{"title": section.titel, "points": list(section.punten)} for section in nazorg()]


def build_context(
    case: Case,
    *,
    signal_dates: dict[str, str] | None = None,
    anonymised: bool,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Template values for one case.

    ``case`` is the anonymised copy for the VK and kindbespreking documents (persons carry their
    pseudonym as name, exact dates are gone) and ``signal_dates`` its date labels ("dag 8"); for the
    parent conversation it is the case itself and dates are shown as dd/mm/jjjj.
    """
    signal_dates = signal_dates or {}
    signals = []
    for number, s in enumerate(case.signals_in_order() if not anonymised else case.signals, start=1):
        when = signal_dates.get(s.id) or be_date(s.date, "(datum niet ingevuld)")
        note = clean(s.follow_up_note)
        follow = ("ja" if s.follow_up else "nee") + (f": {note}" if note else "")
        signals.append(
            {
                "number": number,
                "when": when,
                "situation": text(s.situation),
                "observation": text(s.observation),
                "present": text(s.present),
                "trigger": text(s.trigger),
                "consequences": text(s.consequences),
                "discussed_with": text(s.discussed_with),
                "parents_reaction": text(s.parents_reaction),
                "follow_up": text(follow),
                "interpretation": text(s.interpretation),
                "gut_feeling": text(s.gut_feeling),
            }
        )
    persons = [{"name": text(p.name), "role": label(p.role), "detail": text(p.role_detail, "")} for p in case.persons]
    actions = [
        {
            "description": text(a.description),
            "due": be_date(a.due, "") if not anonymised else "",
            "state": "gedaan" if a.done else "nog te doen",
        }
        for a in case.actions
    ]
    gog = case.situation_kind is SituationKind.GOG
    scale = case.overview.scale
    return {
        "today": be_date(today or dt.date.today()),
        "date_note": (
            "relatief: dag 1 is de datum van het eerste signaal"
            if any(v.startswith("dag ") for v in signal_dates.values())
            else "enkel maand en jaar"
            if signal_dates
            else "geen exacte datums"
        ),
        "question": text(case.question),
        "setting": label(case.setting, NOT_FILLED),
        "confidentiality": label(case.confidentiality, NOT_FILLED),
        "situation_kind": label(case.situation_kind, NOT_FILLED),
        "gog_direction": label(case.gog_direction, NOT_FILLED) if gog else "niet van toepassing",
        "nature": enum_list(case.nature),
        "form": enum_list(case.form),
        "urgency": label(case.urgency, NOT_FILLED),
        "crisis": yes_no(case.crisis),
        "child_in_danger_now": yes_no(case.child_in_danger_now),
        "meldplicht": _meldplicht(case),
        "nazorg": _nazorg(),
        "persons": persons,
        "signals": signals,
        "strengths": {
            "child": text(case.strengths.child),
            "parents": text(case.strengths.parents),
            "context": text(case.strengths.context),
        },
        "needs": {
            "behind_behaviour": text(case.needs.behind_behaviour),
            "child": text(case.needs.child),
            "parents": text(case.needs.parents),
            "can_offer": text(case.needs.childcare_can_offer),
            "cannot_offer": text(case.needs.childcare_cannot_offer),
        },
        "parents": {
            "spoken_to": yes_no(case.parents.spoken_to),
            "spoken_to_on": be_date(case.parents.spoken_to_on),
            "their_meaning": text(case.parents.their_meaning),
            "informed": yes_no(case.parents.informed_about_consultation),
            "notes": text(case.parents.notes),
        },
        "overview": {
            "worries": text(case.overview.worries),
            "going_well": text(case.overview.going_well),
            "must_happen": text(case.overview.must_happen),
            "scale": f"{scale} op 10" if scale is not None else NOT_FILLED,
        },
        "actions_taken": text(case.actions_taken),
        "actions": actions,
        "next_follow_up": be_date(case.next_follow_up),
        "sharing": {
            "purpose": text(case.sharing.purpose),
            "questions": text(case.sharing.questions_for_other_team),
        },
        "checks": {
            "same_purpose": _check(case.sharing.same_purpose),
            "necessary_and_relevant": _check(case.sharing.necessary_and_relevant),
            "need_to_know": _check(case.sharing.need_to_know),
            "parents_informed": _check(case.sharing.parents_informed),
            "supervisor_approved": _check(case.sharing.supervisor_approved),
        },
        "sharing_all_met": case.sharing.all_met(),
        "meeting": {
            "goal": text(case.parent_meeting.goal),
            "attendees": text(case.parent_meeting.attendees),
            "both_invited": yes_no(case.parent_meeting.both_parents_invited),
            "both_invited_yes": case.parent_meeting.both_parents_invited,
            "place": text(case.parent_meeting.place),
            "when": text(case.parent_meeting.when),
            "questions": text(case.parent_meeting.questions_for_parents),
            "referrals": text(case.parent_meeting.referrals),
            "agreements": text(case.parent_meeting.agreements),
        },
    }
