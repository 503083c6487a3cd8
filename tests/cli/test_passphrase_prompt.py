"""The passphrase prompt of the command line, used where no terminal is (a script, a pipe)."""

from __future__ import annotations

from pathlib import Path


def test_a_passphrase_read_without_a_terminal_is_asked_in_dutch() -> None:
    """In a script or a pipe (no terminal to hide it on) Python's getpass warned in English ('GetPassWarning: Can
    not control echo', 'Password input may be echoed'); the warning is Dutch and the passphrase is still read."""
    import os
    import subprocess
    import sys

    from casusprep.cli.texts import CLI
    from casusprep.store import Store

    passphrase = "een lang wachtwoord 2026"
    Store.create(passphrase)[0].close()  # in this test's own data folder (conftest)
    env = {k: v for k, v in os.environ.items() if k != "CASUSPREP_PASSPHRASE"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2] / "src")
    # start_new_session: no controlling terminal, as under cron or in a pipeline started from a service
    done = subprocess.run(
        [sys.executable, "-m", "casusprep", "case", "list"],
        input=f"{passphrase}\n".encode(),
        capture_output=True,
        env=env,
        timeout=300,
        start_new_session=True,
    )
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert CLI.SECRET_MAY_SHOW in err
    assert "Warning" not in err and "echo" not in err
