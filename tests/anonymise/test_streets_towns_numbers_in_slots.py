"""Streets, towns and numbers that the slot they stand in shows (invented examples): a French box 'bt', a street in a
table's cell before its town's, a king's numeral in a street typed in lower case, a street named after a person
after an institution word, a postcode's town on the line before a date, a part of a town no list knows after an
address or a service's branch, 'die van' before a town in lower case, the short name of a town called '-de-Stad', a
number after any compound on 'nummer' or 'nr', a paper's number in brackets. What must stay stays."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import labelled_numbers, places
from casusprep.anonymise.recognizers.base import tokens


def place_spans(text: str) -> set[str]:
    return {text[d.start : d.end] for d in places.find(tokens(text), text)}


def anon(text: str) -> str:
    return anonymise_text(text, [], use_model=False).text


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Adres: Rue des Tanneurs 41 bt 3  1000 Brussel", "Rue des Tanneurs 41 bt 3"),
        ("| Lies | 03/02/2021 | Dorp 7 | Terhagen | 0470 11 22 33", "Dorp 7"),
        ("nieuw adres: boudewijn i-laan 14 bus 2, 8400 oostende", "boudewijn i-laan 14 bus 2"),
    ],
)
def test_streets_by_their_slot(text: str, street: str) -> None:
    assert street in place_spans(text)


def test_a_kings_numeral_street_needs_a_name_before_it() -> None:
    assert not any("laan" in s for s in place_spans("ze zag vi laan 3 keer"))


def test_a_street_named_after_a_person_goes_whole_after_an_institution_word() -> None:
    out = anon("Kiné bij praktijk Maria Theresialaan 19, Heverlee.")
    assert "19" not in out and "[adres]" in out


def test_a_postcodes_town_is_no_street_before_the_next_lines_date() -> None:
    text = "Adres: Molenstraat 3, 1750 Sint-Martens-Lennik\n\n14/03: ingeschreven"
    assert "1750 Sint-Martens-Lennik" in place_spans(text)
    assert "14/03" not in anon(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Naar: basisschool De Uil, Kerkstraat 9, Zonnewijk – instapklas", "Zonnewijk"),
        ("- consultatiebureau Kind en Gezin Blokwijk | Stationsstraat 4 |", "Blokwijk"),
        ("welke tante? ja die van ninove", "ninove"),
        ("Onderzoek in het centrum van Herk, volgende week.", "Herk"),
    ],
)
def test_a_town_by_its_slot(text: str, town: str) -> None:
    assert town not in anon(text)


@pytest.mark.parametrize(
    "text",
    ["jan van damme belde", "die van mij is weg", "Melding aan Kind en Gezin Limburg: ok"],
)
def test_what_stays_around_a_town_slot(text: str) -> None:
    assert anon(text) == text


def test_an_ordinary_word_after_an_address_stays() -> None:
    assert anon("Vergadering in de Kerkstraat 9, Lokaal 3").endswith(", Lokaal 3")


def number_spans(text: str) -> list[str]:
    return [text[d.start : d.end] for d in labelled_numbers.find(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ik geef het door (kindnr. QX-0412-77316).", "QX-0412-77316"),
        ("Het contractnummer is KB-2022-0911.", "KB-2022-0911"),
        ("tante haalt haar, paspoort nagekeken (EK4417702).", "EK4417702"),
        ("identiteitskaart gezien (591204773)", "591204773"),
    ],
)
def test_a_number_its_label_names(text: str, number: str) -> None:
    assert number_spans(text) == [number]


@pytest.mark.parametrize(
    "text", ["Zijn huisnummer 1234 klopt niet.", "kamernummer 1204, bed 2", "dossier besproken (2024) en ok"]
)
def test_a_room_a_year_or_a_house_number_stays(text: str) -> None:
    assert number_spans(text) == []
