"""Behaviour of the hints engine on the decisions documented in casusprep.hints.engine."""

from __future__ import annotations

import pytest

from casusprep.hints import (
    Hint,
    HintKind,
    find_hints,
    heard_regions,
    load_lexicon,
    move_to_interpretation,
    observation_hints,
    pipeline,
)
from casusprep.hints.engine import lexicon_hints, sentence_bounds
from casusprep.hints.lexicon import adjective_forms, parse_lexicon, phrase_to_pattern


def texts(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.kind.value) for h in find_hints(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Had een blauwe plek van 3 cm op de linkerarm.",
        "Huilde toen papa binnenkwam.",
        "Zei: 'mama slaat'.",
        "",
        "   ",
    ],
)
def test_plain_observations_are_not_marked(text):
    assert find_hints(text) == []


def test_offsets_point_at_the_text_and_carry_advice():
    text = "Om 9 uur lijkt ze moe en volgens de buurvrouw slaapt ze slecht."
    hints = find_hints(text)
    assert [h.kind for h in hints] == [
        HintKind.INTERPRETATION,
        HintKind.INTERPRETATION,
        HintKind.HEARSAY,
        HintKind.JUDGEMENT,
    ]
    for h in hints:
        assert text[h.start : h.end] == h.text
        assert h.explanation and h.suggestion
    assert hints == sorted(hints, key=lambda h: h.start)


def test_quoted_speech_is_heard_not_judged():
    assert texts('Papa riep: "Je bent een dom en lui kind!"') == []
    assert texts("Ze zei 'ik ben bang' en liep weg.") == []
    # the same words outside the quotes are marked
    assert texts("Ze is bang en liep weg.") == [("bang", "interpretatie")]
    # typographic quotes and an elided 's do not confuse the quote finder (the lexicon's own marks: in the whole
    # engine the classifier may still drop a "weerlegbaar" mark such as "altijd" in a sentence it finds observed)
    text = "'s Morgens zei hij “papa is boos” en hij is altijd stil."
    assert [(h.text, h.kind.value) for h in lexicon_hints(text)] == [("altijd", "veralgemening")]


def test_heard_regions_cover_quotes_and_speech_after_colon():
    text = "Hij zei: papa doet pijn. Daarna was hij stil."
    ((start, end),) = heard_regions(text)
    assert text[start:end] == "papa doet pijn"


def test_negation_keeps_a_judgement_and_is_part_of_the_span():
    assert texts("Hij was niet agressief.") == [("niet agressief", "oordeel")]
    assert texts("Ze had geen blauwe plek.") == []


def test_measured_fact_marks_only_the_judging_adjective():
    text = "Hij had om 9 uur een vieze luier van 3 uur oud."
    assert texts(text) == [("vieze", "oordeel")]


def test_duidelijk_zichtbaar_is_an_observation_but_duidelijk_bang_is_not():
    assert texts("De blauwe plek was duidelijk zichtbaar.") == []
    kinds = texts("Ze was duidelijk bang.")
    assert ("duidelijk", "interpretatie") in kinds and ("bang", "interpretatie") in kinds


def test_exceptions_and_blocked_forms():
    assert texts("Bel het Vertrouwenscentrum Kindermishandeling voor advies.") == []
    assert texts("De luier was nat.") == []  # luier is not a form of lui
    assert texts("Zijn luie houding.") == [("luie", "oordeel")]
    assert texts("Volgens de weegschaal woog hij 11 kg.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "kind"),
    [
        ("Hij wil aandacht.", "wil aandacht", "interpretatie"),
        ("Ze doet dat expres.", "doet dat expres", "interpretatie"),
        ("Ik hoorde dat mama weg is.", "Ik hoorde dat", "horen-zeggen"),
        ("Men zegt dat hij drinkt.", "Men zegt", "horen-zeggen"),
        ("De vader zou gedronken hebben.", "zou gedronken hebben", "horen-zeggen"),
        ("Ze is een slechte moeder.", "slechte moeder", "oordeel"),
        ("Hij heeft een hechtingsstoornis.", "hechtingsstoornis", "diagnose"),
        ("Het kind is getraumatiseerd.", "getraumatiseerd", "diagnose"),
        ("Hij komt telkens te laat.", "telkens", "veralgemening"),
        ("Iedereen weet het.", "Iedereen", "veralgemening"),
        ("Dat zal wel door de scheiding komen.", "zal wel", "interpretatie"),
        ("Het schijnt dat hij ziek is.", "schijnt", "interpretatie"),
        ("Ze reageerde depressieve.", "depressieve", "diagnose"),
    ],
)
def test_each_kind_is_found(text, phrase, kind):
    assert (phrase, kind) in texts(text)


def test_adjective_forms_follow_dutch_spelling():
    assert {"vieze", "brutale", "agressieve", "luie", "domme", "gemene"} <= (
        adjective_forms("vies")
        | adjective_forms("brutaal")
        | adjective_forms("agressief")
        | adjective_forms("lui")
        | adjective_forms("dom")
        | adjective_forms("gemeen")
    )
    assert adjective_forms("gespannen") == {"gespannen"}


def test_phrase_notation():
    assert phrase_to_pattern("doet dat|het? expres") == [
        {"LOWER": "doet"},
        {"LOWER": {"IN": ["dat", "het"]}, "OP": "?"},
        {"LOWER": "expres"},
    ]
    assert phrase_to_pattern("zou ... hebben")[1]["OP"] == "{0,4}"
    assert phrase_to_pattern("volgens de *")[2] == {"IS_PUNCT": False}


def test_lexicon_describes_every_kind_and_rejects_bad_data():
    lexicon = load_lexicon()
    assert {r.soort for r in lexicon.regel} == set(HintKind)
    with pytest.raises(ValueError):
        parse_lexicon('[[regel]]\nsoort = "oordeel"\nwoorden = ["vies"]\n')  # kinds not described
    with pytest.raises(ValueError):
        parse_lexicon(
            "\n".join(f'[soort.{k.value}]\nnaam="x"\nuitleg="x"\nsuggestie="x"' for k in HintKind)
            + '\n[[regel]]\nsoort = "oordeel"\n'
        )


def test_move_to_interpretation_moves_the_whole_sentence():
    observation = "Om 8 uur huilde hij bij het brengen. Ik denk dat hij thuis weinig slaapt. Hij at niets."
    hint = next(h for h in find_hints(observation) if h.text == "Ik denk")
    new_obs, new_interp = move_to_interpretation(observation, "Eerder: zorgen over slaap.", hint)
    assert new_obs == "Om 8 uur huilde hij bij het brengen. Hij at niets."
    assert new_interp == "Eerder: zorgen over slaap.\nIk denk dat hij thuis weinig slaapt."
    assert find_hints(new_obs) == []


def test_move_last_sentence_and_into_empty_interpretation():
    observation = "Ze at haar boterham.\nZe is altijd moe"
    hint = find_hints(observation)[0]
    new_obs, new_interp = move_to_interpretation(observation, "", hint)
    assert new_obs == "Ze at haar boterham."
    assert new_interp == "Ze is altijd moe"


def test_move_refuses_a_stale_hint():
    stale = Hint(0, 5, "vieze", HintKind.JUDGEMENT, "x", "y")
    with pytest.raises(ValueError):
        move_to_interpretation("Hij at goed.", "", stale)
    # a hint whose offsets moved but whose text is still there is found again
    obs, interp = move_to_interpretation("Eerst dit. Hij is vieze.", "", stale)
    assert obs == "Eerst dit." and interp == "Hij is vieze."


def test_observation_hints_of_a_case_and_move_back_into_it():
    from casusprep.case import Case, Signal, get_path, set_path

    case = Case(
        signals=[
            Signal(observation="Huilde toen papa binnenkwam."),
            Signal(observation="Hij kwam binnen om 9 uur. Hij is altijd moe.", interpretation="Slaapt weinig?"),
        ]
    )
    found = observation_hints(case)
    assert list(found) == ["signals[1].observation"]
    hint = found["signals[1].observation"][0]
    obs, interp = move_to_interpretation(
        get_path(case, "signals[1].observation"), get_path(case, "signals[1].interpretation"), hint
    )
    set_path(case, "signals[1].observation", obs)
    set_path(case, "signals[1].interpretation", interp)
    assert observation_hints(case) == {}
    assert case.signals[1].interpretation == "Slaapt weinig?\nHij is altijd moe."


def test_pipeline_is_a_dutch_spacy_pipeline():
    nlp = pipeline()
    assert nlp.lang == "nl"


def test_lemmas_are_used_when_the_pipeline_provides_them(monkeypatch):
    import spacy

    import casusprep.hints.engine as engine

    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "verwaarloosden"}]], {"LEMMA": "verwaarlozen"})
    ruler.add([[{"LOWER": "speelden"}]], {"LEMMA": "spelen"})
    monkeypatch.setattr(engine, "pipeline", lambda: nlp)
    engine._compiled.cache_clear()
    try:
        text = "Ze speelden samen. De ouders verwaarloosden hen."
        assert [(h.text, h.kind.value) for h in engine.find_hints(text)] == [("verwaarloosden", "diagnose")]
    finally:
        engine._compiled.cache_clear()


def test_move_splits_a_sentence_typed_without_a_space_after_the_full_stop():
    observation = "Hij was weer agressief.Daarna droeg hij zijn jas zelf naar de kapstok."
    hint = next(h for h in find_hints(observation) if h.text.lower() == "agressief")
    new_obs, new_interp = move_to_interpretation(observation, "", hint)
    assert new_interp == "Hij was weer agressief."
    assert new_obs == "Daarna droeg hij zijn jas zelf naar de kapstok."
    # decimals and abbreviations inside a sentence are not sentence ends
    assert sentence_bounds("Een plek van 3.5 cm op de arm.", 20) == (0, 30)


def test_wilde_as_a_verb_is_no_judgement_and_as_an_adjective_it_is():
    assert texts("Ze wilde niet dat ik haar jas aandeed.") == []
    assert ("een wilde", "oordeel") in texts("Het is een wilde jongen.")


def test_finding_someone_at_a_place_is_no_opinion():
    assert lexicon_hints("Om 10u vonden we hem terug achter de schuur.") == []
    assert lexicon_hints("Om 10u vonden we hem bij de poort.") == []
    assert [h.text for h in lexicon_hints("We vonden hem erg stil vandaag.")] == ["We vonden"]


def test_a_bad_phone_line_is_no_judgement():
    assert lexicon_hints("De verbinding was slecht, ik verstond de helft.") == []
    assert lexicon_hints("Mama was slecht bereikbaar tussen 16u en 17u.") == []


def test_rough_handling_is_a_judgement():
    assert [h.text for h in lexicon_hints("Oma verschoonde hem hardhandig.")] == ["hardhandig"]
    assert [h.text for h in lexicon_hints("Papa reageerde buiten proportie.")] == ["buiten proportie"]
