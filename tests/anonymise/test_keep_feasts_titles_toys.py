"""What must stay, by its context: a feast after a preposition of time ('na', 'vanaf', 'after'), a show's or a
book's title of common words after a verb of watching or reading, a toy's name with a toy word in its apposition, and a
song's character after 'zingt mee met'. Invented examples only."""

from __future__ import annotations

import pytest

from .test_keep import guesses_left


class TestFeastAfterATimePreposition:
    @pytest.mark.parametrize(
        "text",
        [
            "Na Pelvanor is hij weer vrolijk.",
            "Vanaf Pelvanor komt ze op woensdag.",
            "After Pelvanor she comes on Wednesdays.",
            "Après Pelvanor il vient le mercredi.",
        ],
    )
    def test_an_unlisted_word_after_a_time_preposition_stays(self, text: str) -> None:
        assert guesses_left(text, "Pelvanor") == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Na Noor kwam Emma binnen.", "Noor"),  # a listed first name after 'na' is a child
            ("Een tekening voor Pelvanor.", "Pelvanor"),  # 'voor' names whom it is for
        ],
    )
    def test_a_name_or_a_gift_s_receiver_still_goes(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]


class TestTitleOfCommonWords:
    @pytest.mark.parametrize(
        ("text", "guess", "recognizer"),
        [
            ("Ze kijkt thuis naar Happy Little Dragon op de tablet.", "Happy Little Dragon", "spacy_model"),
            ("Hij kijkt naar Sunny Kitchen op tv.", "Sunny Kitchen", "context_persons"),  # Sunny a first name too
            ("Mama leest graag Groene Vogel voor.", "Groene Vogel", "spacy_model"),
        ],
    )
    def test_common_words_after_watching_or_reading_stay(self, text: str, guess: str, recognizer: str) -> None:
        assert guesses_left(text, guess, recognizer=recognizer) == []

    @pytest.mark.parametrize(
        ("text", "guess"),
        [
            ("Ze kijkt naar Emma Peeters in de zandbak.", "Emma Peeters"),  # no run of common words
            ("Ze kijkt naar Roos Vos op de speelplaats.", "Roos Vos"),  # every word a listed name
            ("Happy Little Dragon was er ook.", "Happy Little Dragon"),  # no verb of watching before it
        ],
    )
    def test_a_person_or_a_phrase_without_the_cue_still_goes(self, text: str, guess: str) -> None:
        assert guesses_left(text, guess) == [guess]


class TestSingingAlong:
    def test_a_character_after_zingt_mee_met_stays(self) -> None:
        text = "Ze zingt mee met Kabouter Wolbrander (gebaren) en lacht."
        assert guesses_left(text, "Kabouter Wolbrander") == []

    def test_a_listed_name_after_zingt_mee_met_still_goes(self) -> None:
        text = "Ze zingt mee met Noor (gebaren) en lacht."
        assert guesses_left(text, "Noor") == ["Noor"]


class TestToyInApposition:
    @pytest.mark.parametrize(
        "text",
        [
            "Zijn knuffel (Wiebelo, het grijze konijn) lag in de auto.",
            "Ze zocht Wiebelo, haar oude knuffel, heel de middag.",
        ],
    )
    def test_a_name_with_a_toy_word_in_its_apposition_stays(self, text: str) -> None:
        assert guesses_left(text, "Wiebelo", "LOCATION") == []

    @pytest.mark.parametrize(
        "text",
        [
            "Hij was een dinosaurus (Wiebelo, je was de beste!).",  # a child in costume, no toy word after
            "Noor, de kleine knuffel, sliep goed.",  # a listed first name stays a person
        ],
    )
    def test_a_child_still_goes(self, text: str) -> None:
        guess = "Wiebelo" if "Wiebelo" in text else "Noor"
        assert guesses_left(text, guess) == [guess]
