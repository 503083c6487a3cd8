"""Snapshot tests of the first screens and of every step at 80x24 (the smallest supported size) and 120x40.

Update after an intended change with ``pytest tests/app/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.app.helpers import PASSPHRASE, unlock

from casusprep.app.app import CasusprepApp
from casusprep.app.flow import steps
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
        pilot.app.store.set_setting("export_folder", "/tmp/casusprep-documenten")  # the same on every machine
        pilot.app.open_case(case.id, step)
        await pilot.pause()
        for _ in range(3):  # the step's own work (hints, the review) and the NLP warm-up
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        pilot.app.set_focus(None)  # no blinking cursor in the picture

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("step", [s.index for s in steps()], ids=[s.key for s in steps()])
def test_every_step(snap_compare, size, step) -> None:
    Store.create(PASSPHRASE)[0].close()
    assert snap_compare(CasusprepApp(), terminal_size=size, run_before=_open_case_at(step))
