"""``casusprep hints`` through the real entry point: JSON lines with offsets into the given text."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from casusprep.cli import main


def test_hints_from_file(tmp_path, capsys):
    text = "Huilde toen papa binnenkwam. Ik denk dat hij altijd moe is.\n"
    path = tmp_path / "notitie.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["hints", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["text"] for r in records] == ["Ik denk", "altijd", "moe"]
    for r in records:
        assert set(r) == {"start", "end", "text", "kind", "explanation"}
        assert text[r["start"] : r["end"]] == r["text"]
    assert records[1]["kind"] == "veralgemening"


def test_hints_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Volgens de buurvrouw drinkt mama."))
    assert main(["hints", "-"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["kind"] == "horen-zeggen" and record["text"] == "Volgens de buurvrouw"


def test_observation_prints_nothing(tmp_path, capsys):
    path = tmp_path / "obs.txt"
    path.write_text("Zei: 'mama slaat'.", encoding="utf-8")
    assert main(["hints", str(path)]) == 0
    assert capsys.readouterr().out == ""


def test_missing_file_is_a_dutch_error(tmp_path, capsys):
    assert main(["hints", str(tmp_path / "weg.txt")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_installed_command_runs():
    result = subprocess.run(
        [sys.executable, "-m", "casusprep", "hints", "-"],
        input="Het kind is verwaarloosd.",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "diagnose"
