"""A name nobody registered in brackets right after a role word, with invented names; a nationality, a language, a
place, a service or a project's name there stays."""

from __future__ import annotations

import pytest

from casusprep.anonymise import anonymise_text


def clean(text: str) -> str:
    return anonymise_text(text, [], use_model=False).text


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Opgehaald door oma (Qiaolin) en een buurvrouw.", "Qiaolin"),
        ("Ze komt met mama (Dragomira Wenjun) naar het onthaal.", "Dragomira"),
    ],
)
def test_a_name_in_brackets_after_a_role_goes(text: str, gone: str) -> None:
    out = clean(text)
    assert gone not in out, out


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Gesprek met mama (Peruaanse, werkt in de haven).", "Peruaanse"),
        ("Gesprek met papa (Oekraïens) en een tolk.", "Oekraïens"),
        ("Gesprek met een tolk (Tolkenpunt) en mama.", "Tolkenpunt"),
        ("Verslag van de coach (BoKiDo) volgt.", "BoKiDo"),
    ],
)
def test_no_name_in_brackets_after_a_role_stays(text: str, kept: str) -> None:
    assert kept in clean(text)
