"""``casusprep case history``, ``case import --update`` and ``case restore --casus`` through ``main(argv)``,
on a real store file: what the history prints (and what it keeps to itself), and damage named per case."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.cli.helpers import run, write_json

from casusprep.example import CHILD, example_case, example_json
from casusprep.store import Store

NEW_OBSERVATION = "Ze stond tien minuten stil bij de deur en keek naar buiten."


@pytest.fixture
def updated(capsys, env_pass, tmp_path: Path) -> tuple[str, dict]:
    """The example imported, then updated from JSON: a new title, a corrected observation, a name."""
    data = json.loads(example_json())
    case_id = run(capsys, "case", "import", str(write_json(tmp_path, data)))[1].strip()
    data["title"] = "Bijgewerkte werktitel"
    data["signals"][0]["observation"] = NEW_OBSERVATION
    data["persons"][0]["name"] = "Andere Naam"
    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, data, "nieuw.json")), "--update")
    assert code == 0, err
    assert out.strip() == f"{case_id}: bijgewerkt, 3 velden gewijzigd (casusversie 2)."
    return case_id, data


def test_import_update_changes_the_case_in_place_as_a_new_revision(capsys, updated: tuple[str, dict]) -> None:
    case_id, data = updated
    code, out, _ = run(capsys, "case", "list")
    assert out.count("\n") == 2, "still one case: updated, not copied"
    code, out, _ = run(capsys, "case", "show", case_id, "--json")
    shown = json.loads(out)
    assert shown["signals"][0]["observation"] == NEW_OBSERVATION and shown["persons"][0]["name"] == "Andere Naam"


def test_history_prints_what_case_show_prints_and_names_the_rest(capsys, updated: tuple[str, dict]) -> None:
    case_id, _ = updated
    code, out, err = run(capsys, "case", "history", case_id)
    assert code == 0, err
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("Wijziging 2"))
    assert lines[0].startswith("Wijziging 1 - ") and "casusversie 1" in lines[0]
    assert "casusversie 2" in lines[first] and "bijgewerkt uit een JSON-bestand" in lines[first]
    second = lines[first + 1 :]
    assert f"  Werktitel (enkel voor jezelf): {example_case().title} -> Bijgewerkte werktitel" in second
    assert "  Betrokkene 1: gewijzigd (Naam)" in second
    assert "  Signaal 1: gewijzigd (Wat heb ik gezien en gehoord?)" in second
    # Names and signal texts are not printed, old or new (case show does not print them either).
    for secret in (CHILD, "Andere Naam", NEW_OBSERVATION, example_case().signals[0].observation):
        assert secret not in out
    assert f"case history {case_id} --json" in out


def test_history_json_has_every_old_and_new_text(capsys, updated: tuple[str, dict]) -> None:
    case_id, _ = updated
    code, out, _ = run(capsys, "case", "history", case_id, "--json")
    revisions = json.loads(out)
    changes = {c["path"]: c for c in revisions[1]["changes"]}
    assert changes["signals[0].observation"]["old"] == example_case().signals[0].observation
    assert changes["signals[0].observation"]["new"] == NEW_OBSERVATION
    assert changes["persons[0].name"] == {**changes["persons[0].name"], "old": CHILD, "new": "Andere Naam"}


def test_an_update_that_changes_nothing_stores_nothing(capsys, updated: tuple[str, dict], tmp_path: Path) -> None:
    case_id, data = updated
    code, out, _ = run(capsys, "case", "import", str(write_json(tmp_path, data, "zelfde.json")), "--update")
    assert code == 0 and "niets gewijzigd" in out
    revisions = json.loads(run(capsys, "case", "history", case_id, "--json")[1])
    assert len(revisions) == 2


def test_update_errors_are_dutch_and_store_nothing(capsys, updated: tuple[str, dict], tmp_path: Path) -> None:
    case_id, data = updated
    unknown = {**data, "id": "00112233aabb"}
    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, unknown, "ander.json")), "--update")
    assert code == 2 and out == "" and "geen casus met het nummer" in err and "niets bewaard" in err
    invalid = {**data, "urgency": "meteen"}
    code, _, err = run(capsys, "case", "import", str(write_json(tmp_path, invalid, "fout.json")), "--update")
    assert code == 2 and "Urgentie (urgency)" in err and "niets bewaard" in err
    code, _, err = run(capsys, "case", "history", "00112233aabb")
    assert code == 2 and "geen casus met dat nummer" in err
    assert len(json.loads(run(capsys, "case", "history", case_id, "--json")[1])) == 2


def test_a_damaged_case_is_named_and_restored_alone(capsys, updated: tuple[str, dict], tmp_path: Path) -> None:
    case_id, _ = updated
    other = run(capsys, "case", "import", str(write_json(tmp_path, {"title": "andere casus"}, "ander.json")))[1].strip()
    conn = sqlite3.connect(Store.list_backups()[0].path.parent.parent / "casusprep.db")
    conn.execute("DELETE FROM revisions WHERE seq = (SELECT MIN(seq) FROM revisions WHERE case_id = ?)", (case_id,))
    conn.commit()
    conn.close()

    code, out, err = run(capsys, "case", "list")
    assert code == 2, "the list is shown, and a script sees the damage in the exit code"
    assert f"De casus {case_id} is beschadigd" in err and "geschiedenis" in err and "--casus" in err
    damaged_line = next(line for line in out.splitlines() if line.startswith(case_id))
    assert "BESCHADIGD" in damaged_line
    assert "andere casus" in out, "the intact case is still listed with its title"
    code, _, err = run(capsys, "case", "show", case_id)
    assert code == 2 and "beschadigd" in err
    assert run(capsys, "case", "show", other)[0] == 0

    code, out, err = run(capsys, "case", "restore", "--casus", case_id)
    assert code == 0, err
    assert f"De casus {case_id} is teruggezet" in out
    code, out, err = run(capsys, "case", "list")
    assert code == 0 and "beschadigd" not in err and "BESCHADIGD" not in out
    assert "andere casus" in out
    code, out, _ = run(capsys, "case", "history", case_id)
    assert "teruggezet uit de reservekopie" in out


def test_an_update_of_one_of_two_signals_with_the_same_id_is_saved(capsys, env_pass, tmp_path: Path) -> None:
    data = json.loads(example_json())
    data["signals"][1]["id"] = data["signals"][0]["id"]  # a hand-made file can repeat an id
    case_id = run(capsys, "case", "import", str(write_json(tmp_path, data)))[1].strip()
    data["signals"][0]["observation"] = NEW_OBSERVATION
    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, data, "nieuw.json")), "--update")
    assert code == 0, err
    assert "1 veld gewijzigd" in out
    code, out, _ = run(capsys, "case", "show", case_id, "--json")
    assert json.loads(out)["signals"][0]["observation"] == NEW_OBSERVATION
    code, out, _ = run(capsys, "case", "history", case_id, "--json")
    assert json.loads(out)[-1]["changes"][0]["new"] == NEW_OBSERVATION
