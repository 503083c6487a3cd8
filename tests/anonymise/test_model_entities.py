"""The engine's rules over the spaCy model's entities (recognizers/model_entities.py), on docs whose
entities are set by hand: which model hits become detections, and which are ordinary words."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span as SpacySpan

from casusprep.anonymise.recognizers import model_entities

NLP = spacy.blank("nl")


def hits(text: str, entity: str, label: str = "PER") -> list[str]:
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
    ("text", "entity"),
    [
        ("Opgeruimd na het vieruurtje. (WQ)", "WQ"),
        ("ZX belde de mama terug.", "ZX"),
        ("Gezien door MVD en de stagiaire.", "MVD"),
    ],
)
def test_capitals_the_model_calls_a_person_are_initials(text: str, entity: str) -> None:
    assert hits(text, entity, "PER") == [entity]


@pytest.mark.parametrize(("text", "entity"), [("Doorverwezen naar het CLB.", "CLB"), ("Een TIP van de juf.", "TIP")])
def test_capitals_of_a_service_or_a_word_stay(text: str, entity: str) -> None:
    assert hits(text, entity, "PER") == []


def test_capitals_as_a_place_or_an_institution_stay_as_before() -> None:
    assert hits("Naar de WZ gebracht.", "WZ", "LOC") == []


def test_a_lower_case_name_in_a_line_without_capitals_goes() -> None:
    assert hits("Titel\nmama van wiebke belde, komt later", "wiebke", "PER") == ["wiebke"]


def test_a_lower_case_listed_rare_name_in_ordinary_text_goes() -> None:
    assert hits("Gisteren kwam marjolein het meisje halen.", "marjolein", "PER") == ["marjolein"]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Gisteren speelde ze met de storm mee in de tuin.", "storm"),  # a common word next to capitals
        ("het was heel druk vandaag in de groep", "druk"),  # a common word, even in a lower-case line
        ("mama belde, alles goed", "mama"),  # a role word
        ("Ze speelde buiten met kwakkelwok.", "kwakkelwok"),  # unlisted, and the line has capitals
    ],
)
def test_lower_case_words_that_are_no_name_stay(text: str, entity: str) -> None:
    assert hits(text, entity, "PER") == []


@pytest.mark.parametrize(
    "word", ["huilde", "korte", "some", "news", "maman", "famille", "the", "with", "amira", "zuzka", "wout", "qwxz"]
)
@pytest.mark.parametrize("written_lower", [True, False])
def test_the_english_and_french_lists_only_settle_what_dutch_does_not(word: str, written_lower: bool) -> None:
    """Looking English and French up only when needed gives the answer of looking all three up at once."""
    from wordfreq import zipf_frequency

    from casusprep.anonymise.lexicon import folded_words, lexicon

    lex = lexicon()
    named = word in lex.first_names or word in lex.surnames or word in lex.places
    frequency = max(zipf_frequency(word, lang) for lang in ("nl", "en", "fr"))
    if written_lower:
        expected = word in lex.common or not named and frequency >= 2.5
    elif (word in lex.common or word in lex.never) and word not in folded_words("name_words"):
        expected = True
    else:
        expected = not named and (zipf_frequency(word, "nl") >= 3.3 or frequency >= 5.0)
    assert model_entities._ordinary(word, written_lower) is expected


@pytest.mark.parametrize(
    ("text", "entity", "label"),
    [
        ("Gisteren kwam Zorinka-Meliz binnen met haar moeder.", "Zorinka-Meliz", "PER"),
        ("Het gezin verhuist in de zomer naar Oud-Bevelgem.", "Oud-Bevelgem", "LOC"),
        ("Oma woont sinds kort in Sint-Ardenhove-Ter-Kruis.", "Sint-Ardenhove-Ter-Kruis", "LOC"),
        ("Mevrouw D'Havelooze belde terug over de factuur.", "D'Havelooze", "PER"),
    ],
)
def test_a_name_in_one_token_with_hyphens_or_an_apostrophe_goes(text: str, entity: str, label: str) -> None:
    assert hits(text, entity, label) == [entity]


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Ze kalmeert pas bij het Plonsie-boekje op schoot.", "Plonsie-boekje"),
        ("De OCMW-medewerker belde over de premie.", "OCMW-medewerker"),
    ],
)
def test_a_compound_with_a_lower_case_part_is_no_name(text: str, entity: str) -> None:
    assert hits(text, entity, "PER") == []


def test_capitals_joined_by_a_hyphen_are_a_code_not_a_name() -> None:
    assert hits("Een KLOT-R werd afgenomen door de logopediste.", "KLOT-R", "PER") == []
