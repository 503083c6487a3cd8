"""What must stay although the model or a rule takes it for a name (anonymise/keep.py and the model's rules in
recognizers/model_entities.py), with invented examples: headings in capitals, ordinary words a model span took
along, languages, endearments and family words, feast days of many cultures, public services, apps, children's
culture glued to a name, groups named once, pets named after a compound. And the other side of each rule: a name
next to such a word still goes."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.detection import Detection
from casusprep.anonymise.keep import drop_kept
from casusprep.anonymise.recognizers.base import tokens
from casusprep.case import Person, Role

from .test_model_entities import hits as model_hits


def guesses_left(text: str, guess: str, entity_type: str = "PERSON", recognizer: str = "spacy_model") -> list[str]:
    """drop_kept over one guess (the first occurrence of ``guess``): what is left of it."""
    start = text.index(guess)
    found = [Detection(start, start + len(guess), entity_type, 0.8, recognizer)]
    return [text[d.start : d.end] for d in drop_kept(found, text, tokens(text))]


class TestWordsInCapitals:
    @pytest.mark.parametrize(
        ("text", "heading"),
        [
            ("VERSLAG OVERLEG MET DE OUDERS\nDatum: maandag.", "VERSLAG OVERLEG MET DE OUDERS"),
            ("AFSPRAKEN EN OPVOLGING – groep de Uiltjes", "AFSPRAKEN EN OPVOLGING"),
            ("Onderwerp: OUDERGESPREK uitgesteld.", "OUDERGESPREK"),  # a compound of two common words
            ("VEILIGHEIDSPLAN voor de komende weken", "VEILIGHEIDSPLAN"),
        ],
    )
    def test_a_heading_of_ordinary_words_stays(self, text: str, heading: str) -> None:
        assert guesses_left(text, heading) == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("KIND: LOTTE PEETERS, 3 jaar", "LOTTE PEETERS"),
            ("Opgesteld door JANSSENS op dinsdag.", "JANSSENS"),
            ("MAMA VAN ELINE BELDE", "MAMA VAN ELINE BELDE"),
        ],
    )
    def test_a_name_in_capitals_still_goes(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]


class TestWordsTheModelTookAlong:
    @pytest.mark.parametrize(
        ("text", "entity", "left"),
        [
            ("Daarna Marjolein huilde ze niet meer.", "Marjolein huilde", "Marjolein"),
            ("Notitie Veerle, begeleidster van de Koala's.", "Notitie Veerle", "Veerle"),
            ("Ze zei: I think the child is tired.", "I think", None),
            ("RV: La maman est fatiguée.", "La maman", None),
            ("Gezien: Korte notities van de dag.", "Korte notities", None),
            ("Getekend K.VdB.", "Getekend K.VdB.", "K.VdB."),
            ("Zie verslag.\nBetr. Wannes: hij sliep goed.", "Betr. Wannes", "Wannes"),
        ],
    )
    def test_ordinary_words_at_the_edges_of_a_person_go_out_of_the_span(
        self, text: str, entity: str, left: str | None
    ) -> None:
        assert model_hits(text, entity) == ([left] if left else [])

    def test_a_capitalised_word_inside_a_name_is_kept_in_the_span(self) -> None:
        assert model_hits("Gisteren kwam Anke Groen langs.", "Anke Groen") == ["Anke Groen"]

    def test_a_place_that_is_not_all_ordinary_words_stays_whole(self) -> None:
        assert model_hits("Adres: Rue Haute 14, Brussel.", "Rue Haute 14", "LOC") == ["Rue Haute 14"]

    def test_a_clitic_left_of_a_lower_case_span_is_no_person(self) -> None:
        assert model_hits("Mama zet foto's online.", "foto's") == []

    @pytest.mark.parametrize(("text", "entity"), [("Ze volgt les via de VDAB.", "VDAB")])
    def test_an_acronym_of_the_vocabulary_is_no_person(self, text: str, entity: str) -> None:
        assert model_hits(text, entity) == []

    @pytest.mark.parametrize(
        ("text", "entity"),
        [
            ("Thuis spreken ze Hongaars en wat Frans.", "Hongaars"),
            ("Een Peruaans gezin met twee kinderen.", "Peruaans"),
            ("Ze spreekt Urdu met haar oma.", "Urdu"),
            ("Een gesprek met een Guinese tolk.", "Guinese"),
        ],
    )
    def test_a_language_or_nationality_is_no_person(self, text: str, entity: str) -> None:
        assert model_hits(text, entity) == []

    @pytest.mark.parametrize(
        ("text", "entity"),
        [("Opvang tot 18u.\nJullie kregen de brief gisteren.", "Jullie"), ("| Datum | Rode vlek |", "Rode vlek")],
    )
    def test_a_common_word_opening_a_sentence_or_a_cell_is_no_person(self, text: str, entity: str) -> None:
        assert model_hits(text, entity, "PER" if entity == "Jullie" else "LOC") == []

    @pytest.mark.parametrize(
        ("text", "entity"),
        [("Oma (Nani Devika) brengt haar.", "Nani Devika"), ("Ze wacht op dede Yusuf aan de poort.", "Yusuf")],
    )
    def test_a_family_word_before_a_name_stays_and_the_name_goes(self, text: str, entity: str) -> None:
        assert model_hits(text, entity) == [entity.split()[-1]]

    @pytest.mark.parametrize(
        ("text", "entity"),
        [("Ze zegt altijd habibi tegen hem.", "habibi"), ("Papa noemt haar Habibti.", "Habibti")],
    )
    def test_an_endearment_is_no_person(self, text: str, entity: str) -> None:
        assert model_hits(text, entity) == []


class TestKeptPhrases:
    @pytest.mark.parametrize(
        "text",
        [
            "Na het Suikerfeest en Divali komt Chanoeka.",
            "Het gezin viert Nowruz en Chinees Nieuwjaar.",
            "Ze vierden Pesach en daarna het Offerfeest.",
            "Ze belden 112, de brandweer en de politie kwamen.",
            "Via Child Focus en het Groeipakket, met Kind en Gezin.",
            "Het OCMW en de ONE volgen het gezin op.",
            "Papa stuurt berichten via WeChat en Telegram.",
        ],
    )
    def test_feast_days_services_and_apps_stay(self, text: str) -> None:
        out = anonymise_text(text, [], use_model=True).text
        for word in ("Suikerfeest", "Divali", "Chanoeka", "Nowruz", "Chinees Nieuwjaar", "Pesach", "Offerfeest",
                     "112", "brandweer", "politie", "Child Focus", "Groeipakket", "Kind en Gezin", "OCMW", "ONE",
                     "WeChat", "Telegram"):  # fmt: skip
            if word in text:
                assert word in out, out

    @pytest.mark.parametrize(
        ("text", "guess", "kind"),
        [
            ("In de familie: Eczeem, Hooikoorts en Reflux.", "Hooikoorts", "PERSON"),
            ("Ze gaat elke woensdag naar de Speelotheek.", "Speelotheek", "LOCATION"),
        ],
    )
    def test_medical_terms_and_municipal_services_with_a_capital_stay(self, text: str, guess: str, kind: str) -> None:
        assert guesses_left(text, guess, kind) == []

    def test_a_dutch_endearment_with_a_capital_is_no_person(self) -> None:
        assert model_hits('Mama zegt: "kom hier, mijn Schatje".', "Schatje") == []

    def test_a_guess_made_of_kept_phrases_side_by_side_goes_away(self) -> None:
        assert guesses_left("Hij bouwt graag met Lego Duplo.", "Lego Duplo") == []

    def test_a_name_glued_to_a_kept_phrase_loses_only_the_kept_part(self) -> None:
        assert guesses_left("Mag Tuur Paw Patrol kijken?", "Tuur Paw") == ["Tuur"]

    def test_a_kept_word_that_is_also_a_name_never_cuts_a_longer_name(self) -> None:
        assert guesses_left("Gisteren belde Kenny Vervoort.", "Kenny Vervoort") == ["Kenny Vervoort"]

    def test_an_institution_with_a_kept_word_in_its_name_stays_whole(self) -> None:
        text = "Ze was opgenomen in AZ Sint-Maarten."
        assert guesses_left(text, "AZ Sint-Maarten", "ORGANIZATION") == ["AZ Sint-Maarten"]

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Papa zag het op de Instagrampagina van de groep.", "Instagrampagina"),
            ("Het Kerstontbijt was fijn.", "Kerstontbijt"),
        ],
    )
    def test_a_compound_of_a_kept_word_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_a_greeting_opening_a_person_guess_stays(self) -> None:
        assert guesses_left("Dag Hilde, dank voor je mail.", "Dag Hilde", recognizer="context_persons") == ["Hilde"]


class TestGroupsAndPets:
    def test_a_group_named_once_is_that_group_everywhere(self) -> None:
        text = "Ze zit in leefgroep Zeepaardjes. Sanne, begeleidster Zeepaardjes, belde."
        start = text.rindex("Zeepaardjes")
        found = [Detection(start, start + len("Zeepaardjes"), "PERSON", 0.8, "context_persons")]
        assert drop_kept(found, text, tokens(text)) == []

    def test_a_pet_after_a_compound_pet_word_stays(self) -> None:
        assert guesses_left("Hij hield zijn knuffelhond Wiebel vast.", "Wiebel") == []

    def test_a_capitalised_name_ending_in_a_pet_word_is_no_pet_word(self) -> None:
        assert guesses_left("IBO De Speelvogel, Kasterlee", "Kasterlee", "LOCATION") == ["Kasterlee"]

    @pytest.mark.parametrize(
        "text",
        [
            "Ze knuffelde haar HOND Bolleke.",  # the quick test ignores case as the pattern does
            'Zijn konijntje genaamd: "Bolleke" is ziek.',
            "Hij nam zijn konijn, Bolleke, mee.",
            "In de crèche speelde ze met poesje Bolleke.",  # a window with an accent goes through the pattern only
            "De ſlaapknuffel Bolleke lag in bed.",  # a long s the pattern takes as s
        ],
    )
    def test_a_pet_word_before_the_name_is_found_in_any_window(self, text: str) -> None:
        assert guesses_left(text, "Bolleke") == []

    def test_a_name_with_no_pet_word_before_it_stays_a_guess(self) -> None:
        assert guesses_left("Ze speelde buiten met Bolleke.", "Bolleke") == ["Bolleke"]


def test_a_registered_name_next_to_a_kept_word_still_goes() -> None:
    persons = [Person(name="Kenny Vervoort", role=Role.CHILD)]
    out = anonymise_text("DRINGEND: Kenny kijkt Paw Patrol met zijn knuffelhond.", persons, use_model=True).text
    assert "Kenny" not in out and "DRINGEND" in out and "Paw Patrol" in out, out
