"""``casusprep settings retention``: the retention period is set in the store and drives the removal dates."""

from __future__ import annotations

import datetime as dt

import pytest

from casusprep.case import Status
from casusprep.cli import main
from casusprep.example import example_case
from casusprep.store import Store
from casusprep.store.store import add_months

PASS = "een lange testzin voor de kluis"


@pytest.fixture
def store_with_closed_case(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CASUSPREP_PASSPHRASE", PASS)
    case = example_case()
    case.status = Status.CLOSED
    case.closed_on = add_months(dt.date.today(), -8)
    with Store.open_from_env() as store:
        store.save(case)
    return case


def test_default_is_twelve_months(store_with_closed_case, capsys):
    assert main(["settings"]) == 0
    assert "12 maanden" in capsys.readouterr().out


def test_set_retention_changes_the_removal_date_and_what_is_due(store_with_closed_case, capsys):
    case = store_with_closed_case
    with Store.open(PASS) as store:
        assert store.due_for_removal() == []
    assert main(["settings", "retention", "6"]) == 0
    out = capsys.readouterr().out
    assert "6 maanden" in out and "1 afgesloten casus is aan verwijdering toe" in out
    with Store.open(PASS) as store:
        assert store.retention_months() == 6
        assert [s.id for s in store.due_for_removal()] == [case.id]
        assert store.list()[0].removal_on == add_months(case.closed_on, 6)
    assert main(["settings", "retention"]) == 0
    assert "6 maanden" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["-1", "241", "twaalf", "1.5"])
def test_invalid_retention_is_refused_and_nothing_changes(store_with_closed_case, capsys, value):
    assert main(["settings", "retention", value]) == 2
    assert "bewaartermijn" in capsys.readouterr().err.lower()
    with Store.open(PASS) as store:
        assert store.retention_months() == 12
