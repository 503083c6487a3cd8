"""Persons found by the signal a reader uses, in layouts and languages the dev notes lack: initials where staff
sign, a first name before a surname found already, a character's name used for a person, diminutives derived
from a registered name by rule. Invented examples only."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers.initials import lower_initials
from casusprep.case import Person, Role


def clean(text: str, *names: str) -> str:
    persons = [Person(name=n, role=Role.OTHER) for n in names]
    return anonymise_text(text, persons, use_model=False).text


class TestLowerInitials:
    @pytest.mark.parametrize("value", ["kp", "lvh", "jvd", "tq"])
    def test_rare_letters_can_be_initials(self, value: str) -> None:
        assert lower_initials(value)

    @pytest.mark.parametrize("value", ["ok", "ja", "dag", "bv", "nee"])
    def test_words_and_shorthands_are_not(self, value: str) -> None:
        assert not lower_initials(value)


class TestPetFormsByRule:
    """Pet forms derived from the registered first name, in languages the Dutch rules did not cover."""

    @pytest.mark.parametrize(
        ("name", "text", "form"),
        [
            ("Selin Aydın", 'Oma zegt thuis "Selinim" tegen haar.', "Selinim"),  # Turkish 'my Selin'
            ("Kerem Doğan", "Papa roept Keremim als hij binnenkomt.", "Keremim"),
            ("Sorin Popa", 'Mama schreef "Sorinel komt later".', "Sorinel"),  # Romanian -el
            ("Matei Rusu", "De zus noemt hem Mateiutz.", "Mateiutz"),  # -uț written -utz
            ("Jens Maes", "Jenspie wou niet slapen.", "Jenspie"),  # Flemish/Afrikaans -pie
            ("Omid Rahimi", "Oma noemt hem Omidjan, papa Omid.", "Omidjan"),  # Persian -jan joined
            ("Lan Tran", "Thuis heet ze Lanlan.", "Lanlan"),  # a short name said twice
            ("Haoran Li", "Mama zegt Ranran tegen hem.", "Ranran"),  # the last syllable said twice
            ("Lou De Pauw", "Oma zegt Loeloe tegen haar.", "Loeloe"),  # 'ou' as Dutch spells it, doubled
        ],
    )
    def test_the_pet_form_of_a_registered_name_is_that_person(self, name: str, text: str, form: str) -> None:
        persons = [Person(name=name, role=Role.CHILD)]
        done = anonymise_text(text, persons, use_model=False)
        assert form not in done.text, done.text
        assert any(d.recognizer == "registered_persons" for d in done.detections), done.detections
