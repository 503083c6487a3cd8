"""Handing a whole case to a colleague, and taking one over: one age file with a passphrase agreed in person.

Why age (passphrase mode, through pyrage): a standard, maintained format, so the colleague can also open the
file with the ``age`` tool, and nothing here is home-made cryptography. The file holds the full case (not
anonymised: the colleague takes the work over) as JSON with a format name and version; without the
passphrase neither its bytes nor its suggested name (``overdracht-<random>.age``) say anything about it.

Importing a handover of a case that is already here updates that case through the store's ordinary save
(so it becomes a new revision, not a copy). Each handover, both ways, is an entry of the case's audit log
with the role of the other person (never a name); the entry also keeps, encrypted like the rest of the log,
the state handed over (the case's time of change and a digest of its content), so a later import can tell
whether it would throw away work: an older handover, or changes made here since the last handover, are
only applied when the user confirms (:class:`ImportPlan`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import secrets
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from casusprep.handover.texts import HANDOVER

if TYPE_CHECKING:
    from casusprep.case import Case
    from casusprep.store import AuditEntry, Store

PAYLOAD_FORMAT = "casusprep-overdracht"
PAYLOAD_VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
FILE_PREFIX = "overdracht-"
FILE_SUFFIX = ".age"
MAX_BYTES = 200_000_000  # the most the command line reads as JSON too

DOCUMENT_OUT = "overdracht-uit"
DOCUMENT_IN = "overdracht-in"
# Fields that change without anyone changing the case: when it was saved, and the step it was left at.
_NOT_CONTENT = frozenset({"updated_at", "last_step"})


def roles() -> dict[str, str]:
    """The roles a case goes to or comes from: key (for ``--rol``) -> Dutch label."""
    return dict(HANDOVER.table("roles"))


def role_label(role: str) -> str:
    """The Dutch label of a role key; a label itself is accepted as well."""
    table = roles()
    if role in table:
        return table[role]
    if role in table.values():
        return role
    raise HandoverError(HANDOVER.ROLE_NEEDED.format(roles=", ".join(table)))


def audit_document_labels() -> dict[str, str]:
    """How the audit log view names the two kinds of handover entry."""
    return dict(HANDOVER.table("document"))


class HandoverError(Exception):
    """A handover that cannot be written or read; ``str(error)`` is a Dutch message without case content."""


class WrongHandoverPassphrase(HandoverError):
    def __init__(self) -> None:
        super().__init__(HANDOVER.WRONG_PASSPHRASE)


class DamagedHandover(HandoverError):
    def __init__(self) -> None:
        super().__init__(HANDOVER.DAMAGED)


class NotAHandover(HandoverError):
    def __init__(self) -> None:
        super().__init__(HANDOVER.NOT_A_HANDOVER)


@dataclass(frozen=True)
class Handover:
    """An opened handover file: the case as the colleague had it, and when the file was made."""

    case: Case
    written_at: datetime


@dataclass(frozen=True)
class ImportPlan:
    """What importing a handover would do here. ``conflict``: it would replace work (``reason`` says which)."""

    kind: Literal["new", "update", "same", "conflict"]
    reason: str = ""


@dataclass(frozen=True)
class ImportResult:
    case_id: str
    kind: Literal["new", "update", "replaced", "same"]
    message: str


# ------------------------------------------------------------------------------------------------- the file


def default_file_name() -> str:
    """A name that says nothing about the case: ``overdracht-<8 random hex>.age``."""
    return f"{FILE_PREFIX}{secrets.token_hex(4)}{FILE_SUFFIX}"


def looks_like_handover(data: bytes) -> bool:
    """Whether the bytes start like an age file (binary or armored): then the import asks a passphrase."""
    return data.startswith(AGE_MAGIC) or data.lstrip()[: len(AGE_ARMOR)] == AGE_ARMOR


def _normalise(passphrase: str) -> str:
    # NFC, as the store does: the same passphrase typed on another keyboard gives the same bytes.
    return unicodedata.normalize("NFC", passphrase)


def _case_words(case: Case) -> list[str]:
    """Names and title words of the case: a handover passphrase must not be built from them."""
    words: list[str] = []
    for person in case.persons:
        for value in (person.name, person.pseudonym):
            words.append(value)
            words.extend(part for part in value.split() if len(part) > 2)
    words.extend(part for part in case.title.split() if len(part) > 3)
    return [w.lower() for w in words if w.strip()]


def passphrase_problems(case: Case, passphrase: str, store: Store | None = None) -> list[str]:
    """Dutch reasons to refuse a handover passphrase: the store's zxcvbn check (with the case's names as words
    to avoid), and never the store's own passphrase (the colleague learns it)."""
    from casusprep.store import passphrase_problems as strength_problems

    problems = strength_problems(passphrase, user_inputs=_case_words(case))
    if _holds_a_name(case, passphrase):
        problems.append(HANDOVER.NAME_IN_PASSPHRASE)
    if not problems and store is not None and store.check_passphrase(passphrase):
        problems.append(HANDOVER.SAME_AS_STORE_PASSPHRASE)
    return problems


def _holds_a_name(case: Case, passphrase: str) -> bool:
    """Whether the passphrase holds a person's name of the case: the strength check alone lets a name with
    a year and a sign through ("Noor Vanhoutte 2024!" is long), and whoever overhears it learns the name.
    A name part of four letters or more counts anywhere, a shorter one only as a word of its own."""
    text = _normalise(passphrase).casefold()
    words = set(re.findall(r"\w+", text))
    for person in case.persons:
        for part in re.findall(r"\w+", _normalise(person.name).casefold()):
            if (len(part) >= 4 and part in text) or (len(part) == 3 and part in words):
                return True
    return False


def file_name_problem(path: Path, case: Case) -> str | None:
    """A Dutch reason when the chosen file name holds a name of the case (the name travels unencrypted)."""
    stem = Path(path).name.lower()
    for person in case.persons:
        for value in (person.name, person.pseudonym):
            parts = [value, *value.split()]
            if any(len(part) > 2 and part.lower() in stem for part in parts if part.strip()):
                return HANDOVER.NAME_IN_FILE_NAME.format(example=default_file_name())
    return None


def _content(case: Case) -> dict[str, Any]:
    return case.model_dump(mode="json", exclude=set(_NOT_CONTENT))


def digest(case: Case) -> str:
    """A digest of what the coach wrote in the case (not when it was saved or where she left it)."""
    canonical = json.dumps(_content(case), sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def age_op(op: str, data: bytes, passphrase: str) -> tuple[str, bytes]:
    """Encrypt or decrypt with age's passphrase mode: ``("ok", result)``, or ``("wrong"|"damaged", b"")``.

    Plain values in and out, so :mod:`casusprep.handover.child` can run it in another process.
    """
    import pyrage

    from casusprep import compat

    try:
        if op == "encrypt":
            return "ok", bytes(pyrage.passphrase.encrypt(data, passphrase))
        return "ok", bytes(pyrage.passphrase.decrypt(data, passphrase))
    except pyrage.DecryptError as exc:
        return ("wrong" if compat.age_wrong_passphrase(exc) else "damaged"), b""


def _age(op: str, data: bytes, passphrase: str, *, separate_process: bool) -> bytes:
    """:func:`age_op` here, or in a child process (the app: see :mod:`casusprep.handover.child`)."""
    if separate_process:
        from casusprep.handover.child import run

        status, result = run(op, data, passphrase)
    else:
        status, result = age_op(op, data, passphrase)
    if status == "wrong":
        raise WrongHandoverPassphrase()
    if status == "damaged":
        raise DamagedHandover()
    if status != "ok":
        raise HandoverError(HANDOVER.CRYPTO_FAILED)
    return result


def seal(case: Case, passphrase: str, *, separate_process: bool = False) -> bytes:
    """The case as an age file under the passphrase (age's scrypt mode)."""
    payload = {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "written_at": datetime.now(UTC).isoformat(),
        "case": case.model_dump(mode="json"),
    }
    plain = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return _age("encrypt", plain, _normalise(passphrase), separate_process=separate_process)


def _first_stanza_is_scrypt(data: bytes) -> bool:
    """A binary age file for keys (not a passphrase) is another kind of file, not a damaged handover."""
    if not data.startswith(AGE_MAGIC):
        return True  # armored: the library reads the header
    second = data[len(AGE_MAGIC) :].split(b"\n", 1)[0]
    return second.startswith(b"-> scrypt ")


def unseal(data: bytes, passphrase: str, *, separate_process: bool = False) -> Handover:
    """Open a handover file. Raises a :class:`HandoverError` (wrong passphrase, damaged, not a handover)."""
    from pydantic import ValidationError

    from casusprep.migrations import MigrationError, load_case

    if len(data) > MAX_BYTES:
        raise HandoverError(HANDOVER.TOO_BIG)
    if not looks_like_handover(data) or not _first_stanza_is_scrypt(data):
        raise NotAHandover()
    plain = _age("decrypt", data, _normalise(passphrase), separate_process=separate_process)
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotAHandover() from None
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise NotAHandover()
    version = payload.get("version")
    if not isinstance(version, int) or version < 1:
        raise NotAHandover()
    if version > PAYLOAD_VERSION:
        raise HandoverError(HANDOVER.NEWER_VERSION)
    try:
        written_at = datetime.fromisoformat(str(payload.get("written_at")))
        if not isinstance(payload.get("case"), dict):
            raise ValueError("no case")
        # The colleague's store held it as valid: range checks for new input are not applied again.
        case = load_case(payload["case"], stored=True)
    except (ValidationError, MigrationError, ValueError, TypeError, RecursionError):
        # A validation text would quote the case's values: never passed on.
        raise HandoverError(HANDOVER.INVALID_CASE) from None
    return Handover(case=case, written_at=written_at)


# ----------------------------------------------------------------------------------- both ways, with the log


def _detail(state: datetime, content_digest: str) -> str:
    return json.dumps({"state": state.isoformat(), "digest": content_digest})


@dataclass(frozen=True)
class _Sync:
    state: datetime  # the case's time of change in the handover
    digest: str  # its content, as handed over


def _last_sync(entries: Iterable[AuditEntry]) -> _Sync | None:
    """The state of the most recent handover of this case, either way, from the audit log."""
    last = None
    for entry in entries:
        if entry.document not in (DOCUMENT_OUT, DOCUMENT_IN) or not getattr(entry, "detail", ""):
            continue
        try:
            detail = json.loads(entry.detail)
            last = _Sync(datetime.fromisoformat(detail["state"]), str(detail["digest"]))
        except (ValueError, KeyError, TypeError):
            continue  # an entry this version cannot read counts as no handover
    return last


def write_handover(
    store: Store, case_id: str, path: Path, passphrase: str, role: str, *, separate_process: bool = False
) -> Path:
    """Write the case as a handover file at ``path`` and log it (with ``role``), all or nothing.

    ``separate_process``: the encryption runs in a child process (the app: see :mod:`casusprep.handover.child`).

    Refused, with nothing written, for a weak passphrase, the store's own passphrase, a file name holding a
    name of the case, or a file that exists already. The file is written user-only and atomically; the log
    entry and the file exist together or not at all.
    """
    from casusprep.documents.render import write_private_atomic

    nothing = HANDOVER.NOTHING_WRITTEN
    recipient = role_label(role)
    case = store.load(case_id)
    problems = passphrase_problems(case, passphrase, store)
    if problems:
        raise HandoverError(" ".join([*problems, nothing]))
    target = Path(path).expanduser()
    problem = file_name_problem(target, case)
    if problem:
        raise HandoverError(f"{problem} {nothing}")
    if target.exists():
        raise HandoverError(f"{HANDOVER.FILE_EXISTS} {nothing}")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise HandoverError(f"{HANDOVER.FOLDER_MISSING} {nothing}")
    data = seal(case, passphrase, separate_process=separate_process)
    detail = _detail(case.updated_at, digest(case))

    def commit(move) -> None:
        store.add_audit(case.id, DOCUMENT_OUT, HANDOVER.PURPOSE_OUT, recipient, then=move, detail=detail)

    try:
        return write_private_atomic(data, target, commit=commit)
    except OSError as exc:
        reasons = dict(HANDOVER.table("write_reasons"))
        reason = reasons.get(errno.errorcode.get(exc.errno or 0, ""), reasons["other"])
        raise HandoverError(f"{HANDOVER.WRITE_FAILED.format(reason=reason)} {nothing}") from None


def read_handover(path: Path, passphrase: str, *, separate_process: bool = False) -> Handover:
    """Read and open a handover file (see :func:`unseal`)."""
    try:
        target = Path(path).expanduser()
        if target.stat().st_size > MAX_BYTES:
            raise HandoverError(HANDOVER.TOO_BIG)
        data = target.read_bytes()
    except (OSError, ValueError):
        raise HandoverError(HANDOVER.UNREADABLE) from None
    return unseal(data, passphrase, separate_process=separate_process)


def _when(moment: datetime) -> str:
    try:
        local = moment.astimezone()
    except (OverflowError, ValueError, OSError):
        local = moment
    return local.strftime("%d/%m/%Y %H:%M")


def plan_import(store: Store, handover: Handover) -> ImportPlan:
    """What importing would do: a new case, an update, nothing (the same content), or a conflict to confirm.

    A conflict is an import that would lose work: a handover older than the state here, or changes made
    here since the last handover of this case (in either direction).
    """
    from casusprep.store import valid_case_id

    incoming = handover.case
    if not valid_case_id(incoming.id) or not store.has_case(incoming.id):
        return ImportPlan("new")
    stored = store.load(incoming.id)
    if digest(stored) == digest(incoming):
        return ImportPlan("same")
    last = _last_sync(store.audit(incoming.id))
    changed_here = last is None or digest(stored) != last.digest
    here = stored.updated_at if last is None or changed_here else last.state
    older = incoming.updated_at < here
    if not changed_here and not older:
        return ImportPlan("update")
    reasons = []
    if older:
        sentence = HANDOVER.CONFLICT_OLDER
        reasons.append(sentence.format(handover=_when(incoming.updated_at), here=_when(here)))
    if changed_here:
        reasons.append(HANDOVER.CONFLICT_CHANGED_HERE.format(here=_when(stored.updated_at)))
    reasons.append(HANDOVER.CONFLICT_CONSEQUENCE)
    return ImportPlan("conflict", " ".join(reasons))


def import_handover(store: Store, handover: Handover, role: str, *, replace: bool = False) -> ImportResult:
    """Import an opened handover: a new case, or the update of the case with the same id (its next revision).

    A conflict (see :func:`plan_import`) is refused with its Dutch reason unless ``replace`` is given. The
    log gets an entry with ``role`` and the state taken over.
    """
    sender = role_label(role)
    plan = plan_import(store, handover)
    case = handover.case.model_copy(deep=True)
    state = case.updated_at
    if plan.kind == "same":
        return ImportResult(case.id, "same", HANDOVER.IMPORTED_SAME)
    if plan.kind == "conflict" and not replace:
        raise HandoverError(plan.reason)
    from casusprep.case import new_id
    from casusprep.store import valid_case_id

    if plan.kind == "new" and (not valid_case_id(case.id) or store.has_case(case.id)):
        case.id = new_id()
    kind: Literal["new", "update", "replaced"] = (
        "new" if plan.kind == "new" else "replaced" if plan.kind == "conflict" else "update"
    )
    purpose = {"new": HANDOVER.PURPOSE_NEW, "update": HANDOVER.PURPOSE_UPDATED, "replaced": HANDOVER.PURPOSE_REPLACED}[
        kind
    ]
    from casusprep.store import AuditNote

    # An existing case: the store's update, so the previous state stays in its history as a revision. The log
    # entry goes in the same transaction: a failed or interrupted import leaves neither the case nor the log
    # changed (the digest leaves out the time of saving, so it is the same before and after the save).
    entry = AuditNote(DOCUMENT_IN, purpose, sender, _detail(state, digest(case)))
    store.save(case, note=HANDOVER.HISTORY_NOTE.format(role=sender), audit=entry)
    message = {"new": HANDOVER.IMPORTED_NEW, "update": HANDOVER.IMPORTED_UPDATE, "replaced": HANDOVER.IMPORTED_REPLACED}
    return ImportResult(case.id, kind, message[kind])
