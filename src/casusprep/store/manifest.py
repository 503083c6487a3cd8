"""The store's sealed manifest: what the encrypted records must add up to.

AES-GCM proves that a record was written by someone with the data key, not that it is the
*latest* record: a copy of an older ciphertext put back into its row would decrypt fine, and
an audit row deleted or re-dated by hand would leave no trace. So every case record is bound to
a revision number, every audit row to its number in the case's log, its time and a digest of the
row before it, and one record sealed with the data key (the manifest) keeps the current revision
of every case and the length and last digest of every audit log. Any row rolled back, removed,
re-dated or added outside casusprep then fails to open or to add up, and the store reports it as
damaged (with its backups offered).

The manifest also records that the key slots were upgraded, so an older, weaker slot copied back
into the file is refused instead of silently accepted.

A store of an earlier version has no manifest; :func:`upgrade` re-seals its records once.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
from dataclasses import dataclass, field

from casusprep.store import crypto
from casusprep.store.errors import DamagedCase, DamagedStore
from casusprep.store.texts import STORE

SLOT_VERSION = 2

# The form of a generated case id (casusprep.case.new_id). A row whose id has another form (or is no text
# at all) was not written by casusprep: it is reported under FOREIGN_ROWS_ID, never by its id, which
# could be a child's name typed into the file.
CASE_ID = re.compile(r"[0-9a-f]{8,64}")


def report_id(case_id: object) -> str:
    return case_id if isinstance(case_id, str) and CASE_ID.fullmatch(case_id) else STORE.FOREIGN_ROWS_ID


@dataclass
class Manifest:
    slots: int = SLOT_VERSION
    cases: dict[str, int] = field(default_factory=dict)  # case id -> revision
    audit: dict[str, tuple[int, str]] = field(default_factory=dict)  # case id -> (rows, last digest hex)
    # case id -> (revisions, last digest hex, case revision the last one led to)
    history: dict[str, tuple[int, str, int]] = field(default_factory=dict)

    def forget(self, case_id: str) -> None:
        """A removed case leaves nothing here either."""
        self.cases.pop(case_id, None)
        self.audit.pop(case_id, None)
        self.history.pop(case_id, None)


def read(conn: sqlite3.Connection, cipher: crypto.Cipher) -> Manifest | None:
    """The manifest, or None for a store of an earlier version (not yet upgraded)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'manifest'").fetchone()
    if row is None:
        return None
    try:
        data = json.loads(cipher.open(base64.b64decode(row[0], validate=True), crypto.manifest_aad()))
        return Manifest(
            slots=int(data["slots"]),
            cases={str(k): int(v) for k, v in data["cases"].items()},
            audit={str(k): (int(v[0]), str(v[1])) for k, v in data["audit"].items()},
            # A manifest written before revisions were kept has no history yet: it starts at the next save.
            history={str(k): (int(v[0]), str(v[1]), int(v[2])) for k, v in data.get("history", {}).items()},
        )
    except (crypto.DecryptError, ValueError, KeyError, TypeError, IndexError):
        raise DamagedStore(STORE.DAMAGED_MANIFEST) from None


def write(conn: sqlite3.Connection, cipher: crypto.Cipher, manifest: Manifest) -> None:
    data = {"slots": manifest.slots, "cases": manifest.cases, "audit": manifest.audit, "history": manifest.history}
    sealed = cipher.seal(json.dumps(data, separators=(",", ":")).encode(), crypto.manifest_aad())
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('manifest', ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
        (base64.b64encode(sealed).decode("ascii"),),
    )


def open_case(
    cipher: crypto.Cipher, manifest: Manifest | None, case_id: str, version: int, blob: bytes, *, summary: bool
) -> bytes:
    """Decrypt a case record at the revision the manifest expects."""
    if manifest is None:
        revision = None
    elif case_id in manifest.cases:
        revision = manifest.cases[case_id]
    else:
        raise DamagedCase(case_id, STORE.DAMAGED_UNKNOWN_CASE)
    aad = (crypto.summary_aad if summary else crypto.case_aad)(case_id, version, revision)
    try:
        return cipher.open(blob, aad)
    except crypto.DecryptError:
        detail = STORE.DAMAGED_CASE
        if manifest is not None:
            detail += STORE.DAMAGED_CASE_OR_ROLLED_BACK
        raise DamagedCase(case_id, detail) from None


def open_audit(
    cipher: crypto.Cipher, manifest: Manifest | None, case_id: str, rows: list[tuple[str, bytes]]
) -> list[bytes]:
    """Decrypt one case's audit rows (in ``seq`` order) and check they form the whole chain."""
    if manifest is None:
        try:
            return [cipher.open(blob, crypto.audit_aad(case_id)) for _, blob in rows]
        except crypto.DecryptError:
            raise DamagedCase(case_id, STORE.DAMAGED_AUDIT_ROW) from None
    out = []
    previous = b""
    for number, (at, blob) in enumerate(rows, start=1):
        try:
            out.append(cipher.open(blob, crypto.audit_aad(case_id, number, at, previous)))
        except crypto.DecryptError:
            raise DamagedCase(case_id, STORE.AUDIT_CHANGED) from None
        previous = crypto.chain_digest(blob)
    count, head = manifest.audit.get(case_id, (0, ""))
    if (len(rows), previous.hex()) != (count, head):
        raise DamagedCase(case_id, STORE.AUDIT_ROWS_MISSING)
    return out


def seal_audit(cipher: crypto.Cipher, manifest: Manifest, case_id: str, at: str, entry: bytes) -> bytes:
    """Seal the next audit row of a case and advance the manifest's chain for it."""
    count, head = manifest.audit.get(case_id, (0, ""))
    sealed = cipher.seal(entry, crypto.audit_aad(case_id, count + 1, at, bytes.fromhex(head)))
    manifest.audit[case_id] = (count + 1, crypto.chain_digest(sealed).hex())
    return sealed


def open_history(cipher: crypto.Cipher, manifest: Manifest, case_id: str, rows: list[tuple[int, bytes]]) -> list[bytes]:
    """Decrypt one case's revisions (``(case revision, sealed entry)`` in ``seq`` order) and check that
    they form the whole chain: each entry's associated data holds its number, the case revision it led
    to and the digest of the entry before it, and the manifest holds the count and the last digest."""
    out = []
    previous = b""
    last_revision = 0
    for number, (case_revision, blob) in enumerate(rows, start=1):
        if not isinstance(case_revision, int) or case_revision <= last_revision:
            raise DamagedCase(case_id, STORE.HISTORY_OUT_OF_PLACE)
        try:
            out.append(cipher.open(blob, crypto.revision_aad(case_id, number, case_revision, previous)))
        except crypto.DecryptError:
            raise DamagedCase(case_id, STORE.HISTORY_CHANGED) from None
        previous = crypto.chain_digest(blob)
        last_revision = case_revision
    count, head, head_revision = manifest.history.get(case_id, (0, "", 0))
    if (len(rows), previous.hex(), last_revision) != (count, head, head_revision):
        raise DamagedCase(case_id, STORE.HISTORY_MISSING)
    if head_revision > manifest.cases.get(case_id, 0):
        raise DamagedCase(case_id, STORE.HISTORY_AHEAD_OF_CASE)
    return out


def seal_revision(
    cipher: crypto.Cipher, manifest: Manifest, case_id: str, case_revision: int, entry: bytes, previous: str
) -> tuple[bytes, int]:
    """Seal a history entry after the entry whose digest is ``previous`` and advance the manifest's chain.

    ``previous`` is the manifest's head for a new entry, or the digest before the head when the head
    itself is replaced (a later save of the same session). Returns the sealed entry and its number.
    """
    count, head, _ = manifest.history.get(case_id, (0, "", 0))
    number = count + 1 if previous == head else count
    sealed = cipher.seal(entry, crypto.revision_aad(case_id, number, case_revision, bytes.fromhex(previous)))
    manifest.history[case_id] = (number, crypto.chain_digest(sealed).hex(), case_revision)
    return sealed, number


def history_rows(conn: sqlite3.Connection, case_id: str | None = None) -> list[tuple[str, int, bytes]]:
    """The revision rows (case id, case revision, entry) in ``seq`` order; none in a store made before
    revisions were kept (its table is added at the first write)."""
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'revisions'").fetchone() is None:
        return []
    if case_id is None:
        return conn.execute("SELECT case_id, case_revision, entry FROM revisions ORDER BY seq").fetchall()
    return conn.execute(
        "SELECT case_id, case_revision, entry FROM revisions WHERE case_id = ? ORDER BY seq", (case_id,)
    ).fetchall()


def verify(conn: sqlite3.Connection, cipher: crypto.Cipher) -> tuple[int, dict[str, str]]:
    """Decrypt every record and check it against the manifest.

    Returns the number of cases and the damaged ones (case id -> Dutch detail): a case whose record,
    log or history does not add up is named on its own, so the others stay usable. Only damage to the
    store as a whole (the manifest, the key) raises :class:`DamagedStore`.
    """
    manifest = read(conn, cipher)
    damaged: dict[str, str] = {}
    seen: set[str] = set()
    for case_id, version, summary, content in conn.execute("SELECT id, schema_version, summary, content FROM cases"):
        if report_id(case_id) != case_id:
            damaged[STORE.FOREIGN_ROWS_ID] = STORE.FOREIGN_ROWS
            continue
        seen.add(case_id)
        try:
            open_case(cipher, manifest, case_id, version, summary, summary=True)
            open_case(cipher, manifest, case_id, version, content, summary=False)
        except DamagedCase as exc:
            damaged[case_id] = exc.detail
    if manifest is not None:
        for case_id in set(manifest.cases) - seen:
            damaged[case_id] = STORE.CASE_REMOVED_OUTSIDE
    by_case: dict[str, list[tuple[str, bytes]]] = {}
    for case_id, at, entry in conn.execute("SELECT case_id, at, entry FROM audit ORDER BY seq"):
        if report_id(case_id) != case_id:
            damaged.setdefault(STORE.FOREIGN_ROWS_ID, STORE.FOREIGN_ROWS)
            continue
        by_case.setdefault(case_id, []).append((at, entry))
    for case_id in set(by_case) | (set(manifest.audit) if manifest else set()):
        try:
            open_audit(cipher, manifest, case_id, by_case.get(case_id, []))
        except DamagedCase as exc:
            damaged.setdefault(case_id, exc.detail)
    if manifest is not None:
        revisions: dict[str, list[tuple[int, bytes]]] = {}
        for case_id, case_revision, entry in history_rows(conn):
            if report_id(case_id) != case_id:
                damaged.setdefault(STORE.FOREIGN_ROWS_ID, STORE.FOREIGN_ROWS)
                continue
            revisions.setdefault(case_id, []).append((case_revision, entry))
        for case_id in set(revisions) | set(manifest.history):
            try:
                open_history(cipher, manifest, case_id, revisions.get(case_id, []))
            except DamagedCase as exc:
                damaged.setdefault(case_id, exc.detail)
    return len(seen), damaged


def upgrade(conn: sqlite3.Connection, cipher: crypto.Cipher) -> Manifest:
    """Re-seal a store of an earlier version with revisions and a chained audit log (one transaction)."""
    manifest = Manifest(slots=1)  # raised when the passphrase slot is re-wrapped (same transaction)
    rows = conn.execute("SELECT id, schema_version, summary, content FROM cases").fetchall()
    for case_id, version, summary, content in rows:
        plain_summary = open_case(cipher, None, case_id, version, summary, summary=True)
        plain_content = open_case(cipher, None, case_id, version, content, summary=False)
        conn.execute(
            "UPDATE cases SET summary = ?, content = ? WHERE id = ?",
            (
                cipher.seal(plain_summary, crypto.summary_aad(case_id, version, 1)),
                cipher.seal(plain_content, crypto.case_aad(case_id, version, 1)),
                case_id,
            ),
        )
        manifest.cases[case_id] = 1
    audit_rows = conn.execute("SELECT seq, case_id, at, entry FROM audit ORDER BY seq").fetchall()
    for seq, case_id, at, entry in audit_rows:
        try:
            plain = cipher.open(entry, crypto.audit_aad(case_id))
        except crypto.DecryptError:
            raise DamagedStore(STORE.DAMAGED_AUDIT_ROW) from None
        conn.execute(
            "UPDATE audit SET entry = ? WHERE seq = ?", (seal_audit(cipher, manifest, case_id, at, plain), seq)
        )
    write(conn, cipher, manifest)
    return manifest
