"""The engine's rules over the spaCy model's entities (recognizers/model_entities.py), on docs whose
entities are set by hand: which model hits become detections, and which are ordinary words."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span as SpacySpan

from casusprep.anonymise.recognizers import model_entities

NLP = spacy.blank("nl")


def hits(text: str, entity: str, label: str) -> list[str]:
    """model_entities.find on ``text`` with one entity (the first occurrence of ``entity``) set by hand."""
    doc = NLP.make_doc(text)
    start = text.index(entity)
    span = doc.char_span(start, start + len(entity), label=label)
    assert span is not None, "entity must fall on token boundaries"
    doc.ents = [SpacySpan(doc, span.start, span.end, label=label)]
    return [text[s.start : s.end] for s in model_entities.find(doc)]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Papa woont nu in Marokko bij zijn broer.", "Marokko"),
        ("De grootouders wonen in Syrië.", "Syrië"),
        ("Ze gingen op reis naar Sri Lanka.", "Sri Lanka"),
        ("Het gezin kwam via het Midden-Oosten naar hier.", "Midden-Oosten"),
    ],
)
def test_countries_are_never_places_to_remove(text: str, entity: str) -> None:
    assert hits(text, entity, "LOC") == []


def test_a_municipality_stays_a_place() -> None:
    assert hits("Oma woont in Zottegem bij haar zus.", "Zottegem", "LOC") == ["Zottegem"]


@pytest.mark.parametrize(
    "text",
    ['Ze zingt steeds "Walalawee, hopsasa" in de gang.', "Hij roept „Kwakkelwok is gedaan” naar de anderen."],
)
def test_an_unlisted_word_opening_a_quotation_is_a_sentence_start_not_a_name(text: str) -> None:
    word = "Walalawee" if "Walalawee" in text else "Kwakkelwok"
    assert hits(text, word, "PER") == []


def test_a_word_quoted_on_its_own_is_a_nickname_and_goes() -> None:
    assert hits('Hij noemt haar "Kwakkelwok" sinds de zomer.', "Kwakkelwok", "PER") == ["Kwakkelwok"]


def test_a_listed_first_name_opening_a_quotation_still_goes() -> None:
    assert hits('Ze roept "Hanne, kom eens kijken" in de tuin.', "Hanne", "PER") == ["Hanne"]


def test_an_unlisted_word_mid_sentence_goes() -> None:
    assert hits("Gisteren was Kwakkelwok er niet bij.", "Kwakkelwok", "PER") == ["Kwakkelwok"]


@pytest.mark.parametrize(
    "word", ["huilde", "korte", "some", "news", "maman", "famille", "the", "with", "amira", "zuzka", "wout", "qwxz"]
)
@pytest.mark.parametrize("written_lower", [True, False])
def test_the_english_and_french_lists_only_settle_what_dutch_does_not(word: str, written_lower: bool) -> None:
    """Looking English and French up only when needed gives the answer of looking all three up at once."""
    from wordfreq import zipf_frequency

    from casusprep.anonymise.lexicon import lexicon

    lex = lexicon()
    named = word in lex.first_names or word in lex.surnames or word in lex.places
    frequency = max(zipf_frequency(word, lang) for lang in ("nl", "en", "fr"))
    if written_lower:
        expected = word in lex.common or not named and frequency >= 2.5
    elif (word in lex.common or word in lex.never) and word not in model_entities._name_words():
        expected = True
    else:
        expected = not named and (zipf_frequency(word, "nl") >= 3.3 or frequency >= 5.0)
    assert model_entities._ordinary(word, written_lower) is expected
