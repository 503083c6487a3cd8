"""Pet forms by rule, with invented names: suffixes of more languages (Greek, Maghreb Arabic, English, Lithuanian,
Japanese), the French last syllable said twice, a pet ending after an apostrophe, and the pet forms of a long first
name found in lower case when nobody is registered."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.nicknames import pet_forms
from casusprep.case import Person, Role


def clean(text: str, persons: list[Person]) -> str:
    return anonymise_text(text, persons, use_model=False).text


class TestPetFormsOfMoreLanguages:
    @pytest.mark.parametrize(
        "name, form",
        [
            ("Eleni", "elenaki"),  # Greek -aki
            ("Despina", "despoula"),  # Greek -oula
            ("Rasim", "rasoumi"),  # Maghreb Arabic -oumi
            ("Kojo", "kojzy"),  # English -zy
            ("Rūta", "rutuke"),  # Lithuanian -ukė
            ("Bernard", "nanard"),  # French: the last syllable said twice
            ("Agnès", "nenes"),
        ],
    )
    def test_the_form_is_derived(self, name: str, form: str) -> None:
        assert form in pet_forms(name)

    def test_a_registered_childs_greek_pet_form_goes(self) -> None:
        out = clean('Oma zegt: "Elenaki heeft honger".', [Person(name="Eleni Stavrou", role=Role.CHILD)])
        assert "Elenaki" not in out, out

    def test_no_open_syllable_said_twice(self) -> None:
        assert "mama" not in pet_forms("Thomas") and "papa" not in pet_forms("Pablo")


class TestJapanesePetEndings:
    def test_chan_on_the_whole_name(self) -> None:
        assert "harukachan" in pet_forms("Haruka")
        out = clean("Harukachan speelde in de zandbak.", [Person(name="Haruka Sato", role=Role.CHILD)])
        assert "Harukachan" not in out, out


class TestAPetEndingAfterAnApostrophe:
    @pytest.mark.parametrize("text", ["Melis'cik heeft haar knuffel vergeten.", "Lotte'tje was vandaag vrolijk."])
    def test_the_registered_name_with_its_ending_goes(self, text: str) -> None:
        persons = [Person(name="Melis Aydın", role=Role.CHILD), Person(name="Lotte Claes", role=Role.CHILD)]
        out = clean(text, persons)
        assert "cik" not in out and "'tje" not in out and "Melis" not in out and "Lotte" not in out, out


class TestPetFormsOfANameFoundInLowerCase:
    def test_a_long_first_name_found_in_lower_case_brings_its_pet_forms(self) -> None:
        text = "medicatie bronislawa: geen.\nma 3/2 – bronka is terug."
        out = clean(text, [])
        assert "bronislawa" not in out and "bronka" not in out, out
