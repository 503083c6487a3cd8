"""What must stay, with invented examples: a group's name of a plural after an article or a group word (with its
adjectives, in French or English too), a form's heading in capitals before a colon, a language after a word of
speaking that a name list also holds, a language in a list before 'gesproken', an IBAN that ends at its line, an
ordinary word after an emoji or at a cell's start, a transcript's numbered label, listed feasts, broadcasters and
chat placeholders, an outline's letter before a heading, a province after 'provincie', a heading in capitals after a
dash, a character of an adjective and a noun, a country whose first word is a town and the common words of a
family's language among its words. And the other side of each: a family, a person or a name in the same place
still goes."""

from __future__ import annotations

import pytest

from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers import foreign_places, iban
from casusprep.anonymise.recognizers.base import tokens

from .test_keep import guesses_left
from .test_keep_mechanisms import kept


class TestGroupNames:
    @pytest.mark.parametrize(
        ("text", "guess", "entity_type"),
        [
            ("Tijs zit bij de Zeesterren, samen met Noor.", "Zeesterren", "LOCATION"),  # a plural of a compound
            ("Ze zit in de leefgroep de Kleine Beren sinds maart.", "Beren", "PERSON"),  # its adjective left out
            ("Ze zit in de groep de Kleine Uilen sinds maart.", "Kleine Uilen", "PERSON"),
            ("Yes, she can join the Busy Bees on Fridays.", "Busy Bees", "PERSON"),  # English, with an adjective
            ("Groupe : les Papillons (3-4 ans)", "Papillons", "PERSON"),  # French, after a colon
        ],
    )
    def test_a_group_of_a_plural_after_an_article_stays(self, text: str, guess: str, entity_type: str) -> None:
        assert guesses_left(text, guess, entity_type) == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Op bezoek bij de Peeters vandaag.", "Peeters"),  # a family by its listed surname
            ("Invited by the Johnsons for tea.", "Johnsons"),  # a family, its singular a listed name
            ("Hij speelt met de Grote Lars.", "Lars"),  # a first name, no plural of a word
            ("Hij ging met de kleine Sara mee.", "Sara"),
        ],
    )
    def test_a_family_or_a_person_after_an_article_still_goes(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]

    def test_a_town_s_part_after_a_group_word_still_goes(self) -> None:
        text = "Logboek gezinsopvang, Middelkerke (afdeling Heidebergen) – week 3"
        assert guesses_left(text, "Heidebergen", "LOCATION") == ["Heidebergen"]


class TestHeadingsBeforeAColon:
    @pytest.mark.parametrize(
        ("text", "guess", "entity_type"),
        [
            ("GSM 0499\nSAMENVATTING VAN HET VERSLAG: ALLES GOED", "SAMENVATTING VAN HET VERSLAG", "PERSON"),
            ("AFSPRAKEN MET DE OUDERS VERSLAG: ZIE BIJLAGE", "AFSPRAKEN MET DE OUDERS VERSLAG", "ORGANIZATION"),
        ],
    )
    def test_a_heading_in_capitals_ending_in_a_label_stays(self, text: str, guess: str, entity_type: str) -> None:
        assert guesses_left(text, guess, entity_type) == []

    def test_a_name_glued_to_the_next_label_loses_only_the_label(self) -> None:
        assert guesses_left("ELLEN MAES   NAGELEZEN: ja", "ELLEN MAES   NAGELEZEN") == ["ELLEN MAES"]


class TestLanguages:
    @pytest.mark.parametrize("recognizer", ["spacy_model", "context_persons"])
    def test_a_language_a_name_list_holds_after_a_word_of_speaking_stays(self, recognizer: str) -> None:
        assert guesses_left("Oma spreekt Frans met hem, opa Nederlands.", "Frans", recognizer=recognizer) == []

    def test_a_language_in_a_list_before_spoken_stays(self) -> None:
        assert guesses_left("Thuis wordt Frans en Wolof gesproken.", "Wolof") == []

    def test_a_person_after_a_word_of_speaking_still_goes(self) -> None:
        assert guesses_left("Thuis spreekt Sara Arabisch met oma.", "Sara", recognizer="context_persons") == ["Sara"]


class TestIbanAtItsLine:
    def test_an_iban_does_not_take_the_next_line_along(self) -> None:
        text = "REKENING: BE71 0961 2345 6769\nAFHALEN DOOR: OMA"
        (span,) = iban.find(text)
        assert text[span.start : span.end] == "BE71 0961 2345 6769"


class TestWhereACapitalSaysNothing:
    @pytest.mark.parametrize(
        ("text", "guess", "entity_type"),
        [
            ("📌 Weekverslag IBO De Knikkers – maart", "Weekverslag", "PERSON"),  # after the emoji opening a line
            ("wo 9u00–10u00  Teamoverleg groep Egels", "Teamoverleg", "PERSON"),  # at a cell's start
            ("– Vind ik leuk · Antwoorden · Delen", "Antwoorden", "LOCATION"),  # between a post's buttons
        ],
    )
    def test_an_ordinary_word_there_stays(self, text: str, guess: str, entity_type: str) -> None:
        assert guesses_left(text, guess, entity_type) == []

    @pytest.mark.parametrize(
        ("text", "guess", "entity_type"),
        [
            ("👋 Sara komt morgen later.", "Sara", "PERSON"),  # a listed name after an emoji
            ("Vandaag  Geel was mooi", "Geel", "LOCATION"),  # a town at a cell's start
            ("ok 👍 Weekverslag komt", "Weekverslag", "PERSON"),  # an emoji mid-line opens nothing
        ],
    )
    def test_a_name_or_a_place_there_still_goes(self, text: str, guess: str, entity_type: str) -> None:
        assert guesses_left(text, guess, entity_type) == [guess]


class TestNumberedLabels:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Deelnemers: Spreker 1, Spreker 2.\n[00:01] Spreker 2: ja", "Spreker 2"),
            ("Deelnemer 3: dat klopt", "Deelnemer"),  # the word before the number
        ],
    )
    def test_a_transcript_label_of_a_word_and_a_number_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_a_listed_name_with_a_number_still_goes(self) -> None:
        assert guesses_left("Noor 2 jaar, Mila 3 jaar", "Noor") == ["Noor"]


class TestListedKeepPhrases:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("Ze bakten koekjes voor Toe Bisjvat op school.", "Toe Bisjvat"),  # a feast in its Dutch spelling
            ("Papa keek naar VTM met de jongens.", "VTM"),  # a broadcaster
            ("[12/03/25, 08:01] Mama: <Afbeelding weggelaten>", "Afbeelding weggelaten"),  # a chat's placeholder
        ],
    )
    def test_the_phrase_is_kept(self, text: str, phrase: str) -> None:
        assert phrase in kept(text)

    def test_a_country_in_its_other_spelling_is_no_personal_data(self) -> None:
        assert fold("Kirgizië") in lexicon().countries and fold("Tsjaad") in lexicon().countries


class TestOutlinesProvincesAndCharacters:
    def test_an_outline_letter_before_an_ordinary_heading_stays(self) -> None:
        assert guesses_left("Met wie?\n\nC. Afspraken en opvolging\n- Mama komt", "C. Afspraken") == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Verslag\nJ. Peeters kwam langs", "J. Peeters"),  # an initial and a listed surname
            ("Gisteren zei C. Afspraken iets.", "C. Afspraken"),  # mid-sentence: an initial and a name
        ],
    )
    def test_an_initial_and_a_name_still_go(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]

    def test_a_province_after_the_word_provincie_stays(self) -> None:
        assert guesses_left("De dienst werkt in de hele provincie Luik.", "Luik", "LOCATION") == []
        assert guesses_left("Ze woont in Antwerpen, dicht bij oma.", "Antwerpen", "LOCATION") == ["Antwerpen"]

    def test_a_heading_in_capitals_after_a_dash_is_cut_from_a_name(self) -> None:
        text = "KDV Het Zonnetje – AANWEZIGHEDEN MAART\nNaam kind: ..."
        assert guesses_left(text, "Het Zonnetje – AANWEZIGHEDEN MAART", "ORGANIZATION") == ["Het Zonnetje"]
        assert guesses_left("Sara Peeters – AFWEZIG\n", "Sara Peeters – AFWEZIG") == ["Sara Peeters"]

    def test_a_character_of_an_adjective_and_a_noun_after_an_article_stays(self) -> None:
        assert guesses_left("bib: voorlezen over de Boze Heks - 14/01", "Boze Heks") == []
        assert guesses_left("Hij ging met de Kleine Sara mee.", "Sara") == ["Sara"]  # a child, no character

    def test_a_wish_closing_a_french_message_stays(self) -> None:
        assert guesses_left("Merci.\n\nBonne soirée et merci pour tout,\nAnne", "Bonne") == []


class TestCountriesBeforeTowns:
    def test_a_town_that_opens_a_country_is_the_country(self) -> None:
        text = "De familie komt uit Trinidad en Tobago, de grootouders ook."
        assert foreign_places.find(tokens(text), text) == []

    def test_the_town_alone_is_still_a_town(self) -> None:
        text = "Ze wonen nu in Trinidad bij de zee."
        assert [text[d.start : d.end] for d in foreign_places.find(tokens(text), text)] == ["Trinidad"]


class TestWordsOfAFamilysLanguage:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Recado: o menino dormiu mal, ainda está muito cansado hoje.", "muito"),  # in lower case
            ("Recado: ela dormiu mal e ainda está cansada hoje.", "ela"),  # a listed name too
            ("Woonplaats / Domicile de l'enfant: Gent", "Domicile"),  # after a bilingual form's slash
            ("Sorry for the delay. Thanks for the call yesterday.", "Thanks"),  # English, capitalised
        ],
    )
    def test_a_common_word_among_words_of_its_language_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("amanhã tiago vai com o avô", "tiago"),  # a name typed in lower case
            ("Hoje o Tiago está em casa.", "Tiago"),
            ("vandaag kwam ela met de fiets", "ela"),  # a listed name in a Dutch sentence
            ("ok. Kofi is tired today, he did not sleep", "Kofi"),
        ],
    )
    def test_a_name_among_them_still_goes(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]


class TestCapitalsAndHashtags:
    def test_a_common_word_in_a_heading_in_capitals_is_no_initials(self) -> None:
        text = "OUDERS GEBELD. WAT IS NOG TE REGELEN: NIETS"
        assert guesses_left(text, "TE", recognizer="bare_initials") == []

    def test_initials_in_a_heading_in_capitals_still_go(self) -> None:
        assert guesses_left("OVERLEG MET KM EN DE OUDERS", "KM", recognizer="bare_initials") == ["KM"]
        assert guesses_left("Zie ook TE en LV", "TE", recognizer="bare_initials") == ["TE"]

    def test_a_kept_character_as_a_hashtag_stays(self) -> None:
        assert guesses_left("Foto's: #Nijntje #Bumba en de taart", "#Bumba", recognizer="hashtag_names") == []
        assert guesses_left("Foto's: #Nijntje #Lotte en de taart", "#Lotte", recognizer="hashtag_names") == ["#Lotte"]

    def test_a_kept_service_amid_ordinary_capitals_stays(self) -> None:
        text = "GEZIN: HULP VIA Awel SINDS MEI 2024"
        assert guesses_left(text, "VIA Awel SINDS", "ORGANIZATION", "institution") == []
        text = "HULP VIA Awel EN JANSSENS SINDS MEI"
        assert guesses_left(text, "Awel EN JANSSENS", "ORGANIZATION", "institution") == ["Awel EN JANSSENS"]
