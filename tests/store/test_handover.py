"""Handing a case to a colleague: a real age file between two real stores in two data folders.

Each test that opens a file pays age's scrypt (a few seconds), so one handover file is made per module and
the logic of older handovers and local changes is tested on opened handovers.
"""

from __future__ import annotations

import json
import os
from datetime import timedelta
from pathlib import Path

import pyrage
import pytest

from casusprep import handover
from casusprep.case import new_id
from casusprep.example import CHILD, example_case
from casusprep.handover import DOCUMENT_IN, DOCUMENT_OUT, Handover
from casusprep.store import Store

PASS_A = "stoel van glas in de tuin"
PASS_B = "trein naar zee met drie katten"
HANDOVER_PASS = "paarse olifant danst op zolder"


def _strings(value) -> list[str]:
    """Every string in a dumped case (names, free texts, choices, dates as text)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _needles(case) -> set[bytes]:
    """Every name (and its parts) and every text of the case, in the encodings it could sit in a file."""
    texts = {s for s in _strings(case.model_dump(mode="json")) if len(s) >= 4}
    for person in case.persons:
        texts.update(part for part in person.name.split() if len(part) > 3)
    return {v for t in texts for v in (t.encode(), t.lower().encode(), t.encode("utf-16-le"), json.dumps(t).encode())}


@pytest.fixture(scope="module")
def sender(tmp_path_factory: pytest.TempPathFactory):
    """Store A with the example case, and one handover file of it written to a colleague verantwoordelijke."""
    root = tmp_path_factory.mktemp("handover")
    store, _ = Store.create(PASS_A, root / "a" / "casusprep.db")
    case = example_case()
    store.save(case)
    target = root / handover.default_file_name()
    path = handover.write_handover(store, case.id, target, HANDOVER_PASS, "verantwoordelijke")
    yield store, case.id, path
    store.close()


@pytest.fixture
def receiver(tmp_path: Path):
    store, _ = Store.create(PASS_B, tmp_path / "b" / "casusprep.db")
    yield store
    store.close()


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_round_trip_between_two_data_folders_keeps_every_field(sender, receiver) -> None:
    store_a, case_id, path = sender
    opened = handover.read_handover(path, HANDOVER_PASS)
    result = handover.import_handover(receiver, opened, "coach")
    assert result.kind == "new" and result.case_id == case_id

    sent = store_a.load(case_id).model_dump(mode="json")
    got = receiver.load(case_id).model_dump(mode="json")
    assert set(sent) == set(got)
    for field in sent:
        if field == "updated_at":  # the receiving store's save sets its own time of change
            continue
        assert got[field] == sent[field], f"field {field} differs after the handover"
    assert receiver.path.parent != store_a.path.parent


def test_file_name_and_bytes_reveal_nothing_without_the_passphrase(sender) -> None:
    store_a, case_id, path = sender
    case = store_a.load(case_id)
    assert path.name.startswith("overdracht-") and path.suffix == ".age"
    data = path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    needles = _needles(case)
    assert len(needles) > 100
    for needle in needles:
        assert needle not in data, "case content readable in the handover file"
    assert not any(part.lower() in path.name.lower() for p in case.persons for part in p.name.split())
    assert case_id.encode() not in data
    assert os.stat(path).st_mode & 0o077 == 0, "the handover file is for the user only"


def test_both_directions_are_in_the_audit_logs_by_role_only(sender, receiver) -> None:
    store_a, case_id, path = sender
    handover.import_handover(receiver, handover.read_handover(path, HANDOVER_PASS), "coach")
    out = [e for e in store_a.audit(case_id) if e.document == DOCUMENT_OUT]
    got = receiver.audit(case_id)
    assert len(out) == 1 and out[0].recipient_kind == "collega verantwoordelijke"
    assert [e.document for e in got] == [DOCUMENT_IN] and got[0].recipient_kind == "collega pedagogisch coach"
    case = store_a.load(case_id)
    names = {p.name for p in case.persons} | {part for p in case.persons for part in p.name.split()}
    for entry in [*out, *got]:
        assert entry.at.tzinfo is not None
        shown = f"{entry.purpose} {entry.recipient_kind} {entry.document}"
        assert not any(name in shown for name in names)
    assert "niet geanonimiseerd" in out[0].purpose


def test_a_wrong_passphrase_imports_nothing(sender, receiver) -> None:
    _, _, path = sender
    before = _files(receiver.path.parent)
    with pytest.raises(handover.WrongHandoverPassphrase) as caught:
        handover.read_handover(path, "een ander lang wachtwoord")
    assert "wachtwoord van de overdracht klopt niet" in str(caught.value)
    assert receiver.list() == [] and _files(receiver.path.parent) == before


def test_the_app_decrypts_in_a_child_process_with_the_same_result(sender) -> None:
    """The app runs age's scrypt in a child process (pyrage holds the GIL): same case, same Dutch errors."""
    store_a, case_id, path = sender
    opened = handover.read_handover(path, HANDOVER_PASS, separate_process=True)
    assert opened.case.model_dump(mode="json") == store_a.load(case_id).model_dump(mode="json")
    with pytest.raises(handover.WrongHandoverPassphrase):
        handover.read_handover(path, "een ander lang wachtwoord", separate_process=True)


@pytest.mark.parametrize("keep", [0.5, 0.98])
def test_a_truncated_file_is_damaged_not_a_wrong_passphrase(sender, tmp_path: Path, keep: float) -> None:
    _, _, path = sender
    data = path.read_bytes()
    cut = tmp_path / "half.age"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(handover.DamagedHandover) as caught:
        handover.read_handover(cut, HANDOVER_PASS)
    assert "beschadigd of onvolledig" in str(caught.value) and "niets ingelezen" in str(caught.value)


def test_files_of_another_kind_are_refused_in_dutch(tmp_path: Path) -> None:
    other_json = pyrage.passphrase.encrypt(json.dumps({"title": "boodschappen"}).encode(), HANDOVER_PASS)
    for_keys = pyrage.encrypt(b"{}", [pyrage.x25519.Identity.generate().to_public()])
    for data in (b"PK\x03\x04 a word document", json.dumps({"id": new_id()}).encode(), for_keys, other_json):
        assert handover.looks_like_handover(data) == data.startswith(b"age-")
        with pytest.raises(handover.NotAHandover) as caught:
            handover.unseal(data, HANDOVER_PASS)
        assert str(caught.value) == "Dit bestand is geen overdracht van casusprep. Er is niets ingelezen."
    missing = tmp_path / "weg.age"
    with pytest.raises(handover.HandoverError, match="bestaat niet"):
        handover.read_handover(missing, HANDOVER_PASS)


def test_a_newer_format_version_asks_for_an_update() -> None:
    payload = {"format": handover.PAYLOAD_FORMAT, "version": 99, "written_at": "2026-01-01T00:00:00+00:00"}
    data = pyrage.passphrase.encrypt(json.dumps(payload).encode(), HANDOVER_PASS)
    with pytest.raises(handover.HandoverError, match="nieuwere versie"):
        handover.unseal(data, HANDOVER_PASS)


def test_weak_or_own_passphrases_and_names_in_the_file_name_are_refused(sender, tmp_path: Path) -> None:
    store_a, case_id, _ = sender
    for weak in ("kort", "wachtwoord123", CHILD.split()[0].lower() + " " + CHILD.split()[1].lower()):
        with pytest.raises(handover.HandoverError, match="Er is niets weggeschreven"):
            handover.write_handover(store_a, case_id, tmp_path / "x.age", weak, "coach")
    with pytest.raises(handover.HandoverError, match="ander wachtwoord dan je eigen"):
        handover.write_handover(store_a, case_id, tmp_path / "x.age", PASS_A, "coach")
    with pytest.raises(handover.HandoverError, match="bestandsnaam bevat een naam"):
        handover.write_handover(store_a, case_id, tmp_path / f"{CHILD.split()[0]}.age", HANDOVER_PASS, "coach")
    assert list(tmp_path.iterdir()) == []
    assert [e.document for e in store_a.audit(case_id)] == [DOCUMENT_OUT], "a refused handover is not logged"


# ------------------------------------------------------------- updates: no copies, no silent loss of work


def _opened(case, *, later: timedelta = timedelta(0)) -> Handover:
    """A handover as :func:`handover.unseal` returns it, of ``case`` as it would be ``later`` on."""
    copy = case.model_copy(deep=True)
    copy.updated_at = copy.updated_at + later
    return Handover(case=copy, written_at=copy.updated_at)


def test_a_newer_handover_of_the_same_case_updates_it_instead_of_copying(sender, receiver) -> None:
    store_a, case_id, path = sender
    handover.import_handover(receiver, handover.read_handover(path, HANDOVER_PASS), "coach")
    revision = receiver.revision(case_id)
    newer = receiver.load(case_id)
    newer.question = "Hoe stemmen we de opvolging af met de ouders?"
    result = handover.import_handover(receiver, _opened(newer, later=timedelta(hours=1)), "verantwoordelijke")
    assert result.kind == "update" and "geen kopie" in result.message
    assert receiver.revision(case_id) == revision + 1, "the update is the case's next revision"
    last = receiver.history(case_id)[-1]
    assert last.note == "overdracht van een collega ingelezen (collega verantwoordelijke)"
    assert any("question" in str(change) for change in last.changes)
    assert [s.id for s in receiver.list()] == [case_id]
    assert receiver.load(case_id).question == newer.question
    assert [e.document for e in receiver.audit(case_id)] == [DOCUMENT_IN, DOCUMENT_IN]

    again = handover.import_handover(receiver, _opened(newer, later=timedelta(hours=1)), "verantwoordelijke")
    assert again.kind == "same" and len(receiver.audit(case_id)) == 2


def test_an_older_handover_never_silently_overwrites_newer_work(sender, receiver) -> None:
    store_a, case_id, path = sender
    first = handover.read_handover(path, HANDOVER_PASS)
    newer = first.case.model_copy(deep=True)
    newer.question = "Een nieuwere vraag voor het overleg"
    handover.import_handover(receiver, _opened(newer, later=timedelta(hours=2)), "coach")

    plan = handover.plan_import(receiver, first)
    assert plan.kind == "conflict" and "ouder" in plan.reason
    with pytest.raises(handover.HandoverError, match="ouder"):
        handover.import_handover(receiver, first, "coach")
    assert receiver.load(case_id).question == newer.question, "nothing was overwritten"
    assert len(receiver.audit(case_id)) == 1

    replaced = handover.import_handover(receiver, first, "coach", replace=True)
    assert replaced.kind == "replaced" and receiver.load(case_id).question == first.case.question
    assert [s.id for s in receiver.list()] == [case_id]


def test_changes_made_here_since_the_last_handover_are_not_lost_silently(sender, receiver) -> None:
    store_a, case_id, path = sender
    opened = handover.read_handover(path, HANDOVER_PASS)
    handover.import_handover(receiver, opened, "coach")
    here = receiver.load(case_id)
    here.question = "Wat de ontvanger intussen schreef"
    receiver.save(here)

    newer = opened.case.model_copy(deep=True)
    newer.title = "Andere werktitel"
    plan = handover.plan_import(receiver, _opened(newer, later=timedelta(days=1)))
    assert plan.kind == "conflict" and "na de laatste overdracht" in plan.reason and "ouder" not in plan.reason
    with pytest.raises(handover.HandoverError):
        handover.import_handover(receiver, _opened(newer, later=timedelta(days=1)), "coach")
    assert receiver.load(case_id).question == "Wat de ontvanger intussen schreef"


def test_the_sender_gets_the_case_back_as_an_update(sender, tmp_path: Path) -> None:
    """A hands over, B works on it and hands it back: A's case is updated (the export set the last state)."""
    store_a, case_id, _ = sender
    back = store_a.load(case_id)
    back.question = "Teruggegeven na het overleg"
    plan = handover.plan_import(store_a, _opened(back, later=timedelta(hours=3)))
    assert plan.kind == "update"
