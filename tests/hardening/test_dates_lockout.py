"""One imported case never locks the user out: dates are validated to a sane range on import (a
Dutch message naming the field), and whatever the store already holds lists and opens."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from casusprep.case import Case, Status, date_problem
from casusprep.cli import main
from casusprep.example import example_case
from casusprep.migrations import load_case
from casusprep.store import Store, add_months

PASS = "een lang genoeg wachtwoord"


@pytest.fixture
def env_pass(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    return PASS


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: dict) -> tuple[int, str, str]:
    path = tmp_path / "casus.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code = main(["case", "import", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("change", "label"),
    [
        ({"status": "afgesloten", "closed_on": "9999-12-31"}, "Afgesloten op"),
        ({"next_follow_up": "9999-12-31"}, "Volgende opvolgdatum"),
        ({"signals": [{"date": "0001-01-01"}]}, "Signaal 1 - Datum"),
        ({"signals": [{"date": "1850-06-01"}]}, "Signaal 1 - Datum"),
        ({"persons": [{"name": "Jan Peeters", "role": "kind", "birth_date": "2250-01-01"}]}, "Geboortedatum"),
        ({"created_at": "9999-12-31T23:59:59Z"}, "created_at"),
    ],
)
def test_dates_out_of_range_are_refused_on_import_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], env_pass: str, change: dict, label: str
) -> None:
    data = json.loads(example_case().model_dump_json())
    data.update(change)
    code, _, err = _import(tmp_path, capsys, data)
    assert code == 2
    assert "tussen 1900 en 2100" in err and label in err
    assert "Traceback" not in err
    assert not Store.exists() or not Store.open(PASS).list()


def test_the_same_range_for_the_app_and_the_model() -> None:
    assert date_problem(dt.date(2026, 3, 1)) is None
    assert date_problem(dt.date(1900, 1, 1)) is None and date_problem(dt.date(2100, 12, 31)) is None
    assert "1900" in (date_problem(dt.date(1899, 12, 31)) or "")
    assert date_problem(dt.datetime(9999, 1, 1, tzinfo=dt.UTC))
    case = Case()
    with pytest.raises(ValueError, match="1900 en 2100"):
        case.next_follow_up = dt.date(9999, 12, 31)  # the app assigns; a ValueError it shows in the field


def test_add_months_never_leaves_the_calendar() -> None:
    assert add_months(dt.date(9999, 12, 31), 12) == dt.date.max
    assert add_months(dt.date(9999, 6, 1), 10**6) == dt.date.max
    assert add_months(dt.date(1, 1, 1), -5) == dt.date.min
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)


def _stored_extreme_case() -> Case:
    """A case as an older casusprep (without the range check) may have stored it."""
    data = json.loads(example_case().model_dump_json())
    data.update(status="afgesloten", closed_on="9999-12-31", next_follow_up="9999-12-31")
    data["signals"][0]["date"] = "9999-12-31"
    return load_case(data, stored=True)


def test_what_the_store_holds_always_lists_and_opens(capsys: pytest.CaptureFixture[str], env_pass: str) -> None:
    store, _ = Store.create(PASS)
    case = _stored_extreme_case()
    store.save(case)
    store.set_setting("retention_months", str(10**9))
    assert store.retention_months() == 1200
    [summary] = store.list()
    assert summary.status is Status.CLOSED and summary.removal_on == dt.date.max
    assert store.due_for_removal() == []
    assert store.load(case.id).closed_on == dt.date(9999, 12, 31)
    store.close()
    assert main(["case", "list"]) == 0
    out, err = capsys.readouterr()
    assert "31/12/9999" in out and "Traceback" not in err
    assert main(["case", "show", case.id]) == 0
    assert main(["settings"]) == 0


def test_a_closed_case_near_the_end_of_the_calendar_and_a_long_retention(env_pass: str) -> None:
    store, _ = Store.create(PASS)
    data = json.loads(example_case().model_dump_json())
    data.update(status="afgesloten", closed_on="2100-12-31")
    store.save(load_case(data))
    store.set_setting("retention_months", "1200")
    [summary] = store.list()
    assert summary.removal_on == dt.date(2200, 12, 31)
    store.close()
