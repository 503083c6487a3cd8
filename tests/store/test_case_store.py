"""The encrypted store with a real SQLite file and real encryption: roundtrip, keys, integrity,
backups, audit, settings, retention."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from casusprep import locations
from casusprep.case import Action, Case, Status
from casusprep.example import CHILD, FATHER, MOTHER, example_case
from casusprep.store import (
    CaseNotFound,
    DamagedStore,
    Store,
    StoreError,
    WrongPassphrase,
    add_months,
)

PASS = "een lang genoeg wachtwoord"


@pytest.fixture
def store():
    s, _ = Store.create(PASS)
    yield s
    s.close()


def test_default_path_is_the_data_dir(store: Store, data_dir: Path) -> None:
    assert store.path == locations.database_path() == data_dir / "casusprep.db"
    assert Store.exists()


def test_roundtrip_through_a_closed_and_reopened_file(store: Store) -> None:
    case = example_case()
    store.save(case)
    store.close()
    with Store.open(PASS) as again:
        loaded = again.load(case.id)
        assert loaded == case
        assert loaded.persons[0].name == CHILD
        [summary] = again.list()
    assert summary.id == case.id
    assert summary.title == case.title
    assert summary.status is Status.FOLLOW_UP
    assert summary.next_follow_up == dt.date(2026, 12, 7)
    assert summary.open_actions == 2
    assert summary.closed_on is None and summary.removal_on is None


def test_save_updates_in_place_and_stamps_the_time(store: Store) -> None:
    case = example_case()
    before = case.updated_at
    store.save(case)
    assert case.updated_at > before
    case.question = "Een andere vraag"
    case.actions.append(Action(description="Nog iets doen"))
    store.save(case)
    assert [s.id for s in store.list()] == [case.id]
    assert store.load(case.id).question == "Een andere vraag"
    assert store.list()[0].open_actions == 3


def test_list_is_most_recent_first(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import casusprep.case as case_module

    clock = iter(dt.datetime(2026, 5, 1, 9, 0, i, tzinfo=dt.UTC) for i in range(10))
    monkeypatch.setattr(case_module, "now", lambda: next(clock))
    first, second = Case(title="eerste"), Case(title="tweede")
    store.save(first)
    store.save(second)
    assert [s.title for s in store.list()] == ["tweede", "eerste"]
    store.save(first)  # changed again: moves to the top
    assert [s.title for s in store.list()] == ["eerste", "tweede"]


def test_wrong_passphrase_is_refused_in_dutch(store: Store) -> None:
    store.save(example_case())
    store.close()
    with pytest.raises(WrongPassphrase) as info:
        Store.open("niet het juiste wachtwoord")
    message = str(info.value)
    assert "wachtwoord klopt niet" in message
    assert "niet het juiste" not in message
    Store.open(PASS).close()  # the right one still works


def test_recovery_key_unlocks_and_sets_a_new_passphrase(store: Store) -> None:
    store.close()
    Path(locations.database_path()).unlink()
    fresh, recovery_key = Store.create(PASS)
    fresh.save(example_case())
    fresh.close()
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", recovery_key)
    typed = recovery_key.lower().replace("-", " ")  # as a person might type it over
    with Store.open_with_recovery(typed, "mijn nieuw wachtwoord") as recovered:
        assert len(recovered.list()) == 1
    with pytest.raises(WrongPassphrase):
        Store.open(PASS)
    Store.open("mijn nieuw wachtwoord").close()
    Store.open_with_recovery(recovery_key, "nog een ander wachtwoord").close()  # the key stays valid


def test_wrong_recovery_key_is_refused(store: Store) -> None:
    store.close()
    with pytest.raises(WrongPassphrase, match="herstelsleutel klopt niet"):
        Store.open_with_recovery("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789", "nieuw wachtwoord")
    with pytest.raises(WrongPassphrase, match="32 tekens"):
        Store.open_with_recovery("te kort", "nieuw wachtwoord")
    Store.open(PASS).close()


def test_change_passphrase(store: Store) -> None:
    store.change_passphrase(PASS, "ander wachtwoord")
    store.close()
    with pytest.raises(WrongPassphrase):
        Store.open(PASS)
    Store.open("ander wachtwoord").close()


def test_create_refuses_an_existing_store_and_an_empty_passphrase(store: Store) -> None:
    with pytest.raises(StoreError):
        Store.create(PASS)
    with pytest.raises(StoreError):
        Store.create("", store.path.with_name("ander.db"))


def test_open_without_store_says_so() -> None:
    assert not Store.exists()
    with pytest.raises(StoreError, match="nog geen casusbestand"):
        Store.open(PASS)


def test_open_from_env_creates_then_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(StoreError, match="CASUSPREP_PASSPHRASE"):
        Store.open_from_env()
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    with Store.open_from_env() as created:
        created.save(example_case())
    with Store.open_from_env() as opened:
        assert len(opened.list()) == 1


def test_unknown_case_is_a_dutch_key_error(store: Store) -> None:
    with pytest.raises(CaseNotFound) as info:
        store.load("bestaatniet")
    assert isinstance(info.value, KeyError) and isinstance(info.value, StoreError)
    assert "geen casus" in str(info.value) and "bestaatniet" not in str(info.value)
    with pytest.raises(KeyError):
        store.delete("bestaatniet")


def test_file_and_directory_modes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh_dir = tmp_path / "nieuw" / "casusprep"
    fresh_dir.mkdir(parents=True, mode=0o755)
    fresh_dir.chmod(0o755)  # as a user might have made it by hand
    monkeypatch.setenv("CASUSPREP_DATA_DIR", str(fresh_dir))
    with Store.create(PASS)[0] as created:
        created.save(example_case())
        assert created.path.parent == fresh_dir
    assert stat.S_IMODE(fresh_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(locations.database_path().stat().st_mode) == 0o600
    backups = Store.list_backups()
    assert backups
    assert stat.S_IMODE(backups[0].path.parent.stat().st_mode) == 0o700
    for b in backups:
        assert stat.S_IMODE(b.path.stat().st_mode) == 0o600


def test_only_index_columns_are_plaintext(store: Store) -> None:
    case = example_case()
    store.save(case)
    conn = sqlite3.connect(store.path)
    row = conn.execute("SELECT id, status, next_follow_up, closed_on, summary, content FROM cases").fetchone()
    conn.close()
    assert row[:4] == (case.id, "in_opvolging", "2026-12-07", None)
    assert case.title.encode() not in row[4]
    assert b"Vanhoutte" not in row[5]


def test_a_record_moved_to_another_case_does_not_decrypt(store: Store) -> None:
    """The AAD binds each record to its id: swapping ciphertexts is detected as damage."""
    a, b = Case(title="a"), Case(title="b")
    store.save(a)
    store.save(b)
    store.close()
    conn = sqlite3.connect(locations.database_path())
    blob_a = conn.execute("SELECT content FROM cases WHERE id = ?", (a.id,)).fetchone()[0]
    conn.execute("UPDATE cases SET content = ? WHERE id = ?", (blob_a, b.id))
    conn.commit()
    conn.close()
    with Store.open(PASS) as reopened:
        assert list(reopened.damaged) == [b.id]
        with pytest.raises(DamagedStore, match="beschadigd"):
            reopened.load(b.id)
        assert reopened.load(a.id).title == "a", "the intact case stays usable"


def test_a_flipped_bit_in_a_record_is_found_on_open(store: Store) -> None:
    case = example_case()
    store.save(case)
    store.close()
    conn = sqlite3.connect(locations.database_path())
    blob = bytearray(conn.execute("SELECT content FROM cases").fetchone()[0])
    blob[len(blob) // 2] ^= 0x01
    conn.execute("UPDATE cases SET content = ?", (bytes(blob),))
    conn.commit()
    conn.close()
    with Store.open(PASS) as reopened:
        assert case.id in reopened.damaged
        with pytest.raises(DamagedStore) as info:
            reopened.load(case.id)
    assert "reservekopie" in str(info.value) and case.id in str(info.value)


def _damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 8, len(data), 4096):  # scramble every b-tree page header past page 1
        data[offset - 8 : offset + 40] = b"\xa5" * 48
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["pages", "header", "truncated"])
def test_damaged_file_is_detected_and_a_backup_restores_it(store: Store, damage: str) -> None:
    case = example_case()
    store.save(case)  # first save takes a backup
    assert len(Store.list_backups()) == 1
    store.close()
    path = locations.database_path()
    if damage == "pages":
        _damage_pages(path)
    elif damage == "header":
        path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])
    else:
        path.write_bytes(path.read_bytes()[:5000])
    with pytest.raises(DamagedStore) as info:
        Store.open(PASS)
    assert "beschadigd" in str(info.value) and "casusprep case restore" in str(info.value)

    [backup] = Store.list_backups()
    with pytest.raises(WrongPassphrase):
        Store.restore_backup(backup.path, "fout wachtwoord")
    restored = Store.restore_backup(backup.path.name, PASS)
    try:
        assert restored.load(case.id) == case
    finally:
        restored.close()
    damaged = [p.name for p in locations.backup_dir().iterdir() if p.name.startswith("beschadigd-")]
    assert damaged, "the damaged file is kept aside, not silently overwritten"


def test_restoring_over_a_sound_store_keeps_it_as_a_backup(store: Store) -> None:
    first = Case(title="eerste")
    store.save(first)
    second = Case(title="tweede")
    store.save(second)
    store.close()
    [backup] = Store.list_backups()  # taken at the first save only (interval)
    with Store.restore_backup(backup.path, PASS) as restored:
        assert [s.title for s in restored.list()] == ["eerste"]
    newest = Store.list_backups()[0]
    with Store.restore_backup(newest.path, PASS) as again:
        assert {s.title for s in again.list()} == {"eerste", "tweede"}


def test_backups_are_rate_limited_and_rotated(store: Store) -> None:
    store.save(Case(title="x"))
    assert len(Store.list_backups()) == 1
    assert store.backup() is None  # the last one is recent
    store.set_setting("backups_kept", "3")
    for _ in range(5):
        assert store.backup(force=True) is not None
    backups = Store.list_backups()
    assert len(backups) == 3
    assert backups == sorted(backups, key=lambda b: b.taken_at, reverse=True)
    store.set_setting("backup_interval_minutes", "0")
    assert store.backup() is not None


def test_restore_of_a_missing_backup_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="bestaat niet"):
        Store.restore_backup("casusprep-19990101T000000000000Z.db", PASS)


def test_audit_entries(store: Store) -> None:
    case = example_case()
    store.save(case)
    store.add_audit(case.id, "vk", "anoniem advies", "VK")
    store.add_audit(case.id, "kindbespreking", "kindbespreking", "school")
    entries = store.audit(case.id)
    assert [(e.document, e.purpose, e.recipient_kind) for e in entries] == [
        ("vk", "anoniem advies", "VK"),
        ("kindbespreking", "kindbespreking", "school"),
    ]
    assert entries[0].at.tzinfo is not None
    with pytest.raises(CaseNotFound):
        store.add_audit("bestaatniet", "vk", "x", "VK")
    store.delete(case.id)
    assert store.audit(case.id) == []


def test_settings(store: Store) -> None:
    assert store.get_setting("retention_months") is None
    assert store.get_setting("retention_months", "12") == "12"
    store.set_setting("retention_months", "6")
    store.close()
    with Store.open(PASS) as again:
        assert again.get_setting("retention_months") == "6"
        assert again.retention_months() == 6


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 3, 15), 12) == dt.date(2026, 3, 15)
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)


def test_retention_dates_and_due_cases(store: Store) -> None:
    closed = example_case()
    closed.status = Status.CLOSED
    closed.closed_on = dt.date(2025, 1, 31)
    still_open = Case(title="open")
    store.save(closed)
    store.save(still_open)
    by_id = {s.id: s for s in store.list()}
    assert by_id[closed.id].removal_on == dt.date(2026, 1, 31)
    assert by_id[still_open.id].removal_on is None
    assert [s.id for s in store.due_for_removal(dt.date(2026, 1, 30))] == []
    assert [s.id for s in store.due_for_removal(dt.date(2026, 1, 31))] == [closed.id]
    store.set_setting("retention_months", "24")
    assert store.due_for_removal(dt.date(2026, 6, 1)) == []
    assert {s.id: s.removal_on for s in store.list()}[closed.id] == dt.date(2027, 1, 31)


def test_closing_a_case_sets_its_closing_date(store: Store) -> None:
    case = Case(title="afsluiten")
    case.status = Status.CLOSED
    store.save(case)
    assert case.closed_on == dt.date.today()
    assert store.list()[0].closed_on == dt.date.today()


def test_no_personal_data_in_log_messages(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    case = example_case()
    store.save(case)
    store.load(case.id)
    store.list()
    store.backup(force=True)
    store.delete(case.id)
    assert caplog.records, "the store logs its operations"
    for name in (CHILD, MOTHER, FATHER, "Vanhoutte", case.title):
        assert name not in caplog.text


def test_half_made_files_from_a_crash_are_removed_on_open(store: Store) -> None:
    import os

    store.close()
    stale = store.path.with_name(f".{store.path.name}.herstel-0badc0de")
    stale.write_bytes(b"kopie")
    fresh = store.path.with_name(f".{store.path.name}.nieuw-00c0ffee")
    fresh.write_bytes(b"bezig")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    Store.open(PASS).close()
    assert not stale.exists()
    assert fresh.exists(), "a recent one may belong to another process at work"


def test_only_generated_ids_reach_the_plaintext_index(store: Store) -> None:
    case = Case(title="x")
    case.id = "noorvanhoutte"
    with pytest.raises(StoreError, match="nooit een naam"):
        store.save(case)
    assert store.list() == []


def test_a_failed_write_keeps_the_previous_version(store: Store) -> None:
    """A write that fails inside its transaction is rolled back as a whole, with a Dutch message."""
    case = example_case()
    store.save(case)
    store.close()
    conn = sqlite3.connect(locations.database_path())
    conn.execute(
        "CREATE TRIGGER refuse BEFORE UPDATE ON cases BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END"
    )
    conn.commit()
    conn.close()
    with Store.open(PASS) as again:
        case.question = "gewijzigd"
        with pytest.raises(StoreError, match="vorige versie blijft ongewijzigd"):
            again.save(case)
        assert again.load(case.id).question == example_case().question
        again.save(Case(title="nieuw"))  # the store stays usable after the failure
        assert len(again.list()) == 2
