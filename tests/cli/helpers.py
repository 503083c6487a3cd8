"""What the command-line tests share: run the real CLI in-process, and write a JSON file to read in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casusprep.cli import main

PASS = "cli wachtwoord 123"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_json(tmp_path: Path, data: object, name: str = "casus.json") -> Path:
    """``data`` as JSON (a text is written as it is, for files that are not valid JSON)."""
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path
