"""Importing a handover changes the case and writes its log entry in one transaction, through the real
program: when the entry cannot be written (here a trigger stands in for a disk that fails at that moment,
as a killed process would between two transactions), the case is left as it was, as the message says."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from casusprep.example import example_case

PASS = "een lang genoeg wachtwoord"
HANDOVER_PASS = "groene-tafel-vliegt-zeventien-keer"
SRC = str(Path(__file__).resolve().parents[2] / "src")


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": SRC,
        "CASUSPREP_DATA_DIR": str(data),
        "CASUSPREP_PASSPHRASE": PASS,
        "CASUSPREP_HANDOVER_PASSPHRASE": HANDOVER_PASS,
    }
    done = subprocess.run(
        [sys.executable, "-m", "casusprep", *args], capture_output=True, text=True, env=env, timeout=300, cwd=data
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_a_handover_whose_log_entry_fails_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    case = json.loads(example_case().model_dump_json())
    source = tmp_path / "casus.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    case_id = run(data, "case", "import", str(source)).stdout.strip()
    handover = tmp_path / "overdracht.age"
    assert run(data, "case", "handover", case_id, "-o", str(handover), "--rol", "coach").returncode == 0
    case["question"] = "Een nieuwere vraag dan de overdracht?"
    source.write_text(json.dumps(case), encoding="utf-8")
    assert run(data, "case", "import", str(source), "--update").returncode == 0
    revision_before = run(data, "case", "history", case_id).stdout
    conn = sqlite3.connect(data / "casusprep.db")
    conn.execute("CREATE TRIGGER failing BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    conn.commit()
    conn.close()

    done = run(data, "case", "import", str(handover), "--rol", "coach", "--vervangen")
    assert done.returncode == 2 and "Bewaren is mislukt" in done.stderr

    shown = json.loads(run(data, "case", "show", case_id, "--json").stdout)
    assert shown["question"] == "Een nieuwere vraag dan de overdracht?", "the case was not replaced"
    assert run(data, "case", "history", case_id).stdout == revision_before, "no revision without its log entry"
    assert run(data, "case", "list").returncode == 0
