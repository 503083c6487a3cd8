"""In the app: the child's own words with the question asked just before; a leading question is explained
right under "Wat vroeg ik?" with open alternatives, and the words are kept in the case (real app, Pilot)."""

from __future__ import annotations

from tests.app.helpers import bound, open_new_signal, write
from textual.widgets import Static

from casusprep.app.app import CasusprepApp

QUESTION = "signals[0].child_question"
WORDS = "signals[0].child_words"
PRESENT = "signals[0].child_words_present"


def hint_box(app) -> Static:
    return app.screen.query_one("#question-hint", Static)


async def test_a_leading_question_is_explained_and_an_open_one_is_not() -> None:
    app = CasusprepApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_new_signal(pilot)
        assert not hint_box(app).display

        await write(pilot, QUESTION, "Heeft papa je geslagen?")
        box = hint_box(app)
        assert box.display
        shown = str(box.render())
        assert "Sturende vraag" in shown and "Heeft papa je geslagen?" in shown
        assert "Vertel eens" in shown and "ja/nee" in shown

        question = bound(app, QUESTION)
        question.replace("Vertel eens, wat is er gebeurd?", (0, 0), question.document.end)
        await pilot.pause()
        assert not hint_box(app).display

        await write(pilot, WORDS, "Papa boos. Au.")
        await write(pilot, PRESENT, "Ik en een stagiair.")
        signal = app.screen.case.signals[0]
        assert signal.child_question == "Vertel eens, wat is er gebeurd?"
        assert signal.child_words == "Papa boos. Au."
        assert signal.child_words_present == "Ik en een stagiair."
