"""A registered person's initials and letters where staff sign, with invented names: initials that spell a word
(only where a signature stands), lower-case initials in brackets, after a slash, a dash or a closing greeting, in a
pair, found once and then wherever they stand alone, a first name with her surname's letter, and the initials right
after a whole name in brackets."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers.initials import initials_of, word_initials_of
from casusprep.case import Person, Role

STAFF = [
    Person(name="Noortje Vanlaere", role=Role.CAREGIVER),  # NV: also the company form
    Person(name="Tamara Vinck", role=Role.CAREGIVER),  # TV
    Person(name="Marthe Van Gils", role=Role.CAREGIVER),  # MVG: also a closing greeting
    Person(name="Kaat Bruneel", role=Role.CAREGIVER),  # kb: also kilobyte
    Person(name="Evelien Govaert", role=Role.CAREGIVER),  # eg
    Person(name="Carlijn Dewulf", role=Role.CAREGIVER),  # cd
    Person(name="Bert Gysels", role=Role.CAREGIVER),  # bg
    Person(name="Zofia Kubiak", role=Role.CHILD),
]


def clean(text: str, persons: list[Person] | None = None) -> str:
    return anonymise_text(text, STAFF if persons is None else persons, use_model=False).text


class TestInitialsThatSpellAWord:
    def test_they_are_no_initials_form_but_a_word_form(self) -> None:
        assert "NV" not in initials_of("Noortje Vanlaere")
        assert "NV" in word_initials_of("Noortje Vanlaere")
        assert "MVG" in word_initials_of("Marthe Van Gils")

    @pytest.mark.parametrize(
        "text, initials",
        [
            ("Mama was op tijd.\n– NV, 0470 11 22 33", "NV"),
            ("Niets bijzonders vandaag. – EG / TV", "TV"),
            ("Ook opgemerkt door MVG.\nVerder rustig.", "MVG"),
            ("Legende: MVG = Marthe, EG = Evelien", "MVG"),
        ],
    )
    def test_where_staff_sign_they_are_her(self, text: str, initials: str) -> None:
        out = clean(text)
        assert initials not in out, out
        assert "begeleider" in out, out

    def test_elsewhere_they_stay_the_word(self) -> None:
        text = "De NV van de uitbater betaalt. Het kind keek TV. MVG, de directie"
        assert clean(text) == text


class TestLowerCaseInitialsWhereStaffSign:
    @pytest.mark.parametrize(
        "text, initials",
        [
            ("Hij wou niet slapen. (kb)\nVolgende dag beter.", "kb"),
            ("Papa was boos. – eg/kb", "kb"),
            ("Het meisje huilde bij kaat (kb, animator). Daarna rustig.", "kb"),
            ("papa is onderweg, ik sluit af. tnx eg", "eg"),
            ("na de uitstap vullen cd en bg het formulier in.", "bg"),
        ],
    )
    def test_her_lower_case_initials_go(self, text: str, initials: str) -> None:
        out = clean(text)
        assert f" {initials}" not in out and f"/{initials}" not in out and f"({initials}" not in out, out

    def test_a_size_in_kilobytes_stays(self) -> None:
        text = "De foto is 40 kb groot en de firma (nv) stuurde hem."
        assert clean(text) == text


class TestLowerCaseInitialsFoundOnce:
    def test_they_are_her_where_they_stand_alone_elsewhere(self) -> None:
        persons = [Person(name="Rune Kiekens", role=Role.CAREGIVER)]
        out = clean("Lijst groep 3 – Rune Kiekens (rk)\nHij kwam terug. – rk/lm", persons)
        assert "rk" not in out, out


class TestAFirstNameWithHerSurnamesLetter:
    def test_the_letter_goes_with_the_name(self) -> None:
        out = clean("Vandaag kwam Zofia K. (3 jaar) later binnen.")
        assert "K." not in out and "Zofia" not in out, out

    def test_another_letter_stays(self) -> None:
        out = clean("Zofia B. en Zofia speelden.", [Person(name="Zofia Kubiak", role=Role.CHILD)])
        assert "Zofia" not in out, out


class TestInitialsOfANameInBrackets:
    def test_initials_that_spell_a_word_right_after_the_whole_name(self) -> None:
        text = "Omar Ege (OE) nam haar mee. Later las OE het verslag na."
        out = anonymise_text(text, [], use_model=False).text
        assert "OE" not in out, out

    def test_a_double_first_names_initials_with_dots(self) -> None:
        assert "A-M.P." in initials_of("Anne-Marie Peeters")
        out = clean("Overgetypt – A-M.P.", [Person(name="Anne-Marie Peeters", role=Role.CAREGIVER)])
        assert "A-M" not in out and "P." not in out, out


class TestLettersListedWithHerInitials:
    def test_the_initials_handed_over_to_are_followed_too(self) -> None:
        out = clean("overdracht vroegdienst – van eg naar pv\nrustige dag, papa was op tijd. – eg")
        assert " eg " not in out and "pv" not in out, out
