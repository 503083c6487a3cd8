"""Retention in the app: a closed case shows its removal date, and once its date has come the app
offers the removal after unlocking; a confirmed removal leaves no trace in the database file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.app.helpers import PASSPHRASE, home_with_one_case, seed_case, unlock
from textual.widgets import Button, DataTable, SelectionList, Static

from casusprep.app.app import CasusprepApp
from casusprep.app.dialogs import ConfirmScreen
from casusprep.app.screens.home import HomeScreen
from casusprep.app.screens.retention import RetentionScreen
from casusprep.case import Status, iter_text_fields, new_id
from casusprep.example import example_case
from casusprep.store import Store
from casusprep.store.store import add_months

TODAY = dt.date.today()


def _closed_case(title: str, months_ago: int):
    case = example_case().model_copy(update={"id": new_id(), "title": title}, deep=True)
    case.status = Status.CLOSED
    case.closed_on = add_months(TODAY, -months_ago)
    return case


def _needles(case) -> set[bytes]:
    """The case's names (and their parts) and longer free texts, as they could sit in the file."""
    texts = {case.title}
    for person in case.persons:
        texts.add(person.name)
        texts.update(part for part in person.name.split() if len(part) > 3)
    texts.update(text for _, text in iter_text_fields(case) if len(text) >= 12)
    return {variant for t in texts for variant in (t.encode(), t.lower().encode(), t.encode("utf-16-le"))}


def _seed(*cases) -> None:
    store, _ = Store.create(PASSPHRASE)
    with store:
        for case in cases:
            store.save(case)
        store.backup(force=True)


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


async def test_due_case_is_offered_and_removed_without_trace(data_dir: Path) -> None:
    due = _closed_case("Oude zorg", 13)
    kept = _closed_case("Recent afgesloten", 2)
    _seed(due, kept)
    assert any(due.id.encode() in data for data in _files(data_dir).values()), "the search can find a trace"

    app = CasusprepApp()
    async with app.run_test(size=(110, 36)) as pilot:
        await unlock(pilot)
        await pilot.pause()
        assert isinstance(app.screen, RetentionScreen)
        listed = app.screen.query_one("#retention-cases", SelectionList)
        assert [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)] == ["Oude zorg"]
        assert listed.selected == [due.id]
        shown = " ".join(str(w.render()) for w in app.screen.query(Static))
        for person in due.persons:  # the notice names the case by its working title only
            assert person.name not in shown
        await pilot.click("#retention-remove")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#cases", DataTable)
        assert table.row_count == 1
        # The kept case shows its removal date under the table, and in a column once there is room.
        removal = add_months(kept.closed_on, 12).strftime("%d/%m/%Y")
        assert removal in str(app.screen.query_one("#case-removal", Static).render())
        assert str(table.get_row_at(0)[-1]) == removal  # below 120 columns the home help stays closed
        await pilot.press("f1")
        await pilot.pause()
        assert removal not in [str(cell) for cell in table.get_row_at(0)]  # help panel open: no room
        await pilot.press("ctrl+q")

    with Store.open(PASSPHRASE) as store:
        assert [s.id for s in store.list()] == [kept.id]
    files = _files(data_dir)
    assert any(p.name == "casusprep.db" for p in files) and any(p.parent.name == "backups" for p in files)
    for path, data in files.items():
        assert due.id.encode() not in data, f"id of the removed case left in {path.name}"
        for needle in _needles(due):
            assert needle not in data, f"plaintext of the removed case in {path.name}"


async def test_later_keeps_the_case_and_asks_again_at_the_next_unlock(data_dir: Path) -> None:
    due = _closed_case("Oude zorg", 13)
    _seed(due)
    for run in range(2):
        app = CasusprepApp()
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            await pilot.pause()
            assert isinstance(app.screen, RetentionScreen)
            await pilot.click("#retention-later")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            if run == 0:  # back on the list after leaving a case: not asked again in the same session
                await pilot.press("enter")
                await pilot.pause()
                await pilot.press("escape")
                await pilot.pause()
                assert isinstance(app.screen, HomeScreen)
            # At 80 columns the removal date is on the line under the table.
            line = str(app.screen.query_one("#case-removal", Static).render())
            assert add_months(due.closed_on, 12).strftime("%d/%m/%Y") in line
            await pilot.press("ctrl+q")
    with Store.open(PASSPHRASE) as store:
        assert [s.id for s in store.list()] == [due.id]


async def test_nothing_ticked_removes_nothing_and_says_so(data_dir: Path) -> None:
    due = _closed_case("Oude zorg", 13)
    _seed(due)
    app = CasusprepApp()
    async with app.run_test(size=(110, 36)) as pilot:
        await unlock(pilot)
        await pilot.pause()
        app.screen.query_one("#retention-cases", SelectionList).deselect_all()
        await pilot.click("#retention-remove")
        await pilot.pause()
        assert isinstance(app.screen, RetentionScreen)
        assert "minstens één" in str(app.screen.query_one("#retention-error", Static).render())
        app.screen.query_one("#retention-later", Button).press()
        await pilot.pause()
        await pilot.press("ctrl+q")
    with Store.open(PASSPHRASE) as store:
        assert store.has_case(due.id)


async def test_no_notice_when_nothing_is_due(data_dir: Path) -> None:
    seed_case(_closed_case("Recent afgesloten", 11))
    app = CasusprepApp()
    async with app.run_test(size=(110, 36)) as pilot:
        await home_with_one_case(pilot)  # no retention notice first
        await pilot.press("ctrl+q")


async def test_closing_a_case_in_situatie_shows_its_removal_date(data_dir: Path) -> None:
    from textual.widgets import Select

    from casusprep.app.screens.case import CaseScreen
    from casusprep.app.widgets.fields import format_be_date

    open_case = seed_case(example_case().model_copy(update={"id": new_id(), "title": "Nog open"}, deep=True))
    app = CasusprepApp()
    async with app.run_test(size=(110, 36)) as pilot:
        await home_with_one_case(pilot)
        app.open_case(open_case.id)
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        note = app.screen.query_one("#removal-note", Static)
        assert not note.display
        app.screen.query_one("#status", Select).value = Status.CLOSED
        await pilot.pause()
        assert note.display
        expected = format_be_date(add_months(TODAY, 12))
        assert expected in str(note.render()) and "12 maanden" in str(note.render())
        app.screen.query_one("#status", Select).value = Status.OPEN
        await pilot.pause()
        assert not note.display
