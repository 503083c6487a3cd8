"""The case history with a real SQLite file and real encryption: what every save records, and that a
changed, removed or moved revision, or an older ciphertext put back, is reported as damage to that
one case (named, with its backups offered) while the other cases stay usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from casusprep.case import Case, Signal
from casusprep.example import example_case
from casusprep.store import DamagedStore, Store, StoreError

PASS = "een lang genoeg wachtwoord"


def _sql(path: Path, statement: str, params: tuple = ()) -> None:
    conn = sqlite3.connect(path)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def _rows(path: Path, case_id: str) -> list[tuple[int, int, bytes]]:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT seq, case_revision, entry FROM revisions WHERE case_id = ? ORDER BY seq", (case_id,)
    ).fetchall()
    conn.close()
    return rows


@pytest.fixture
def two_sessions() -> tuple[Path, str, str]:
    """A case edited in three sessions (three revisions) and a second, untouched case."""
    store, _ = Store.create(PASS)
    case = Case(title="werktitel")
    case.signals.append(Signal(observation="Ze huilde bij het afscheid."))
    other = example_case()
    store.save(case)
    store.save(other)
    store.close()
    for text in ("Ze huilde lang bij het afscheid.", "Ze huilde tien minuten bij het afscheid."):
        with Store.open(PASS, store.path) as session:
            edited = session.load(case.id)
            edited.signals[0].observation = text
            session.save(edited, reasons={edited.signals[0].id: "duur verduidelijkt"})
    return store.path, case.id, other.id


def test_every_change_is_a_revision_with_path_old_new_and_reason(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, _ = two_sessions
    with Store.open(PASS, path) as store:
        revisions = store.history(case_id)
        case = store.load(case_id)
    assert [r.number for r in revisions] == [1, 2, 3]
    assert [r.case_revision for r in revisions] == sorted({r.case_revision for r in revisions})
    first = {c.path: c for c in revisions[0].changes}
    assert first["title"].old is None and first["title"].new == "werktitel"
    assert first["signals[0].observation"].new == "Ze huilde bij het afscheid."
    [second] = revisions[1].changes
    assert (second.path, second.old, second.new) == (
        "signals[0].observation",
        "Ze huilde bij het afscheid.",
        "Ze huilde lang bij het afscheid.",
    )
    assert second.item == case.signals[0].id and second.reason == "duur verduidelijkt"
    assert revisions[2].changes[0].new == case.signals[0].observation


def test_saves_of_one_session_fold_into_one_revision(data_dir: Path) -> None:
    """Autosave while typing: one revision per session, from the value before it to the last one."""
    with Store.create(PASS)[0] as store:
        case = Case()
        case.signals.append(Signal())
        store.save(case)
        for text in ("Hij", "Hij sl", "Hij sloeg", "Hij sloeg op tafel."):
            case.signals[0].observation = text
            store.save(case)
        case.signals[0].observation = ""
        store.save(case)  # typed back to empty: that field drops out of the revision
        case.title = "t"
        store.save(case)
        revisions = store.history(case.id)
    assert len(revisions) == 1
    changes = {c.path: (c.old, c.new) for c in revisions[0].changes}
    assert "signals[0].observation" not in changes
    assert changes["title"] == ("", "t")


def test_a_note_starts_a_revision_of_its_own(data_dir: Path) -> None:
    with Store.create(PASS)[0] as store:
        case = Case(title="a")
        store.save(case)
        case.title = "b"
        store.save(case, note="bijgewerkt uit een JSON-bestand")
        case.title = "c"
        store.save(case)
        revisions = store.history(case.id)
    assert [r.note for r in revisions] == ["", "bijgewerkt uit een JSON-bestand", ""]
    assert [[c.new for c in r.changes if c.path == "title"] for r in revisions] == [["a"], ["b"], ["c"]]


def test_signals_are_matched_by_id_not_by_place(data_dir: Path) -> None:
    with Store.create(PASS)[0] as store:
        case = Case()
        case.signals += [Signal(observation="eerste"), Signal(observation="tweede")]
        store.save(case)
    with Store.open(PASS) as store:
        case = store.load(case.id)
        kept = case.signals[1].id
        del case.signals[0]
        store.save(case)
        [revision] = store.history(case.id)[1:]
    # The removed signal's fields went to empty; the second signal (now first) did not change.
    assert kept not in {c.item for c in revision.changes}
    assert [(c.path, c.old, c.new) for c in revision.changes if c.path.endswith("observation")] == [
        ("signals[0].observation", "eerste", None)
    ]


def test_the_history_is_encrypted_field_paths_included(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, _ = two_sessions
    raw = path.read_bytes()
    for needle in (b"observation", b"signals[0]", b"afscheid", b"duur verduidelijkt"):
        assert needle not in raw


def _assert_only_this_case_damaged(path: Path, case_id: str, other_id: str, match: str) -> None:
    with Store.open(PASS, path) as store:
        assert set(store.damaged) == {case_id}
        listed = {s.id: s for s in store.list()}
        assert listed[case_id].damaged and not listed[other_id].damaged
        with pytest.raises(DamagedStore, match=match) as info:
            store.history(case_id)
        message = str(info.value)
        assert case_id in message and "casusprep case backups" in message and "--casus" in message
        with pytest.raises(DamagedStore):
            store.load(case_id)
        with pytest.raises(DamagedStore):
            store.save(Case(id=case_id))
        assert store.load(other_id).title == example_case().title, "the intact case stays usable"
        assert store.history(other_id)


def test_a_changed_revision_is_damage(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    seq, _, entry = _rows(path, case_id)[1]
    flipped = bytearray(entry)
    flipped[len(flipped) // 2] ^= 0x01
    _sql(path, "UPDATE revisions SET entry = ? WHERE seq = ?", (bytes(flipped), seq))
    _assert_only_this_case_damaged(path, case_id, other_id, "geschiedenis")


@pytest.mark.parametrize("which", [0, 1, 2])
def test_a_removed_revision_is_damage(two_sessions: tuple[Path, str, str], which: int) -> None:
    path, case_id, other_id = two_sessions
    seq = _rows(path, case_id)[which][0]
    _sql(path, "DELETE FROM revisions WHERE seq = ?", (seq,))
    _assert_only_this_case_damaged(path, case_id, other_id, "geschiedenis")


def test_revisions_swapped_or_renumbered_are_damage(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    (s1, r1, e1), (s2, r2, e2), _ = _rows(path, case_id)
    _sql(path, "UPDATE revisions SET case_revision = ?, entry = ? WHERE seq = ?", (r2, e2, s1))
    _sql(path, "UPDATE revisions SET case_revision = ?, entry = ? WHERE seq = ?", (r1, e1, s2))
    _assert_only_this_case_damaged(path, case_id, other_id, "geschiedenis")


def test_a_revision_copied_to_another_case_is_damage(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    _, revision, entry = _rows(path, case_id)[0]
    _sql(path, "INSERT INTO revisions (case_id, case_revision, entry) VALUES (?, ?, ?)", (other_id, revision, entry))
    with Store.open(PASS, path) as store:
        assert set(store.damaged) == {other_id}


def test_an_older_case_ciphertext_put_back_is_damage(two_sessions: tuple[Path, str, str]) -> None:
    """The whole row of an earlier revision (summary, content and index) put back: a rollback."""
    path, case_id, other_id = two_sessions
    backup = Store.list_backups(path)[-1].path  # the first backup, from the first save
    conn = sqlite3.connect(backup)
    old = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
    conn.close()
    _sql(path, "DELETE FROM cases WHERE id = ?", (case_id,))
    _sql(path, "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)", old)
    _assert_only_this_case_damaged(path, case_id, other_id, "oudere versie")


def test_history_and_case_rolled_back_together_is_damage(two_sessions: tuple[Path, str, str]) -> None:
    """The case row and its history both put back to an earlier state: the manifest still knows better."""
    path, case_id, other_id = two_sessions
    first = Store.list_backups(path)[-1].path
    conn = sqlite3.connect(first)
    old_case = conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
    old_revisions = conn.execute("SELECT case_id, case_revision, entry FROM revisions WHERE case_id = ?", (case_id,))
    old_revisions = old_revisions.fetchall()
    conn.close()
    _sql(path, "DELETE FROM cases WHERE id = ?", (case_id,))
    _sql(path, "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)", old_case)
    _sql(path, "DELETE FROM revisions WHERE case_id = ?", (case_id,))
    for row in old_revisions:
        _sql(path, "INSERT INTO revisions (case_id, case_revision, entry) VALUES (?, ?, ?)", row)
    _assert_only_this_case_damaged(path, case_id, other_id, "beschadigd")


def test_no_backup_is_taken_over_a_damaged_case(two_sessions: tuple[Path, str, str]) -> None:
    """The good copies of a damaged case are in the backups: they are not rotated out."""
    path, case_id, other_id = two_sessions
    before = [b.path.name for b in Store.list_backups(path)]
    _sql(path, "DELETE FROM revisions WHERE case_id = ?", (case_id,))
    with Store.open(PASS, path) as store:
        other = store.load(other_id)
        other.title = "verder gewerkt"
        store.save(other)
        assert store.backup() is None
    assert [b.path.name for b in Store.list_backups(path)] == before


def test_a_damaged_case_is_restored_alone_from_a_backup(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    newest = Store.list_backups(path)[0]
    with Store.open(PASS, path) as store:
        other = store.load(other_id)
        other.title = "werk van na de reservekopie"
        store.save(other)
    seq = _rows(path, case_id)[-1][0]
    _sql(path, "DELETE FROM revisions WHERE seq = ?", (seq,))
    with Store.open(PASS, path) as store:
        assert case_id in store.damaged
        with pytest.raises(StoreError, match="bestaat niet"):
            store.restore_case(case_id, "casusprep-19990101T000000000000Z.db")
        restored = store.restore_case(case_id, newest.path.name)
        assert not store.damaged
        assert restored.signals[0].observation
        revisions = store.history(case_id)
        assert revisions[-1].note.startswith("teruggezet uit de reservekopie van")
        assert store.load(other_id).title == "werk van na de reservekopie", "the other case kept its newer work"
        restored.title = "verder"
        store.save(restored)
    with Store.open(PASS, path) as store:
        assert not store.damaged
        assert store.load(case_id).title == "verder"


def test_deleting_a_case_removes_its_history_too(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    traces = [entry[12:36] for _, _, entry in _rows(path, case_id)]
    with Store.open(PASS, path) as store:
        store.delete(case_id)
        with pytest.raises(KeyError):
            store.history(case_id)
    assert _rows(path, case_id) == []
    for file in path.parent.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert not any(t in data for t in traces), f"a revision of the removed case is left in {file.name}"
    with Store.open(PASS, path) as store:
        assert not store.damaged and [s.id for s in store.list()] == [other_id]


def test_a_damaged_case_can_still_be_deleted(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    _sql(path, "DELETE FROM cases WHERE id = ?", (case_id,))
    with Store.open(PASS, path) as store:
        assert case_id in store.damaged
        store.delete(case_id)
    with Store.open(PASS, path) as store:
        assert not store.damaged and [s.id for s in store.list()] == [other_id]


def test_the_history_table_dropped_is_damage(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, other_id = two_sessions
    _sql(path, "DROP TABLE revisions")
    with Store.open(PASS, path) as store:
        assert set(store.damaged) == {case_id, other_id}
        with pytest.raises(DamagedStore, match="ontbreken versies"):
            store.history(other_id)


def test_signals_first_saved_in_this_session_are_drafts(two_sessions: tuple[Path, str, str]) -> None:
    path, case_id, _ = two_sessions
    with Store.open(PASS, path) as store:
        case = store.load(case_id)
        registered = case.signals[0].id
        case.signals.append(Signal(observation="net toegevoegd"))
        store.save(case)
        assert store.session_drafts(case_id) == {case.signals[1].id}
        assert registered not in store.session_drafts(case_id)
    with Store.open(PASS, path) as store:
        assert store.session_drafts(case_id) == set(), "in the next session both are registered"
