"""Places named as the ends of a route ('van X naar Y', 'de X à Y', 'from X to Y') and the place it passes after
it; what stays: ordinary words, first names, months, acronyms of services and languages between 'van' and 'naar'.

Invented sentences; the places are made-up or small real towns.
"""

from __future__ import annotations

import pytest

from casusprep.anonymise.recognizers import routes


def found(text: str) -> list[str]:
    return [text[d.start : d.end] for d in routes.find(text)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("De bus rijdt van Kortemark naar Diksmuide, over Handzame.", ["Kortemark", "Diksmuide", "Handzame"]),
        ("Le car va de Rodez à Millau, par Sévérac.", ["Rodez", "Millau", "Sévérac"]),
        ("d'Espalion à Castres; de Figeac a Cahors", ["Espalion", "Castres", "Figeac", "Cahors"]),
        ("The family moved from Wigglesby to Hornthorpe last year.", ["Wigglesby", "Hornthorpe"]),
        ("De trein van Zwiepeldorp naar Kraaienhoven vertrok te laat.", ["Zwiepeldorp", "Kraaienhoven"]),
        ("de la Souterraine à Saintes", ["Souterraine", "Saintes"]),
    ],
)
def test_route_ends_are_places(text: str, places: list[str]) -> None:
    assert found(text) == places


@pytest.mark.parametrize(
    "text",
    [
        "We gingen van Mama naar Papa en van Januari naar Maart.",
        "Het dossier gaat van Sofie naar Lotte.",
        "De aanvraag ging van OCMW naar CAW.",
        "Ze schakelt van Engels naar Frans, van Maandag naar Dinsdag.",
        "Van School naar Huis is het vijf minuten.",
        "Van Noord naar Zuid, van België naar Frankrijk.",
    ],
)
def test_words_between_van_and_naar_stay(text: str) -> None:
    assert found(text) == []
