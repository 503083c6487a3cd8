"""Keys that cannot be weakened or rolled back: authenticated slot parameters, a floor, re-wrap
upward, revisions bound to every case record and a chained audit log. Real SQLite, real crypto."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casusprep.case import SCHEMA_VERSION, new_id
from casusprep.example import example_case
from casusprep.store import DamagedStore, Store, WrongPassphrase, crypto
from casusprep.store.store import _SCHEMA

PASS = "een lang genoeg wachtwoord"


def _sql(path: Path, statement: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def _slot(path: Path, kind: str = "passphrase") -> tuple:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT kdf, n, r, p, salt, wrapped FROM keyslots WHERE kind = ?", (kind,)).fetchone()
    conn.close()
    return row


def _reported(path: Path, case_id: str, match: str) -> None:
    """Damage to one case is reported for that case (by its id, with the backups offered), never shown."""
    with Store.open(PASS, path) as store:
        assert case_id in store.damaged
        assert [s.id for s in store.list() if s.damaged] == [case_id]
        with pytest.raises(DamagedStore, match=match) as info:
            store.load(case_id)
        assert case_id in str(info.value) and "casusprep case restore" in str(info.value)


@pytest.fixture
def made() -> tuple[Path, str, str]:
    store, recovery = Store.create(PASS)
    case = example_case()
    store.save(case)
    store.close()
    return store.path, recovery, case.id


def test_new_slot_is_argon2id_at_or_above_the_owasp_floor(made: tuple[Path, str, str]) -> None:
    path, _, _ = made
    kdf, n, r, p, _, _ = _slot(path)
    assert kdf == "argon2id"
    floor_memory, floor_passes = crypto.ARGON2_FLOOR
    assert n * r >= floor_memory * floor_passes and n >= 19 * 1024 and p >= 1


@pytest.mark.parametrize(("column", "value"), [("n", 8), ("r", 1), ("p", 2), ("kdf", "scrypt"), ("salt", b"0" * 16)])
def test_lowered_parameters_make_the_slot_fail_instead_of_weak(
    made: tuple[Path, str, str], column: str, value: object
) -> None:
    path, recovery, _ = made
    _sql(path, f"UPDATE keyslots SET {column} = ? WHERE kind = 'passphrase'", (value,))
    with pytest.raises((WrongPassphrase, DamagedStore)):
        Store.open(PASS, path)
    # Recovery writes a fresh slot at the program's own parameters, never at the stored (lowered) ones.
    Store.recover(recovery, "een nieuwe lange zin voor later", path).close()
    kdf, n, r, _, _, _ = _slot(path)
    assert (kdf, n, r) == ("argon2id", crypto.ARGON2_MEMORY_KIB, crypto.ARGON2_PASSES)


def test_absurd_parameters_are_damage_not_a_hang_or_crash(made: tuple[Path, str, str]) -> None:
    path, _, _ = made
    _sql(path, "UPDATE keyslots SET n = ? WHERE kind = 'passphrase'", (2**40,))
    with pytest.raises(DamagedStore, match="beschadigd"):
        Store.open(PASS, path)


def _legacy_store(path: Path, case_json: bytes, case_id: str, audit_rows: int) -> None:
    """A store as casusprep wrote it before key slots were authenticated (format 1): scrypt slot with
    unauthenticated parameters, records bound only to id and schema version, audit rows unchained."""
    dek = AESGCM.generate_key(bit_length=256)
    aead = AESGCM(dek)

    def seal(key_aead: AESGCM, data: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + key_aead.encrypt(nonce, data, aad)

    salt = os.urandom(16)
    kek = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(PASS.encode())
    conn = sqlite3.connect(path)
    conn.executescript(_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('format_version', '1')")
    conn.execute(
        "INSERT INTO keyslots VALUES ('passphrase', 'scrypt', ?, ?, 8, 1, ?)",
        (salt, 2**14, seal(AESGCM(kek), dek, b"casusprep:dek:v1:passphrase")),
    )
    rsalt = os.urandom(16)
    conn.execute("INSERT INTO keyslots VALUES ('recovery', 'hkdf-sha256', ?, 0, 0, 0, ?)", (rsalt, os.urandom(60)))
    summary = json.dumps({"title": "Oude casus", "open_actions": 0}).encode()
    conn.execute(
        "INSERT INTO cases VALUES (?, ?, 'open', '2026-01-01T10:00:00+00:00', NULL, NULL, ?, ?)",
        (
            case_id,
            SCHEMA_VERSION,
            seal(aead, summary, f"casusprep:summary:{case_id}:v{SCHEMA_VERSION}".encode()),
            seal(aead, case_json, f"casusprep:case:{case_id}:v{SCHEMA_VERSION}".encode()),
        ),
    )
    for i in range(audit_rows):
        entry = json.dumps({"document": f"doc{i}", "purpose": "advies", "recipient_kind": "VK"}).encode()
        conn.execute(
            "INSERT INTO audit (case_id, at, entry) VALUES (?, ?, ?)",
            (case_id, f"2026-01-0{i + 1}T10:00:00+00:00", seal(aead, entry, f"casusprep:audit:{case_id}".encode())),
        )
    conn.commit()
    conn.close()


def test_a_legacy_store_is_migrated_and_its_slot_rewrapped_upward(data_dir: Path) -> None:
    case = example_case()
    path = data_dir / "casusprep.db"
    _legacy_store(path, case.model_dump_json().encode(), case.id, audit_rows=2)
    old_slot = _slot(path)
    with Store.open(PASS, path) as store:
        assert store.load(case.id) == case
        assert [e.document for e in store.audit(case.id)] == ["doc0", "doc1"]
        store.add_audit(case.id, "doc2", "advies", "VK")
    kdf, n, r, _, _, _ = _slot(path)
    assert kdf == "argon2id" and n == crypto.ARGON2_MEMORY_KIB and r == crypto.ARGON2_PASSES
    with Store.open(PASS, path) as again:
        assert len(again.audit(case.id)) == 3
    # The old, weaker slot copied back into the file is refused, not silently used.
    _sql(
        path,
        "UPDATE keyslots SET kdf = ?, n = ?, r = ?, p = ?, salt = ?, wrapped = ? WHERE kind = 'passphrase'",
        old_slot,
    )
    with pytest.raises(DamagedStore, match="oudere, zwakkere"):
        Store.open(PASS, path)


def _case_row(path: Path, case_id: str) -> tuple[bytes, bytes]:
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT summary, content FROM cases WHERE id = ?", (case_id,)).fetchone()
    conn.close()
    return row


def test_an_older_ciphertext_copied_back_is_detected(made: tuple[Path, str, str]) -> None:
    path, _, case_id = made
    old = _case_row(path, case_id)
    with Store.open(PASS, path) as store:
        case = store.load(case_id)
        case.title = "Nieuwere titel"
        store.save(case)
    _sql(path, "UPDATE cases SET summary = ?, content = ? WHERE id = ?", (*old, case_id))
    _reported(path, case_id, "oudere versie")


def test_a_case_removed_by_hand_is_detected(made: tuple[Path, str, str]) -> None:
    path, _, case_id = made
    _sql(path, "DELETE FROM cases WHERE id = ?", (case_id,))
    _reported(path, case_id, "verwijderd")


def test_a_case_copied_in_from_elsewhere_is_detected(made: tuple[Path, str, str]) -> None:
    path, _, case_id = made
    conn = sqlite3.connect(path)
    row = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
    conn.execute("INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ("ab" * 16, *row[1:]))
    conn.commit()
    conn.close()
    _reported(path, "ab" * 16, "zonder dat casusprep")


@pytest.mark.parametrize(
    "tamper",
    [
        "DELETE FROM audit WHERE seq = (SELECT MIN(seq) FROM audit)",
        "DELETE FROM audit WHERE seq = (SELECT MAX(seq) FROM audit)",
        "UPDATE audit SET at = '2020-01-01T00:00:00+00:00' WHERE seq = (SELECT MIN(seq) FROM audit)",
        "UPDATE audit SET seq = seq + 100 WHERE seq = (SELECT MIN(seq) FROM audit)",
        "DELETE FROM audit",
    ],
)
def test_audit_rows_removed_moved_or_redated_are_detected(made: tuple[Path, str, str], tamper: str) -> None:
    path, _, case_id = made
    with Store.open(PASS, path) as store:
        for i in range(3):
            store.add_audit(case_id, f"document {i}", "advies", "VK")
    _sql(path, tamper)
    _reported(path, case_id, "logboek")


def test_removal_and_backups_keep_the_manifest_consistent(made: tuple[Path, str, str]) -> None:
    path, _, case_id = made
    with Store.open(PASS, path) as store:
        store.add_audit(case_id, "document", "advies", "VK")
        other = example_case()
        other.id = new_id()
        store.save(other)
        store.backup(force=True)
        store.delete(case_id)
        assert [s.id for s in store.list()] == [other.id]
    for backup in Store.list_backups(path):
        restored = Store.restore_backup(backup.path, PASS, path)
        assert case_id not in [s.id for s in restored.list()]
        restored.close()
