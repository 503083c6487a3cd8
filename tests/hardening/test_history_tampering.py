"""A history table edited by hand with values of the wrong kind (a number where a sealed entry belongs,
text for a revision number, a case id that is no text, or that is a name), through the real program in a
process of its own: the case it touches is named damaged in Dutch and can be restored alone, the other
case stays usable, and what such a row holds is never echoed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casusprep.example import CHILD, example_case

PASS = "een lang genoeg wachtwoord"
SRC = str(Path(__file__).resolve().parents[2] / "src")
PLANTED = "Zyrvandel Quorelia"


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "CASUSPREP_DATA_DIR": str(data), "CASUSPREP_PASSPHRASE": PASS}
    done = subprocess.run(
        [sys.executable, "-m", "casusprep", *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "onverwacht" not in done.stderr, done.stderr  # the generic "something unexpected" message
    assert PLANTED not in done.stderr and CHILD not in done.stderr
    return done


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A store with the example case (updated once, so it has two history entries) and a second case."""
    data = tmp_path_factory.mktemp("store")
    case = json.loads(example_case().model_dump_json())
    source = data.parent / "casus.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    damaged_id = run(data, "case", "import", str(source)).stdout.strip()
    case["question"] = "Een tweede versie van de vraag?"
    source.write_text(json.dumps(case), encoding="utf-8")
    assert run(data, "case", "import", str(source), "--update").returncode == 0
    source.write_text(json.dumps({"title": "andere casus"}), encoding="utf-8")
    other_id = run(data, "case", "import", str(source)).stdout.strip()
    return data, damaged_id, other_id


def _copy(prepared: tuple[Path, str, str], tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(prepared[0], target)
    return target


EDITS = {
    "entry is a number": "UPDATE revisions SET entry = 12345 WHERE case_id = :id",
    "entry is text": "UPDATE revisions SET entry = 'hallo' WHERE case_id = :id",
    "revision is text": "UPDATE revisions SET case_revision = 'drie' WHERE case_id = :id",
    "revision is a blob": "UPDATE revisions SET case_revision = x'01' WHERE case_id = :id",
    "case id is a blob": "UPDATE revisions SET case_id = CAST(case_id AS BLOB) WHERE case_id = :id",
    "case id is a name": "UPDATE revisions SET case_id = :name WHERE case_id = :id",
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_odd_value_in_the_history_damages_that_case_only(prepared, tmp_path: Path, edit: str) -> None:
    _, damaged_id, other_id = prepared
    data = _copy(prepared, tmp_path)
    conn = sqlite3.connect(data / "casusprep.db")
    conn.execute(EDITS[edit], {"id": damaged_id, "name": PLANTED})
    conn.commit()
    conn.close()

    listed = run(data, "case", "list")
    assert listed.returncode == 2, listed.stderr
    assert f"De casus {damaged_id} is beschadigd" in listed.stderr
    assert "andere casus" in listed.stdout
    for command in (["case", "show", damaged_id], ["case", "history", damaged_id]):
        shown = run(data, *command)
        assert shown.returncode == 2 and "beschadigd" in shown.stderr
    assert run(data, "case", "show", other_id).returncode == 0

    restored = run(data, "case", "restore", "--casus", damaged_id)
    assert restored.returncode == 0, restored.stderr
    assert run(data, "case", "show", damaged_id).returncode == 0
    assert run(data, "case", "history", damaged_id).returncode == 0


def test_a_row_of_no_case_is_reported_without_its_id(prepared, tmp_path: Path) -> None:
    _, damaged_id, other_id = prepared
    data = _copy(prepared, tmp_path)
    conn = sqlite3.connect(data / "casusprep.db")
    conn.execute("INSERT INTO revisions (case_id, case_revision, entry) VALUES (?, 1, x'00')", (PLANTED,))
    conn.execute("INSERT INTO audit (case_id, at, entry) VALUES (?, 'x', x'00')", (PLANTED,))
    conn.commit()
    conn.close()

    listed = run(data, "case", "list")
    assert listed.returncode == 2
    assert "De casus onbekend is beschadigd" in listed.stderr and "bij geen enkele casus" in listed.stderr
    assert PLANTED not in listed.stdout
    assert run(data, "case", "show", damaged_id).returncode == 0
    assert run(data, "case", "show", other_id).returncode == 0
