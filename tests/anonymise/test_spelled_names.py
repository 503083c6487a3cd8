"""A name nobody registered, spelled out letter by letter, with invented names: a capital and then lower case, all in
capitals, two words of a name two spaces apart; letters that read a word, letters in lower case and two letters
stay."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.anonymise.recognizers import spelled_names


def clean(text: str) -> str:
    return anonymise_text(text, [], use_model=False).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Opmerking van de school: W a r d i a eet niet graag warm.", "W a r d i a"),
        ('Uit het formulier geplakt: "O R I A N E mag niet op foto\'s".', "O R I A N E"),
        ("Ingevuld door papa B e r l i n d e  Q u i r i n a, met de hand.", "B e r l i n d e"),
    ],
)
def test_a_name_spelled_out_goes(text: str, gone: str) -> None:
    out = clean(text)
    assert gone not in out, out
    assert "Q u i" not in out, out


@pytest.mark.parametrize(
    "text",
    ["Kies a b c of d.", "Dat is H E E L erg, zegt ze.", "Ze riep S O S in de tuin.", "De T V staat aan."],
)
def test_letters_that_read_no_name_stay(text: str) -> None:
    assert spelled_names.find(text) == [], text
