"""``casusprep case ...`` and ``casusprep schema`` through ``main(argv)`` (and once as a real process)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.cli.helpers import PASS, run, write_json

from casusprep.example import CHILD, example_case, example_json
from casusprep.store import Store


def _stored_ids() -> list[str]:
    if not Store.exists():
        return []
    with Store.open(PASS) as store:
        return [s.id for s in store.list()]


def test_example_is_complete_json_that_imports(capsys, env_pass, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "case", "example")
    assert code == 0
    data = json.loads(out)
    assert data == json.loads(example_json())
    assert {"name", "role"} <= set(data["persons"][0])
    # Every field filled, except told_by: empty means the coach saw or heard it herself (no hearsay).
    filled = [all(v not in ("", None) for k, v in s.items() if k != "told_by") for s in data["signals"]]
    assert len(data["signals"]) >= 2 and all(filled)

    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, out)))
    assert code == 0, err
    case_id = out.strip()
    assert case_id == data["id"]

    code, out, _ = run(capsys, "case", "show", case_id, "--json")
    shown = json.loads(out)
    assert code == 0
    assert shown["persons"] == data["persons"]
    assert shown["signals"] == data["signals"]
    assert {k: v for k, v in shown.items() if k != "updated_at"} == {k: v for k, v in data.items() if k != "updated_at"}


def test_import_gives_a_new_id_when_the_id_exists(capsys, env_pass, tmp_path: Path) -> None:
    path = write_json(tmp_path, json.loads(example_json()))
    first = run(capsys, "case", "import", str(path))[1].strip()
    second = run(capsys, "case", "import", str(path))[1].strip()
    assert first != second and re.fullmatch(r"[0-9a-f]{12}", second)
    assert sorted(_stored_ids()) == sorted([first, second])


def test_list_show_delete(capsys, env_pass, tmp_path: Path) -> None:
    assert run(capsys, "case", "list")[1].strip() == "Nog geen casussen."
    case_id = run(capsys, "case", "import", str(write_json(tmp_path, json.loads(example_json()))))[1].strip()
    code, out, _ = run(capsys, "case", "list")
    assert code == 0
    assert case_id in out and "in opvolging" in out and example_case().title in out and "07/12/2026" in out

    code, out, _ = run(capsys, "case", "show", case_id)
    assert code == 0 and "Signalen:" in out and "Kinderdagverblijf" in out

    code, out, _ = run(capsys, "case", "delete", case_id)
    assert code == 0 and "verwijderd" in out
    code, _, err = run(capsys, "case", "show", case_id)
    assert code == 2 and "geen casus" in err
    code, _, err = run(capsys, "case", "delete", case_id)
    assert code == 2 and "geen casus" in err
    assert _stored_ids() == []


def test_invalid_json_is_refused_and_nothing_is_stored(capsys, env_pass, tmp_path: Path) -> None:
    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, '{"title": "x",\n  "signals": [')))
    assert code == 2 and out == ""
    assert "geen geldige JSON" in err and "regel 2" in err
    assert not Store.exists()
    code, _, err = run(capsys, "case", "import", str(write_json(tmp_path, [1, 2])))
    assert code == 2 and "JSON-object" in err
    for hostile in ("[" * 100_000 + "]" * 100_000, '{"overview": {"scale": ' + "9" * 5000 + "}}"):
        code, _, err = run(capsys, "case", "import", str(write_json(tmp_path, hostile)))
        assert code == 2 and "niet gelezen" in err
    code, _, err = run(capsys, "case", "import", str(tmp_path / "bestaat-niet.json"))
    assert code == 2 and "bestaat niet" in err and "bestaat-niet.json" not in err


def test_invalid_fields_are_named_in_dutch_and_nothing_is_stored(capsys, env_pass, tmp_path: Path) -> None:
    run(capsys, "case", "import", str(write_json(tmp_path, {"title": "al bewaard"}, "ok.json")))
    before = _stored_ids()
    data = json.loads(example_json())
    data["signals"][1]["date"] = "vorige dinsdag"
    data["persons"][0]["role"] = "zoon"
    data["overview"]["scale"] = 11
    data["onbekend_veld"] = True
    data["persons"][2]["name"] = "   "
    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, data)))
    assert code == 2 and out == ""
    assert "niet geldig (5 fouten)" in err and "niets bewaard" in err
    assert "Signaal 2 - Datum (signals[1].date): is geen geldige datum" in err
    assert "Betrokkene 1 - Rol (persons[0].role): ongeldige waarde; kies uit 'kind'" in err
    assert "Betrokkene 3 - Naam (persons[2].name): naam mag niet leeg zijn" in err
    assert "(overview.scale): mag niet groter zijn dan 10" in err
    assert "De casus: bevat een veld dat casusprep niet kent" in err
    assert "onbekend_veld" not in err  # an unknown key is typed input too: it could be a name
    assert "vorige dinsdag" not in err and CHILD not in err  # input values are not echoed
    assert _stored_ids() == before


def test_model_level_errors_name_their_field(capsys, env_pass, tmp_path: Path) -> None:
    data = json.loads(example_json())
    data["situation_kind"] = "verontrusting"  # but gog_direction is still filled in
    code, _, err = run(capsys, "case", "import", str(write_json(tmp_path, data)))
    assert code == 2
    assert "Richting van het grensoverschrijdend gedrag (gog_direction): enkel in te vullen" in err


def test_newer_schema_version_is_refused(capsys, env_pass, tmp_path: Path) -> None:
    data = json.loads(example_json())
    data["schema_version"] = 999
    code, _, err = run(capsys, "case", "import", str(write_json(tmp_path, data)))
    assert code == 2 and "nieuwere versie" in err and not Store.exists()


def test_schema_prints_the_json_schema(capsys) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Case"
    assert {"persons", "signals", "strengths", "overview", "parent_meeting"} <= set(schema["properties"])
    assert set(schema["$defs"]["Signal"]["properties"]) >= {"observation", "interpretation", "gut_feeling"}
    assert set(json.loads(example_json())) <= set(schema["properties"])


def test_first_use_asks_twice_and_shows_the_recovery_key_once(capsys, monkeypatch, tmp_path: Path) -> None:
    answers = iter(["eerste wachtwoord", "eerste wachtwoord"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    path = write_json(tmp_path, {"title": "eerste casus"})
    code, out, err = run(capsys, "case", "import", str(path))
    assert code == 0 and re.fullmatch(r"[0-9a-f]{12}\n", out)
    keys = re.findall(r"(?:[0-9A-Z]{4}-){7}[0-9A-Z]{4}", err)
    assert len(keys) == 1
    with Store.open_with_recovery(keys[0], "nieuw wachtwoord") as store:
        assert [s.title for s in store.list()] == ["eerste casus"]

    answers = iter(["nieuw wachtwoord"])
    code, out, err = run(capsys, "case", "list")
    assert code == 0 and "eerste casus" in out and "herstelsleutel" not in err


def test_first_use_refuses_a_short_or_mismatched_passphrase(capsys, monkeypatch, tmp_path: Path) -> None:
    path = write_json(tmp_path, {"title": "x"})
    answers = iter(["kort"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = run(capsys, "case", "import", str(path))
    assert code == 2 and "minstens 10 tekens" in err and not Store.exists()
    answers = iter(["lang genoeg 1", "lang genoeg 2"])
    code, _, err = run(capsys, "case", "import", str(path))
    assert code == 2 and "niet gelijk" in err and not Store.exists()


def test_wrong_passphrase_at_the_prompt(capsys, monkeypatch, tmp_path: Path) -> None:
    Store.create(PASS)[0].close()
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "fout fout fout")
    code, out, err = run(capsys, "case", "list")
    assert code == 2 and out == "" and "wachtwoord klopt niet" in err


def test_no_passphrase_without_a_terminal(capsys, monkeypatch, tmp_path: Path) -> None:
    Store.create(PASS)[0].close()

    def no_input(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("getpass.getpass", no_input)
    code, _, err = run(capsys, "case", "list")
    assert code == 2 and "CASUSPREP_PASSPHRASE" in err


def test_backups_and_restore_after_damage(capsys, env_pass, tmp_path: Path, data_dir: Path) -> None:
    case_id = run(capsys, "case", "import", str(write_json(tmp_path, json.loads(example_json()))))[1].strip()
    code, out, _ = run(capsys, "case", "backups")
    assert code == 0 and "casusprep-" in out
    db = data_dir / "casusprep.db"
    db.write_bytes(b"dit is geen database" * 100)
    code, _, err = run(capsys, "case", "list")
    assert code == 2 and "beschadigd" in err
    code, out, err = run(capsys, "case", "restore")
    assert code == 0, err
    assert "1 casus" in out
    code, out, _ = run(capsys, "case", "list")
    assert code == 0 and case_id in out


def test_runs_as_a_real_process(tmp_path: Path) -> None:
    """The console entry point end to end: example piped into import, in a separate process."""
    env = {"CASUSPREP_DATA_DIR": str(tmp_path / "data"), "CASUSPREP_PASSPHRASE": PASS, "PATH": "/usr/bin:/bin"}
    example = subprocess.run(
        [sys.executable, "-m", "casusprep", "case", "example"], capture_output=True, text=True, env=env, check=True
    )
    imported = subprocess.run(
        [sys.executable, "-m", "casusprep", "case", "import", "-"],
        input=example.stdout,
        capture_output=True,
        text=True,
        env=env,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == json.loads(example.stdout)["id"]
    bad = subprocess.run(
        [sys.executable, "-m", "casusprep", "case", "import", "-"],
        input='{"signals": [{"date": "morgen"}]}',
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2 and "Signaal 1 - Datum" in bad.stderr


# ---------------------------------------------------------------- hostile input

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=8,
)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out += _paths(value, (*prefix, i))
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_mutation_of_a_case_is_accepted_or_refused_cleanly(data: st.DataObject) -> None:
    """Replace any part of the example by any JSON value: a valid Case or a Dutch CliError, never a crash,
    and the message never repeats the value that was put in."""
    from casusprep.cli import CliError
    from casusprep.cli.case import parse_case

    case = json.loads(example_json())
    path = data.draw(st.sampled_from(_paths(case)[1:]))
    marker = data.draw(st.text(max_size=20).map(lambda t: f"Qzx{t}Jvw"))
    value = data.draw(st.one_of(_json_values, st.just(marker)))
    target = case
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    try:
        parsed = parse_case(json.dumps(case))
    except CliError as exc:
        message = str(exc)
        assert message.startswith(("De casus is niet geldig", "schema_version")) or "niets bewaard" in message
        if value == marker:
            assert marker not in message
    else:
        assert parsed.id


def test_an_id_that_is_not_a_generated_one_is_replaced(capsys, env_pass, tmp_path: Path, data_dir: Path) -> None:
    data = json.loads(example_json())
    data["id"] = "Vanhoutte-dossier"
    code, out, err = run(capsys, "case", "import", str(write_json(tmp_path, data)))
    assert code == 0, err
    assert re.fullmatch(r"[0-9a-f]{12}", out.strip())
    assert all(b"Vanhoutte" not in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
