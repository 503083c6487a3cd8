"""The encrypted local case store: one SQLite file, every case sealed with AES-256-GCM.

Design choices and why:

* **Rollback journal (``journal_mode=DELETE``), not WAL.** Between transactions the database file is
  the only file on disk: no ``-wal`` file keeps older page images (older versions of a case, or a
  removed case) around until the next checkpoint, and ``secure_delete`` then really overwrites what
  was deleted. With ``synchronous=FULL`` each commit is durable against a killed process and a power
  cut alike: the journal is synced before the database is touched, and a hot journal left by a crash
  is rolled back by the next connection. Two fsyncs per save are well inside the autosave budget
  (see ``benchmarks/save_case.py``).
* **Only non-personal index columns are plaintext**: id (random), schema version, status,
  updated_at, next_follow_up, closed_on. The title and the open-action count live in a small
  encrypted summary so the list screen needs no full decryption; the full case is a second record.
  The AAD binds each record to its case id and schema version, so records cannot be swapped.
* ``temp_store=MEMORY``: sorting or VACUUM never writes temporary files outside the data directory.
* Creating a store happens in a temporary file that is linked into place only when complete, so a
  crash during the first use never leaves a half-made store behind.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import logging
import os
import re
import secrets
import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from casusprep import locations
from casusprep.case import SCHEMA_VERSION, Case, Status
from casusprep.migrations import MigrationError, load_case
from casusprep.store import crypto
from casusprep.store.errors import CaseNotFound, DamagedStore, StoreError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
PASSPHRASE_ENV = "CASUSPREP_PASSPHRASE"

DEFAULT_RETENTION_MONTHS = 12
DEFAULT_BACKUP_INTERVAL_MINUTES = 15
DEFAULT_BACKUPS_KEPT = 5

BACKUP_PREFIX = "casusprep-"
DAMAGED_PREFIX = "beschadigd-"
_BACKUP_STAMP = "%Y%m%dT%H%M%S%fZ"
_PENDING_KEY = "_pending_removals"

# Case ids are stored in plaintext, so only random-looking ids (as casusprep.case.new_id makes) are
# accepted: an id typed by someone could be a child's name.
_CASE_ID = re.compile(r"[0-9a-f]{8,64}")


def valid_case_id(case_id: str) -> bool:
    """Whether ``case_id`` has the form of a generated id and may go into the plaintext index."""
    return bool(_CASE_ID.fullmatch(case_id))


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE keyslots (
    kind TEXT PRIMARY KEY, kdf TEXT NOT NULL, salt BLOB NOT NULL,
    n INTEGER NOT NULL, r INTEGER NOT NULL, p INTEGER NOT NULL, wrapped BLOB NOT NULL
);
CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    schema_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    next_follow_up TEXT,
    closed_on TEXT,
    summary BLOB NOT NULL,
    content BLOB NOT NULL
);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, case_id TEXT NOT NULL, at TEXT NOT NULL, entry BLOB NOT NULL);
CREATE INDEX audit_case ON audit (case_id);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list. ``removal_on`` is set for a closed case: the retention date."""

    id: str
    title: str
    status: Status
    updated_at: datetime
    next_follow_up: dt.date | None
    open_actions: int
    closed_on: dt.date | None
    removal_on: dt.date | None = None


@dataclass(frozen=True)
class AuditEntry:
    """A record that a document left the program: what, why, to whom (a kind, never a name)."""

    case_id: str
    at: datetime
    document: str
    purpose: str
    recipient_kind: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _default_path(path: Path | None) -> Path:
    return Path(path) if path is not None else locations.database_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups live beside the database, in ``backups/`` (0700)."""
    directory = db_path.parent / "backups"
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    return directory


def _fsync_dir(directory: Path) -> None:
    """Make a rename durable. Windows cannot open a directory for fsync; its renames are journaled."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_private_dir(directory: Path) -> None:
    """The data directory is for the user alone (0700); the home directory itself is left as it is."""
    if directory.resolve() == Path.home().resolve():
        return
    mode = stat.S_IMODE(directory.stat().st_mode)
    if mode & 0o077 and directory.stat().st_uid == os.getuid():
        os.chmod(directory, 0o700)


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by the user only; SQLite gives its journal the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def _connect(path: Path) -> sqlite3.Connection:
    """A connection with the store's pragmas. Connecting also rolls back a hot journal left by a crash."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA temp_store=MEMORY")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedStore(_sqlite_detail(exc)) from None
    return conn


def _sqlite_detail(exc: sqlite3.Error) -> str:
    # SQLite's own messages name no data, only the problem ("file is not a database" ...).
    return f"SQLite: {exc.args[0] if exc.args else type(exc).__name__}"


def _check_integrity(conn: sqlite3.Connection) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise DamagedStore(_sqlite_detail(exc)) from None
    if rows != [("ok",)]:
        raise DamagedStore(f"integriteitscontrole: {len(rows)} fout(en)")
    if not {"meta", "keyslots", "cases", "audit", "settings"} <= tables:
        raise DamagedStore("tabellen ontbreken")


def _read_slot(conn: sqlite3.Connection, kind: str) -> crypto.KeySlot:
    try:
        row = conn.execute("SELECT kind, kdf, salt, n, r, p, wrapped FROM keyslots WHERE kind = ?", (kind,)).fetchone()
    except sqlite3.DatabaseError as exc:
        raise DamagedStore(_sqlite_detail(exc)) from None
    if row is None:
        raise DamagedStore("sleutel ontbreekt")
    return crypto.KeySlot(*row)


def _write_slot(conn: sqlite3.Connection, slot: crypto.KeySlot) -> None:
    conn.execute(
        "INSERT INTO keyslots (kind, kdf, salt, n, r, p, wrapped) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (kind) DO UPDATE SET kdf=excluded.kdf, salt=excluded.salt, n=excluded.n, r=excluded.r, "
        "p=excluded.p, wrapped=excluded.wrapped",
        (slot.kind, slot.kdf, slot.salt, slot.n, slot.r, slot.p, slot.wrapped),
    )


def _verify_records(conn: sqlite3.Connection, cipher: crypto.Cipher) -> int:
    """Decrypt (not parse) every record: a flipped bit anywhere is found now, not when a case is opened."""
    count = 0
    try:
        for case_id, version, summary, content in conn.execute(
            "SELECT id, schema_version, summary, content FROM cases"
        ):
            cipher.open(summary, crypto.summary_aad(case_id, version))
            cipher.open(content, crypto.case_aad(case_id, version))
            count += 1
        for case_id, entry in conn.execute("SELECT case_id, entry FROM audit"):
            cipher.open(entry, crypto.audit_aad(case_id))
    except crypto.DecryptError:
        raise DamagedStore("een versleuteld record is niet meer leesbaar") from None
    except sqlite3.DatabaseError as exc:
        raise DamagedStore(_sqlite_detail(exc)) from None
    return count


def _parse_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _backup_stamp(path: Path) -> datetime | None:
    name = path.name
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(".db")):
        return None
    try:
        return datetime.strptime(name[len(BACKUP_PREFIX) : -3], _BACKUP_STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _unlink_quietly(path: Path) -> None:
    path.unlink(missing_ok=True)


def _remove_stale_temporaries(target: Path, older_than_s: float = 60.0) -> None:
    """Remove half-made files left by a crash during create or restore (they could hold a copy of
    a case that is removed later). Recent ones may belong to another process still at work."""
    limit = time.time() - older_than_s
    for pattern in (f".{target.name}.nieuw-*", f".{target.name}.herstel-*"):
        for stale in target.parent.glob(pattern):
            with suppress(FileNotFoundError):
                if stale.stat().st_mtime < limit:
                    stale.unlink()


class Store:
    """An unlocked store. Create it with :meth:`create`, :meth:`open`, :meth:`open_with_recovery`
    or :meth:`open_from_env`; all methods are safe to call from several threads."""

    def __init__(self, path: Path, conn: sqlite3.Connection, dek: bytes) -> None:
        self.path = path
        self._conn = conn
        self._cipher = crypto.Cipher(dek)
        self._dek = dek
        self._lock = threading.RLock()
        self._closed = False

    # ----------------------------------------------------------------- opening

    @staticmethod
    def exists(path: Path | None = None) -> bool:
        return _default_path(path).is_file()

    @classmethod
    def create(cls, passphrase: str, path: Path | None = None, *, kdf_n: int | None = None) -> tuple[Store, str]:
        """Make a new store; returns it with the recovery key, which is shown to the user once.

        ``kdf_n`` lowers the scrypt cost for tests only; the parameters are stored with the key.
        """
        if not passphrase:
            raise StoreError("Kies een wachtwoord: het mag niet leeg zijn.")
        target = _default_path(path)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _make_private_dir(target.parent)
        if target.exists():
            raise StoreError("Er bestaat al een casusbestand op deze plaats.")
        dek = crypto.new_data_key()
        recovery_key = crypto.new_recovery_key()
        temp = target.with_name(f".{target.name}.nieuw-{secrets.token_hex(4)}")
        _create_private_file(temp)
        try:
            conn = _connect(temp)
            try:
                # The file is invisible until linked into place, so two transactions here are fine.
                conn.executescript(f"BEGIN;{_SCHEMA}COMMIT;")
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO meta (key, value) VALUES ('format_version', ?)", (str(FORMAT_VERSION),))
                _write_slot(conn, crypto.wrap_with_passphrase(dek, passphrase, n=kdf_n or crypto.SCRYPT_N))
                _write_slot(conn, crypto.wrap_with_recovery(dek, recovery_key))
                conn.execute("COMMIT")
            finally:
                conn.close()
            try:
                os.link(temp, target)  # never overwrites a store made at the same moment elsewhere
            except FileExistsError:
                raise StoreError("Er bestaat al een casusbestand op deze plaats.") from None
            except OSError:  # a file system without hard links
                if target.exists():
                    raise StoreError("Er bestaat al een casusbestand op deze plaats.") from None
                os.replace(temp, target)
            _fsync_dir(target.parent)
        finally:
            _unlink_quietly(temp)
        log.info("new store created")
        store = cls(target, _connect(target), dek)
        return store, recovery_key

    @classmethod
    def open(cls, passphrase: str, path: Path | None = None) -> Store:
        """Unlock with the passphrase. Checks the file's integrity first; decrypts nothing on a wrong one."""
        target = _default_path(path)
        conn = cls._open_checked(target)
        try:
            dek = crypto.unwrap(_read_slot(conn, "passphrase"), passphrase)
            store = cls._finish_open(target, conn, dek)
        except BaseException:
            conn.close()
            raise
        return store

    @classmethod
    def open_with_recovery(cls, recovery_key: str, new_passphrase: str, path: Path | None = None) -> Store:
        """Unlock with the recovery key and set a new passphrase (the recovery key stays valid)."""
        if not new_passphrase:
            raise StoreError("Kies een nieuw wachtwoord: het mag niet leeg zijn.")
        target = _default_path(path)
        conn = cls._open_checked(target)
        try:
            dek = crypto.unwrap(_read_slot(conn, "recovery"), recovery_key)
            old = _read_slot(conn, "passphrase")
            store = cls._finish_open(target, conn, dek)
        except BaseException:
            conn.close()
            raise
        store._set_passphrase(new_passphrase, old.n)
        return store

    @classmethod
    def open_from_env(cls, path: Path | None = None) -> Store:
        """For scripting and tests: the passphrase from ``CASUSPREP_PASSPHRASE``; creates the store if missing."""
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if not passphrase:
            raise StoreError(f"Geen wachtwoord: zet de omgevingsvariabele {PASSPHRASE_ENV}.")
        if not cls.exists(path):
            try:
                store, _recovery = cls.create(passphrase, path)
                return store
            except StoreError:
                if not cls.exists(path):  # lost a race with another process creating it: open that one
                    raise
        return cls.open(passphrase, path)

    @staticmethod
    def _open_checked(target: Path) -> sqlite3.Connection:
        _remove_stale_temporaries(target)
        if not target.is_file():
            raise StoreError("Er is nog geen casusbestand. Start casusprep om een wachtwoord in te stellen.")
        conn = _connect(target)
        try:
            _check_integrity(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @classmethod
    def _finish_open(cls, target: Path, conn: sqlite3.Connection, dek: bytes) -> Store:
        store = cls(target, conn, dek)
        _verify_records(conn, store._cipher)
        try:
            store._finish_removals()  # a removal interrupted by a crash is completed first
        except (OSError, sqlite3.Error, StoreError):
            log.warning("finishing an interrupted removal failed")
        try:
            store.backup()
        except (OSError, sqlite3.Error):
            log.warning("automatic backup on open failed", exc_info=False)
        return store

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase; the cases themselves stay as they are."""
        if not new_passphrase:
            raise StoreError("Kies een nieuw wachtwoord: het mag niet leeg zijn.")
        self._set_passphrase(new_passphrase, _read_slot(self._conn, "passphrase").n)

    def _set_passphrase(self, passphrase: str, n: int) -> None:
        slot = crypto.wrap_with_passphrase(self._dek, passphrase, n=n)
        with self._tx() as conn:
            _write_slot(conn, slot)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One atomic write transaction (BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error)."""
        with self._lock:
            if self._closed:
                raise StoreError("Het casusbestand is al gesloten.")
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # e.g. locked by another casusprep for too long
                raise StoreError(f"Bewaren lukt nu niet ({_sqlite_detail(exc)}). Probeer het zo opnieuw.") from None
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
                    raise DamagedStore(_sqlite_detail(exc)) from None
                if isinstance(exc, sqlite3.DatabaseError):  # disk full, read-only, I/O error
                    raise StoreError(
                        f"Bewaren is mislukt ({_sqlite_detail(exc)}). De vorige versie blijft ongewijzigd bewaard."
                    ) from None
                raise

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Reads under the lock; a file damaged while open surfaces as :class:`DamagedStore`."""
        with self._lock:
            if self._closed:
                raise StoreError("Het casusbestand is al gesloten.")
            try:
                yield
            except sqlite3.DatabaseError as exc:
                raise DamagedStore(_sqlite_detail(exc)) from None

    # ------------------------------------------------------------------- cases

    def save(self, case: Case) -> None:
        """Store the case in one transaction. Sets ``updated_at`` (and ``closed_on`` when closing)."""
        started = time.perf_counter()
        if not valid_case_id(case.id):
            raise StoreError(
                "Dit casusnummer kan niet bewaard worden: een casusnummer is een willekeurige code zoals casusprep "
                "die zelf maakt, nooit een naam."
            )
        case.touch()
        if case.status is Status.CLOSED and case.closed_on is None:
            case.closed_on = dt.date.today()
        content = case.model_dump_json().encode("utf-8")
        summary = json.dumps({"title": case.title, "open_actions": len(case.open_actions())}).encode("utf-8")
        sealed_content = self._cipher.seal(content, crypto.case_aad(case.id, SCHEMA_VERSION))
        sealed_summary = self._cipher.seal(summary, crypto.summary_aad(case.id, SCHEMA_VERSION))
        row = (
            case.id,
            SCHEMA_VERSION,
            case.status.value,
            case.updated_at.isoformat(),
            case.next_follow_up.isoformat() if case.next_follow_up else None,
            case.closed_on.isoformat() if case.closed_on else None,
            sealed_summary,
            sealed_content,
        )
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO cases (id, schema_version, status, updated_at, next_follow_up, closed_on, summary, "
                "content) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "schema_version=excluded.schema_version, status=excluded.status, updated_at=excluded.updated_at, "
                "next_follow_up=excluded.next_follow_up, closed_on=excluded.closed_on, summary=excluded.summary, "
                "content=excluded.content",
                row,
            )
        log.debug("case %s saved in %.1f ms", case.id, (time.perf_counter() - started) * 1000)
        try:
            self.backup()
        except (OSError, sqlite3.Error):
            log.warning("automatic backup after save failed")

    def has_case(self, case_id: str) -> bool:
        with self._reading():
            return self._conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None

    def load(self, case_id: str) -> Case:
        with self._reading():
            row = self._conn.execute("SELECT schema_version, content FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise CaseNotFound(case_id)
        version, blob = row
        try:
            data = json.loads(self._cipher.open(blob, crypto.case_aad(case_id, version)))
        except crypto.DecryptError:
            raise DamagedStore("een casus is niet meer leesbaar") from None
        try:
            return load_case(data)
        except (ValidationError, MigrationError):
            # The validation text would quote the stored (personal) values: never pass it on.
            raise StoreError(
                "Deze casus kan niet gelezen worden door deze versie van casusprep. Werk casusprep bij."
            ) from None

    def list(self) -> list[CaseSummary]:
        """All cases, most recently changed first; decrypts only the small summaries."""
        months = self.retention_months()
        with self._reading():
            rows = self._conn.execute(
                "SELECT id, schema_version, status, updated_at, next_follow_up, closed_on, summary FROM cases "
                "ORDER BY updated_at DESC, id"
            ).fetchall()
        out = []
        for case_id, version, status, updated_at, follow_up, closed_on, blob in rows:
            try:
                summary = json.loads(self._cipher.open(blob, crypto.summary_aad(case_id, version)))
            except crypto.DecryptError:
                raise DamagedStore("een casus is niet meer leesbaar") from None
            closed = _parse_date(closed_on)
            state = Status(status)
            out.append(
                CaseSummary(
                    id=case_id,
                    title=summary["title"],
                    status=state,
                    updated_at=datetime.fromisoformat(updated_at),
                    next_follow_up=_parse_date(follow_up),
                    open_actions=int(summary["open_actions"]),
                    closed_on=closed,
                    removal_on=add_months(closed, months) if closed and state is Status.CLOSED else None,
                )
            )
        return out

    def delete(self, case_id: str) -> None:
        """Remove a case and its audit entries without a trace: from the database file (secure_delete
        zeroes the freed bytes, VACUUM rebuilds the file) and from every backup.

        The id is noted as a pending removal in the same transaction; should the process die before
        the backups are cleaned, the next open finishes the job.
        """
        with self._tx() as conn:
            removed = conn.execute("DELETE FROM cases WHERE id = ?", (case_id,)).rowcount
            conn.execute("DELETE FROM audit WHERE case_id = ?", (case_id,))
            if not removed:
                raise CaseNotFound(case_id)
            pending = self._pending_removals(conn)
            self._write_pending(conn, [*pending, case_id])
        self._finish_removals()
        log.info("case %s removed", case_id)

    @staticmethod
    def _pending_removals(conn: sqlite3.Connection) -> list[str]:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (_PENDING_KEY,)).fetchone()
        return [i for i in row[0].split(",") if i] if row else []

    @staticmethod
    def _write_pending(conn: sqlite3.Connection, ids: list[str]) -> None:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
            (_PENDING_KEY, ",".join(dict.fromkeys(ids))),
        )

    def _finish_removals(self) -> None:
        """VACUUM the database and clean every backup of each pending removal, then clear the list."""
        with self._lock:
            pending = self._pending_removals(self._conn)
            if not pending:
                return
            self._conn.execute("VACUUM")
            for case_id in pending:
                self._scrub_backups(case_id)
            with self._tx() as conn:
                still = [i for i in self._pending_removals(conn) if i not in pending]
                self._write_pending(conn, still)

    # ------------------------------------------------------------------- audit

    def add_audit(
        self, case_id: str, document: str, purpose: str, recipient_kind: str, *, then: Callable[[], None] | None = None
    ) -> None:
        """Record that a document left the program. Sealed too: a purpose typed by a user could name someone.

        ``then`` runs inside the same transaction, after the entry is written and before it commits (the
        export moves the finished document into place there): when it fails, the entry is rolled back, so
        the log never holds an export that did not happen.
        """
        at = datetime.now(UTC).replace(microsecond=0)
        entry = json.dumps({"document": document, "purpose": purpose, "recipient_kind": recipient_kind}).encode()
        sealed = self._cipher.seal(entry, crypto.audit_aad(case_id))
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                raise CaseNotFound(case_id)
            conn.execute("INSERT INTO audit (case_id, at, entry) VALUES (?, ?, ?)", (case_id, at.isoformat(), sealed))
            if then is not None:
                then()

    def audit(self, case_id: str) -> list[AuditEntry]:
        with self._reading():
            rows = self._conn.execute(
                "SELECT at, entry FROM audit WHERE case_id = ? ORDER BY seq", (case_id,)
            ).fetchall()
        out = []
        for at, blob in rows:
            try:
                entry = json.loads(self._cipher.open(blob, crypto.audit_aad(case_id)))
            except crypto.DecryptError:
                raise DamagedStore("een logboekregel is niet meer leesbaar") from None
            out.append(AuditEntry(case_id=case_id, at=datetime.fromisoformat(at), **entry))
        return out

    # ---------------------------------------------------------------- settings

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._reading():
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Small non-personal settings, stored in plaintext (e.g. ``retention_months``)."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                (key, str(value)),
            )

    def _int_setting(self, key: str, default: int) -> int:
        value = self.get_setting(key)
        try:
            return int(value) if value is not None else default
        except ValueError:
            return default

    # --------------------------------------------------------------- retention

    def retention_months(self) -> int:
        """How long a closed case is kept, in months after ``closed_on`` (setting ``retention_months``)."""
        return max(0, self._int_setting("retention_months", DEFAULT_RETENTION_MONTHS))

    def removal_date(self, closed_on: dt.date) -> dt.date:
        return add_months(closed_on, self.retention_months())

    def due_for_removal(self, today: dt.date | None = None) -> list[CaseSummary]:
        """Closed cases whose removal date has come; the app offers to remove them."""
        today = today or dt.date.today()
        return [s for s in self.list() if s.removal_on is not None and s.removal_on <= today]

    # ----------------------------------------------------------------- backups

    def backup(self, *, force: bool = False) -> Path | None:
        """Copy the database into ``backups/`` when the last copy is older than the interval
        (setting ``backup_interval_minutes``), and keep the newest few (``backups_kept``).

        The copy is as encrypted as the database. It is written to a temporary name and renamed,
        so a crash never leaves a half-written file under a backup's name.
        """
        interval = dt.timedelta(minutes=self._int_setting("backup_interval_minutes", DEFAULT_BACKUP_INTERVAL_MINUTES))
        directory = backup_dir_for(self.path)
        now = datetime.now(UTC)
        existing = Store.list_backups(self.path)
        if not force and existing and now - existing[0].taken_at < interval:
            return None
        for stale in directory.glob(".tmp-*"):
            _unlink_quietly(stale)  # left by a crash during an earlier backup
        temp = directory / f".tmp-{secrets.token_hex(4)}.db"
        _create_private_file(temp)
        try:
            target_conn = sqlite3.connect(temp, isolation_level=None)
            try:
                with self._lock:
                    self._conn.backup(target_conn)
                target_conn.execute("PRAGMA journal_mode=DELETE")
            finally:
                target_conn.close()
            fd = os.open(temp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            final = directory / f"{BACKUP_PREFIX}{now.strftime(_BACKUP_STAMP)}.db"
            os.replace(temp, final)
            _fsync_dir(directory)
        finally:
            _unlink_quietly(temp)
        kept = max(1, self._int_setting("backups_kept", DEFAULT_BACKUPS_KEPT))
        for old in Store.list_backups(self.path)[kept:]:
            _unlink_quietly(old.path)
        log.debug("backup taken")
        return final

    @staticmethod
    def list_backups(path: Path | None = None) -> list[BackupInfo]:
        """The automatic backups of the store at ``path``, newest first."""
        directory = backup_dir_for(_default_path(path))
        found = []
        for candidate in directory.iterdir():
            stamp = _backup_stamp(candidate)
            if stamp is not None and candidate.is_file():
                found.append(BackupInfo(candidate, stamp, candidate.stat().st_size))
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    @classmethod
    def restore_backup(cls, backup: Path | str, passphrase: str, path: Path | None = None) -> Store:
        """Put a backup back in place of the (damaged) store and open it.

        The backup is checked first (integrity, passphrase, every record decrypts), so a bad
        backup never replaces anything. The current file is kept: as an ordinary backup when it is
        still sound, else as ``beschadigd-<tijd>.db`` in the backup folder (it holds only ciphertext).
        """
        target = _default_path(path)
        directory = backup_dir_for(target)
        source = Path(backup)
        if not source.is_absolute() and not source.exists():
            source = directory / source
        if not source.is_file():
            raise StoreError("Deze reservekopie bestaat niet. 'casusprep case backups' toont de reservekopieën.")
        check = _connect(source)  # read-write, so a backup interrupted while being cleaned is rolled back first
        try:
            _check_integrity(check)
            dek = crypto.unwrap(_read_slot(check, "passphrase"), passphrase)
            _verify_records(check, crypto.Cipher(dek))
        finally:
            check.close()

        stamp = datetime.now(UTC).strftime(_BACKUP_STAMP)
        temp = target.with_name(f".{target.name}.herstel-{secrets.token_hex(4)}")
        _create_private_file(temp)
        try:
            with open(source, "rb") as src, open(temp, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            if target.exists():
                cls._set_current_aside(target, directory, stamp, passphrase)
            os.replace(temp, target)
            _fsync_dir(target.parent)
        finally:
            _unlink_quietly(temp)
        log.info("backup restored")
        return cls.open(passphrase, target)

    @staticmethod
    def _set_current_aside(target: Path, directory: Path, stamp: str, passphrase: str) -> None:
        journal = target.with_name(target.name + "-journal")
        sound = False
        try:
            conn = _connect(target)  # rolls back a hot journal left by a crash
            try:
                _check_integrity(conn)
                dek = crypto.unwrap(_read_slot(conn, "passphrase"), passphrase)
                _verify_records(conn, crypto.Cipher(dek))
                sound = True
            finally:
                conn.close()
        except (StoreError, sqlite3.Error):
            sound = False
        if sound:
            os.replace(target, directory / f"{BACKUP_PREFIX}{stamp}.db")
            _unlink_quietly(journal)
        else:
            os.replace(target, directory / f"{DAMAGED_PREFIX}{stamp}.db")
            if journal.exists():
                os.replace(journal, directory / f"{DAMAGED_PREFIX}{stamp}.db-journal")
        _fsync_dir(directory)

    def _scrub_backups(self, case_id: str) -> None:
        """Remove one case from every backup, so a removal is a removal. A backup that cannot be
        scrubbed (damaged) is deleted rather than left holding the case."""
        directory = backup_dir_for(self.path)
        for candidate in sorted(directory.iterdir()):
            if candidate.suffix != ".db":
                continue
            try:
                conn = _connect(candidate)
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
                    conn.execute("DELETE FROM audit WHERE case_id = ?", (case_id,))
                    conn.execute("COMMIT")
                    conn.execute("VACUUM")
                finally:
                    conn.close()
            except (StoreError, sqlite3.Error):
                log.warning("a backup could not be cleaned and was deleted")
                _unlink_quietly(candidate)
                _unlink_quietly(candidate.with_name(candidate.name + "-journal"))
