"""No personal data in any file on disk, and a removal leaves nothing to recover.

These tests search the raw bytes of every file under the data directory (database, journal,
backups, anything else) for the example case's names and texts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casusprep.case import iter_text_fields
from casusprep.example import LOCATION, example_case
from casusprep.store import Store

PASS = "een lang genoeg wachtwoord"


def _needles(case) -> set[bytes]:
    """Every registered name (and its parts) and every free text of the case, as UTF-8 bytes."""
    texts: set[str] = {case.title}
    for person in case.persons:
        texts.add(person.name)
        texts.update(part for part in person.name.split() if len(part) > 3)
    texts.update(text for _, text in iter_text_fields(case) if len(text) >= 12)
    texts.add(LOCATION)
    out: set[bytes] = set()
    for text in texts:
        out.add(text.encode("utf-8"))
        out.add(text.lower().encode("utf-8"))
        out.add(text.encode("utf-16-le"))
    return out


def _all_files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _assert_absent(files: dict[Path, bytes], needles: set[bytes]) -> None:
    assert files
    for path, data in files.items():
        for needle in needles:
            assert needle not in data, f"plaintext found in {path.name}"


def _corrected(case):
    """The case after a correction in a later session: its earlier texts live on only in the history."""
    later = case.model_copy(deep=True)
    for signal in later.signals:
        signal.observation = "Bijgestuurd: " + signal.observation[::-1]
    later.persons[0].name = "Andere Naamgeving"
    return later


def test_no_name_or_text_in_any_file_after_import(data_dir: Path) -> None:
    case = example_case()
    store, _ = Store.create(PASS)
    store.save(case)
    store.add_audit(case.id, "vk", "advies voor " + case.persons[0].name, "VK")  # even a careless purpose
    store.close()
    store = Store.open(PASS)
    later = _corrected(case)
    store.save(later, reasons={s.id: "verbeterd na overleg met " + case.persons[0].name for s in later.signals})
    store.backup(force=True)
    assert store.load(case.id) == later
    assert store.history(case.id)[-1].changes, "the old texts are in the history"
    store.list()
    store.close()
    files = _all_files(data_dir)
    assert any(p.parent.name == "backups" for p in files), "backups are part of the search"
    _assert_absent(files, _needles(case) | _needles(later) | {b"observation", b"signals[", b"verbeterd na"})


def test_the_rollback_journal_holds_no_plaintext_either(data_dir: Path) -> None:
    """Mid-transaction the journal holds the old pages: they are ciphertext too."""
    case = example_case()
    with Store.create(PASS)[0] as store:
        store.save(case)
    conn = sqlite3.connect(data_dir / "casusprep.db", isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE cases SET content = zeroblob(20000)")
    journal = data_dir / "casusprep.db-journal"
    assert journal.exists() and journal.stat().st_size > 0
    try:
        _assert_absent(_all_files(data_dir), _needles(case))
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_removal_leaves_no_trace_in_the_file_or_the_backups(data_dir: Path) -> None:
    gone, kept = example_case(), example_case()
    kept.id = "0123456789ab"
    with Store.create(PASS)[0] as store:
        store.save(gone)
        store.save(kept)
        store.backup(force=True)
        store.save(_corrected(gone))  # a second revision: its history holds the first texts
        raw = sqlite3.connect(store.path)
        summary, content = raw.execute("SELECT summary, content FROM cases WHERE id = ?", (gone.id,)).fetchone()
        revisions = [r[0] for r in raw.execute("SELECT entry FROM revisions WHERE case_id = ?", (gone.id,))]
        raw.close()
        assert revisions
        # Chunks of the removed case's ciphertext: with the key, these would be the case again.
        blobs = (summary, content, *revisions)
        traces = {gone.id.encode()} | {blob[i : i + 24] for blob in blobs for i in (12, len(blob) // 2)}
        before = _all_files(data_dir)
        assert any(t in data for data in before.values() for t in traces), "the search can find the traces"
        store.delete(gone.id)
        assert [s.id for s in store.list()] == [kept.id]
    after = _all_files(data_dir)
    for path, data in after.items():
        for trace in traces:
            assert trace not in data, f"a trace of the removed case is left in {path.name}"
    _assert_absent(after, _needles(gone) | _needles(_corrected(gone)))
    # What was kept is intact in the cleaned backup taken after both saves.
    newest = Store.list_backups()[0]
    with Store.restore_backup(newest.path, PASS) as restored:
        assert [s.id for s in restored.list()] == [kept.id]
        assert restored.load(kept.id).persons[0].name == kept.persons[0].name


def test_a_removal_interrupted_before_the_backups_were_cleaned_is_finished_on_open(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case()
    with Store.create(PASS)[0] as store:
        store.save(case)
        store.backup(force=True)
        with monkeypatch.context() as patch:
            patch.setattr(Store, "_finish_removals", lambda self: None)  # the process "dies" right after the commit
            store.delete(case.id)
    assert any(case.id.encode() in p.read_bytes() for p in (data_dir / "backups").iterdir())
    with Store.open(PASS) as reopened:
        assert reopened.list() == []
        assert reopened.get_setting("_pending_removals") == ""
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert case.id.encode() not in path.read_bytes(), f"trace left in {path.name}"
