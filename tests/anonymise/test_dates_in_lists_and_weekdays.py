"""Dates a note writes without a month or with a dot (invented examples): a weekday written out and a day before a
word that carries the sentence on, in the languages families write in; abbreviated weekdays in a list; a dotted day
and month in a list of dates, after a bullet or before an hour; a year after a month is no postcode; the short name
of a municipality named after its saint is a place."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Juf Ines is er pas donderdag 14 terug.", "14"),
        ("On peut venir mardi 9 avec les documents.", "9"),
        ("La nonna viene venerdì 17 più tardi.", "17"),
        ("No viene martes 8 porque está enfermo.", "8"),
        ("Hij at slecht deze week (di 2, woe 3, vrij 5) en sliep weinig.", "3"),
    ],
)
def test_a_weekday_and_a_day_is_a_date(text: str, day: str) -> None:
    out = anonymise_text(text, []).text
    assert f" {day}" not in out and "[datum]" in out


@pytest.mark.parametrize(
    "text", ["Op zaterdag 14 kinderen aanwezig.", "Ze belde maandag 3 keer.", "Ze kwam vrijdag 2 dagen later."]
)
def test_a_count_after_a_weekday_stays(text: str) -> None:
    out = anonymise_text(text, []).text
    assert out == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Dezelfde trui drie dagen (29.4, 1.5, 2.5), ook vuil.", ["1.5", "2.5"]),
        ("Logboek\n- 11.05, 14.05: duwt een kleuter.", ["11.05", "14.05"]),
        ("Reactie van de juf, 7.3 15:00: dank u.", ["7.3"]),
    ],
)
def test_a_dotted_day_and_month_beside_dates_is_a_date(text: str, gone: list[str]) -> None:
    out = anonymise_text(text, []).text
    assert not any(g in out for g in gone)


@pytest.mark.parametrize("text", ["De bus rijdt om 7.30, 8.15 en 9.00 vanaf de kerk.", "Koorts 38.5, daarna 37.2."])
def test_times_and_amounts_in_a_list_stay(text: str) -> None:
    assert anonymise_text(text, []).text == text


def test_a_year_after_a_month_is_no_postcode() -> None:
    out = anonymise_text("Planning\n12 april 2026  Paasfeest – opvang open", []).text
    assert "Paasfeest" in out and "[gemeente]" not in out and "12 april" not in out


@pytest.mark.parametrize(
    "text", ["mama woont nu bij haar broer in molenbeek, ok?", "Papa werkt sinds maart in Woluwe bij een garage."]
)
def test_the_short_name_of_a_saints_municipality_is_a_place(text: str) -> None:
    out = anonymise_text(text, []).text
    assert "molenbeek" not in out.lower() and "woluwe" not in out.lower()


def test_a_river_in_a_towns_name_is_no_short_name() -> None:
    from casusprep.anonymise.recognizers.places import _short_saint_places

    assert "meuse" not in _short_saint_places() and "molenbeek" in _short_saint_places()
