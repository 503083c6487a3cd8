"""What the structure of a sentence keeps (kept_structures.py): languages in a list of spoken languages, words beside
a kept phrase, English titles, story characters, capitals for emphasis and bilingual answers, abbreviations without
a vowel, countries by their form. Invented examples; each mechanism also has a case where the name must still go."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.kept_structures import language_word
from casusprep.case import Person, Role

from .test_keep import guesses_left


class TestSpokenLanguages:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Oma spreekt thuis Wakhi, papa ook.", "Wakhi"),  # after a word of speaking and an adverb
            ("Taal: Zarma en Hausa thuis, Frans op school.", "Zarma"),  # a language label opens the list
            ("Hij vertelde het in het Bretoens en Kreyòl door elkaar.", "Kreyòl"),  # after 'in het'
            ("Ze spreken Pools (Silezisch) met de kinderen.", "Silezisch"),  # a Dutch language word itself
            ("Mama (thuis Tupuri en Frans) komt morgen.", "Tupuri"),  # beside a language after 'thuis'
            ("Gevraagd naar een Tsjetsjeens sprekende tolk.", "Tsjetsjeens"),
            ("De oma praat Portugees en Badiu met hem.", "Badiu"),  # beside a language the form shows
        ],
    )
    def test_a_language_in_a_list_of_spoken_languages_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Thuis spreekt Yonas Tigrinya met zijn oma.", "Yonas"),  # the subject before the language
            ("Vandaag kwam Yonas en Frans haalde hem.", "Yonas"),  # Frans is a person here: no cue
            ("We spraken Sara aan over het slapen.", "Sara"),  # a listed name after a speaking verb
        ],
    )
    def test_a_person_near_a_language_word_still_goes(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]

    def test_the_form_of_a_language_word(self) -> None:
        assert language_word("Portugees") and language_word("Koerdisch") and language_word("Frans")
        assert not language_word("Peeters") and not language_word("Yonas")

    def test_a_language_is_no_typo_of_a_registered_name(self) -> None:
        persons = [Person(name="Armen Petrosyan", role=Role.CHILD)]
        out = anonymise_text("Armen zei het in het Armeens tegen de juf.", persons).text
        assert "Armeens" in out and "Armen " not in out


class TestCountries:
    def test_a_country_by_its_form_after_a_preposition_stays(self) -> None:
        assert guesses_left("Papa wil terug naar Moldovië met het kind.", "Moldovië") == []

    def test_a_country_the_model_took_along_with_a_town_stays(self) -> None:
        assert guesses_left("Ze woonden eerder in Kandahar Afghanistan bij oma.", "Kandahar Afghanistan") == [
            "Kandahar"
        ]

    def test_a_listed_first_name_ending_so_stays_a_guess(self) -> None:
        assert guesses_left("Ze speelt met Natalië in de zandbak.", "Natalië") == ["Natalië"]


class TestBesideAKeptPhrase:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Ze vertelt dat Krampus en Sinterklaas veel snoep brachten.", "Krampus"),
            ("Hij zong Tiritomba en Frozen de hele dag.", "Tiritomba"),
        ],
    )
    def test_an_unknown_word_beside_a_kept_phrase_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_a_listed_name_beside_a_kept_phrase_still_goes(self) -> None:
        assert guesses_left("Ze speelt met Lotte en Nijntje.", "Lotte") == ["Lotte"]

    def test_a_shows_last_word_after_a_singing_verb_stays(self) -> None:
        assert guesses_left("Hij zingt K3 en Samson en Gerda, lacht veel.", "Gerda") == []

    def test_a_child_after_a_kept_song_still_goes(self) -> None:
        assert guesses_left("De juf zingt K3 en Lotte danst mee.", "Lotte") == ["Lotte"]


class TestTitlesAndCharacters:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Ze zong mee met The Ants in the Garden en at goed.", "The Ants"),
            ("Hij kijkt graag naar Lulu and the Dragon op tv.", "Lulu"),
        ],
    )
    def test_an_english_title_with_the_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    def test_two_names_joined_by_and_still_go(self) -> None:
        assert guesses_left("Picked up by John and Mary at five.", "John and Mary") == ["John and Mary"]

    def test_a_character_after_a_story_title_stays(self) -> None:
        assert guesses_left("Hij zingt de hele dag van Kapitein Zwaardvis, zegt mama.", "Zwaardvis") == []

    def test_a_listed_name_after_the_title_still_goes(self) -> None:
        assert guesses_left("Het schip van kapitein Pieters lag in de haven.", "Pieters") == ["Pieters"]


class TestCapitals:
    def test_a_short_common_word_in_capitals_among_lower_case_stays(self) -> None:
        assert guesses_left("dat mag je ZEER zeker niet doen", "ZEER") == []

    def test_bilingual_answers_in_capitals_stay(self) -> None:
        text = "Allergieën / Allergies: NEE / NON\nVaccinaties: JA / OUI"
        assert guesses_left(text, "NON") == [] and guesses_left(text, "JA / OUI") == []

    def test_initials_beside_a_slash_still_go(self) -> None:
        assert guesses_left("Aanwezig: KW / TD", "TD") == ["TD"]

    def test_a_verb_made_with_iseren_in_capitals_stays(self) -> None:
        assert guesses_left("☐ HERORGANISEREN? Nee.", "HERORGANISEREN") == []


class TestAbbreviationsAndServices:
    def test_an_abbreviation_without_a_vowel_leaves_a_lower_case_guess(self) -> None:
        assert guesses_left("- kdvb speelgroep doet wo voorlezen", "kdvb speelgroep") == ["speelgroep"]

    def test_an_acronyms_job_compound_leaves_the_name(self) -> None:
        assert guesses_left("Gesprek met OCMW-assistente Ilse over de huur.", "OCMW-assistente Ilse") == ["Ilse"]

    def test_an_app_after_op_stays(self) -> None:
        assert guesses_left("Stuur het me op Discord, dat gaat sneller.", "Discord") == []

    def test_a_feast_with_its_saint_before_it_stays(self) -> None:
        assert guesses_left("15/08 Maria-Hemelvaart: gesloten.", "Maria-Hemelvaart") == []

    def test_a_french_salutation_is_no_name(self) -> None:
        assert guesses_left("Chers parents,\nVotre enfant est tombé.", "Chers") == []


class TestCoinagesAndGreetings:
    def test_a_word_of_capitalised_syllables_stays(self) -> None:
        assert guesses_left("Werkwijze (VoKaNo: kijken - voelen) besproken.", "VoKaNo") == []

    @pytest.mark.parametrize(
        ("text", "name"), [("Gesprek met McKenzie.", "McKenzie"), ("#KofiEnAma fotos", "KofiEnAma")]
    )
    def test_a_name_with_capitals_inside_still_goes(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]

    def test_a_greeting_of_common_words_that_ends_its_sentence_stays(self) -> None:
        assert guesses_left("Speaker 2: Bună seara. Ik vertaal.", "Bună") == []

    def test_a_name_before_a_common_verb_still_goes(self) -> None:
        assert guesses_left("Ela disse: a Maria disse que vem amanhã.", "Maria") == ["Maria"]

    def test_a_title_run_before_a_kept_phrase_stays(self) -> None:
        assert guesses_left("Ze zong Ciranda Cirandinha en Frozen, vrolijk.", "Ciranda", recognizer="pet_names") == []


class TestCelebratedFeasts:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Volgende week vieren wij Nyepi, de kinderen maken maskers.", "Nyepi"),  # after a verb and its subject
            ("Het gezin viert thuis Obon met lantaarns.", "Obon"),  # after a verb and an adverb
            ("Ze is moe sinds Losar, er was veel bezoek.", "Losar"),  # after a preposition of time
            ("Tijdens het Ashura Feest blijft hij thuis.", "Ashura Feest"),
        ],
    )
    def test_a_feast_after_celebrating_or_a_time_preposition_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Sinds Sara er is, huilt hij minder.", "Sara"),  # a listed first name after 'sinds'
            ("Morgen vieren we Noor haar verjaardag.", "Noor"),  # a child whose birthday is celebrated
            ("Nyepi kwam vandaag met de bus.", "Nyepi"),  # no cue before the word
        ],
    )
    def test_a_name_near_a_feast_cue_still_goes(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]
