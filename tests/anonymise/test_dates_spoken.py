"""Dates as notes say them aloud or type them in a hurry: an ordinal after a weekday or the spoken 'den', an English
'the 5th', a weekday with its day in words, a date whose digits OCR spaced apart, a list of days joined by
another language's 'to'. And a child called after a month keeps no date's day.
The other side: times, ages, amounts and list numbers stay.

Invented sentences, names and numbers only."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import dates
from casusprep.case import Person, Role


def anon(text: str, persons: list[Person] | None = None) -> str:
    return anonymise_text(text, persons or [], use_model=False).text


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in dates.find(text)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Oma belde: ze komt dinsdag de negentiende terug.", "negentiende"),
        ("Den zesden was hij met koorts thuis.", "zesden"),
        ("Ze zegt dat het d'n elfden gebeurde.", "elfden"),
        ("Papa komt den 14de de tas halen.", "14de"),
        ("Donderdag 3de bleef Jonas thuis.", "3de"),
        ("Zaterdag den dertienden was de kribbe dicht.", "dertienden"),
        ("Mum said: see you on Tuesday the 11th.", "11th"),
        ("Appointment on the 23rd, at the office.", "23rd"),
        ("She arrives on the 2nd of June with her aunt.", "2nd"),
        ("Zondag twaalf, om tien uur, kwam opa langs.", "twaalf"),
    ],
)
def test_a_spoken_day_is_a_date(text: str, day: str) -> None:
    assert day in found(text)
    assert day not in anon(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hij is the 3rd child in the family.",  # an English ordinal before a noun
        "Ze is de derde in de rij.",  # an ordinal without 'den' or a weekday
        "Dinsdag twee kinderen minder in de groep.",  # a count after a weekday
    ],
)
def test_an_ordinal_or_a_count_is_no_date(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("handtekening ouder, datum : 1 7 - 0 4 - 2 5", "1 7"),
        ("Gescand: 0 9 / 1 1 / 2 0 2 4 (onleesbaar)", "0 9"),
    ],
)
def test_a_date_with_spaced_digits_goes(text: str, gone: str) -> None:
    out = anon(text)
    assert gone not in out


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Grandma stays from 4 to 19 March.", ["4", "19"]),
        ("Oma ist von 6 bis 12 Mai hier.", ["6", "12"]),
        ("La abuela viene del 3 al 9 de abril.", ["3", "9"]),
        ("Entretien mardi 16 à 14h, avec la maman.", ["16"]),
        ("Gesprek dinsdag 16 om 14u met mama.", ["16"]),
    ],
)
def test_days_joined_in_another_language_go(text: str, days: list[str]) -> None:
    out = anon(text)
    for day in days:
        assert f" {day} " not in f" {out} "


def test_a_child_called_after_a_month_keeps_no_dates_day() -> None:
    persons = [Person(name="April Verstraete", role=Role.CHILD)]
    out = anon("April was ziek. Op 3 april bleef ze thuis, maandag 14 april kwam ze terug.", persons)
    assert " 3 " not in out and "14" not in out


def test_a_count_after_a_month_is_no_day() -> None:
    out = anon("Sinds 2 oktober 41 halve dagen afwezig.")
    assert "41 halve dagen" in out and " 2 " not in out


@pytest.mark.parametrize(
    "text",
    [
        "Slaapt van 13u tot 15u, weegt 12 kg, is 3 jaar.",
        "Ze kreeg 5 euro en 2 boterhammen.",
        "1 - koffie\n2 - soep\n3 - fruit",
        "Om 7.45 gebracht, om 16.30 opgehaald.",
        "Hij telde tot 20 en zei the 3rd time was fun.",
    ],
)
def test_times_amounts_and_list_numbers_stay(text: str) -> None:
    assert anon(text) == text
