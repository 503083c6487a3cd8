"""The review of the anonymisation in the app, walked like a coach would with the real
store, the real spaCy model and real .docx/.txt files read back: reject and accept detections, remove
extra text, change a pseudonym, export; the decisions come back after a restart; the summary goes to
the clipboard and a user-only .txt; a kept registered name blocks every export and writes nothing."""

from __future__ import annotations

import asyncio
import os
import stat
import sys
from pathlib import Path

import docx
from tests.app.helpers import PASSPHRASE, go_step, new_case, open_example, unlock
from textual.widgets import DataTable, Input, ProgressBar, Static

from casusprep.anonymise import anonymise_case
from casusprep.app import strings as S
from casusprep.app.app import CasusprepApp
from casusprep.app.screens.case import CaseScreen
from casusprep.app.widgets.review import add_extra, review_case, toggle
from casusprep.app.widgets.steps import AnonymiseStep, DocumentsStep
from casusprep.case import Person, Role, Signal
from casusprep.example import CAREGIVER, CHILD, FATHER, MANAGER, MOTHER, example_case
from casusprep.guard import fold
from casusprep.store import Store

SIZE = (140, 50)
NAMES = [CHILD, MOTHER, FATHER, CAREGIVER, MANAGER]
MANUAL = "poppenhoek"  # a word in the example's texts that identifies nothing, removed by hand here
PSEUDONYM = "mama K"


def shows_pseudonym(text: str) -> bool:
    """The mother's pseudonym is in the text, said once after her title ('Mama Lindsey' -> 'Mama K')."""
    return PSEUDONYM.casefold() in text.casefold() and "mama mama" not in text.casefold()


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def anonymised_texts(app) -> list[str]:
    return [str(w.render()) for w in app.screen.query(".anon-text").results(Static)]


def original_texts(app) -> list[str]:
    return [str(w.render()) for w in app.screen.query(".anon-original").results(Static)]


async def choose_row(pilot, key: str, *, toggle_with: str = "enter") -> None:
    """Put the cursor on a mention's row and toggle it with the keyboard (or the button)."""
    step = pilot.app.screen.query_one(AnonymiseStep)
    table = step.query_one("#anon-mentions", DataTable)
    table.move_cursor(row=table.get_row_index(key))
    table.focus()
    await pilot.pause()
    if toggle_with == "enter":
        await pilot.press("enter")
    else:
        await pilot.click("#anon-toggle")
    await settle(pilot)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    body = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(body + cells)


def name_parts() -> set[str]:
    return {part for name in NAMES for part in name.split()}


def is_private(path: Path) -> bool:
    return sys.platform == "win32" or stat.S_IMODE(os.stat(path).st_mode) == 0o600


async def test_review_walk_then_export(tmp_path: Path) -> None:
    out = tmp_path / "export"
    out.mkdir()
    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_example(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        case_id = screen.case.id
        await go_step(pilot, 6)
        await settle(pilot)
        step = screen.query_one(AnonymiseStep)
        review = step.review
        assert review is not None and review.mentions
        # Each detection is highlighted with its marker, there is a legend and counts per type.
        assert any("[NAAM]" in text for text in original_texts(app))
        assert "NAAM" in str(screen.query_one("#anon-legend", Static).render())
        assert "NAAM" in str(screen.query_one("#anon-counts", Static).render())
        assert not screen.query_one("#anon-busy").display
        first_child_name = CHILD.split()[0]
        assert all(first_child_name not in text for text in anonymised_texts(app))

        # Reject a detection that is not a registered name: its text now stays in the output.
        kept = next(m for m in review.mentions if m.entity_type not in ("PERSON", "EXTRA"))
        field = kept.fields[0]
        index = [fr.path for fr in review.fields].index(field)
        assert kept.text not in anonymised_texts(app)[index]
        await choose_row(pilot, kept.key)
        assert kept.text in anonymised_texts(app)[index]
        assert "blijft]" in original_texts(app)[index]
        assert kept.text in screen.case.anonymisation.rejected
        assert str(step.query_one("#anon-mentions", DataTable).get_row(kept.key)[0]) == "laten staan"

        # Reject another one and accept it again (with the button this time): it is removed again.
        other = next(m for m in step.review.mentions if m.entity_type == "PERSON" and not m.kept)
        await choose_row(pilot, other.key, toggle_with="button")
        assert fold(other.text) in {fold(r) for r in screen.case.anonymisation.rejected}
        await choose_row(pilot, other.key, toggle_with="button")
        assert fold(other.text) not in {fold(r) for r in screen.case.anonymisation.rejected}
        assert all(other.text not in text for text in anonymised_texts(app))

        # Mark extra text to remove: it disappears from every anonymised text.
        assert any(MANUAL in text for text in anonymised_texts(app))
        screen.query_one("#anon-extra", Input).value = MANUAL
        await pilot.click("#anon-extra-add")
        await settle(pilot)
        assert all(MANUAL not in text for text in anonymised_texts(app))
        assert any(m.manual and m.key == MANUAL for m in step.review.mentions)

        # Change the mother's pseudonym right here: the new one replaces her name.
        mother = next(i for i, p in enumerate(screen.case.persons) if p.name == MOTHER)
        pseudonym = screen.query_one(f"#anon-pseudonym-{mother}", Input)
        pseudonym.focus()
        pseudonym.value = PSEUDONYM
        # The re-run waits until typing stops: wait for its result, not for a fixed time (a loaded machine is slow).
        for _ in range(600):
            await settle(pilot)
            if screen.case.persons[mother].pseudonym == PSEUDONYM and any(
                shows_pseudonym(text) for text in anonymised_texts(app)
            ):
                break
            await pilot.pause(0.05)
        assert screen.case.persons[mother].pseudonym == PSEUDONYM
        assert any(shows_pseudonym(text) for text in anonymised_texts(app))

        # Export the VK-consult: what the review decided is what the document holds.
        await go_step(pilot, 7)
        screen.query_one("#doc-folder", Input).value = str(out)
        await pilot.click("#doc-vk")
        await pilot.click("#doc-export")
        await settle(pilot)
        result = str(screen.query_one("#doc-result", Static).render())
        assert result.startswith("Weggeschreven: "), result
        audit = screen.query_one("#doc-audit", DataTable)
        assert audit.row_count == 1 and "VK-consult" in str(audit.get_row_at(0))
        await pilot.press("ctrl+q")

    files = list(out.glob("*.docx"))
    assert len(files) == 1 and is_private(files[0])
    text = docx_text(files[0])
    assert shows_pseudonym(text)
    assert MANUAL not in text
    if field.split(".")[0].split("[")[0] in ("signals", "actions_taken", "question", "overview", "strengths"):
        assert kept.text in text
    assert not {part for part in name_parts() if part in text}

    # The decisions are saved with the case ...
    store = Store.open(PASSPHRASE)
    case = store.load(case_id)
    assert [a.document for a in store.audit(case_id)] == ["vk"]
    store.close()
    assert kept.text in case.anonymisation.rejected
    assert MANUAL in case.anonymisation.extra
    assert fold(other.text) not in {fold(r) for r in case.anonymisation.rejected}
    assert case.persons[mother].pseudonym == PSEUDONYM

    # ... and reused when the case is opened again.
    app2 = CasusprepApp()
    async with app2.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        app2.open_case(case_id, 6)
        await settle(pilot)
        step = app2.screen.query_one(AnonymiseStep)
        again = {m.key: m for m in step.review.mentions}
        assert again[kept.key].kept
        assert again[MANUAL].manual
        assert any(shows_pseudonym(t) for t in anonymised_texts(app2))
        await go_step(pilot, 7)
        assert app2.screen.query_one("#doc-audit", DataTable).row_count == 1
        await pilot.press("ctrl+q")


async def test_summary_to_clipboard_and_private_txt(tmp_path: Path) -> None:
    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_example(pilot)
        await go_step(pilot, 7)
        screen = app.screen
        screen.query_one("#doc-folder", Input).value = str(tmp_path)
        await pilot.click("#doc-summary")
        await settle(pilot)
        result = str(screen.query_one("#doc-result", Static).render())
        assert "gekopieerd" in result, result
        files = list(tmp_path.glob("*.txt"))
        assert len(files) == 1 and is_private(files[0])
        text = files[0].read_text(encoding="utf-8")
        assert app.clipboard == text
        assert "het kind" in text
        assert not {part for part in name_parts() if part in text}
        audit = screen.query_one(DocumentsStep).query_one("#doc-audit", DataTable)
        assert audit.row_count == 1 and "Samenvatting" in str(audit.get_row_at(0))
        await pilot.press("ctrl+q")
    store = Store.open(PASSPHRASE)
    entries = store.audit(screen.case.id)
    store.close()
    assert [(e.document, e.recipient_kind) for e in entries] == [("samenvatting", "VK")]
    assert not {part for part in name_parts() if part in entries[0].purpose}


async def test_kept_registered_name_blocks_summary_and_export(tmp_path: Path) -> None:
    """After the review keeps a registered name, the summary and the VK-consult are stopped with a message
    that names the field, nothing is written or copied, and the user can jump to the field."""
    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        await open_example(pilot)
        screen = app.screen
        await go_step(pilot, 6)
        await settle(pilot)
        name = fold(CHILD.split()[0])
        await choose_row(pilot, name)
        step = screen.query_one(AnonymiseStep)
        kept = next(m for m in step.review.mentions if m.key == name)  # re-ran: now kept, flagged as blocking
        assert kept.kept and kept.registered
        table = step.query_one("#anon-mentions", DataTable)
        assert str(table.get_row(name)[0]) == "laten staan (!)"
        await go_step(pilot, 7)
        screen.query_one("#doc-folder", Input).value = str(tmp_path)
        for button in ("#doc-summary", "#doc-export"):
            await pilot.click(button)
            await settle(pilot)
            message = str(screen.query_one("#doc-result", Static).render())
            assert "niets weggeschreven" in message, message
            assert CHILD.split()[0] not in message
            assert screen.query_one("#doc-result").has_class("error")
            assert list(tmp_path.iterdir()) == []
            assert app.clipboard == ""
        assert screen.query_one("#doc-audit", DataTable).row_count == 0
        jumps = list(screen.query("#doc-jumps Button"))
        assert jumps
        await pilot.click(f"#{jumps[0].id}")
        await pilot.pause()
        focused = app.focused
        assert focused is not None and getattr(focused, "path", None)
        assert CHILD.split()[0] in (getattr(focused, "text", None) or getattr(focused, "value", ""))
        # The message also leads back to the review, where the name was kept.
        await go_step(pilot, 7)
        screen.query_one("#doc-folder", Input).value = str(tmp_path)
        await pilot.click("#doc-export")
        await settle(pilot)
        assert list(tmp_path.iterdir()) == []
        await pilot.click("#doc-jump-review")
        await settle(pilot)
        assert screen.step_index == 6 and screen.query(AnonymiseStep)
        await pilot.press("ctrl+q")


FIELDS = 10


async def test_long_texts_show_progress_and_the_app_keeps_answering() -> None:
    """Detection runs in a worker, field by field: the bar advances and the UI loop keeps running meanwhile.

    A timer on the UI loop sees the bar part-way, so the loop ran while the worker was busy; how long it may
    stall is measured by benchmarks/ui_stall.py, not asserted here (it depends on the machine's load).
    """
    long_text = "Het kind speelde lang alleen in de zandbak en keek af en toe naar de deur. " * 300
    app = CasusprepApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = await new_case(pilot)
        screen.case.persons.append(Person(name="Lotte Vermeulen", role=Role.CHILD))
        for n in range(FIELDS):
            screen.case.signals.append(Signal(observation=f"Lotte, dag {n}. {long_text}"))
        seen: list[tuple[float, float | None]] = []

        def tick() -> None:  # runs on the UI loop: samples the bar from the moment it exists
            for bar in app.screen.query("#anon-progress").results(ProgressBar):
                seen.append((bar.progress, bar.total))

        app.set_interval(0.05, tick)
        await go_step(pilot, 6)
        bar = screen.query_one("#anon-progress", ProgressBar)
        busy = screen.query_one("#anon-busy")
        while busy.display:
            await asyncio.sleep(0.02)
        await settle(pilot)  # the results are being mounted
        assert any(total and 0 < done < total for done, total in seen), seen
        assert bar.progress == bar.total == FIELDS
        texts = anonymised_texts(app)
        assert len(texts) == FIELDS and all(t.startswith("Het kind, dag") for t in texts)
        await pilot.press("ctrl+q")


def test_review_shows_what_the_documents_get_and_decisions_toggle() -> None:
    """The anonymised side of the review is exactly anonymise_case's output, before and after decisions."""
    case = example_case()
    first = review_case(case)
    assert first.anonymised() == {p: t.text for p, t in anonymise_case(case).fields.items()}
    date = next(m for m in first.mentions if m.entity_type == "DATE")
    manual = next(m for m in first.mentions if m.manual)
    toggle(case, date)  # keep the date
    toggle(case, manual)  # no longer remove this text
    assert add_extra(case, MANUAL) and not add_extra(case, MANUAL.upper())
    second = review_case(case)
    assert second.anonymised() == {p: t.text for p, t in anonymise_case(case).fields.items()}
    mentions = {m.key: m for m in second.mentions}
    assert mentions[date.key].kept and mentions[MANUAL].manual
    # No longer marked by hand (it may still be found otherwise, e.g. by the model as a place).
    assert manual.key not in mentions or not mentions[manual.key].manual
    assert date.text in second.anonymised()[date.fields[0]]
    assert second.kept_count() == 1
    toggle(case, mentions[date.key])  # remove it again
    assert date.text not in case.anonymisation.rejected


def test_review_list_shows_the_replacement_as_it_reads_mid_sentence() -> None:
    from casusprep.case import Case, Person, Role, Signal
    from casusprep.review import review_case

    case = Case(
        persons=[Person(name="Wannes Pauwels", role=Role.CHILD)],
        signals=[Signal(observation="Wannes Pauwels at niets. Daarna sliep Wannes Pauwels.")],
    )
    mention = next(m for m in review_case(case).mentions if m.key == "wannes pauwels")
    assert mention.count == 2 and mention.replacement == "het kind"


async def test_the_findings_table_has_the_focus_when_the_step_opens() -> None:
    """The work of this step is the table of findings: it has the focus on arrival (it was reached only after
    tabbing through every step button), and Enter decides on the first finding straight away."""
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_example(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        for _ in range(6):
            await pilot.press("f3")
            await pilot.pause()
        step = screen.query_one(AnonymiseStep)
        assert screen.current_step() is step
        await settle(pilot)
        table = step.query_one("#anon-mentions", DataTable)
        assert table.row_count and app.focused is table
        # in view too: the legend and counts that come with the result pushed it below the bottom of the step
        assert step.region.y <= table.region.y and table.region.y + 3 <= step.region.bottom
        first = step.review.mentions[0]
        await pilot.press("enter")
        await settle(pilot)
        assert str(table.get_row(first.key)[0]) != S.REVIEW_REMOVE


async def test_enter_while_the_review_runs_again_says_to_wait_instead_of_doing_nothing() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_example(pilot)
        screen = app.screen
        await go_step(pilot, 6)
        await settle(pilot)
        step = screen.query_one(AnonymiseStep)
        table = step.query_one("#anon-mentions", DataTable)
        table.focus()
        step.set_busy(True)  # as while the review runs again after a decision (how long that takes is the machine's)
        await pilot.pause()
        rejected = list(screen.case.anonymisation.rejected)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.case.anonymisation.rejected == rejected  # not decided twice on rows about to change
        assert S.REVIEW_WAIT in [n.message for n in app._notifications]
        step.set_busy(False)
        await pilot.press("enter")
        await settle(pilot)
        assert screen.case.anonymisation.rejected != rejected
