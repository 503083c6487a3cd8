"""The one export pipeline: readiness per document, --force recorded, the audit entry exactly when the
document exists, and nothing left behind by an interrupted export. Real store, real files, real kills."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from casusprep import export_service
from casusprep.case import Case, Person, Role, Signal
from casusprep.cli import main
from casusprep.documents import sweep_stale_temp
from casusprep.example import example_case, example_json
from casusprep.export_service import FORCED, PURPOSE, UNSHARED, export, readiness
from casusprep.store import Store, StoreError

PASS = "export wachtwoord 123"
ROOT = Path(__file__).resolve().parents[2]


def stored(case: Case) -> Store:
    store, _ = Store.create(PASS)
    store.save(case)
    return store


# ----------------------------------------------------------------- readiness


@pytest.mark.parametrize("kind", export_service.KINDS)
def test_an_empty_case_is_not_ready_and_says_where_to_go(kind: str) -> None:
    missing = readiness(Case(), kind)
    assert missing
    paths = [m.path for m in missing]
    assert "signals" in paths
    if kind != "oudergesprek":
        assert {"question", "persons", "parents.spoken_to"} <= set(paths)
    for m in missing:
        assert m.message.endswith((".", "?")) and m.where  # plain Dutch and a place to go to


def test_the_example_is_ready_for_every_document() -> None:
    for kind in export_service.KINDS:
        assert readiness(example_case(), kind) == [], kind


def test_readiness_names_what_exactly_is_missing() -> None:
    case = example_case()
    case.question = " "
    case.persons[0].birth_date = None
    case.parents.their_meaning = ""
    for s in case.signals:
        s.observation = ""
    missing = {m.path: m.message for m in readiness(case, "vk")}
    assert missing == {
        "question": "De vraag voor het overleg is nog niet ingevuld.",
        "signals[0].observation": "Er is nog geen signaal met een observatie ('Wat heb ik gezien en gehoord?').",
        "persons[0].birth_date": "De leeftijd van het kind ontbreekt: vul de geboortedatum in.",
        "parents.their_meaning": "Het perspectief van de ouders ontbreekt: wat betekent de observatie volgens hen?",
    }


def test_kindbespreking_checks_the_share_with_care_conditions() -> None:
    case = example_case()
    case.sharing.parents_informed = False
    case.sharing.supervisor_approved = False
    missing = readiness(case, "kindbespreking")
    assert [(m.path, m.message) for m in missing] == [
        ("sharing.parents_informed", "De ouders weten nog niet van dit overleg: deel nog niets."),
        ("sharing.supervisor_approved", "Je leidinggevende gaf nog geen akkoord: vraag het eerst."),
    ]
    for s in case.signals:
        s.share_school = False
    assert "signals[0].observation" in [m.path for m in readiness(case, "kindbespreking")]


def test_parent_plan_needs_a_goal_strengths_and_an_observation_to_bring() -> None:
    case = example_case()
    case.parent_meeting.goal = ""
    case.strengths.child = case.strengths.parents = case.strengths.context = ""
    for s in case.signals:
        s.share_parents = False
    assert [m.path for m in readiness(case, "oudergesprek")] == [
        "parent_meeting.goal",
        "strengths.child",
        "signals[0].observation",
    ]


# ----------------------------------------------------------------- the service


@pytest.mark.parametrize("kind", ["vk", "kindbespreking", "oudergesprek"])
def test_an_empty_case_writes_nothing_unless_forced(tmp_path: Path, kind: str) -> None:
    case = Case()
    store = stored(case)
    try:
        target = tmp_path / "doc.docx"
        result = export(case, kind, target, store=store)
        assert not result.ok and result.not_ready and not target.exists()
        assert result.message.splitlines()[0].endswith("is nog niet klaar:")
        assert result.fields == [m.path for m in result.missing]
        assert store.audit(case.id) == []

        forced = export(case, kind, target, store=store, force=True)
        assert forced.ok and target.is_file()
        assert Document(str(target)).paragraphs
        (entry,) = store.audit(case.id)
        assert entry.document == kind and FORCED in entry.purpose and entry.purpose.startswith(PURPOSE[kind])
    finally:
        store.close()


def test_a_kindbespreking_without_all_conditions_is_recorded_as_a_deliberate_choice(tmp_path: Path) -> None:
    case = example_case()
    case.sharing.parents_informed = False
    store = stored(case)
    try:
        assert not export(case, "kindbespreking", tmp_path / "kb.docx", store=store).ok
        assert export(case, "kindbespreking", tmp_path / "kb.docx", store=store, force=True).ok
        (entry,) = store.audit(case.id)
        assert UNSHARED in entry.purpose and FORCED in entry.purpose
        assert export(example_case(), "vk", tmp_path / "vk.docx", store=store).ok
        assert store.audit(case.id)[-1].purpose == PURPOSE["vk"]  # a ready export has no note
    finally:
        store.close()


def test_the_summary_goes_through_the_same_pipeline(tmp_path: Path) -> None:
    case = example_case()
    store = stored(case)
    try:
        result = export(case, "samenvatting", tmp_path / "s.txt", store=store)
        assert result.ok and result.text.startswith("Casusoverleg") and (tmp_path / "s.txt").read_text() == result.text
        assert [a.document for a in store.audit(case.id)] == ["samenvatting"]
    finally:
        store.close()


def test_no_audit_entry_when_the_document_cannot_be_moved_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case()
    store = stored(case)
    try:

        def refused(src: str, dst: str) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", refused)
        result = export(case, "oudergesprek", tmp_path / "plan.docx", store=store)
        assert not result.ok and "weggeschreven" in result.message
        monkeypatch.undo()
        assert store.audit(case.id) == []
        assert list(tmp_path.iterdir()) == []  # neither the document nor a temporary file
    finally:
        store.close()


def test_no_document_when_the_audit_cannot_be_committed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log fails after the file was moved into place (disk full at commit): the document goes too."""
    case = example_case()
    store = stored(case)
    original = Store.add_audit

    def failing_commit(self, *args, then=None, **kwargs):
        def move_then_fail() -> None:
            then()
            raise StoreError("Bewaren is mislukt (schijf vol).")

        return original(self, *args, then=move_then_fail, **kwargs)

    try:
        monkeypatch.setattr(Store, "add_audit", failing_commit)
        result = export(case, "oudergesprek", tmp_path / "plan.docx", store=store)
        monkeypatch.undo()
        assert not result.ok and "logboek" in result.message
        assert store.audit(case.id) == []
        assert list(tmp_path.iterdir()) == []
    finally:
        store.close()


# ----------------------------------------------------------------- interrupted exports

_KILLED_EXPORT = """
import os, sys, time
from pathlib import Path
from casusprep.example import example_case
from casusprep.export_service import export
from casusprep.store import Store

store = Store.open(sys.argv[1])
case = example_case()
real_replace = os.replace

def stalled(src, dst):
    print("klaar om te verplaatsen", flush=True)
    time.sleep(120)
    real_replace(src, dst)

os.replace = stalled
export(case, "oudergesprek", Path(sys.argv[2]), store=store)
"""


def test_a_killed_export_leaves_no_document_no_audit_entry_and_its_temp_file_is_swept(tmp_path: Path) -> None:
    case = example_case()
    store = stored(case)
    store.close()
    out = tmp_path / "export"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_EXPORT, PASS, str(out / "plan.docx")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = child.stdout.readline()  # the document is written to its temporary file, the audit row pending
        assert line.strip() == "klaar om te verplaatsen", child.stderr.read()
        temp = [p.name for p in out.iterdir()]
        assert len(temp) == 1 and temp[0].startswith(".casusprep-") and temp[0].endswith(".tmp")
        assert sweep_stale_temp(out) == 0  # a live export's file is locked and stays
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    assert [p.name for p in out.iterdir()] == temp  # the dead export's file, with the whole plan in it
    with Store.open(PASS) as store:
        assert store.audit(case.id) == []  # the entry was never committed: no document, no entry
        assert export(case, "vk", out / "vk.docx", store=store).ok  # the next export sweeps first
        assert [a.document for a in store.audit(case.id)] == ["vk"]
    assert [p.name for p in out.iterdir()] == ["vk.docx"]


def test_the_sweep_only_takes_casusprep_temp_files(tmp_path: Path) -> None:
    mine = tmp_path / ".casusprep-abc123.tmp"
    mine.write_bytes(b"PK oud document")
    other = [tmp_path / ".casusprep-notities.txt", tmp_path / "casusprep-abc.tmp", tmp_path / ".andere-x.tmp"]
    for path in other:
        path.write_text("van iemand anders")
    live = tmp_path / ".casusprep-live.tmp"
    live.write_bytes(b"PK bezig")
    with open(live, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        assert sweep_stale_temp(tmp_path) == 1
        assert live.exists() and not mine.exists()
    assert sweep_stale_temp(tmp_path) == 1 and not live.exists()
    assert all(p.exists() for p in other)
    assert sweep_stale_temp(tmp_path / "bestaat-niet") == 0


# ----------------------------------------------------------------- command line


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refuses_a_case_that_is_not_ready_with_the_list_and_force_writes(capsys, tmp_path: Path) -> None:
    source = tmp_path / "leeg.json"
    source.write_text(Case(persons=[Person(name="Zoë Claes", role=Role.CHILD)]).model_dump_json(), encoding="utf-8")
    target = tmp_path / "vk.docx"
    code, _out, err = _run(capsys, "export", str(source), "--doc", "vk", "-o", str(target))
    assert code == 2 and not target.exists()
    assert "VK-consult is nog niet klaar:" in err
    assert "- De vraag voor het overleg is nog niet ingevuld. (bij 'De vraag voor het overleg')" in err
    assert "De leeftijd van het kind ontbreekt" in err and "--force" in err
    assert "Zoë" not in err
    code, out, err = _run(capsys, "export", str(source), "--doc", "vk", "-o", str(target), "--force")
    assert code == 0 and target.is_file(), err


def test_cli_kindbespreking_without_informed_parents_is_refused(capsys, tmp_path: Path) -> None:
    data = json.loads(example_json())
    data["sharing"]["parents_informed"] = False
    source = tmp_path / "casus.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    code, _out, err = _run(capsys, "export", str(source), "--doc", "kindbespreking", "-o", str(tmp_path / "kb.docx"))
    assert code == 2 and "De ouders weten nog niet van dit overleg: deel nog niets." in err
    assert not (tmp_path / "kb.docx").exists()


def test_cli_export_from_the_store_asks_the_passphrase_once_and_records_force(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = example_case()
    case.signals = [Signal(date=case.signals[0].date, situation="Onthaal")]  # no observation: not ready
    stored(case).close()
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return PASS

    monkeypatch.setattr("casusprep.cli.case._ask", ask)
    target = tmp_path / "vk.docx"
    code, _out, err = _run(capsys, "export", case.id, "--doc", "vk", "-o", str(target), "--force")
    assert code == 0, err
    assert len(asked) == 1  # one store, opened once, for the case and its audit entry
    with Store.open(PASS) as store:
        (entry,) = store.audit(case.id)
    assert entry.document == "vk" and FORCED in entry.purpose


@pytest.mark.parametrize("kind", ["vk", "kindbespreking", "oudergesprek", "samenvatting"])
def test_a_document_states_the_case_revision_it_was_made_from(tmp_path: Path, kind: str) -> None:
    """The footer (the summary: its last line) names the stored revision, so a document on the table can be
    matched to the case's history; without a store there is no revision to name."""
    from tests.documents.docx_text import body

    case = example_case()
    store = stored(case)
    try:
        case.title = "tweede versie"
        store.save(case)
        case.question = case.question + " En wat nu?"
        store.save(case)
        assert store.revision(case.id) == 3
        target = tmp_path / ("doc.txt" if kind == "samenvatting" else "doc.docx")
        assert export(case, kind, target, store=store).ok
        data = target.read_bytes()
        text = data.decode() if kind == "samenvatting" else body(data, headers_and_footers=True)
        assert "casusversie 3" in text
        unstored = tmp_path / ("los.txt" if kind == "samenvatting" else "los.docx")
        assert export(case, kind, unstored).ok
        data = unstored.read_bytes()
        assert "casusversie" not in (data.decode() if kind == "samenvatting" else body(data, headers_and_footers=True))
    finally:
        store.close()
