"""What the review of the anonymisation shows, and the coach's decisions that change it.

The review shows, field by field and with progress, what is removed and what the coach chose to *keep*:
the engine returns kept detections flagged, so each field is detected once, with the coach's decisions
(exactly what ``anonymise_case`` does, so the anonymised side is what the documents get).
The NLP is imported inside :func:`review_case` only: call it from a thread worker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from casusprep.anonymise.detection import Detection
from casusprep.case import Case, iter_text_fields
from casusprep.data import LABELS
from casusprep.guard import fold, name_needles


def _types() -> dict[str, tuple[str, str]]:
    """Entity type -> (marker shown in the text, Dutch name in the legend), from ``data/labels.toml``.

    Markers make the review readable without colour; the order of the table is the legend's order.
    """
    markers, names = LABELS.table("review_marker"), LABELS.table("review_kind")
    return {kind: (markers[kind], names[kind]) for kind in markers}


TYPES: dict[str, tuple[str, str]] = _types()


def marker(entity_type: str) -> str:
    return TYPES.get(entity_type, (entity_type[:5], ""))[0]


def type_name(entity_type: str) -> str:
    return TYPES.get(entity_type, ("", entity_type.lower()))[1]


@dataclass
class FieldReview:
    path: str
    original: str
    anonymised: str
    found: list[Detection]  # in order; the kept ones flagged
    replaced: list[tuple[int, int, str]]  # (start, end, entity_type) of each replacement in ``anonymised``


@dataclass
class Mention:
    """One detected text over the whole case: the unit the coach accepts or rejects."""

    key: str  # folded text: decisions are case-insensitive
    text: str
    entity_type: str
    replacement: str
    kept: bool
    count: int = 0
    fields: list[str] = field(default_factory=list)
    registered: bool = False  # (part of) a registered person's name: keeping it blocks every export

    @property
    def manual(self) -> bool:
        return self.entity_type == "EXTRA"


class IndirectState(StrEnum):
    OPEN = "open"  # still a question for the coach
    GENERALISED = "algemener"  # replaced by her more general wording
    LEFT = "laten_staan"  # she left it as it is


@dataclass
class IndirectQuestion:
    """One detail from which the family could be recognised (the same text over the whole case), with the
    coach's answer. ``suggestion`` is the wording proposed (or the one she chose, once generalised)."""

    key: str  # folded text: decisions are case-insensitive, like the other review decisions
    text: str
    kind: str
    explanation: str
    suggestion: str
    state: IndirectState = IndirectState.OPEN
    fields: list[str] = field(default_factory=list)


@dataclass
class CaseReview:
    fields: list[FieldReview] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    indirect: list[IndirectQuestion] = field(default_factory=list)

    def counts(self) -> Counter[str]:
        """Removed occurrences per entity type."""
        return Counter(f.entity_type for fr in self.fields for f in fr.found if not f.kept)

    def kept_count(self) -> int:
        return sum(1 for fr in self.fields for f in fr.found if f.kept)

    def anonymised(self) -> dict[str, str]:
        return {fr.path: fr.anonymised for fr in self.fields}


def review_case(
    case: Case,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CaseReview | None:
    """Detect every free-text field of ``case`` (a copy: it is not changed). None when cancelled."""
    from casusprep.anonymise.api import apply_detections, detect_text, make_context
    from casusprep.anonymise.engine import model_docs

    review = case.anonymisation
    ctx = make_context(case.persons, review=review, first_date=case.first_signal_date(), date_mode=review.date_mode)
    texts = [(path, text) for path, text in iter_text_fields(case) if text]
    result = CaseReview()
    mentions: dict[str, Mention] = {}
    if progress:
        progress(0, len(texts))
    for n, (path, text) in enumerate(texts):
        if cancelled and cancelled():
            return None
        docs = model_docs([text])
        found = detect_text(text, ctx, docs[0] if docs else None)
        anonymised, replaced = apply_detections(text, found)
        result.fields.append(FieldReview(path, text, anonymised, found, replaced))
        for f in found:
            key = fold(f.text.strip())
            m = mentions.get(key)
            if m is None:
                m = mentions[key] = Mention(key, f.text.strip(), f.entity_type, f.replacement, f.kept)
            elif f.replacement[:1].islower() and f.replacement.lower() == m.replacement.lower():
                m.replacement = f.replacement  # the list shows the form mid-sentence, not 'Begeleider A'
            m.count += 1
            if path not in m.fields:
                m.fields.append(path)
        if progress:
            progress(n + 1, len(texts))
    # What is removed first, the most frequent on top: that is what the coach checks first.
    names = {fold(needle) for needle, _ in name_needles(case)}
    for m in mentions.values():
        m.registered = m.key in names or any(word in names for word in m.key.split())
    result.mentions = sorted(mentions.values(), key=lambda m: (m.kept, -m.count, m.key))
    result.indirect = indirect_questions(case, texts, result)
    return result


def indirect_questions(case: Case, texts: list[tuple[str, str]], result: CaseReview) -> list[IndirectQuestion]:
    """The details that can identify the family indirectly, over the original texts, with the coach's
    answers; the open questions first. A nationality counts when the case names a place or a school anywhere
    (a detected place or organisation, or the setting's description); an exact age when it names a group."""
    from casusprep.anonymise.indirect import find_indirect, names_a_group, names_a_place

    review = case.anonymisation
    place_types = {"LOCATION", "ADDRESS", "ORGANIZATION"}
    place_named = any(f.entity_type in place_types for fr in result.fields for f in fr.found) or any(
        names_a_place(text) for _, text in texts
    )
    group_named = any(names_a_group(text) for _, text in texts)
    generalised = {fold(k.strip()): v for k, v in review.generalised.items()}
    left = {fold(k.strip()) for k in review.left_as_is}
    questions: dict[str, IndirectQuestion] = {}
    for path, text in texts:
        for span in find_indirect(text, place_named=place_named, group_named=group_named):
            key = fold(span.text.strip())
            q = questions.get(key)
            if q is None:
                state, suggestion = IndirectState.OPEN, span.suggestion
                if key in generalised:
                    state, suggestion = IndirectState.GENERALISED, generalised[key]
                elif key in left:
                    state = IndirectState.LEFT
                q = questions[key] = IndirectQuestion(
                    key, span.text.strip(), span.kind, span.explanation, suggestion, state
                )
            if path not in q.fields:
                q.fields.append(path)
    # The open questions first; otherwise in the order they occur in the case (sorted() is stable).
    return sorted(questions.values(), key=lambda q: q.state is not IndirectState.OPEN)


# --- the coach's decisions (UI thread; they change ``case.anonymisation``) -------------------------


def _without(items: list[str], text: str) -> list[str]:
    key = fold(text.strip())
    return [item for item in items if fold(item.strip()) != key]


def toggle(case: Case, mention: Mention) -> None:
    """Reject an accepted detection (its text stays) or accept a rejected one again.

    A text the coach marked to remove (EXTRA) is not "rejected": toggling it takes the mark away.
    """
    review = case.anonymisation
    if mention.entity_type == "INDIRECT":
        reopen(case, mention.text)
    elif mention.manual:
        remove_extra(case, mention.text)
    elif mention.kept:
        review.rejected = _without(review.rejected, mention.text)
    else:
        review.rejected = [*_without(review.rejected, mention.text), mention.text]


def add_extra(case: Case, text: str) -> bool:
    """Mark text to remove everywhere. False when it is empty or already marked."""
    text = text.strip()
    review = case.anonymisation
    if not text or any(fold(e.strip()) == fold(text) for e in review.extra):
        return False
    review.rejected = _without(review.rejected, text)
    review.extra = [*review.extra, text]
    return True


def remove_extra(case: Case, text: str) -> None:
    review = case.anonymisation
    review.extra = _without(review.extra, text)
    key = fold(text.strip())
    review.replacements = {k: v for k, v in review.replacements.items() if fold(k.strip()) != key}


def generalise(case: Case, text: str, wording: str) -> bool:
    """Replace an indirect identifier by a more general wording in every document. False for an empty
    wording or one that still holds the detail (the export gate would refuse it)."""
    text, wording = text.strip(), " ".join(wording.split())
    if not text or not wording or fold(text) in fold(wording):
        return False
    review = case.anonymisation
    key = fold(text)
    review.generalised = {**{k: v for k, v in review.generalised.items() if fold(k.strip()) != key}, text: wording}
    review.left_as_is = _without(review.left_as_is, text)
    return True


def leave_as_is(case: Case, text: str) -> None:
    """The coach decides the detail does not identify the family: it stays, and her decision is kept."""
    review = case.anonymisation
    key = fold(text.strip())
    review.generalised = {k: v for k, v in review.generalised.items() if fold(k.strip()) != key}
    review.left_as_is = [*_without(review.left_as_is, text), text.strip()]


def reopen(case: Case, text: str) -> None:
    """Undo either answer: the detail is a question again (and stands as written meanwhile)."""
    review = case.anonymisation
    key = fold(text.strip())
    review.generalised = {k: v for k, v in review.generalised.items() if fold(k.strip()) != key}
    review.left_as_is = _without(review.left_as_is, text)
