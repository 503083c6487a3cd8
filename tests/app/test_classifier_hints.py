"""A hint that only the sentence classifier gives (no lexicon phrase in the sentence) works in the app like the
others: marked in place on the clause that carries the interpretation, explained at the cursor with the advice
of its kind, and moved to "Wat denk ik?" with F8 (real app, real spaCy classifier in the hints worker)."""

from __future__ import annotations

from tests.app.helpers import bound
from tests.app.test_hints_in_app import hints_checked, new_signal, type_text, underlined
from textual.widgets import Static

from casusprep.app.app import CasusprepApp
from casusprep.hints import load_lexicon
from casusprep.hints.engine import lexicon_hints, pattern_hints

INTERP = "signals[0].interpretation"
# Invented for this test: a plain observation, then a cause stated as fact without any word of the lexicon and
# without a cue of the sentence patterns (no "omdat", no "komt door").
PLAIN = "Ze at haar boterham op."
CAUSE = "Haar rode billetjes: dat is die nieuwe zeep van thuis."


async def test_classifier_hint_is_marked_explained_and_moved_with_f8() -> None:
    assert lexicon_hints(CAUSE) == [] and lexicon_hints(PLAIN) == []  # only the classifier can find it
    assert pattern_hints(CAUSE, 0, len(CAUSE)) == [] and pattern_hints(PLAIN, 0, len(PLAIN)) == []
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        area = await new_signal(pilot)
        text = f"{PLAIN} {CAUSE}"
        await type_text(pilot, area, text)
        await hints_checked(pilot, text)

        # Marked: one hint, on the clause that gives the cause, not on the observation before it.
        assert len(area.hints) == 1, area.hints
        hint = area.hints[0]
        assert hint.text == "dat is die nieuwe zeep van thuis" and text[hint.start : hint.end] == hint.text
        assert underlined(area) == hint.text
        cause = load_lexicon().klasse["cause"]
        assert (hint.kind, hint.explanation, hint.suggestion) == (cause.soort, cause.uitleg, cause.suggestie)
        assert "Wat zag of hoorde je waaruit je dit afleidt?" in hint.suggestion

        # Explained at the cursor, like a lexicon hint.
        area.move_cursor(area.document.get_location_from_index(hint.start + 2))
        await pilot.pause()
        box = app.screen.query_one("#hint-at-cursor", Static)
        assert box.display
        shown = str(box.render())
        assert hint.explanation in shown and hint.suggestion in shown and f"'{hint.text}'" in shown

        # F8 moves the whole sentence to "Wat denk ik?"; the observation stays, unmarked.
        await pilot.press("f8")
        await pilot.pause()
        case = app.screen.case
        assert case.signals[0].observation == PLAIN
        assert case.signals[0].interpretation == CAUSE
        assert area.text == PLAIN and bound(app, INTERP).text == CAUSE
        await hints_checked(pilot, PLAIN)
        assert area.hints == [] and underlined(area) == ""
        await pilot.press("ctrl+q")


async def test_a_sentence_pattern_hint_shows_its_own_explanation_at_the_cursor() -> None:
    """A cause after "omdat" is marked by the sentence patterns (hints/data/patronen.toml), with their text."""
    from casusprep.hints.patterns import load_patterns

    sentence = "Ze wou niet slapen omdat haar knuffel thuis was blijven liggen."
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        area = await new_signal(pilot)
        await type_text(pilot, area, sentence)
        await hints_checked(pilot, sentence)
        (hint,) = area.hints
        assert hint.text == "omdat haar knuffel thuis was blijven liggen" and underlined(area) == hint.text
        pattern = load_patterns().patroon["oorzaak"]
        assert (hint.explanation, hint.suggestion) == (pattern.uitleg, pattern.suggestie)
        area.move_cursor(area.document.get_location_from_index(hint.start + 2))
        await pilot.pause()
        shown = str(app.screen.query_one("#hint-at-cursor", Static).render())
        assert pattern.uitleg in shown
        await pilot.press("f8")
        await pilot.pause()
        assert app.screen.case.signals[0].interpretation == sentence and area.text == ""
        await pilot.press("ctrl+q")


async def test_at_80_columns_the_footer_keeps_the_privacy_key_and_f8_still_moves_the_sentence() -> None:
    """In the observation field the long 'F8 Zin naar Wat denk ik?' pushed ^L Verbergen off the footer; at 80
    columns F8 is left out of the footer (the hint at the cursor names it) and still works."""
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        area = await new_signal(pilot)
        text = f"{PLAIN} {CAUSE}"
        await type_text(pilot, area, text)
        await hints_checked(pilot, text)
        area.move_cursor(area.document.get_location_from_index(area.hints[0].start + 2))
        await pilot.pause()
        keys = list(app.screen.query("FooterKey"))
        regions = sorted(k.region for k in keys)
        assert any("^L" in str(k.render()) for k in keys)
        assert all(a.right <= b.x for a, b in zip(regions, regions[1:], strict=False)) and regions[-1].right <= 80
        await pilot.press("f8")
        await pilot.pause()
        assert app.screen.case.signals[0].interpretation == CAUSE
