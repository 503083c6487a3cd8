"""Snapshot tests of the key screens at 80x24 (the smallest supported size) and one larger size.

Update after an intended change with ``pytest tests/app/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.app.helpers import PASSPHRASE, unlock

from casusprep.app.app import CasusprepApp
from casusprep.case import Case, OrganiserType, Person, Role, Setting, Signal, SituationKind
from casusprep.store import Store

SIZES = [(80, 24), (120, 40)]


def _case() -> Case:
    return Case(
        id="a1b2c3d4e5f6",
        title="Zorg om het kind",
        setting=Setting.KINDERDAGVERBLIJF,
        organiser_type=OrganiserType.NOT_OCMW,
        situation_kind=SituationKind.VERONTRUSTING,
        persons=[Person(id="p00000000001", name="Lotte Vermeulen", role=Role.CHILD)],
        signals=[
            Signal(
                id="s00000000001",
                date=dt.date(2024, 3, 5),
                observation="Huilde toen papa binnenkwam.",
                interpretation="Ze lijkt bang.",
                gut_feeling="Niet pluis.",
            )
        ],
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_first_run_screen(snap_compare, size) -> None:
    assert snap_compare(CasusprepApp(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_unlock_screen(snap_compare, size) -> None:
    Store.create(PASSPHRASE)[0].close()
    assert snap_compare(CasusprepApp(), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_home_screen_empty(snap_compare, size) -> None:
    Store.create(PASSPHRASE)[0].close()
    assert snap_compare(CasusprepApp(), terminal_size=size, run_before=unlock)


def _open_case_at(step: int):
    async def run_before(pilot) -> None:
        await unlock(pilot)
        case = _case()
        pilot.app.store.save(case)
        pilot.app.open_case(case.id, step)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_situatie_step(snap_compare, size) -> None:
    Store.create(PASSPHRASE)[0].close()
    assert snap_compare(CasusprepApp(), terminal_size=size, run_before=_open_case_at(0))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_signalen_step(snap_compare, size) -> None:
    Store.create(PASSPHRASE)[0].close()
    assert snap_compare(CasusprepApp(), terminal_size=size, run_before=_open_case_at(2))
