"""A hint that only the sentence classifier gives (no lexicon phrase in the sentence) works in the app like the
others: marked in place on the clause that carries the interpretation, explained at the cursor with the advice
of its kind, and moved to "Wat denk ik?" with F8 (real app, real spaCy classifier in the hints worker)."""

from __future__ import annotations

from tests.app.helpers import bound
from tests.app.test_hints_in_app import hints_checked, new_signal, type_text, underlined
from textual.widgets import Static

from casusprep.app.app import CasusprepApp
from casusprep.hints import load_lexicon
from casusprep.hints.engine import lexicon_hints

INTERP = "signals[0].interpretation"
# Invented for this test: a plain observation, then a cause stated as fact without any word of the lexicon.
PLAIN = "Ze at haar boterham op."
CAUSE = "Ze wou niet slapen omdat haar knuffel thuis was blijven liggen."


async def test_classifier_hint_is_marked_explained_and_moved_with_f8() -> None:
    assert lexicon_hints(CAUSE) == [] and lexicon_hints(PLAIN) == []  # only the classifier can find it
    app = CasusprepApp()
    async with app.run_test(size=(120, 40)) as pilot:
        area = await new_signal(pilot)
        text = f"{PLAIN} {CAUSE}"
        await type_text(pilot, area, text)
        await hints_checked(pilot, text)

        # Marked: one hint, on the causal clause, not on the observation before it.
        assert len(area.hints) == 1, area.hints
        hint = area.hints[0]
        assert hint.text.startswith("omdat") and text[hint.start : hint.end] == hint.text
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
