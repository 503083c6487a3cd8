"""In the app: objectivity hints marked in place in "Wat heb ik gezien en gehoord?", explained at the
cursor, and moved to "Wat denk ik?" with one key (real app, real spaCy pipeline in a worker, real store).
Also: the meldplicht draft is selectable text with a copy button."""

from __future__ import annotations

import asyncio

from tests.app.helpers import PASSPHRASE, bound, open_example, open_new_signal
from textual.widgets import Collapsible, Static, TextArea

from casusprep.app.app import CasusprepApp
from casusprep.app.screens.case import CaseScreen
from casusprep.app.widgets.observation import ObservationArea
from casusprep.store import Store

OBS = "signals[0].observation"
INTERP = "signals[0].interpretation"
# Invented for this test. "Noë" puts a two-byte character before the mark (columns are characters).
FIRST = "Noë at haar boterham niet op."
JUDGING = "Mama was bij het ophalen erg agressief tegen de begeleidster."
PLAIN = "had een blauwe plek van 3 cm op de linkerarm"


async def new_signal(pilot) -> ObservationArea:
    await open_new_signal(pilot)
    area = bound(pilot.app, OBS)
    assert isinstance(area, ObservationArea)
    return area


async def type_text(pilot, area: ObservationArea, text: str) -> None:
    """Type like a user, key by key, into the observation field."""
    area.focus()
    await pilot.pause()
    await pilot.press(*["space" if c == " " else c for c in text])


async def hints_checked(pilot, text: str) -> None:
    """Wait until the worker has looked at exactly this text (after the pause in typing, in a thread)."""
    step = pilot.app.screen.current_step()
    for _ in range(200):
        await asyncio.sleep(0.1)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if getattr(step, "hints_for", None) == text:
            return
    raise AssertionError(f"no hint check for {text!r}")


def underlined(area: ObservationArea) -> str:
    """The text the TextArea actually draws underlined (the marks), over all its visible lines."""
    out = []
    for y in range(area.size.height):
        for segment in area.render_line(y):
            if segment.style is not None and segment.style.underline:
                out.append(segment.text)
    return "".join(out).strip()


async def test_hint_marked_in_place_explained_at_cursor_and_moved_with_one_key() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        area = await new_signal(pilot)
        text = f"{FIRST} {JUDGING}"
        await type_text(pilot, area, text)
        assert area.text == text
        await hints_checked(pilot, text)

        # Marked in place: the phrase's columns on its line (characters, not bytes: "ë" comes before it).
        marked = [h for h in area.hints if h.text == "agressief"]
        assert marked, area.hints
        hint = marked[0]
        start = text.index("agressief")
        assert (hint.start, hint.end) == (start, start + len("agressief"))
        assert (0, start, start + len("agressief")) in area.hint_ranges()
        # ... and drawn underlined (readable without colour), nothing else is.
        assert underlined(area) == "agressief"
        assert "huilde" not in underlined(area)

        # Cursor after the text: no explanation; the key is shown but not active.
        box = app.screen.query_one("#hint-at-cursor", Static)
        assert not box.display
        assert area.check_action("move_hint", ()) is None
        # Cursor into the marked phrase: its explanation and suggestion right below the field.
        area.move_cursor(area.document.get_location_from_index(start + 3))
        await pilot.pause()
        assert box.display
        shown = str(box.render())
        assert hint.explanation in shown and hint.suggestion in shown and "'agressief'" in shown
        assert area.check_action("move_hint", ()) is True
        assert any(b.key == "f8" and b.description for b in (a.binding for a in app.screen.active_bindings.values()))
        # The overview list stays below, as a summary of all hints.
        assert any("'agressief'" in str(w.render()) for w in app.screen.query(".hint-text").results(Static))

        # One key moves the sentence to "Wat denk ik?".
        await pilot.press("f8")
        await pilot.pause()
        case = app.screen.case
        assert case.signals[0].observation == FIRST
        assert case.signals[0].interpretation == JUDGING
        assert area.text == FIRST and bound(app, INTERP).text == JUDGING
        assert area.has_focus  # the coach writes on, where the sentence was
        assert area.document.get_index_from_location(area.cursor_location) == len(FIRST)
        assert area.hint_ranges() == [] and not box.display
        await hints_checked(pilot, FIRST)
        assert area.hints == [] and underlined(area) == ""

        # Ctrl+Z in the observation undoes the move in both fields; Ctrl+Y does it again.
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert area.text == text and bound(app, INTERP).text == ""
        assert (case.signals[0].observation, case.signals[0].interpretation) == (text, "")
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert area.text == FIRST and bound(app, INTERP).text == JUDGING
        assert (case.signals[0].observation, case.signals[0].interpretation) == (FIRST, JUDGING)
        case_id = case.id
        await pilot.press("ctrl+q")

    store = Store.open(PASSPHRASE)  # reload from disk: the move was saved
    try:
        saved = store.load(case_id).signals[0]
        assert (saved.observation, saved.interpretation) == (FIRST, JUDGING)
    finally:
        store.close()


async def test_plain_observation_is_not_marked_and_marks_follow_typing() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        area = await new_signal(pilot)
        await type_text(pilot, area, PLAIN)
        await hints_checked(pilot, PLAIN)
        assert area.hints == [] and area.hint_ranges() == [] and underlined(area) == ""
        assert not app.screen.query(".hint-text")

        # A judging sentence after it is marked; typing in front of it keeps the mark on the same word
        # until the next check (never on the wrong characters).
        more = " Hij is waarschijnlijk getraumatiseerd."
        await type_text(pilot, area, more)
        await hints_checked(pilot, PLAIN + more)
        assert {h.text for h in area.hints} >= {"waarschijnlijk", "getraumatiseerd"}
        before = area.hint_ranges()
        area.move_cursor((0, 0))
        await type_text(pilot, area, "Jonas ")
        assert area.text.startswith("Jonas had") and app.screen.current_step().hints_for != area.text
        assert {h.text for h in area.hints} >= {"waarschijnlijk", "getraumatiseerd"}
        for h in area.hints:
            assert area.text[h.start : h.end] == h.text
        assert area.hint_ranges() == [(row, start + 6, end + 6) for row, start, end in before]
        area.move_cursor(area.document.end)  # scroll the marks into view
        await pilot.pause()
        assert "waarschijnlijk" in underlined(area) and "Jonas" not in underlined(area)
        await pilot.press("ctrl+q")


async def test_meldplicht_draft_is_selectable_and_copied() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_example(pilot)
        screen = app.screen
        assert isinstance(screen, CaseScreen)
        draft = screen.query_one("#meldplicht-draft", TextArea)
        assert draft.read_only and "Opgroeien" in draft.text
        box = screen.query_one("#meldplicht-draft-box", Collapsible)
        box.query_one("CollapsibleTitle").focus()
        await pilot.press("enter")  # open it, as with the keyboard
        await pilot.pause()
        assert not box.collapsed
        draft.focus()
        await pilot.press("f7")  # the TextArea's own "select all": the coach can select and copy it
        assert draft.selected_text == draft.text
        copy = screen.query_one("#meldplicht-copy")
        copy.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click(copy)
        await pilot.pause()
        assert app.clipboard == draft.text
        await pilot.press("ctrl+q")


def test_signals_step_imports_no_hints_engine() -> None:
    """The observation field and the signals step load the hints engine (and spaCy) only in a worker."""
    import subprocess
    import sys

    code = (
        "import sys, casusprep.app.widgets.observation, casusprep.app.widgets.steps.signals;"
        "print(sorted(m for m in sys.modules if m.startswith(('casusprep.hints', 'spacy'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.strip() == "[]", out
