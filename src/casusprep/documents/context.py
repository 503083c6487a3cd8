"""The values the templates show: every case field turned into finished Dutch text, per document.

Why here and not in the templates: an organisation restyles the templates in Word and should only
meet simple tags (``{{ question }}``, ``{{ r.value }}``). Formatting rules (Belgian dates, ages,
enum labels from :mod:`casusprep.labels`, "(niet ingevuld)" for empty fields, ja/nee) and the
need-to-know choices live in code; their Dutch words in ``documents/data/texts.toml``.

Which free-text fields a document shows comes from the case model's field metadata
(:data:`casusprep.case.FIELD_META`): a group such as ``needs`` holds exactly the fields whose metadata
names the document, and the rows of a signal are derived the same way. Each document gets only the
values it shows, so the template check can require every one of them to be in the template.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from docxtpl import Listing

from casusprep.case import Case, Mark, Person, Role, Signal, SituationKind, Use, field_specs
from casusprep.documents.texts import DOC
from casusprep.labels import FIELD_LABELS, age_at, label

if TYPE_CHECKING:
    from casusprep.anonymise import AnonymisedCase

NOT_FILLED = DOC.NOT_FILLED
OBSERVATION_FILL = "DDEBF7"  # facts: cool blue
INTERPRETATION_FILL = "FFF2CC"  # what I think / feel: warm amber
LABEL_FILL = "EEF2F6"

# Characters XML 1.0 cannot hold (and \a, \f that docxtpl's Listing would turn into paragraph or page breaks).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Contact details a third party gave: never in the plan for the parent conversation.
_CONTACT = re.compile(
    r"(?i)(?:\b(?:tel(?:efoon)?|gsm|mobiel|e-?mail|mail)\b\.?:?\s*)?"
    r"(?:(?:\+32|0032|0)[\s./-]?\(?\d{1,3}\)?(?:[\s./-]?\d{2,3}){2,4}(?!\d)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\[(?:telefoonnummer|e-mail|adres|website)\])",  # what the anonymiser left in their place says nothing
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_SHORT_LINE = 140


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
    return DOC.YES if value else DOC.NO


def enum_list(values: Iterable[StrEnum]) -> str:
    labels = [label(v) for v in values]
    return ", ".join(labels) if labels else ""


def action_state(done: bool) -> str:
    return DOC.DONE if done else DOC.TO_DO


def _check(value: bool) -> str:
    return DOC.CHECKED if value else DOC.UNCHECKED


def without_contact_details(value: str) -> str:
    """A role description without phone numbers or e-mail addresses (and the punctuation left dangling)."""
    stripped = _CONTACT.sub("", value)
    stripped = re.sub(r"\(\s*[,;/]?\s*\)", "", stripped)
    stripped = re.sub(r"\s*[,;/]\s*(?=[,;/]|$)", "", stripped)
    return re.sub(r"\s{2,}", " ", stripped).strip(" ,;/-")


def first_line(value: str, limit: int = _SHORT_LINE) -> str:
    """The first sentence of a text, shortened to one line of a chronology."""
    cleaned = " ".join(clean(value).split())
    sentence = _SENTENCE_END.split(cleaned, maxsplit=1)[0] if cleaned else ""
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return sentence


def revision_line(revision: int | None) -> str:
    """The footer's note of the stored case revision a document was made from ('' for an unsaved case),
    so a document on the table can be matched to the case's history."""
    return DOC.REVISION_LINE.format(revision=revision) if revision else ""


def child_age(case: Case, today: dt.date) -> str:
    """The child's age at the first signal (or today, without signals), '' when the birth date is unknown."""
    child = case.child()
    if child is None or child.birth_date is None:
        return ""
    at = case.first_signal_date() or today
    age = age_at(child.birth_date, at)
    if not age:
        return ""
    return DOC.AGE_AT_FIRST_SIGNAL.format(age=age) if case.first_signal_date() else age


def since_when(case: Case, today: dt.date) -> str:
    """How long there has been worry, without a single exact date."""
    dates = sorted(s.date for s in case.signals if s.date)
    if not dates:
        return NOT_FILLED
    first, last = dates[0], dates[-1]
    count = len(case.signals)
    span = (last - first).days + 1
    spread = (DOC.ONE_SIGNAL if count == 1 else DOC.SIGNALS).format(count=count) + (
        DOC.SIGNALS_SPAN.format(days=span) if count > 1 else ""
    )
    days = (today - first).days
    if days < 0:
        return spread[0].upper() + spread[1:] + "."
    if days < 14:
        ago = (DOC.ONE_DAY if days == 1 else DOC.DAYS).format(days=days)
    elif days < 90:
        ago = DOC.ABOUT_WEEKS.format(weeks=days // 7)
    else:
        ago = DOC.ABOUT_MONTHS.format(months=days // 30)
    return DOC.SINCE.format(ago=ago, spread=spread)


def source_role(person: Person | None) -> str:
    """Who told it, as a role: the betrokkene's role description, never a name or a contact detail."""
    if person is None:
        return DOC.SOMEONE_ELSE
    detail = without_contact_details(clean(person.role_detail))
    if person.role is Role.OTHER:
        return detail or DOC.SOMEONE_ELSE
    return label(person.role) + (f" ({detail})" if detail else "")


def _group(view: Case, group: str, use: Use) -> dict[str, Any]:
    """The free-text fields of one group (``needs``, ``strengths`` ...) that ``use`` shows, by attribute name."""
    obj = getattr(view, group)
    out: dict[str, Any] = {}
    for spec in field_specs(use, f"{group}.", free_text=True):
        attr = spec.split(".", 1)[1]
        out[attr] = text(getattr(obj, attr))
    return out


_FILL = {
    "observation": OBSERVATION_FILL,
    "child_question": OBSERVATION_FILL,
    "child_words": OBSERVATION_FILL,
    "interpretation": INTERPRETATION_FILL,
    "gut_feeling": INTERPRETATION_FILL,
}
_QUOTES = "\"'“”„‘’«»"


def quoted(value: str) -> str:
    """Literal words between quotation marks, so the reader sees they are the speaker's, not the coach's
    summary (marks the coach typed herself are not doubled)."""
    cleaned = clean(value)
    if not cleaned:
        return ""
    return f"“{cleaned.strip(_QUOTES).strip()}”"


def child_words_line(s: Signal) -> str:
    """The child's words as one quoted sentence with the question asked just before, for a plan or a list."""
    if not clean(s.child_words):
        return ""
    line = DOC.CHILD_SAID.format(words=quoted(s.child_words))
    if clean(s.child_question):
        line += DOC.CHILD_ASKED.format(question=quoted(s.child_question))
    return line + "."


def _signal_rows(s: Signal, use: Use, leave_out: set[str]) -> list[dict[str, Any]]:
    """Caption, value and caption colour of every field of a signal that ``use`` shows; empty ones left out
    (the observation always stays: it is the point of a signal)."""
    rows = []
    for spec in field_specs(use, "signals[].", free_text=True):
        attr = spec.split(".", 1)[1]
        if attr in leave_out:
            continue
        value = clean(getattr(s, attr))
        if attr in ("child_words", "child_question"):
            value = quoted(value)
        if attr == "follow_up_note":
            if not s.follow_up and not value:
                continue
            caption = FIELD_LABELS["signals[].follow_up"]
            value = yes_no(s.follow_up) + (f": {value}" if value else "")
        else:
            caption = FIELD_LABELS[spec] + DOC.table("caption_suffix").get(attr, "")
        if not value and attr != "observation":
            continue
        rows.append({"label": caption, "value": text(value), "fill": _FILL.get(attr, LABEL_FILL)})
    return rows


def _signals(view: Case, original: Case, labels: dict[str, str], use: Use) -> list[dict[str, Any]]:
    out = []
    chosen = [s for s in view.signals if s.share_school] if use is Use.KINDBESPREKING else list(view.signals)
    for number, s in enumerate(chosen, start=1):
        leave_out: set[str] = set()
        if use is Use.KINDBESPREKING:
            if not s.share_school_interpretation:
                leave_out.add("interpretation")
            if not s.share_school_gut_feeling:
                leave_out.add("gut_feeling")
        hearsay = DOC.HEARSAY.format(who=source_role(original.person(s.told_by))) if s.told_by else ""
        out.append(
            {
                "number": number,
                "when": labels.get(s.id) or DOC.DATE_NOT_FILLED,
                "hearsay": hearsay,
                "rows": _signal_rows(s, use, leave_out),
            }
        )
    return out


def _chronology(view: Case, original: Case, labels: dict[str, str], use: Use) -> list[dict[str, str]]:
    """One line per item of :func:`casusprep.chronology.chronology`, in date order: when (as the anonymised
    documents show dates), what kind, and a short text from the anonymised copy. The kindbespreking holds
    only the signals the coach shares with the school."""
    from casusprep.anonymise.engine import date_label
    from casusprep.chronology import ChronologyKind, chronology

    signals = {s.id: s for s in view.signals}
    actions = {a.id: a for a in view.actions}
    first, mode = original.first_signal_date(), original.anonymisation.date_mode
    out = []
    for item in chronology(original):
        if item.kind is ChronologyKind.SIGNAL:
            s = signals[item.ref]
            if use is Use.KINDBESPREKING and not s.share_school:
                continue
            when = labels.get(s.id, "")
            what = (DOC.HEARSAY_MARK if s.told_by else "") + (
                first_line(s.observation) or first_line(s.situation) or NOT_FILLED
            )
        else:
            when = date_label(item.date, first, mode) if item.date else ""
            if item.kind is ChronologyKind.PARENTS:
                meaning = first_line(view.parents.their_meaning)
                what = DOC.PARENTS_SPOKEN_TO + (DOC.PARENTS_MEANING.format(meaning=meaning) if meaning else "")
            elif item.kind in (ChronologyKind.ACTION, ChronologyKind.CONSULTATION, ChronologyKind.REPORT):
                what = first_line(actions[item.ref].description) + f" ({action_state(bool(item.done))})"
            else:
                what = DOC.NEXT_FOLLOW_UP
        out.append({"when": when or DOC.DATE_NOT_FILLED, "kind": label(item.kind), "what": what})
    return out


def _time(value: dt.time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _mark_look(m: Mark) -> str:
    """Colour, size and shape in one line, the free description under it."""
    from casusprep.labels import mark_look

    look = mark_look(m.colour, m.size_cm, m.shape)
    return "\n".join(v for v in (look, clean(m.description)) if v) or NOT_FILLED


def _body_map(view: Case, labels: dict[str, str], use: Use) -> dict[str, Any] | None:
    """The marks of the signals this document shows, numbered in signal order, with the figure they are
    drawn on. Texts come from the anonymised copy and dates as the anonymised documents show them (the copy
    keeps no exact date; ``labels`` has them by the mark's id); the kindbespreking holds only the marks of the
    signals shared with the school. None without marks."""
    from casusprep.bodymap import place_of
    from casusprep.documents.figure import Figure, body_map_png

    chosen = [s for s in view.signals if s.share_school] if use is Use.KINDBESPREKING else list(view.signals)
    rows: list[dict[str, Any]] = []
    drawn: list[tuple[int, Any]] = []
    for signal_number, s in enumerate(chosen, start=1):
        for m in s.marks:
            place = place_of(m.side, m.part, m.laterality)
            number = len(rows) + 1
            drawn.append((number, place))
            when = ", ".join(v for v in (labels.get(m.id, ""), _time(m.seen_at)) if v)
            rows.append(
                {
                    "number": number,
                    "place": text(DOC.MARK_PLACE.format(place=place.label, signal=signal_number)),
                    "look": text(_mark_look(m)),
                    "seen": text("\n".join(v for v in (when, label(m.seen_by, "")) if v)),
                    "child_said": text(quoted(m.child_said), ""),
                    "parents_said": text(m.parents_said, ""),
                }
            )
    if not rows:
        return None
    return {"figure": Figure(body_map_png(drawn)), "marks": rows}


def _persons(view: Case) -> list[dict[str, Any]]:
    """Name (or pseudonym), role and description; contact details are never part of a description here."""
    return [
        {"name": text(p.name), "role": label(p.role), "detail": text(without_contact_details(clean(p.role_detail)), "")}
        for p in view.persons
    ]


def _parents_view(view: Case, use: Use) -> dict[str, Any]:
    parents = view.parents
    spoken = {True: DOC.SPOKEN_TO_YES, False: DOC.SPOKEN_TO_NO, None: NOT_FILLED}
    informed = {True: DOC.INFORMED_YES, False: DOC.INFORMED_NO, None: NOT_FILLED}
    out = _group(view, "parents", use)
    out["spoken_to"] = spoken[parents.spoken_to]
    out["informed"] = informed[parents.informed_about_consultation]
    return out


def _meldplicht(case: Case) -> dict[str, Any] | None:
    """The reporting duty to Opgroeien, from the procedures data (no names: roles and rules only)."""
    from casusprep.procedures import meldplicht_for

    advice = meldplicht_for(case)
    if advice is None:
        return None
    return {"summary": advice.summary, "how": list(advice.how), "in_doubt": advice.in_doubt}


def _date_note(labels: dict[str, str]) -> str:
    if any(v.startswith("dag ") for v in labels.values()):
        return DOC.DATES_RELATIVE
    if labels:
        return DOC.DATES_MONTH_YEAR
    return DOC.DATES_NONE


def _situation(case: Case) -> dict[str, Any]:
    gog = case.situation_kind is SituationKind.GOG
    return {
        "situation_kind": label(case.situation_kind, NOT_FILLED),
        "gog": gog,
        "gog_direction": label(case.gog_direction, NOT_FILLED) if gog else "",
        "nature": enum_list(case.nature),
        "form": enum_list(case.form),
    }


def vk_context(case: Case, anonymised: AnonymisedCase, today: dt.date) -> dict[str, Any]:
    """The VK-consult: what the counsellor needs first, then the full signals, then the wider picture."""
    view, labels = anonymised.case, anonymised.date_labels
    urgency = label(case.urgency, NOT_FILLED) + (DOC.CRISIS if case.crisis else "")
    asker = label(case.asker, "")
    setting = label(case.setting, NOT_FILLED)
    confidentiality = label(case.confidentiality, "")
    scale = view.overview.scale
    overview = _group(view, "overview", Use.VK)
    overview["scale"] = DOC.SCALE.format(scale=scale) if scale is not None else NOT_FILLED
    return {
        "today": be_date(today),
        "date_note": _date_note(labels),
        "question": text(view.question),
        "danger_now": yes_no(case.child_in_danger_now),
        "urgency": urgency,
        **_situation(case),
        "asker": asker or NOT_FILLED,
        "setting": setting + (f" ({confidentiality})" if confidentiality else ""),
        "child_age": child_age(case, today) or NOT_FILLED,
        "since": since_when(case, today),
        "chronology": _chronology(view, case, labels, Use.VK),
        "persons": _persons(view),
        "signals": _signals(view, case, labels, Use.VK),
        "body_map": _body_map(view, labels, Use.VK),
        "strengths": _group(view, "strengths", Use.VK),
        "needs": _group(view, "needs", Use.VK),
        "parents": _parents_view(view, Use.VK),
        "overview": overview,
        "actions_taken": text(view.actions_taken),
        "actions": [{"description": text(a.description), "state": action_state(a.done)} for a in view.actions],
        "meldplicht": _meldplicht(case),
    }


def kindbespreking_context(case: Case, anonymised: AnonymisedCase, today: dt.date) -> dict[str, Any]:
    """The kindbespreking: need-to-know per signal, the Share-with-care conditions, the question and the
    parents' view."""
    from casusprep.procedures import share_with_care_missing

    view, labels = anonymised.case, anonymised.date_labels
    sharing = _group(view, "sharing", Use.KINDBESPREKING)
    checks = {
        key: _check(getattr(case.sharing, key))
        for key in ("same_purpose", "necessary_and_relevant", "need_to_know", "parents_informed", "supervisor_approved")
    }
    return {
        "today": be_date(today),
        "date_note": _date_note(labels),
        "question": text(view.question),
        "sharing": sharing,
        "checks": checks,
        "sharing_all_met": case.sharing.all_met(),
        "sharing_missing": [message for _key, message in share_with_care_missing(case.sharing)],
        "setting": label(case.setting, NOT_FILLED),
        **_situation(case),
        "child_age": child_age(case, today) or NOT_FILLED,
        "chronology": _chronology(view, case, labels, Use.KINDBESPREKING),
        "persons": _persons(view),
        "signals": _signals(view, case, labels, Use.KINDBESPREKING),
        "body_map": _body_map(view, labels, Use.KINDBESPREKING),
        "left_out": sum(1 for s in view.signals if not s.share_school),
        "strengths": _group(view, "strengths", Use.KINDBESPREKING),
        "needs": _group(view, "needs", Use.KINDBESPREKING),
        "parents": _parents_view(view, Use.KINDBESPREKING),
        "actions_taken": text(view.actions_taken),
    }


def oudergesprek_context(case: Case, today: dt.date) -> dict[str, Any]:
    """The plan for the parent conversation, in the order the conversation goes. Names stay (it is for the
    coach and her team), but sources are protected: what a third party told is only put forward when the
    coach chose so for that signal, and no one's contact details are listed."""
    from casusprep.procedures import nazorg_for

    meeting = _group(case, "parent_meeting", Use.OUDERGESPREK)
    meeting["both_parents_invited"] = yes_no(case.parent_meeting.both_parents_invited)
    meeting["both_invited_yes"] = case.parent_meeting.both_parents_invited
    observations = []
    for s in case.signals_in_order():
        if not s.for_parents():
            continue
        told = DOC.TOLD_BY.format(who=source_role(case.person(s.told_by))) if s.told_by else ""
        observations.append(
            {
                "when": be_date(s.date, DOC.DATE_NOT_FILLED),
                "situation": text(s.situation, ""),
                "observation": text(s.observation),
                "child_words": child_words_line(s),
                "told": told,
            }
        )
    return {
        "today": be_date(today),
        "meeting": meeting,
        "persons": _persons(case),
        "strengths": _group(case, "strengths", Use.OUDERGESPREK),
        "observations": observations,
        "held_back": sum(1 for s in case.signals if not s.for_parents()),
        "parents": {"their_meaning": text(case.parents.their_meaning, DOC.NOT_DISCUSSED_YET)},
        "overview": _group(case, "overview", Use.OUDERGESPREK),
        "needs": _group(case, "needs", Use.OUDERGESPREK),
        "actions": [
            {
                "description": text(a.description),
                "due": be_date(a.due, ""),
                "state": action_state(a.done),
            }
            for a in case.actions
        ],
        "next_follow_up": be_date(case.next_follow_up),
        "nazorg": [{"title": title, "points": points} for title, points in nazorg_for(case.situation_kind)],
    }
