"""Named institutions without a type word, found by their context, with invented examples: a school named after a
saint that is also a hamlet's name after a word of school, a saint alone in brackets after a word of school, a
school's name opened by an article after a class word, and a firm after a word of shift work or cleaning. Each
class also says what must stay."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

ROSTER = [Person(name="Wannes Oosterlinck", role=Role.CHILD), Person(name="Dorota Zielińska", role=Role.MOTHER)]


def clean(text: str) -> str:
    return anonymise_text(text, ROSTER, use_model=False).text


class TestSchoolSaints:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Adres: Kerkstraat 5, 9000 Gent. School: Sint-Andries (2e lj).", "Sint-Andries"),
            ("Wannes zit op Sint-Denijs sinds september.", "Sint-Denijs"),
            ("ok. de school van wannes (sint-amandus) weet het al", "sint-amandus"),
            ("De juf van Sint-Andries belde mama.", "Sint-Andries"),
        ],
    )
    def test_a_saint_after_a_word_of_school_is_the_school(self, text: str, gone: str) -> None:
        out = clean(text)
        assert gone not in out, out

    @pytest.mark.parametrize(
        "text",
        [
            "We maken lampionnen voor Sint-Maarten op school.",
            "Op school hebben we Sint-Maarten gevierd.",
            "De school viert Sint-Maarten met een stoet.",
        ],
    )
    def test_a_kept_feast_after_a_word_of_school_stays(self, text: str) -> None:
        assert "Sint-Maarten" in clean(text)


class TestClassWordOpensSchoolName:
    def test_an_article_name_after_a_class_word_goes(self) -> None:
        out = clean("Wannes zit in de 2e kleuterklas 't Zonneke.")
        assert "Zonneke" not in out and "kleuterklas" in out, out

    def test_a_group_after_a_class_word_stays(self) -> None:
        out = clean("Wannes zit in de kleuterklas De Vlinders.")
        assert "De Vlinders" in out, out


class TestShiftAndCleaningWork:
    @pytest.mark.parametrize(
        ("text", "gone"),
        [
            ("Papa doet ploegwerk bij Bekaert en slaapt slecht.", "Bekaert"),
            ("Mama werkt 's nachts (schoonmaak, Brussels Airport).", "Brussels Airport"),
        ],
    )
    def test_the_firm_after_a_word_of_work_goes(self, text: str, gone: str) -> None:
        out = clean(text)
        assert gone not in out, out

    def test_shift_work_without_a_firm_leaves_the_sentence(self) -> None:
        text = "Papa doet ploegwerk en slaapt overdag."
        assert clean(text) == text
