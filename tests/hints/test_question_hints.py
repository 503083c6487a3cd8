"""Leading questions under "Wat vroeg ik?": closed yes/no questions that name who or what are marked with
a Dutch explanation and open alternatives; open questions and neutral closed ones are left alone."""

from __future__ import annotations

import pytest

from casusprep.hints import question_hints

LEADING = [
    "Heeft papa je geslagen?",
    "Deed de juf je pijn?",
    "Sloeg mama je met de hand?",
    "Was het je broer?",
    "Je bent van de trap gevallen?",
    "Je bent gevallen, hè?",
    "Oma heeft dat gedaan, of niet?",
]
OPEN = [
    "Wat is er gebeurd?",
    "Vertel eens wat er met je arm gebeurd is.",
    "Leg eens uit hoe dat kwam.",
    "Beschrijf eens wat je zag.",
    "Hoe komt die plek op je been?",
    "Papa, wat is er?",
    "En waar was dat?",
    "Is er iets gebeurd?",
    "Wil je me vertellen wat er gebeurd is?",
]


@pytest.mark.parametrize("question", LEADING)
def test_a_leading_question_is_marked_with_why_and_an_open_alternative(question: str) -> None:
    hints = question_hints(question)
    assert [h.text for h in hints] == [question]
    hint = hints[0]
    assert (hint.start, hint.end) == (0, len(question))
    assert "ja" in hint.explanation and "kind" in hint.explanation
    for opener in ("Vertel eens", "Leg eens uit", "Beschrijf eens"):
        assert opener in hint.suggestion


@pytest.mark.parametrize("question", OPEN)
def test_an_open_or_neutral_question_is_not_marked(question: str) -> None:
    assert question_hints(question) == []


def test_only_the_leading_question_of_several_is_marked_at_its_place() -> None:
    text = "Ik zag een blauwe plek. Wat is er gebeurd? 'Deed de juf je pijn?'"
    hints = question_hints(text)
    assert len(hints) == 1
    assert text[hints[0].start : hints[0].end] == "Deed de juf je pijn?"


def test_a_confirming_tag_gets_its_own_explanation() -> None:
    (tagged,) = question_hints("Je bent gevallen, hè?")
    (plain,) = question_hints("Heeft papa je geslagen?")
    assert tagged.explanation != plain.explanation
    assert "bevestig" in tagged.explanation
