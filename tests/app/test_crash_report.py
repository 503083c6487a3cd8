"""A crash must not print case data: Textual's own report shows local variables and messages."""

from __future__ import annotations

import pytest

from casusprep.app.app import CasusprepApp, crash_report

SECRET = "Zoë Vanderstraeten"


def _boom() -> None:
    name = SECRET  # a local variable, as in any step that holds a case
    raise RuntimeError(f"kon {name} niet tonen")


async def test_a_crash_shows_no_local_values_and_no_message(capfd) -> None:
    app = CasusprepApp()
    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            app.call_later(_boom)
            await pilot.pause()
            await pilot.pause()
    out, err = capfd.readouterr()
    report = out + err
    assert "RuntimeError" in report and "_boom" in report
    assert "onverwacht gestopt" in report
    assert "Vanderstraeten" not in report and "Zoë" not in report


def test_crash_report_lists_only_types_and_places() -> None:
    try:
        _boom()
    except RuntimeError as exc:
        text = crash_report(exc).plain
    assert "test_crash_report.py" in text and "builtins.RuntimeError" in text
    assert SECRET not in text


def test_importing_the_app_switches_off_textual_developer_log(monkeypatch) -> None:
    import importlib

    import casusprep.app

    monkeypatch.setenv("TEXTUAL_LOG", "/tmp/should-not-exist.log")
    monkeypatch.setenv("TEXTUAL", "devtools,debug")
    importlib.reload(casusprep.app)
    import os

    assert "TEXTUAL_LOG" not in os.environ and "TEXTUAL" not in os.environ
