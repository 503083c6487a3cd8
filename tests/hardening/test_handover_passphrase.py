"""A handover passphrase made of a name from the case is refused through the real program, with a Dutch
reason that does not repeat the name, and no file is written; a passphrase of unrelated words is taken. A
handover that cannot be written (a full disk) says why in Dutch, not in the system's English."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casusprep.example import CHILD, example_case

PASS = "een lang genoeg wachtwoord"
SRC = str(Path(__file__).resolve().parents[2] / "src")


def run(data: Path, *args: str, handover_pass: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": SRC,
        "CASUSPREP_DATA_DIR": str(data),
        "CASUSPREP_PASSPHRASE": PASS,
        "CASUSPREP_HANDOVER_PASSPHRASE": handover_pass,
    }
    done = subprocess.run(
        [sys.executable, "-m", "casusprep", *args], capture_output=True, text=True, env=env, timeout=300, cwd=data
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("data")
    source = data / "casus.json"
    source.write_text(example_case().model_dump_json(), encoding="utf-8")
    case_id = run(data, "case", "import", str(source), handover_pass="x").stdout.strip()
    source.unlink()
    return data, case_id


@pytest.mark.parametrize(
    "passphrase",
    [f"{CHILD} 2024!", f"{CHILD.split()[1].upper()}-op-de-fiets-7x", f"zomer{CHILD.split()[0]}regenboog99"],
)
def test_a_name_from_the_case_is_refused(stored: tuple[Path, str], passphrase: str) -> None:
    data, case_id = stored
    target = data / "overdracht.age"
    done = run(data, "case", "handover", case_id, "-o", str(target), "--rol", "coach", handover_pass=passphrase)
    assert done.returncode == 2
    assert "bevat een naam uit de casus" in done.stderr and "Er is niets weggeschreven" in done.stderr
    assert CHILD.split()[0] not in done.stderr and CHILD.split()[1] not in done.stderr
    assert not target.exists()


def test_unrelated_words_are_taken(stored: tuple[Path, str]) -> None:
    data, case_id = stored
    target = data / "neutraal.age"
    done = run(
        data,
        "case",
        "handover",
        case_id,
        "-o",
        str(target),
        "--rol",
        "coach",
        handover_pass="groene-tafel-vliegt-zeventien-keer",
    )
    assert done.returncode == 0, done.stderr
    assert target.is_file()


def test_a_handover_on_a_full_disk_says_why_in_dutch(stored: tuple[Path, str]) -> None:
    data, case_id = stored
    target = data / "vol.age"
    env = {**os.environ, "PYTHONPATH": SRC, "CASUSPREP_DATA_DIR": str(data), "CASUSPREP_PASSPHRASE": PASS}
    env["CASUSPREP_HANDOVER_PASSPHRASE"] = "groene-tafel-vliegt-zeventien-keer"
    command = [sys.executable, "-m", "casusprep", "case", "handover", case_id, "-o", str(target), "--rol", "coach"]
    done = subprocess.run(  # writes past 1 KiB fail with EFBIG, as on a full disk
        ["bash", "-c", 'ulimit -f 1; exec "$@"', "-", *command], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "kon niet weggeschreven worden (het bestand wordt te groot)" in done.stderr
    assert not target.exists()
