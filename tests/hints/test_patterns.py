"""The sentence patterns (casusprep.hints.patterns, data/patronen.toml): what they mark, with which explanation,
and the observations they must leave alone. The sentences are invented for these tests."""

from __future__ import annotations

import pytest

from casusprep.hints import find_hints, load_lexicon
from casusprep.hints.engine import heard_regions
from casusprep.hints.patterns import load_patterns, parse_patterns, pattern_matches, phrase_regex


def marks(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[m.start : m.end], m.name) for m in pattern_matches(sentence, heard_regions(sentence))]


def test_every_pattern_belongs_to_a_described_kind_and_explains_itself():
    klasse = load_lexicon().klasse
    patterns = load_patterns().patroon
    assert set(patterns) == {"oorzaak", "conclusie", "gehoord", "beschuldiging", "gevoel", "thuis", "dus"}
    for pattern in patterns.values():
        assert pattern.klasse in klasse
        assert pattern.uitleg.strip() and pattern.suggestie.strip()


def test_the_phrase_notation_reads_as_in_the_lexicon():
    import re

    regex = re.compile(phrase_regex("heeft|had ... een hekel aan?"), re.IGNORECASE)
    assert regex.search("Ze had echt een hekel aan de soep")
    assert regex.search("Hij heeft een hekel")
    assert not regex.search("Hij heeft een hekeltje")
    assert not regex.search("Hij had gisteren na de middag bij oma thuis een hekel")  # more than four words between


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Na het ophalen schaamde Jonas zich voor zijn natte broek.",
            "Na het ophalen schaamde Jonas zich voor zijn natte broek",
        ),
        ("Ze miste haar papa de hele voormiddag, en at weinig.", "Ze miste haar papa de hele voormiddag"),
        ("De nieuwe begeleidster is helemaal van slag.", "De nieuwe begeleidster is helemaal van slag"),
        ("Hij heeft het moeilijk met de komst van de baby.", "Hij heeft het moeilijk met de komst van de baby"),
        ("Oma maakt zich geen zorgen over zijn gewicht.", "Oma maakt zich geen zorgen over zijn gewicht"),
        ("Het kindje was niet op zijn gemak bij de nieuwe juf.", "Het kindje was niet op zijn gemak bij de nieuwe juf"),
    ],
)
def test_a_feeling_of_someone_else_stated_as_fact_is_its_clause(sentence, expected):
    assert marks(sentence) == [(expected, "gevoel")]


def test_the_writers_own_feeling_is_not_someone_elses():
    assert marks("Ik had het moeilijk met dat gesprek.") == []
    assert marks("We maakten ons zorgen toen hij niet kwam.") == []
    # "ons" as the object: the feeling is still hers
    assert marks("Opa belde drie keer, hij vertrouwt ons niet.") == [("hij vertrouwt ons niet", "gevoel")]


def test_the_writers_own_reason_for_what_they_did_is_no_cause_stated_as_fact():
    assert marks("Om 10u heb ik hem uit de zandbak gehaald omdat hij zand at.") == []
    assert marks("Ik zag dat hij zich omdraaide omdat hij zijn papa zocht.") == [
        ("omdat hij zijn papa zocht", "oorzaak")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ze beet Lotte omdat ze jaloers is op haar.", "omdat ze jaloers is op haar"),
        ("Hij gooide de beker weg uit frustratie.", "uit frustratie"),
        ("Hij huilt om zijn zin te krijgen.", "om zijn zin te krijgen"),
        ("De uitslag op haar billen komt door de nieuwe luiers.", "komt door de nieuwe luiers"),
    ],
)
def test_a_cause_or_motive_is_marked_from_its_cue_to_the_end_of_the_clause(sentence, expected):
    assert marks(sentence) == [(expected, "oorzaak")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hij at twee borden pasta, wat toont dat hij thuis honger lijdt.", "wat toont dat hij thuis honger lijdt"),
        (
            "Ze wilde niet naar papa, wat nog maar eens bevestigt dat er iets scheelt.",
            "wat nog maar eens bevestigt dat er iets scheelt",
        ),
        ("Hij bleef bij de deur staan: een teken dat hij niet wil blijven.", "een teken dat hij niet wil blijven"),
    ],
)
def test_an_inference_appended_to_an_observation_is_the_tail_only(sentence, expected):
    assert marks(sentence) == [(expected, "conclusie")]


def test_an_inference_word_without_the_appended_clause_is_no_inference():
    assert marks("Wat zijn tekening toont, weet ik niet.") == []
    assert marks("Ze had de tekening, die ze mij om 10u toonde, zelf gemaakt.") == []  # "toonde": she showed it
    assert marks("Maandag en dinsdag twee keer gebeten, in totaal dus vier keer.") == []  # arithmetic, no conclusion


def test_a_conclusion_with_dus_in_the_middle_of_its_clause():
    assert marks("Papa wist de naam van de juf niet, hij is dus weinig betrokken.") == [("dus weinig betrokken", "dus")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thuis krijgt ze te weinig te eten.",
        "Hij mag thuis tot middernacht gamen.",
        "Er wordt thuis nooit voorgelezen.",
    ],
)
def test_a_present_tense_claim_about_the_home_is_marked(sentence):
    assert [name for _, name in marks(sentence)] == ["thuis"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hij bleef vandaag thuis met koorts.",  # a fact of today, not a claim about life at home
        "Zijn knuffel was thuis blijven liggen.",
        "Ze vertelde over thuis en lachte.",
        "Om 17u ging hij met papa naar huis.",
    ],
)
def test_the_home_mentioned_in_an_observation_is_no_claim(sentence):
    assert marks(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        'De buurvrouw zei aan de deur: "Hij schaamt zich voor zijn mama, omdat ze drinkt."',  # a quote, its source
        "Mama zei dat hij thuis om 19u gaat slapen omdat hij vroeg opstaat.",  # reported speech with its source
        "Deze week vier keer gebeten, telkens bij het wisselen van de luier.",  # a frequency over a stated period
        "Volgens het groeiboekje was hij in mei 82 cm lang.",  # a document with its source and the measured fact
        "Papa legde duidelijk uit hoe de fles moet.",  # "duidelijk" literally
        "Hij had geen blauwe plekken bij het omkleden.",  # a negated fact
        "Ze huilde en verstopte haar gezicht in de knuffel.",  # behaviour seen, not the feeling named
    ],
)
def test_the_observations_of_the_issue_stay_unmarked_by_the_patterns(sentence):
    """The whole engine on these classes: test_classifier_hints.py (the lexicon and the model decide there)."""
    assert marks(sentence) == []


def test_a_pattern_in_another_clause_than_a_lexicon_word_is_marked_too():
    sentence = "Hij was boos omdat zijn broer zijn auto had."
    hints = find_hints(sentence)
    assert [h.text for h in hints] == ["boos", "omdat zijn broer zijn auto had"]
    assert hints[1].explanation == load_patterns().patroon["oorzaak"].uitleg


def test_patterns_are_validated_data():
    with pytest.raises(ValueError):
        parse_patterns(
            '[patroon.x]\nklasse = "cause"\nzinsdelen = ["omdat"]\nuitleg = "u"\nsuggestie = "s"\nfout = 1\n'
        )


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik hoorde op de parking dat de huisbaas de deur heeft laten openbreken.",
        "We hebben via een collega vernomen dat ze gaan verhuizen.",
        "Iemand aan de poort vertelde dat papa zijn werk kwijt is.",
        "Andere ouders vertellen dat hij 's avonds alleen speelt op straat.",
    ],
)
def test_hearsay_without_a_named_source_is_marked(sentence):
    assert [name for _, name in marks(sentence)] == ["gehoord"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik hoorde hem om 10u roepen dat hij naar huis wilde.",  # heard himself, an observation
        "Hij lachte toen hij hoorde dat we gingen zwemmen.",  # the child heard it, not the writer from others
        "Papa vertelde bij het brengen dat ze koorts had.",  # reported speech with its source
    ],
)
def test_what_the_writer_heard_directly_or_from_the_family_is_no_hearsay(sentence):
    assert marks(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hij liegt over wie de beker omgooide.",
        "De oudste heeft de ruzie vanmorgen uitgelokt.",
        "Die twee spannen samen tegen de nieuwe begeleider.",
        "De schram op haar wang is door haar broer gezet.",
    ],
)
def test_an_accusation_written_as_a_deed_is_marked(sentence):
    assert [name for _, name in marks(sentence)] == ["beschuldiging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisa riep om 10u: 'Jij liegt!'",  # what was heard
        "Ze speelden een spel dat ze samen verzonnen hadden.",  # made up a game
    ],
)
def test_lying_heard_or_a_game_made_up_is_no_accusation(sentence):
    assert marks(sentence) == []
