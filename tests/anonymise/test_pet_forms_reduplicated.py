"""Pet forms derived by rule that the suffixes alone missed: the first closed syllable said twice (with or without
a hyphen), the c or g of a Portuguese or Spanish stem spelled qu or gu before -inha or -ito, a French form on -ou
with the Dutch -tje; and chat senders typed in lower case without times. All names invented."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.nicknames import pet_forms
from casusprep.case import Person, Role


@pytest.mark.parametrize(
    "name, form",
    [("Tobias", "tobtob"), ("Tobias", "tob-tob"), ("Ricardo", "riquinho"), ("Marco", "marquito"),
     ("Rodrigo", "rodriguito"), ("Nina", "ninoutje")],
)  # fmt: skip
def test_the_rule_derives_the_form(name: str, form: str) -> None:
    assert form in pet_forms(name)


def test_a_syllable_said_twice_needs_a_closed_first_syllable() -> None:
    assert "anan" not in pet_forms("Anouk") and "an-an" not in pet_forms("Anouk")


def test_a_registered_child_called_by_a_doubled_syllable() -> None:
    text = "Tobias (Tob-Tob zeggen ze thuis) sliep goed. Ricardo heet thuis Riquinho."
    persons = [Person(name="Tobias Claes", role=Role.CHILD), Person(name="Ricardo Dias", role=Role.OTHER)]
    out = anonymise_text(text, persons, use_model=False).text
    assert "Tob" not in out and "Riquinho" not in out, out


def test_an_unregistered_name_found_takes_its_doubled_syllable() -> None:
    out = anonymise_text("Vandaag sliep juf Tobias niet. Thuis noemen ze haar Tob-Tob.", [], use_model=False).text
    assert "Tob" not in out, out


def test_chat_senders_without_times() -> None:
    text = "zomer: is lore al opgehaald?\nroos: nee nog niet\nzomer: ok dan wacht ik\nroos: top"
    out = anonymise_text(text, [], use_model=False).text
    assert "roos" not in out, out


def test_a_form_in_lower_case_has_no_senders() -> None:
    text = "naam: zie boven\nadres: zie boven\nnaam: idem\nadres: idem"
    assert anonymise_text(text, [], use_model=False).text == text
