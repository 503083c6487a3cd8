"""``casusprep case handover`` and ``casusprep case import`` of a handover file, between two data folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.helpers import run

from casusprep import handover
from casusprep.example import example_case, example_json
from casusprep.store import Store

PASS_A = "stoel van glas in de tuin"
PASS_B = "trein naar zee met drie katten"
HANDOVER_PASS = "paarse olifant danst op zolder"


def use(monkeypatch: pytest.MonkeyPatch, folder: Path, passphrase: str) -> None:
    """Work as the coach whose cases are in ``folder``."""
    monkeypatch.setenv("CASUSPREP_DATA_DIR", str(folder))
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", passphrase)


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} if root.exists() else {}


def _shown(capsys, case_id: str) -> dict:
    code, out, err = run(capsys, "case", "show", case_id, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(scope="module")
def handed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One handover file of the example case, made by store A (the scrypt of age costs seconds)."""
    root = tmp_path_factory.mktemp("handover-cli")
    store, _ = Store.create(PASS_A, root / "a" / "casusprep.db")
    with store:
        case = example_case()
        store.save(case)
        path = handover.write_handover(store, case.id, root / "overdracht-test.age", HANDOVER_PASS, "coach")
    return path, case.id


def test_handover_and_import_between_two_data_folders(capsys, monkeypatch, tmp_path: Path) -> None:
    use(monkeypatch, tmp_path / "a", PASS_A)
    example = tmp_path / "casus.json"
    example.write_text(example_json(), encoding="utf-8")
    code, out, err = run(capsys, "case", "import", str(example))
    assert code == 0, err
    case_id = out.strip()
    sent = _shown(capsys, case_id)

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CASUSPREP_HANDOVER_PASSPHRASE", HANDOVER_PASS)
    code, out, err = run(capsys, "case", "handover", case_id, "--rol", "verantwoordelijke")
    assert code == 0, err
    written = Path(out.strip())
    assert written.name.startswith("overdracht-") and written.suffix == ".age" and (tmp_path / written).is_file()
    assert "nooit samen met het bestand" in err

    use(monkeypatch, tmp_path / "b", PASS_B)
    code, out, err = run(capsys, "case", "import", str(written), "--rol", "verantwoordelijke")
    assert code == 0, err
    assert out.strip() == case_id and "overgenomen" in err
    got = _shown(capsys, case_id)
    for field in sent:
        if field != "updated_at":
            assert got[field] == sent[field], field

    code, out, err = run(capsys, "case", "import", str(written), "--rol", "verantwoordelijke")
    assert code == 0 and "al ingelezen" in err
    code, out, _ = run(capsys, "case", "list")
    assert out.count(case_id) == 1


def test_wrong_passphrase_and_truncated_file_import_nothing(capsys, monkeypatch, tmp_path: Path, handed) -> None:
    path, _ = handed
    folder = tmp_path / "b"
    use(monkeypatch, folder, PASS_B)
    monkeypatch.setenv("CASUSPREP_HANDOVER_PASSPHRASE", "een ander lang wachtwoord")
    code, out, err = run(capsys, "case", "import", str(path), "--rol", "coach")
    assert code == 2 and out == ""
    assert "Het wachtwoord van de overdracht klopt niet" in err and "Traceback" not in err
    assert _files(folder) == {}, "nothing written, not even a new store"

    half = tmp_path / "half.age"
    half.write_bytes(path.read_bytes()[:-40])
    monkeypatch.setenv("CASUSPREP_HANDOVER_PASSPHRASE", HANDOVER_PASS)
    code, out, err = run(capsys, "case", "import", str(half), "--rol", "coach")
    assert code == 2 and out == "" and "beschadigd of onvolledig" in err
    assert _files(folder) == {}


def test_an_import_that_would_replace_work_here_is_refused_without_vervangen(
    capsys, monkeypatch, tmp_path: Path, handed
) -> None:
    path, case_id = handed
    folder = tmp_path / "b"
    use(monkeypatch, folder, PASS_B)
    monkeypatch.setenv("CASUSPREP_HANDOVER_PASSPHRASE", HANDOVER_PASS)
    assert run(capsys, "case", "import", str(path), "--rol", "coach")[0] == 0
    with Store.open(PASS_B) as store:
        case = store.load(case_id)
        case.question = "Wat hier intussen geschreven werd"
        store.save(case)
    before = _files(folder)

    code, out, err = run(capsys, "case", "import", str(path), "--rol", "coach")  # no terminal: no question
    assert code == 2 and "na de laatste overdracht" in err and "--vervangen" in err
    assert _files(folder) == before
    assert _shown(capsys, case_id)["question"] == "Wat hier intussen geschreven werd"

    code, out, err = run(capsys, "case", "import", str(path), "--rol", "coach", "--vervangen")
    assert code == 0 and "vervangen" in err and out.strip() == case_id
    assert _shown(capsys, case_id)["question"] != "Wat hier intussen geschreven werd"
    with Store.open(PASS_B) as store:
        assert [e.recipient_kind for e in store.audit(case_id)] == ["collega pedagogisch coach"] * 2
        assert len(store.list()) == 1


def test_handover_needs_a_role_and_refuses_a_named_file(capsys, monkeypatch, tmp_path: Path) -> None:
    use(monkeypatch, tmp_path / "a", PASS_A)
    example = tmp_path / "casus.json"
    example.write_text(example_json(), encoding="utf-8")
    case_id = run(capsys, "case", "import", str(example))[1].strip()
    monkeypatch.setenv("CASUSPREP_HANDOVER_PASSPHRASE", HANDOVER_PASS)
    code, _, err = run(capsys, "case", "handover", case_id, "-o", str(tmp_path / "x.age"))
    assert code == 2 and "--rol" in err and "verantwoordelijke" in err
    code, _, err = run(capsys, "case", "handover", case_id, "-o", str(tmp_path / "noor.age"), "--rol", "coach")
    assert code == 2 and "bestandsnaam bevat een naam" in err
    code, _, err = run(capsys, "case", "handover", case_id, "--rol", "directeur")
    assert code == 2 and "--rol" in err
    assert not list(tmp_path.glob("*.age"))
