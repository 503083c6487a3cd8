"""No traceback, ever, and no personal data in an error: hostile input through the real program
(``python -m casusprep`` in a process of its own), each ending in a Dutch message and a non-zero
exit, with nothing of the input echoed and no raw control characters written."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from casusprep.example import example_case

PASS = "een lang genoeg wachtwoord"
SRC = str(Path(__file__).resolve().parents[2] / "src")
SECRET = "Wolfgang Vanderlindenbroeck " + "Geheimgehouden" * 15


def run(
    data: Path, *args: str, stdin: bytes = b"", shell: str | None = None, file_limit_kib: int | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC, "CASUSPREP_DATA_DIR": str(data), "CASUSPREP_PASSPHRASE": PASS}
    cmd = [sys.executable, "-m", "casusprep", *args]
    if shell is not None:
        cmd = ["bash", "-c", shell.replace("CASUSPREP", f"'{sys.executable}' -m casusprep")]
    elif file_limit_kib is not None:  # writes past the limit fail with EFBIG, as on a full disk
        cmd = ["bash", "-c", f'ulimit -f {file_limit_kib}; exec "$@"', "-", *cmd]
    done = subprocess.run(cmd, input=stdin, capture_output=True, env=env, timeout=300)
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return subprocess.CompletedProcess(done.args, done.returncode, out, err)


def _case_file(tmp_path: Path, **changes) -> Path:
    data = json.loads(example_case().model_dump_json())
    data.update(changes)
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["anonymise", "--no-model", "-"], ["hints", "-"], ["case", "import", "-"]])
@pytest.mark.parametrize(
    "payload", [bytes(range(256)) * 8, "Noor \udc80 zat".encode("utf-8", "surrogatepass"), b"\xff\xfe\x00N"]
)
def test_binary_and_lone_surrogates_on_stdin(tmp_path: Path, command: list[str], payload: bytes) -> None:
    done = run(tmp_path, *command, stdin=payload)
    assert done.returncode == 2 and "UTF-8" in done.stderr


def test_an_escaped_lone_surrogate_in_json(tmp_path: Path) -> None:
    (tmp_path / "p.json").write_text('[{"name": "Noor \\udc80"}]')
    done = run(tmp_path, "anonymise", "--no-model", "--persons", str(tmp_path / "p.json"), "-", stdin=b"x")
    assert done.returncode == 2 and "ongeldig teken" in done.stderr
    (tmp_path / "c.json").write_text('{"title": "\\ud800"}')
    assert run(tmp_path, "case", "import", str(tmp_path / "c.json")).returncode == 2


def test_deep_nesting(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep)
    (tmp_path / "deep.jsonl").write_text('{"text": "x", "persons": ' + deep + "}\n")
    (tmp_path / "case.json").write_text('{"persons": ' + deep + "}")
    for args in (
        ["anonymise", "--no-model", "--persons", str(tmp_path / "deep.json"), "-"],
        ["anonymise", "--no-model", "--batch", str(tmp_path / "deep.jsonl")],
        ["case", "import", str(tmp_path / "case.json")],
        ["export", str(tmp_path / "case.json"), "--doc", "vk", "-o", str(tmp_path / "x.docx")],
    ):
        done = run(tmp_path, *args, stdin=b"Tekst.")
        assert done.returncode == 2 and "genest" in done.stderr, args


def test_texts_over_a_million_characters_are_refused_in_dutch(tmp_path: Path) -> None:
    text = ("Het kind speelde alleen. " * 40_001)[:1_000_001]
    (tmp_path / "long.txt").write_text(text)
    for args in (["anonymise", "--no-model", str(tmp_path / "long.txt")], ["hints", str(tmp_path / "long.txt")]):
        done = run(tmp_path, *args)
        assert done.returncode == 2 and "te lang" in done.stderr
    data = json.loads(example_case().model_dump_json())
    data["signals"][0]["observation"] = text
    (tmp_path / "big.json").write_text(json.dumps(data))
    for args in (
        ["case", "import", str(tmp_path / "big.json")],
        ["export", str(tmp_path / "big.json"), "--doc", "vk", "-o", str(tmp_path / "x.docx")],
    ):
        done = run(tmp_path, *args)
        assert done.returncode == 2 and "te lang" in done.stderr and "Signaal 1" in done.stderr
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize("update", ["", " --update"])
def test_endless_standard_input_is_refused_at_the_size_limit(tmp_path: Path, update: str) -> None:
    done = run(tmp_path, shell=f"CASUSPREP case import -{update} < /dev/zero")
    assert done.returncode == 2
    assert "te groot: meer dan 200 MB" in done.stderr and "niets bewaard" in done.stderr
    assert not (tmp_path / "casusprep.db").exists(), "refused before the store is even opened"


def test_refused_values_are_never_echoed(tmp_path: Path) -> None:
    (tmp_path / "p.json").write_text(json.dumps([{"name": SECRET}]))
    done = run(tmp_path, "anonymise", "--no-model", "--persons", str(tmp_path / "p.json"), "-", stdin=b"x")
    assert done.returncode == 2 and "te lang" in done.stderr and "name" in done.stderr
    assert "Vanderlindenbroeck" not in done.stderr + done.stdout
    data = json.loads(example_case().model_dump_json())
    data["persons"][0]["name"] = SECRET
    data["signals"][0]["date"] = "Vanderlindenbroeck-datum"
    data["persons"][1]["role"] = "Vanderlindenbroeck-rol"
    (tmp_path / "bad.json").write_text(json.dumps(data))
    done = run(tmp_path, "case", "import", str(tmp_path / "bad.json"))
    assert done.returncode == 2 and "Betrokkene 1" in done.stderr and "Signaal 1" in done.stderr
    assert "Vanderlindenbroeck" not in done.stderr + done.stdout


def test_control_characters_are_made_visible(tmp_path: Path) -> None:
    title = "Casus \x1b]0;gekaapt\x07\x1b[2J\x1b[8mverborgen\x1b[0m\r\u202eeman"
    path = _case_file(tmp_path, title=title, id="c0ffee000001")
    assert run(tmp_path, "case", "import", str(path)).returncode == 0
    for args in (["case", "list"], ["case", "show", "c0ffee000001"]):
        done = run(tmp_path, *args)
        assert done.returncode == 0
        assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "\u202e" not in done.stdout
        assert "\\x1b]0;gekaapt" in done.stdout
    done = run(tmp_path, "anonymise", "--no-model", "-", stdin=title.encode())
    assert "\x1b" not in done.stdout and "\\x1b" in done.stdout


def test_a_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    for i in range(40):
        run(tmp_path, "case", "import", str(_case_file(tmp_path, id=f"{i:012x}")))
    done = run(tmp_path, shell="CASUSPREP case list | head -1 >/dev/null; exit ${PIPESTATUS[0]}")
    assert done.returncode in (0, 141) and done.stderr == ""
    done = run(tmp_path, shell="CASUSPREP schema | head -1 >/dev/null; exit ${PIPESTATUS[0]}")
    assert done.returncode in (0, 141) and done.stderr == ""


@pytest.mark.parametrize(
    ("column", "value"),
    [("status", "kapot"), ("updated_at", "gisteren"), ("closed_on", "31/12/9999"), ("next_follow_up", "9999-99-99"),
     ("schema_version", 999), ("id", "0123456789ab")],
)  # fmt: skip
def test_hand_edited_index_columns_are_damage_with_the_backups_offered(
    tmp_path: Path, column: str, value: object
) -> None:
    run(tmp_path, "case", "import", str(_case_file(tmp_path, id="abcdef012345")))
    conn = sqlite3.connect(tmp_path / "casusprep.db")
    conn.execute(f"UPDATE cases SET {column} = ?", (value,))
    conn.commit()
    conn.close()
    done = run(tmp_path, "case", "list")
    assert done.returncode == 2
    assert "beschadigd" in done.stderr and "casusprep case backups" in done.stderr


def test_a_full_disk_at_first_use_and_during_a_removal(tmp_path: Path) -> None:
    done = run(tmp_path, "case", "import", str(_case_file(tmp_path)), file_limit_kib=8)
    assert done.returncode == 2 and ("vol" in done.stderr or "aangemaakt" in done.stderr)
    fresh = tmp_path / "tweede"
    fresh.mkdir()
    run(fresh, "case", "import", str(_case_file(tmp_path, id="abcdef012345")))
    size = (fresh / "casusprep.db").stat().st_size // 1024
    done = run(fresh, "case", "delete", "abcdef012345", "--ja", file_limit_kib=size + 4)
    assert "Traceback" not in done.stderr
    listed = run(fresh, "case", "list")
    assert listed.returncode == 0 and "abcdef012345" not in listed.stdout  # removed, whatever VACUUM did


def test_a_full_disk_during_an_update_says_so_in_dutch_only(tmp_path: Path) -> None:
    run(tmp_path, "case", "import", str(_case_file(tmp_path, id="abcdef012345")))
    conn = sqlite3.connect(tmp_path / "casusprep.db")
    conn.execute("INSERT INTO settings (key, value) VALUES ('backup_interval_minutes', '0')")  # a backup at open
    conn.commit()
    conn.close()
    bigger = _case_file(tmp_path, id="abcdef012345", question="Wat nu? " * 20_000)
    done = run(tmp_path, "case", "import", str(bigger), "--update", file_limit_kib=8)
    assert done.returncode == 2 and "Bewaren is mislukt" in done.stderr
    assert "backup" not in done.stderr and "failed" not in done.stderr, "no English log line next to the message"
    assert run(tmp_path, "case", "show", "abcdef012345").returncode == 0


def _read_only(paths: list[Path], on: bool) -> None:
    """Really read-only, also for root (who ignores file modes): the immutable attribute there."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i" if on else "-i", *map(str, paths)], check=True)
    else:
        for path in paths:
            os.chmod(path, (0o500 if path.is_dir() else 0o400) if on else (0o700 if path.is_dir() else 0o600))


def test_a_read_only_data_folder_still_lists_and_exports_nothing_unlogged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    run(data, "case", "import", str(_case_file(tmp_path, id="abcdef012345")))
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    locked = [data / "casusprep.db", data / "backups", data]
    _read_only(locked, True)
    try:
        listed = run(data, "case", "list")
        assert listed.returncode == 0 and "abcdef012345" in listed.stdout
        done = run(data, "export", "abcdef012345", "--doc", "vk", "-o", str(out_dir / "vk.docx"), "--force")
        # The audit entry cannot be written, so the document is not either: never an unlogged export.
        assert done.returncode == 2 and "logboek" in done.stderr
        assert list(out_dir.iterdir()) == []
    finally:
        _read_only(locked, False)


def test_unexpected_errors_are_dutch_and_debug_shows_where_but_not_what(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever a command raises ends in the Dutch line; --debug adds files, lines and the type,
    never the exception's text (which can quote what was typed)."""
    import casusprep.cli.case as case_cli
    from casusprep.cli import main

    def boom(args: object) -> int:
        raise RuntimeError(f"waarde {SECRET}")

    monkeypatch.setattr(case_cli, "cmd_schema", boom)
    assert main(["schema"]) == 2
    err = capsys.readouterr().err
    assert "onverwacht" in err and "RuntimeError" in err and "Vanderlindenbroeck" not in err
    assert main(["--debug", "schema"]) == 2
    err = capsys.readouterr().err
    assert "test_no_traceback.py" in err and "in boom" in err and "builtins.RuntimeError" in err
    assert "Vanderlindenbroeck" not in err


def test_a_tampered_key_slot_is_damage_not_a_crash(tmp_path: Path) -> None:
    run(tmp_path, "case", "import", str(_case_file(tmp_path, id="abcdef012345")))
    conn = sqlite3.connect(tmp_path / "casusprep.db")
    conn.execute("UPDATE keyslots SET kdf = ? WHERE kind = 'passphrase'", ("Vanderlindenbroeck",))
    conn.commit()
    conn.close()
    done = run(tmp_path, "--debug", "case", "list")
    assert done.returncode == 2 and "beschadigd" in done.stderr and "Vanderlindenbroeck" not in done.stderr
