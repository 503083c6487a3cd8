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
