"""``casusprep anonymise --persons``: a role that is not one of the case's roles is refused in Dutch, with the
valid roles listed (it silently became 'andere', so the person got a vaguer pseudonym than she meant)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.helpers import run, write_json

from casusprep.case import Role
from casusprep.cli import build_parser

NAME = "Femke Verhaegen"


def _anonymise(capsys: pytest.CaptureFixture[str], tmp_path: Path, persons: object) -> tuple[int, str, str]:
    note = tmp_path / "n.txt"
    note.write_text("Femke lachte.", encoding="utf-8")
    return run(capsys, "anonymise", str(note), "--persons", str(write_json(tmp_path, persons, "p.json")), "--no-model")


def test_an_unknown_role_is_refused_with_the_valid_roles(capsys, tmp_path: Path) -> None:
    code, out, err = _anonymise(
        capsys, tmp_path, [{"name": "Jan Peeters", "role": "kind"}, {"name": NAME, "role": "mama"}]
    )
    assert code == 2 and out == ""
    assert "persoon 2: onbekende rol" in err
    assert all(f"'{role.value}'" in err for role in Role)
    assert "mama" not in err and "Femke" not in err  # the refused value may be a name put in the wrong place


@pytest.mark.parametrize("role", ["moeder", " Moeder ", "MOEDER"])
def test_a_role_in_other_letters_is_the_same_role(capsys, tmp_path: Path, role: str) -> None:
    code, out, _ = _anonymise(capsys, tmp_path, [{"name": NAME, "role": role}])
    assert code == 0 and out.strip() == "Moeder lachte."


def test_the_label_of_a_role_and_no_role_are_accepted(capsys, tmp_path: Path) -> None:
    assert _anonymise(capsys, tmp_path, [{"name": NAME, "role": "CLB-medewerker"}])[0] == 0
    code, out, _ = _anonymise(capsys, tmp_path, [NAME, {"name": "Jan Peeters"}])
    assert code == 0 and "Femke" not in out


def test_a_batch_line_with_an_unknown_role_names_the_line(capsys, tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    lines = [{"text": "Femke lachte."}, {"text": "Femke lachte.", "persons": [{"name": NAME, "role": "juf"}]}]
    batch.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    code, out, err = run(capsys, "anonymise", "--batch", str(batch), "--no-model")
    assert code == 2 and out == ""
    assert "regel 2: persoon 1: onbekende rol" in err and "'leerkracht'" in err


def test_the_help_lists_every_role() -> None:
    anonymise = build_parser()._subparsers._group_actions[0].choices["anonymise"]  # type: ignore[union-attr]
    help_text = next(a.help for a in anonymise._actions if "--persons" in a.option_strings)
    assert all(role.value in str(help_text) for role in Role)
