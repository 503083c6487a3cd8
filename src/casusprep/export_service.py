"""The one export pipeline: readiness, render, gate, write, audit. The app and the command line both use it.

Why one place: an export that leaves the machine must pass the same checks whoever starts it. The
order is fixed:

1. **Readiness** (:func:`readiness`): what a document needs before it is worth sharing (the question,
   an observation, the child's age, the parents' view, for a kindbespreking the "Share with care"
   conditions). Missing items come back with the field to go to; ``force`` goes on anyway, and the
   audit entry says so.
2. **Render** from the anonymised copy (VK, kindbespreking, summary) or the case itself (parent plan);
   the case is anonymised once per export.
3. **Gate**: the finished document is read back and refused when anything identifying is left.
4. **Write** atomically, user-only; the final move runs inside the audit log's transaction, so the log
   entry exists exactly when the document does. Stale temporary files of an interrupted export in the
   target folder are removed first.

The per-field work is linear in the size of the case: each text is anonymised once, the document is
rendered once and read back once. Heavy imports happen inside the functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from casusprep.case import Case, Role, Use
from casusprep.data import EXPORT
from casusprep.labels import FIELD_LABELS, field_location, label

if TYPE_CHECKING:
    from casusprep.store import Store

SUMMARY = "samenvatting"
KINDS: tuple[str, ...] = ("vk", "kindbespreking", "oudergesprek", SUMMARY)
# A document's title is the label of the use it is made for (data/labels.toml).
TITLES = {kind: label(Use(kind)) for kind in KINDS}
# Audit entries: kinds and fixed purposes only, never anything typed (it could name someone). Texts in
# data/export.toml; a test keeps each table's keys equal to KINDS.
RECIPIENT_KIND = EXPORT.table("recipient_kind")
PURPOSE = EXPORT.table("purpose")
AUDIT_DOCUMENT = EXPORT.table("audit_document")
FORCED = EXPORT.FORCED
UNSHARED = EXPORT.UNSHARED


@dataclass(frozen=True)
class Missing:
    """One thing a document still lacks: what, in Dutch, and the field to go to (a path like ``question``)."""

    message: str
    path: str

    @property
    def where(self) -> str:
        return field_location(self.path)


@dataclass
class ExportResult:
    """What an export did: ``ok`` and a Dutch message; otherwise what is missing or leaking, with fields to go to."""

    ok: bool
    message: str
    path: Path | None = None
    fields: list[str] = field(default_factory=list)
    text: str = ""  # the summary itself (for the clipboard)
    missing: list[Missing] = field(default_factory=list)  # not ready: --force / "Toch exporteren" goes on

    @property
    def not_ready(self) -> bool:
        return bool(self.missing) and not self.ok


# --------------------------------------------------------------------------- readiness


def _observation(case: Case, signals: list[int], what: str) -> list[Missing]:
    for i in signals:
        if case.signals[i].observation.strip():
            return []
    if not case.signals:
        return [Missing(EXPORT.NO_SIGNAL_YET, "signals")]
    first = signals[0] if signals else 0
    message = EXPORT.NO_OBSERVATION.format(what=what, field=FIELD_LABELS["signals[].observation"])
    return [Missing(message, f"signals[{first}].observation")]


def _child_age(case: Case) -> list[Missing]:
    child = next((i for i, p in enumerate(case.persons) if p.role is Role.CHILD), None)
    if child is None:
        return [Missing(EXPORT.NO_CHILD, "persons")]
    if case.persons[child].birth_date is None:
        return [Missing(EXPORT.NO_CHILD_AGE, f"persons[{child}].birth_date")]
    return []


def _parents_view(case: Case) -> list[Missing]:
    parents = case.parents
    if parents.spoken_to is None:
        return [Missing(EXPORT.PARENTS_NOT_SPOKEN_TO, "parents.spoken_to")]
    if parents.spoken_to and not parents.their_meaning.strip():
        return [Missing(EXPORT.PARENTS_MEANING_MISSING, "parents.their_meaning")]
    return []


def _question(case: Case) -> list[Missing]:
    if case.question.strip():
        return []
    return [Missing(EXPORT.NO_QUESTION, "question")]


def readiness(case: Case, kind: str) -> list[Missing]:
    """What ``kind`` still needs before it is worth sharing; empty when ready."""
    everything = list(range(len(case.signals)))
    if kind in ("vk", SUMMARY):
        observation = _observation(case, everything, EXPORT.NO_SIGNAL)
        return _question(case) + observation + _child_age(case) + _parents_view(case)
    if kind == "kindbespreking":
        from casusprep.procedures import share_with_care_missing

        shared = [i for i, s in enumerate(case.signals) if s.share_school]
        out = []
        if not case.sharing.purpose.strip():
            out.append(Missing(EXPORT.NO_SHARING_PURPOSE, "sharing.purpose"))
        out += _question(case) + _observation(case, shared, EXPORT.NO_SHARED_SIGNAL) + _child_age(case)
        out += _parents_view(case)
        out += [Missing(message, f"sharing.{key}") for key, message in share_with_care_missing(case.sharing)]
        return out
    if kind == "oudergesprek":
        chosen = [i for i, s in enumerate(case.signals) if s.for_parents()]
        out = []
        if not case.parent_meeting.goal.strip():
            out.append(Missing(EXPORT.NO_MEETING_GOAL, "parent_meeting.goal"))
        strengths = case.strengths
        if not (strengths.child.strip() or strengths.parents.strip() or strengths.context.strip()):
            out.append(Missing(EXPORT.NO_STRENGTHS, "strengths.child"))
        out += _observation(case, chosen, EXPORT.NO_SIGNAL_FOR_PARENTS)
        return out
    raise ValueError(EXPORT.UNKNOWN_DOCUMENT.format(kind=kind))


def not_ready_message(kind: str, missing: list[Missing], *, how_to_force: str) -> str:
    """The Dutch list of what is missing, one line each, with where to fill it in."""
    lines = [EXPORT.NOT_READY.format(title=TITLES[kind])]
    lines += [EXPORT.NOT_READY_ITEM.format(message=m.message, where=m.where) for m in missing]
    lines.append(how_to_force)
    return "\n".join(lines)


# --------------------------------------------------------------------------- the pipeline


def _purpose(case: Case, kind: str, forced: bool) -> str:
    notes = []
    if forced:
        notes.append(FORCED)
    if kind == "kindbespreking" and not case.sharing.all_met():
        notes.append(UNSHARED)
    return PURPOSE[kind] + "".join(f"; {n}" for n in notes)


def render_checked(
    case: Case, kind: str, *, today: dt.date | None = None, revision: int | None = None
) -> tuple[bytes, list]:
    """Render ``kind`` and read it back through the gate: (the bytes, the leaks). Nothing is written.

    The benchmark of export time against case size calls this (the write itself does not grow with the case).
    """
    from casusprep.guard import check_export, check_summary

    if kind == SUMMARY:
        from casusprep.anonymise import anonymise_case
        from casusprep.summary import summary_text

        copy = anonymise_case(case)
        text = summary_text(copy)
        if revision:
            text = text.rstrip("\n") + "\n\n" + EXPORT.SUMMARY_REVISION.format(revision=revision) + "\n"
        return text.encode("utf-8"), check_summary(text, case, anonymised=copy)
    from casusprep.documents import DocKind, render_document

    doc = DocKind(kind)
    if not doc.anonymised:
        return render_document(case, doc, today=today, revision=revision), []
    from casusprep.anonymise import anonymise_case

    anonymised = anonymise_case(case)  # once: the document and the gate use the same copy
    data = render_document(case, doc, today=today, anonymised=anonymised, revision=revision)
    return data, check_export(data, case, kind=doc, anonymised=anonymised)


def _stored_revision(store: Store | None, case: Case) -> int | None:
    """The revision the document is made from: the store's counter for the case (the app saves before it
    exports; the command line exports what is stored). None without a store or for an unsaved case."""
    if store is None:
        return None
    from casusprep.store import StoreError

    try:
        return store.revision(case.id)
    except StoreError:
        return None


def _leak_fields(leaks) -> list[str]:
    out: list[str] = []
    for leak in leaks:
        for path in leak.fields:
            if path not in out:
                out.append(path)
    return out


def export(
    case: Case,
    kind: str,
    target: Path,
    *,
    store: Store | None = None,
    force: bool = False,
    how_to_force: str | None = None,
    today: dt.date | None = None,
) -> ExportResult:
    """Run the whole pipeline for one document and write it to ``target``.

    With ``store`` the export is recorded in the case's audit log, in the same step as the final move of
    the file. Never raises for a user-facing problem: the result carries a Dutch message.
    """
    from casusprep.documents import TemplateError, sweep_stale_temp, write_private_atomic
    from casusprep.guard import leak_message

    if kind not in KINDS:
        raise ValueError(EXPORT.UNKNOWN_DOCUMENT.format(kind=kind))
    target = Path(target)
    sweep_stale_temp(target.parent if str(target.parent) else Path("."))
    missing = readiness(case, kind)
    if missing and not force:
        return ExportResult(
            False,
            not_ready_message(kind, missing, how_to_force=how_to_force or EXPORT.HOW_TO_FORCE),
            fields=[m.path for m in missing],
            missing=missing,
        )
    revision = _stored_revision(store, case)
    try:
        data, leaks = render_checked(case, kind, today=today, revision=revision)
    except TemplateError as exc:
        return ExportResult(False, EXPORT.NOT_RENDERED.format(error=exc))
    if leaks:
        return ExportResult(False, leak_message(leaks, TITLES[kind]), fields=_leak_fields(leaks))

    def commit(move) -> None:
        if store is None:
            move()
        else:
            store.add_audit(case.id, kind, _purpose(case, kind, bool(missing)), RECIPIENT_KIND[kind], then=move)

    try:
        path = write_private_atomic(data, target, commit=commit)
    except OSError as exc:
        return ExportResult(False, EXPORT.NOT_WRITTEN.format(error=exc.strerror or type(exc).__name__))
    except Exception as exc:  # noqa: BLE001 - the store's own errors (disk full, closed): nothing was written
        from casusprep.store import StoreError

        if not isinstance(exc, StoreError):
            raise
        return ExportResult(False, EXPORT.NOT_LOGGED.format(error=exc))
    text = data.decode("utf-8") if kind == SUMMARY else ""
    return ExportResult(True, EXPORT.WRITTEN.format(title=TITLES[kind]), path=path, text=text)
