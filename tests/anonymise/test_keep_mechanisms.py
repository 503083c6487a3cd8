"""What must stay, by the mechanism that keeps it, with invented examples: a kept phrase as the first part of a
compound, a service with the province it serves, a service's name of ordinary words after its kind, titles after a
word for a story or a song, quoted titles after a verb of playing, a toy's kind before a toy word, slogans of
ordinary words, phrases of a family's language, acronyms that number files, English group names and hashtags of
ordinary words. And the other side of each: a name in the same place still goes."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.keep import keep_spans
from casusprep.anonymise.recognizers import hashtag_names, institutions, placed_names
from casusprep.anonymise.recognizers.base import tokens

from .test_keep import guesses_left


def kept(text: str) -> list[str]:
    return [text[a:b] for a, b in keep_spans(text, tokens(text))]


class TestKeptPhraseInACompound:
    def test_a_kept_phrase_glued_to_a_lower_case_word_stays_whole(self) -> None:
        text = "Ze bracht de Kabouter Plop-beker mee."
        assert "Kabouter Plop-beker" in kept(text)
        assert guesses_left(text, "Kabouter") == []

    def test_a_feast_glued_to_a_word_is_no_school(self) -> None:
        text = "Het Sint-Maarten-liedje oefenen we elke ochtend."
        assert institutions.find(tokens(text), text) == []

    def test_a_school_after_a_saint_with_its_kind_glued_stays_a_school(self) -> None:
        text = "Hij gaat naar Sint-Victor-instituut in de stad."
        assert [text[d.start : d.end] for d in institutions.find(tokens(text), text)] == ["Sint-Victor-instituut"]

    def test_a_name_glued_to_a_word_is_not_kept(self) -> None:
        assert kept("Het Wannes-boekje ligt in de kast.") == []


class TestServiceWithTheRegionItServesWhole:
    @pytest.mark.parametrize(
        "text",
        [
            "De begeleider van Pleegzorg Vlaanderen belde terug.",
            "Het gezin krijgt hulp van Kind en Gezin Vlaanderen.",
        ],
    )
    def test_a_service_and_its_community_stay_together(self, text: str) -> None:
        phrase = text.split(" van ", 1)[1].rstrip(".").replace(" belde terug", "")
        assert phrase in kept(text)
        assert guesses_left(text, phrase) == []

    def test_a_kept_phrase_with_a_province_in_it_is_no_branch(self) -> None:
        text = "Er is steun van Kinderopvang Vlaanderen sinds maart."
        assert placed_names.find(tokens(text), text) == []

    def test_an_organisation_that_is_no_service_with_a_province_still_goes(self) -> None:
        text = "Er is steun van Kinderkansen Vlaanderen sinds maart."
        assert [text[d.start : d.end] for d in placed_names.find(tokens(text), text)] == ["Kinderkansen Vlaanderen"]

    @pytest.mark.parametrize("area", ["Aalst", "Antwerpen"])
    def test_a_service_and_a_town_still_name_a_branch(self, area: str) -> None:
        assert not any(area in k for k in kept(f"De consulent van Pleegzorg {area} belde."))

    @pytest.mark.parametrize("area", ["Limburg", "Oost-Vlaanderen", "Provincie Antwerpen"])
    def test_a_service_and_its_province_stay_together(self, area: str) -> None:
        assert f"Pleegzorg {area}" in kept(f"De consulent van Pleegzorg {area} belde.")


class TestServiceNames:
    @pytest.mark.parametrize(
        ("text", "phrase"),
        [
            ("Doorverwezen naar de Dienst Kindergeneeskunde van het ziekenhuis.", "Dienst Kindergeneeskunde"),
            ("Het Agentschap Opvoeding en Onderwijs stuurde een brief.", "Agentschap Opvoeding en Onderwijs"),
            ("Mama belt met het Centrum voor Ontwikkelingsstoornissen.", "Centrum voor Ontwikkelingsstoornissen"),
            ("Het team Vroege Hulp komt langs.", "team Vroege Hulp"),
        ],
    )
    def test_a_service_named_by_its_kind_and_ordinary_words_stays(self, text: str, phrase: str) -> None:
        assert phrase in kept(text)
        last = phrase.split()[-1]
        assert guesses_left(text, last, "LOCATION") == []

    @pytest.mark.parametrize("text", ["De Dienst Onthaalouders Leiestreek belde.", "Het Team Midwest komt."])
    def test_an_area_or_a_foreign_word_after_the_kind_is_a_name(self, text: str) -> None:
        assert not any("Leiestreek" in k or "Midwest" in k for k in kept(text))

    def test_a_compound_with_a_place_in_it_after_the_kind_is_a_name(self) -> None:
        assert kept("Logboek, afdeling Heidebergen, week 3.") == []

    def test_a_house_in_lower_case_before_voor_is_no_service(self) -> None:
        assert kept("Ik werk vanuit huis voor Belfius.") == []

    def test_a_name_after_the_kind_ends_the_service(self) -> None:
        assert set(kept("Ze werkt bij de Dienst Welzijn Vermeulen.")) == {"Dienst Welzijn"}

    @pytest.mark.parametrize("text", ["Ze woont in Huis Zonnebloem.", "Het team Fatoumata komt later."])
    def test_an_own_name_after_a_house_or_a_first_name_after_team_is_not_kept(self, text: str) -> None:
        assert kept(text) == []


class TestTitles:
    def test_a_story_after_a_word_for_a_story_may_hold_names(self) -> None:
        text = "Zijn lievelingsboek is Jan de Kikker; hij kent het vanbuiten."
        assert guesses_left(text, "Jan de Kikker") == []

    def test_a_song_whose_words_are_not_all_names_stays(self) -> None:
        text = "Ze zingt liedjes van Tumbalo Rita, dan danst ze."
        assert guesses_left(text, "Tumbalo Rita", "ORGANIZATION") == []

    def test_a_song_by_a_person_still_names_the_person(self) -> None:
        assert guesses_left("Ze zingt liedjes van Lotte Verbeke, haar tante.", "Lotte Verbeke") == ["Lotte Verbeke"]

    def test_a_song_from_a_kept_film_stays(self) -> None:
        assert guesses_left("Hij zong Hey Ho Go uit Frozen voor de groep.", "Hey Ho Go") == []

    def test_a_child_dressed_up_from_a_film_is_still_a_person(self) -> None:
        assert guesses_left("Vandaag kwam Hanne uit Frozen verkleed.", "Hanne") == ["Hanne"]

    def test_a_quoted_game_after_playing_stays(self) -> None:
        text = 'De kinderen spelen graag "Kapitein, mag ik overvaren?" op de speelplaats.'
        assert guesses_left(text, "Kapitein") == []

    def test_a_quoted_sentence_after_another_verb_keeps_its_name(self) -> None:
        text = 'Ze riep "Wout, kom hier!" over de speelplaats.'
        assert guesses_left(text, "Wout") == ["Wout"]


class TestToysSlogansPhrases:
    def test_a_toys_kind_before_a_toy_word_stays(self) -> None:
        assert guesses_left("Ze had haar Pinguin knuffeldoekje bij zich.", "Pinguin") == []

    def test_a_first_name_before_a_toy_word_stays_a_guess(self) -> None:
        assert guesses_left("Ze had haar Femke knuffel bij zich.", "Femke") == ["Femke"]

    def test_a_slogan_of_ordinary_words_is_no_person(self) -> None:
        assert guesses_left("We hingen de affiche Samen Spelen op.", "Samen Spelen") == []

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("We vragen een tolk via Tolkhuis Rupel.", "Tolkhuis Rupel"),  # after a preposition: an organisation
            ("Verslag: Kinderhoeve Zonnedal, dinsdag.", "Kinderhoeve Zonnedal"),  # no very common word in it
        ],
    )
    def test_an_own_name_of_words_stays_a_guess(self, text: str, name: str) -> None:
        assert guesses_left(text, name) == [name]

    def test_two_listed_names_are_a_person(self) -> None:
        assert guesses_left("We zagen Roos Visser op de markt.", "Roos Visser") == ["Roos Visser"]

    def test_a_greeting_in_a_familys_language_is_no_person(self) -> None:
        text = "Papa schreef: Buon compleanno voor de juf!"
        assert guesses_left(text, "Buon") == []

    def test_a_first_name_with_a_lower_case_surname_stays_a_person(self) -> None:
        assert guesses_left("Het was Ahmed yilmaz die belde.", "Ahmed yilmaz") == ["Ahmed yilmaz"]

    def test_a_common_word_beside_a_kept_feast_is_no_person(self) -> None:
        assert guesses_left("Next week is Western Christmas for us.", "Western Christmas") == []

    def test_a_surname_beside_a_kept_word_stays(self) -> None:
        assert guesses_left("We belden met Kenny Claes gisteren.", "Kenny Claes") == ["Kenny Claes"]


class TestCodesGroupsTags:
    def test_an_acronym_that_numbers_files_is_no_person(self) -> None:
        text = "Aanvraag via KAPO, dossier KAPO-2023-5531."
        assert guesses_left(text, "KAPO") == []

    def test_initials_in_a_file_number_stay_a_guess(self) -> None:
        text = "Gesprek met JV, dossier JV-2024-12."
        assert guesses_left(text, "JV") == ["JV"]

    def test_an_english_group_name_stays(self) -> None:
        assert guesses_left("Hi, I am the mum of Ella, Squirrels group.", "Squirrels") == []
        assert guesses_left("Hi, I am the mum of Ella, Squirrels group.", "Squirrels group", "LOCATION") == []

    def test_a_name_before_group_stays_a_guess(self) -> None:
        assert guesses_left("Ask Hannah group leader.", "Hannah") == ["Hannah"]

    def test_a_hashtag_plural_is_no_person(self) -> None:
        assert not hashtag_names.names_a_person("pompoenen")
        assert hashtag_names.names_a_person("lotte2019")

    def test_a_hashtag_of_words_leaves_a_place_guess(self) -> None:
        text = "Uitstap naar Hasselt #speeldag3 vandaag."
        assert guesses_left(text, "Hasselt #speeldag3", "LOCATION") == ["Hasselt"]


class TestEndToEnd:
    def test_a_service_of_all_flanders_stays_and_the_consultant_goes(self) -> None:
        out = anonymise_text("De consulente van Pleegzorg Vlaanderen, mevrouw Vereecken, belde.", []).text
        assert "Pleegzorg Vlaanderen" in out
        assert "Vereecken" not in out


class TestBranchesGluedTitlesAndHours:
    def test_a_kept_service_opening_an_organisation_guess_stays_and_its_branch_goes(self) -> None:
        text = "Opvang in het centrum Rode Kruis Hoge Linde sinds januari."
        assert guesses_left(text, "Rode Kruis Hoge Linde", "ORGANIZATION") == ["Hoge Linde"]

    def test_a_chain_with_its_branch_goes_whole(self) -> None:
        text = "Papa werkt in de Delhaize Zuidpark."
        assert guesses_left(text, "Delhaize Zuidpark", "ORGANIZATION") == ["Delhaize Zuidpark"]

    def test_a_phrase_glued_to_a_word_is_a_title(self) -> None:
        text = "We zongen het Feest van de Lantaarns-liedje in de groep."
        assert guesses_left(text, "Feest") == []

    def test_a_name_glued_to_a_word_stays_a_guess(self) -> None:
        text = "Dat staat in de Jan Van Damme-zaak van vorig jaar."
        assert guesses_left(text, "Jan Van Damme") == ["Jan Van Damme"]

    def test_a_word_before_an_hour_is_no_address(self) -> None:
        from casusprep.anonymise.recognizers import places

        text = "Dinsdag Knutselhoek 14u–16u met zes kinderen."
        assert [d for d in places.find(tokens(text), text) if d.recognizer == "address"] == []

    def test_a_listed_street_with_a_number_stays_an_address(self) -> None:
        from casusprep.anonymise.recognizers import places

        text = "Ze woont in de Kerkstraat 15, 9000 Gent."
        assert [text[d.start : d.end] for d in places.find(tokens(text), text) if d.entity_type == "ADDRESS"][0] == (
            "Kerkstraat 15"
        )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Hij riep "Wannes ee mijn Lego-doos gepakt" tegen de juf.', "Wannes"),  # a sentence, no title
        ("Vraag het aan señora Lucía van de Latino-vereniging.", "Lucía"),  # a person of a club: no article before
    ],
)
def test_a_name_before_a_glued_word_is_no_title(text: str, name: str) -> None:
    assert guesses_left(text, name) == [name]


class TestLanguages:
    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Kofi means Friday in Akan, mama says.", "Akan"),  # a language a first-name list also holds
            ("Thuis spreken ze vooral Lingala en Ga.", "Ga"),  # after another language
            ("De tolk vertaalt in het Tigrinya.", "Tigrinya"),
        ],
    )
    def test_a_language_after_a_cue_stays(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess, "LOCATION") == []

    @pytest.mark.parametrize("text", ["Akan kwam vandaag met papa.", "Hij speelt met Akan en Wout."])
    def test_the_same_word_as_a_childs_name_stays_a_guess(self, text: str) -> None:
        assert guesses_left(text, "Akan") == ["Akan"]
