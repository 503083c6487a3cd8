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
  The AAD binds each record to its case id, schema version and revision, so records cannot be
  swapped or rolled back; a sealed manifest (:mod:`casusprep.store.manifest`) keeps the current
  revisions and the audit log's chain.
* ``temp_store=MEMORY``: sorting or VACUUM never writes temporary files outside the data directory.
* Creating a store happens in a temporary file that is linked into place only when complete, so a
  crash during the first use never leaves a half-made store behind.
"""

from __future__ import annotations

import builtins
import calendar
import copy
import datetime as dt
import json
import logging
import os
import secrets
import sqlite3
import stat
import sys
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
from casusprep.settings import PASSPHRASE_ENV, passphrase_from_env
from casusprep.store import crypto, history, manifest
from casusprep.store.errors import (
    CaseNotFound,
    DamagedCase,
    DamagedStore,
    StoreError,
    TooManyAttempts,
    WrongPassphrase,
)
from casusprep.store.passphrase import passphrase_problems
from casusprep.store.texts import STORE

log = logging.getLogger(__name__)

FORMAT_VERSION = 2  # 2: Argon2id key slots with authenticated parameters, revisions, chained audit log

MAX_RETENTION_MONTHS = 1200  # a hundred years; more is a typing error, and dates must stay in range
_FAILED_KEY = "_failed_unlocks"
# Wrong attempts slow down, never lock out: no wait for the first three, then 1, 2, 4 ... 30 s.
_FREE_ATTEMPTS = 3
_MAX_WAIT_S = 30.0

DEFAULT_RETENTION_MONTHS = 12
DEFAULT_BACKUP_INTERVAL_MINUTES = 15
DEFAULT_BACKUPS_KEPT = 5

BACKUP_PREFIX = "casusprep-"
DAMAGED_PREFIX = "beschadigd-"
_BACKUP_STAMP = "%Y%m%dT%H%M%S%fZ"
_PENDING_KEY = "_pending_removals"

# Case ids are stored in plaintext, so only random-looking ids (as casusprep.case.new_id makes) are
# accepted: an id typed by someone could be a child's name.
_CASE_ID = manifest.CASE_ID


def valid_case_id(case_id: str) -> bool:
    """Whether ``case_id`` has the form of a generated id and may go into the plaintext index."""
    return bool(_CASE_ID.fullmatch(case_id))


# The history of every case (see casusprep.store.history); a store made before it gets the table at its
# first write. The case revision is plaintext like the audit's time: a number, bound by the entry's AAD.
_REVISIONS_SCHEMA = """
CREATE TABLE IF NOT EXISTS revisions (
    seq INTEGER PRIMARY KEY, case_id TEXT NOT NULL, case_revision INTEGER NOT NULL, entry BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS revisions_case ON revisions (case_id);
"""

_SCHEMA = (
    """
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
    + _REVISIONS_SCHEMA
)


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
    damaged: bool = False  # listed by its id so it is seen, never opened: see Store.damaged


@dataclass(frozen=True)
class AuditEntry:
    """A record that a document left the program: what, why, to whom (a kind, never a name)."""

    case_id: str
    at: datetime
    document: str
    purpose: str
    recipient_kind: str
    detail: str = ""  # what the entry's maker needs to read back (a handover: the state handed over)


@dataclass(frozen=True)
class AuditNote:
    """A log entry to write (see :meth:`Store.add_audit`); ``detail`` is sealed with it, never shown raw."""

    document: str
    purpose: str
    recipient_kind: str
    detail: str = ""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).

    A result past the calendar's range (year 9999) is :data:`datetime.date.max`, before year 1
    :data:`datetime.date.min`: a stored date can never make a screen that computes with it crash.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
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
        raise DamagedStore(STORE.INTEGRITY_ERRORS.format(count=len(rows)))
    if not {"meta", "keyslots", "cases", "audit", "settings"} <= tables:
        raise DamagedStore(STORE.TABLES_MISSING)


def _read_slot(conn: sqlite3.Connection, kind: str) -> crypto.KeySlot:
    try:
        row = conn.execute("SELECT kind, kdf, salt, n, r, p, wrapped FROM keyslots WHERE kind = ?", (kind,)).fetchone()
    except sqlite3.DatabaseError as exc:
        raise DamagedStore(_sqlite_detail(exc)) from None
    if row is None:
        raise DamagedStore(STORE.KEY_MISSING)
    return crypto.KeySlot(*row)


def _write_slot(conn: sqlite3.Connection, slot: crypto.KeySlot) -> None:
    conn.execute(
        "INSERT INTO keyslots (kind, kdf, salt, n, r, p, wrapped) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (kind) DO UPDATE SET kdf=excluded.kdf, salt=excluded.salt, n=excluded.n, r=excluded.r, "
        "p=excluded.p, wrapped=excluded.wrapped",
        (slot.kind, slot.kdf, slot.salt, slot.n, slot.r, slot.p, slot.wrapped),
    )


def _verify_records(conn: sqlite3.Connection, cipher: crypto.Cipher) -> dict[str, str]:
    """Decrypt (not parse) every record and check it against the manifest: a flipped bit, a rolled
    back case, a removed audit row or a changed revision is found now, not when a case is opened.
    Returns the damaged cases (id -> detail); damage to the store as a whole raises."""
    try:
        return manifest.verify(conn, cipher)[1]
    except sqlite3.DatabaseError as exc:
        raise DamagedStore(_sqlite_detail(exc)) from None


def _ensure_revisions(conn: sqlite3.Connection) -> None:
    """Add the history table to a store made before it (statement by statement: executescript would
    commit the transaction it runs in)."""
    for statement in _REVISIONS_SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


def _verify_whole(conn: sqlite3.Connection, cipher: crypto.Cipher) -> None:
    """A file that is to replace the store (a backup being restored) must be sound in every case."""
    damaged = _verify_records(conn, cipher)
    if damaged:
        case_id, detail = sorted(damaged.items())[0]
        raise DamagedStore(STORE.DAMAGED_CASE_NAMED.format(case_id=case_id, detail=detail))


def _damaged_summary(case_id: str) -> CaseSummary:
    """A damaged case in the list: only its id, so it is seen and can be restored or removed."""
    return CaseSummary(
        id=case_id,
        title="",
        status=Status.OPEN,
        updated_at=datetime.min.replace(tzinfo=UTC),
        next_follow_up=None,
        open_actions=0,
        closed_on=None,
        damaged=True,
    )


def _parse_date(text: object) -> dt.date | None:
    """A plaintext index date; anything else than an ISO date there was not written by casusprep."""
    if text is None or text == "":
        return None
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        raise DamagedStore(STORE.INDEX_DATE_INVALID) from None


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


def _check_new_passphrase(passphrase: str) -> None:
    problems = passphrase_problems(passphrase)
    if problems:
        raise StoreError(" ".join(problems))


def _failures(conn: sqlite3.Connection) -> tuple[int, float]:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (_FAILED_KEY,)).fetchone()
    except sqlite3.Error:
        return 0, 0.0
    try:
        count, at = row[0].split(":") if row else ("0", "0")
        return max(0, int(count)), float(at)
    except ValueError:
        return 0, 0.0


def _wait_after_failures(conn: sqlite3.Connection) -> float:
    count, at = _failures(conn)
    if count < _FREE_ATTEMPTS:
        return 0.0
    wait = min(_MAX_WAIT_S, 2.0 ** min(count - _FREE_ATTEMPTS, 16))
    elapsed = time.time() - at
    # A clock set back (or a time written in the future) never makes the wait longer than the cap.
    return 0.0 if elapsed >= wait else min(wait - max(elapsed, 0.0), wait)


def _record_failure(conn: sqlite3.Connection, count: int) -> None:
    with suppress(sqlite3.Error):  # a read-only or full disk must not turn a wrong passphrase into a crash
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value=excluded.value",
            (_FAILED_KEY, f"{count}:{time.time():.3f}"),
        )


def _unwrap_counted(conn: sqlite3.Connection, slot: crypto.KeySlot, secret: str) -> bytes:
    """Unwrap, slowing down repeated wrong attempts (the count lives in the file, so it holds across
    the app and the command line) without ever locking anyone out for good."""
    wait = _wait_after_failures(conn)
    if wait > 0:
        raise TooManyAttempts(wait)
    try:
        dek = crypto.unwrap(slot, secret)
    except WrongPassphrase:
        _record_failure(conn, _failures(conn)[0] + 1)
        raise
    if _failures(conn)[0]:
        with suppress(sqlite3.Error):
            conn.execute("DELETE FROM settings WHERE key = ?", (_FAILED_KEY,))
    return dek


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
        # Cases whose record, log or history did not add up when the store was opened (id -> detail).
        self.damaged: dict[str, str] = {}
        # One unlock is one session: its saves of a case fold into one history entry (see save()).
        self._session = secrets.token_hex(8)
        self._own_heads: dict[str, tuple[str, str, history.Revision]] = {}  # id -> (head, previous, entry)

    # ----------------------------------------------------------------- opening

    @staticmethod
    def exists(path: Path | None = None) -> bool:
        return _default_path(path).is_file()

    @classmethod
    def create(cls, passphrase: str, path: Path | None = None) -> tuple[Store, str]:
        """Make a new store; returns it with the recovery key, which is shown to the user once.

        A passphrase that :func:`passphrase_problems` finds weak is refused with its reasons.
        """
        _check_new_passphrase(passphrase)
        target = _default_path(path)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _make_private_dir(target.parent)
        if target.exists():
            raise StoreError(STORE.STORE_EXISTS)
        try:
            return cls._create(target, passphrase)
        except (sqlite3.Error, OSError) as exc:
            if isinstance(exc, FileExistsError):
                raise StoreError(STORE.STORE_EXISTS) from None
            raise StoreError(STORE.CANNOT_CREATE) from None

    @classmethod
    def _create(cls, target: Path, passphrase: str) -> tuple[Store, str]:
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
                _write_slot(conn, crypto.wrap_with_passphrase(dek, passphrase))
                _write_slot(conn, crypto.wrap_with_recovery(dek, recovery_key))
                manifest.write(conn, crypto.Cipher(dek), manifest.Manifest())
                conn.execute("COMMIT")
            finally:
                conn.close()
            try:
                os.link(temp, target)  # never overwrites a store made at the same moment elsewhere
            except FileExistsError:
                raise StoreError(STORE.STORE_EXISTS) from None
            except OSError:  # a file system without hard links
                if target.exists():
                    raise StoreError(STORE.STORE_EXISTS) from None
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
            slot = _read_slot(conn, "passphrase")
            dek = _unwrap_counted(conn, slot, passphrase)
            store = cls._finish_open(target, conn, dek, opened_with=slot)
        except BaseException:
            conn.close()
            raise
        if not crypto.meets_floor(slot):
            try:
                store._write_slots(crypto.wrap_with_passphrase(dek, passphrase))  # older or weaker: re-wrap upward
            except StoreError:
                log.warning("re-wrapping an older key slot failed (read-only or full disk); retried at the next open")
        return store

    @classmethod
    def open_with_recovery(cls, recovery_key: str, new_passphrase: str, path: Path | None = None) -> Store:
        """Unlock with the recovery key and set a new passphrase (the recovery key stays valid)."""
        _check_new_passphrase(new_passphrase)
        target = _default_path(path)
        conn = cls._open_checked(target)
        try:
            slot = _read_slot(conn, "recovery")
            dek = _unwrap_counted(conn, slot, recovery_key)
            store = cls._finish_open(target, conn, dek)
        except BaseException:
            conn.close()
            raise
        slots = [crypto.wrap_with_passphrase(dek, new_passphrase)]
        if not crypto.meets_floor(slot):
            slots.append(crypto.wrap_with_recovery(dek, recovery_key))
        store._write_slots(*slots)
        return store

    recover = open_with_recovery

    @staticmethod
    def unlock_wait(path: Path | None = None) -> float:
        """Seconds to wait before the next unlock attempt is taken (0 when it may be tried now)."""
        target = _default_path(path)
        if not target.is_file():
            return 0.0
        try:
            conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=10)
            try:
                return _wait_after_failures(conn)
            finally:
                conn.close()
        except sqlite3.Error:
            return 0.0

    @classmethod
    def open_from_env(cls, path: Path | None = None) -> Store:
        """For scripting and tests: the passphrase from ``CASUSPREP_PASSPHRASE``; creates the store if missing."""
        passphrase = passphrase_from_env()
        if not passphrase:
            raise StoreError(STORE.NO_PASSPHRASE_ENV.format(variable=PASSPHRASE_ENV))
        if not cls.exists(path):
            try:
                store, recovery = cls.create(passphrase, path)
                print(STORE.NEW_STORE_RECOVERY_KEY.format(recovery=recovery), file=sys.stderr)
                return store
            except StoreError:
                if not cls.exists(path):  # lost a race with another process creating it: open that one
                    raise
        return cls.open(passphrase, path)

    @staticmethod
    def _open_checked(target: Path) -> sqlite3.Connection:
        _remove_stale_temporaries(target)
        if not target.is_file():
            raise StoreError(STORE.NO_STORE_YET)
        conn = _connect(target)
        try:
            _check_integrity(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    @classmethod
    def _finish_open(
        cls, target: Path, conn: sqlite3.Connection, dek: bytes, opened_with: crypto.KeySlot | None = None
    ) -> Store:
        store = cls(target, conn, dek)
        store._upgrade_format(opened_with)
        store.damaged = _verify_records(conn, store._cipher)
        if store.damaged:
            log.info("%d damaged case(s) found on open", len(store.damaged))
        try:
            store._finish_removals()  # a removal interrupted by a crash is completed first
        except (OSError, sqlite3.Error, StoreError):
            log.warning("finishing an interrupted removal failed")
        try:
            store.backup()
        except (OSError, sqlite3.Error):
            log.warning("automatic backup on open failed", exc_info=False)
        return store

    def _upgrade_format(self, opened_with: crypto.KeySlot | None) -> None:
        """Bring a store of an earlier version up to date once (revisions, chained audit log), and
        refuse a passphrase slot older than what the manifest says the store already had (a weaker
        slot copied back into the file). Recovery replaces that slot, so it is not checked then."""
        with self._reading():
            current = manifest.read(self._conn, self._cipher)
        if current is not None:
            if opened_with and current.slots >= manifest.SLOT_VERSION and not crypto.meets_floor(opened_with):
                raise DamagedStore(STORE.KEY_DOWNGRADED)
            return  # nothing to write: a read-only data folder still opens
        with self._tx() as conn:
            current = manifest.read(conn, self._cipher)
            if current is None:
                manifest.upgrade(conn, self._cipher)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('format_version', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value=excluded.value",
                    (str(FORMAT_VERSION),),
                )
                log.info("store upgraded to format %d", FORMAT_VERSION)
            elif opened_with and current.slots >= manifest.SLOT_VERSION and not crypto.meets_floor(opened_with):
                raise DamagedStore(STORE.KEY_DOWNGRADED)

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase; the cases themselves stay as they are.

        The current passphrase is asked again, so an unlocked screen left alone is not enough to
        take the store over.
        """
        with self._lock:
            crypto.unwrap(_read_slot(self._conn, "passphrase"), old_passphrase)
        _check_new_passphrase(new_passphrase)
        self._write_slots(crypto.wrap_with_passphrase(self._dek, new_passphrase))

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this store's passphrase (the app's privacy lock asks it again)."""
        try:
            with self._lock:
                crypto.unwrap(_read_slot(self._conn, "passphrase"), passphrase)
        except WrongPassphrase:
            return False
        return True

    def rotate_recovery_key(self) -> str:
        """A new recovery key replaces the old one (which stops working); show it to the user once."""
        key = crypto.new_recovery_key()
        self._write_slots(crypto.wrap_with_recovery(self._dek, key))
        log.info("recovery key rotated")
        return key

    def _write_slots(self, *slots: crypto.KeySlot) -> None:
        with self._tx() as conn:
            for slot in slots:
                _write_slot(conn, slot)
            current = manifest.read(conn, self._cipher)
            if (
                current is not None
                and current.slots < manifest.SLOT_VERSION
                and crypto.meets_floor(_read_slot(conn, "passphrase"))
            ):
                current.slots = manifest.SLOT_VERSION
                manifest.write(conn, self._cipher, current)

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
                raise StoreError(STORE.CLOSED)
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:  # e.g. locked by another casusprep for too long
                raise StoreError(STORE.SAVE_BUSY.format(detail=_sqlite_detail(exc))) from None
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
                    raise DamagedStore(_sqlite_detail(exc)) from None
                if isinstance(exc, sqlite3.DatabaseError):  # disk full, read-only, I/O error
                    raise StoreError(STORE.SAVE_FAILED.format(detail=_sqlite_detail(exc))) from None
                raise

    @contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        """Several reads in one read transaction, so another process's commit cannot fall between them."""
        with self._reading():
            conn = self._conn
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Reads under the lock; a file damaged while open surfaces as :class:`DamagedStore`."""
        with self._lock:
            if self._closed:
                raise StoreError(STORE.CLOSED)
            try:
                yield
            except sqlite3.DatabaseError as exc:
                raise DamagedStore(_sqlite_detail(exc)) from None

    # ------------------------------------------------------------------- cases

    def save(
        self, case: Case, *, reasons: dict[str, str] | None = None, note: str = "", audit: AuditNote | None = None
    ) -> None:
        """Store the case in one transaction, with what changed as a revision in its history.

        ``audit`` is an entry for the case's log written in the same transaction (an imported handover):
        the case never changes without its entry, nor the log without the change, whatever stops the save.

        Sets ``updated_at`` (and ``closed_on`` when closing). The history needs nothing from the caller:
        the change is the difference with the stored version. ``reasons`` (item id -> the coach's reason)
        go with the changes of a registered signal she corrected; ``note`` says where a revision came from
        (an import, a handover) and always starts a revision of its own. Saves of one session without a
        note fold into one revision, so autosave while typing does not make one per pause.
        """
        started = time.perf_counter()
        if not valid_case_id(case.id):
            raise StoreError(STORE.INVALID_CASE_ID)
        if case.id in self.damaged:
            raise DamagedCase(case.id, self.damaged[case.id])
        case.touch()
        if case.status is Status.CLOSED and case.closed_on is None:
            case.closed_on = dt.date.today()
        content = case.model_dump_json().encode("utf-8")
        summary = json.dumps({"title": case.title, "open_actions": len(case.open_actions())}).encode("utf-8")
        kept_head = copy.deepcopy(self._own_heads.get(case.id))  # a later save of the session merges into it
        try:
            with self._tx() as conn:
                # The revision is taken and sealed inside the write transaction, so two writers never
                # seal the same revision.
                current = self._manifest(conn)
                revision = current.cases.get(case.id, 0) + 1
                before = conn.execute("SELECT schema_version, content FROM cases WHERE id = ?", (case.id,)).fetchone()
                old = None
                if before is not None:
                    old = json.loads(
                        manifest.open_case(self._cipher, current, case.id, before[0], before[1], summary=False)
                    )
                changes = history.diff(old, json.loads(content))
                if changes or note or self._reason_for_own_head(case.id, reasons or {}):
                    self._record(conn, current, case.id, revision, changes, reasons or {}, note)
                row = (
                    case.id,
                    SCHEMA_VERSION,
                    case.status.value,
                    case.updated_at.isoformat(),
                    case.next_follow_up.isoformat() if case.next_follow_up else None,
                    case.closed_on.isoformat() if case.closed_on else None,
                    self._cipher.seal(summary, crypto.summary_aad(case.id, SCHEMA_VERSION, revision)),
                    self._cipher.seal(content, crypto.case_aad(case.id, SCHEMA_VERSION, revision)),
                )
                current.cases[case.id] = revision
                if audit is not None:
                    self._append_audit(conn, current, case.id, audit)
                manifest.write(conn, self._cipher, current)
                conn.execute(
                    "INSERT INTO cases (id, schema_version, status, updated_at, next_follow_up, closed_on, summary, "
                    "content) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    "schema_version=excluded.schema_version, status=excluded.status, updated_at=excluded.updated_at, "
                    "next_follow_up=excluded.next_follow_up, closed_on=excluded.closed_on, summary=excluded.summary, "
                    "content=excluded.content",
                    row,
                )
        except BaseException:
            # The session's revision went with the rolled-back transaction: the next save must not build on it.
            if kept_head is None:
                self._own_heads.pop(case.id, None)
            else:
                self._own_heads[case.id] = kept_head
            raise
        log.debug("case %s saved in %.1f ms", case.id, (time.perf_counter() - started) * 1000)
        try:
            self.backup()
        except (OSError, sqlite3.Error):
            log.warning("automatic backup after save failed")

    def _reason_for_own_head(self, case_id: str, reasons: dict[str, str]) -> bool:
        """A reason given after the change was saved (the app asks when the coach moves on) joins the
        session's revision that holds the change."""
        own = self._own_heads.get(case_id)
        return own is not None and any(
            c.item in reasons and reasons[c.item] and c.reason != reasons[c.item] for c in own[2].changes
        )

    def _record(
        self,
        conn: sqlite3.Connection,
        current: manifest.Manifest,
        case_id: str,
        revision: int,
        changes: builtins.list[history.Change],
        reasons: dict[str, str],
        note: str,
    ) -> None:
        """Append the revision to the case's history, or fold it into this session's last one when
        that is still the head (nothing else wrote to this case since)."""
        _ensure_revisions(conn)
        history.apply_reasons(changes, reasons)
        at = datetime.now(UTC).replace(microsecond=0).isoformat()
        head = current.history.get(case_id, (0, "", 0))[1]
        own = self._own_heads.get(case_id)
        if own is not None and own[0] == head and head and not note and not own[2].note:
            previous, entry = own[1], own[2]
            entry.changes = history.merge(entry.changes, changes)
            history.apply_reasons(entry.changes, reasons)
            entry.at, entry.case_revision = at, revision
            sealed, _ = manifest.seal_revision(
                self._cipher, current, case_id, revision, json.dumps(entry.as_json()).encode(), previous
            )
            conn.execute(
                "UPDATE revisions SET case_revision = ?, entry = ? WHERE seq = "
                "(SELECT MAX(seq) FROM revisions WHERE case_id = ?)",
                (revision, sealed, case_id),
            )
        else:
            previous = head
            number = current.history.get(case_id, (0, "", 0))[0] + 1
            entry = history.Revision(number, revision, at, self._session, note, changes)
            sealed, _ = manifest.seal_revision(
                self._cipher, current, case_id, revision, json.dumps(entry.as_json()).encode(), previous
            )
            conn.execute(
                "INSERT INTO revisions (case_id, case_revision, entry) VALUES (?, ?, ?)", (case_id, revision, sealed)
            )
        self._own_heads[case_id] = (current.history[case_id][1], previous, entry)

    def history(self, case_id: str) -> builtins.list[history.Revision]:
        """The case's revisions, oldest first, checked whole: a changed, removed or moved revision, or
        the case put back to an older version, is :class:`DamagedCase`, never a shorter history."""
        if case_id in self.damaged:
            raise DamagedCase(case_id, self.damaged[case_id])
        with self._snapshot() as conn:
            if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                raise CaseNotFound(case_id)
            rows = manifest.history_rows(conn, case_id)
            try:
                plain = manifest.open_history(self._cipher, self._manifest(conn), case_id, [r[1:] for r in rows])
            except DamagedCase as exc:
                self.damaged[case_id] = exc.detail
                raise
        try:
            return [history.Revision.from_json(json.loads(p)) for p in plain]
        except (ValueError, KeyError, TypeError):
            raise DamagedCase(case_id, STORE.HISTORY_UNREADABLE) from None

    def session_drafts(self, case_id: str) -> set[str]:
        """The items (signals, persons, actions) of the case that were first saved in this session: drafts,
        not yet registered. A signal is registered once it was saved in an earlier session."""
        try:
            revisions = self.history(case_id)
        except CaseNotFound:
            return set()
        first: dict[str, str] = {}
        for revision in revisions:
            for change in revision.changes:
                if change.item:
                    first.setdefault(change.item, revision.session)
        return {item for item, session in first.items() if session == self._session}

    def revision(self, case_id: str) -> int:
        """The case's revision counter: the number of times it was saved (a document names it)."""
        with self._snapshot() as conn:
            current = self._manifest(conn)
        if case_id not in current.cases:
            raise CaseNotFound(case_id)
        return current.cases[case_id]

    def has_case(self, case_id: str) -> bool:
        with self._reading():
            return self._conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None

    def _manifest(self, conn: sqlite3.Connection) -> manifest.Manifest:
        current = manifest.read(conn, self._cipher)
        if current is None:
            raise DamagedStore(STORE.MANIFEST_MISSING)
        return current

    def load(self, case_id: str) -> Case:
        """The case; a damaged one is :class:`DamagedCase` (named, with its backups offered), never shown."""
        if case_id in self.damaged:
            raise DamagedCase(case_id, self.damaged[case_id])
        with self._snapshot() as conn:
            row = conn.execute("SELECT schema_version, content FROM cases WHERE id = ?", (case_id,)).fetchone()
            if row is None:
                raise CaseNotFound(case_id)
            version, blob = row
            try:
                plain = manifest.open_case(self._cipher, self._manifest(conn), case_id, version, blob, summary=False)
            except DamagedCase as exc:
                self.damaged[case_id] = exc.detail
                raise
        try:
            data = json.loads(plain)
        except ValueError:
            raise DamagedStore(STORE.DAMAGED_CASE) from None
        try:
            return load_case(data, stored=True)
        except (ValidationError, MigrationError, ValueError, TypeError, RecursionError):
            # The validation text would quote the stored (personal) values: never pass it on.
            raise StoreError(STORE.CASE_TOO_NEW) from None

    def list(self) -> list[CaseSummary]:
        """All cases, most recently changed first; decrypts only the small summaries."""
        months = self.retention_months()
        with self._snapshot() as conn:
            rows = conn.execute(
                "SELECT id, schema_version, status, updated_at, next_follow_up, closed_on, summary FROM cases "
                "ORDER BY updated_at DESC, id"
            ).fetchall()
            current = self._manifest(conn)
        out = []
        for case_id, version, status, updated_at, follow_up, closed_on, blob in rows:
            # The plaintext index columns can be edited by hand: anything casusprep did not write
            # there is damage to that case, never a crash and never the end of the others.
            if manifest.report_id(case_id) != case_id:
                continue  # a row casusprep never wrote: named by verify under a neutral name, never by its id
            try:
                if case_id in self.damaged:
                    raise DamagedCase(case_id, self.damaged[case_id])
                plain = manifest.open_case(self._cipher, current, case_id, version, blob, summary=True)
                try:
                    summary = json.loads(plain)
                    title = str(summary["title"])
                    open_actions = int(summary["open_actions"])
                    state = Status(status)
                    changed = datetime.fromisoformat(str(updated_at))
                    closed = _parse_date(closed_on)
                    follow = _parse_date(follow_up)
                except (ValueError, KeyError, TypeError, DamagedStore):
                    raise DamagedCase(case_id, STORE.INDEX_INVALID) from None
            except DamagedCase as exc:
                self.damaged.setdefault(case_id, exc.detail)
                out.append(_damaged_summary(case_id))
                continue
            out.append(
                CaseSummary(
                    id=case_id,
                    title=title,
                    status=state,
                    updated_at=changed,
                    next_follow_up=follow,
                    open_actions=open_actions,
                    closed_on=closed,
                    removal_on=add_months(closed, months) if closed and state is Status.CLOSED else None,
                )
            )
        listed = {s.id for s in out}
        out += [_damaged_summary(i) for i in sorted(self.damaged) if i not in listed]  # its row was removed
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
            _ensure_revisions(conn)
            conn.execute("DELETE FROM revisions WHERE case_id = ?", (case_id,))
            current = self._manifest(conn)
            if not removed and case_id not in current.cases:  # a damaged case whose row is gone is still removable
                raise CaseNotFound(case_id)
            current.forget(case_id)
            manifest.write(conn, self._cipher, current)
            pending = self._pending_removals(conn)
            self._write_pending(conn, [*pending, case_id])
        self.damaged.pop(case_id, None)
        self._own_heads.pop(case_id, None)
        self._finish_removals()
        log.info("case %s removed", case_id)

    @staticmethod
    def _pending_removals(conn: sqlite3.Connection) -> builtins.list[str]:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (_PENDING_KEY,)).fetchone()
        return [i for i in row[0].split(",") if i] if row else []

    @staticmethod
    def _write_pending(conn: sqlite3.Connection, ids: builtins.list[str]) -> None:
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
            try:
                self._conn.execute("VACUUM")
            except sqlite3.Error:
                # Full disk or I/O error: the rows are gone and secure_delete zeroed their bytes;
                # the rebuild of the file is retried at the next open (the removal stays pending).
                log.warning("VACUUM after a removal failed; retried at the next open")
                for case_id in pending:
                    self._scrub_backups(case_id)
                return
            for case_id in pending:
                self._scrub_backups(case_id)
            with self._tx() as conn:
                still = [i for i in self._pending_removals(conn) if i not in pending]
                self._write_pending(conn, still)

    # ------------------------------------------------------------------- audit

    def add_audit(
        self,
        case_id: str,
        document: str,
        purpose: str,
        recipient_kind: str,
        *,
        then: Callable[[], None] | None = None,
        detail: str = "",
    ) -> None:
        """Record that a document left the program. Sealed too: a purpose typed by a user could name someone.

        ``then`` runs inside the same transaction, after the entry is written and before it commits (the
        export moves the finished document into place there): when it fails, the entry is rolled back, so
        the log never holds an export that did not happen.
        """
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
                raise CaseNotFound(case_id)
            current = self._manifest(conn)
            self._append_audit(conn, current, case_id, AuditNote(document, purpose, recipient_kind, detail))
            manifest.write(conn, self._cipher, current)
            if then is not None:
                then()

    def _append_audit(
        self, conn: sqlite3.Connection, current: manifest.Manifest, case_id: str, note: AuditNote
    ) -> None:
        """Seal one log entry into the open transaction and advance ``current``'s chain (the caller writes it)."""
        at = datetime.now(UTC).replace(microsecond=0).isoformat()
        fields = {"document": note.document, "purpose": note.purpose, "recipient_kind": note.recipient_kind}
        if note.detail:
            fields["detail"] = note.detail
        sealed = manifest.seal_audit(self._cipher, current, case_id, at, json.dumps(fields).encode())
        conn.execute("INSERT INTO audit (case_id, at, entry) VALUES (?, ?, ?)", (case_id, at, sealed))

    def audit(self, case_id: str) -> builtins.list[AuditEntry]:
        """The case's log, checked whole: a row removed, moved or re-dated is reported as damage."""
        with self._snapshot() as conn:
            rows = conn.execute("SELECT at, entry FROM audit WHERE case_id = ? ORDER BY seq", (case_id,)).fetchall()
            plain = manifest.open_audit(self._cipher, self._manifest(conn), case_id, rows)
        out = []
        for (at, _), blob in zip(rows, plain, strict=True):
            try:
                entry = json.loads(blob)
                out.append(AuditEntry(case_id=case_id, at=datetime.fromisoformat(at), **entry))
            except (ValueError, TypeError):
                raise DamagedStore(STORE.DAMAGED_AUDIT_ROW) from None
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
        return min(MAX_RETENTION_MONTHS, max(0, self._int_setting("retention_months", DEFAULT_RETENTION_MONTHS)))

    def removal_date(self, closed_on: dt.date) -> dt.date:
        return add_months(closed_on, self.retention_months())

    def due_for_removal(self, today: dt.date | None = None) -> builtins.list[CaseSummary]:
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
        if self.damaged and not force:
            # The good copies of a damaged case are in the backups: rotating them out would lose them.
            return None
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
    def list_backups(path: Path | None = None) -> builtins.list[BackupInfo]:
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
            raise StoreError(STORE.NO_SUCH_BACKUP)
        check = _connect(source)  # read-write, so a backup interrupted while being cleaned is rolled back first
        try:
            _check_integrity(check)
            dek = crypto.unwrap(_read_slot(check, "passphrase"), passphrase)
            _verify_whole(check, crypto.Cipher(dek))
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

    def restore_case(self, case_id: str, backup: Path | str) -> Case:
        """Put back one case from a backup, leaving every other case as it is now (a damaged case is
        repaired without losing the work done on the others since that backup).

        The case's record, log and history are copied as they are in the backup and checked there first;
        the record is sealed again under a revision higher than any it had, so a copy of what the case
        held before the restore cannot be put back unnoticed, and the history says it was restored.
        """
        source = Path(backup)
        if not source.is_absolute() and not source.exists():
            source = backup_dir_for(self.path) / source
        if not source.is_file() or source.resolve() == self.path.resolve():
            raise StoreError(STORE.NO_SUCH_BACKUP)
        stamp = _backup_stamp(source)
        try:
            check = _connect(source)
            try:
                _check_integrity(check)
                kept = manifest.read(check, self._cipher)  # a backup of this store has the same data key
                if kept is None or case_id not in kept.cases:
                    raise StoreError(STORE.RESTORE_CASE_NOT_IN_BACKUP)
                if case_id in manifest.verify(check, self._cipher)[1]:
                    raise StoreError(STORE.RESTORE_CASE_DAMAGED_IN_BACKUP)
                row = check.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
                audit_rows = check.execute(
                    "SELECT case_id, at, entry FROM audit WHERE case_id = ? ORDER BY seq", (case_id,)
                ).fetchall()
                revisions = manifest.history_rows(check, case_id)
            finally:
                check.close()
        except DamagedStore:
            raise StoreError(STORE.RESTORE_CASE_FOREIGN_BACKUP) from None
        except sqlite3.Error as exc:
            raise StoreError(STORE.RESTORE_CASE_UNREADABLE.format(detail=_sqlite_detail(exc))) from None
        _, version, status, updated_at, follow_up, closed_on, summary_blob, content_blob = row
        summary = manifest.open_case(self._cipher, kept, case_id, version, summary_blob, summary=True)
        content = manifest.open_case(self._cipher, kept, case_id, version, content_blob, summary=False)
        with self._tx() as conn:
            _ensure_revisions(conn)
            current = self._manifest(conn)
            revision = max(current.cases.get(case_id, 0), kept.cases[case_id]) + 1
            for table, column in (("cases", "id"), ("audit", "case_id"), ("revisions", "case_id")):
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (case_id,))  # noqa: S608 - fixed names
            conn.execute(
                "INSERT INTO cases (id, schema_version, status, updated_at, next_follow_up, closed_on, summary, "
                "content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    case_id,
                    version,
                    status,
                    updated_at,
                    follow_up,
                    closed_on,
                    self._cipher.seal(summary, crypto.summary_aad(case_id, version, revision)),
                    self._cipher.seal(content, crypto.case_aad(case_id, version, revision)),
                ),
            )
            conn.executemany("INSERT INTO audit (case_id, at, entry) VALUES (?, ?, ?)", audit_rows)
            conn.executemany("INSERT INTO revisions (case_id, case_revision, entry) VALUES (?, ?, ?)", revisions)
            current.forget(case_id)
            current.cases[case_id] = revision
            if case_id in kept.audit:
                current.audit[case_id] = kept.audit[case_id]
            if case_id in kept.history:
                current.history[case_id] = kept.history[case_id]
            self._own_heads.pop(case_id, None)
            when = stamp.strftime("%d/%m/%Y %H:%M") + " UTC" if stamp else source.name
            self._record(conn, current, case_id, revision, [], {}, STORE.RESTORED_NOTE.format(when=when))
            manifest.write(conn, self._cipher, current)
        self.damaged.pop(case_id, None)
        log.info("case %s restored from a backup", case_id)
        return self.load(case_id)

    @staticmethod
    def _set_current_aside(target: Path, directory: Path, stamp: str, passphrase: str) -> None:
        journal = target.with_name(target.name + "-journal")
        sound = False
        try:
            conn = _connect(target)  # rolls back a hot journal left by a crash
            try:
                _check_integrity(conn)
                dek = crypto.unwrap(_read_slot(conn, "passphrase"), passphrase)
                _verify_whole(conn, crypto.Cipher(dek))
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
                    _ensure_revisions(conn)
                    conn.execute("DELETE FROM revisions WHERE case_id = ?", (case_id,))
                    kept = manifest.read(conn, self._cipher)
                    if kept is not None:
                        kept.forget(case_id)
                        manifest.write(conn, self._cipher, kept)
                    conn.execute("COMMIT")
                    conn.execute("VACUUM")
                finally:
                    conn.close()
            except (StoreError, sqlite3.Error):
                log.warning("a backup could not be cleaned and was deleted")
                _unlink_quietly(candidate)
                _unlink_quietly(candidate.with_name(candidate.name + "-journal"))
