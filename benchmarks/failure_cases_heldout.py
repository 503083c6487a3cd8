"""A second set of invented notes per failure class, written after the rules and not used to tune them: what
benchmarks/failure_classes.py --cases benchmarks/failure_cases_heldout.py reports is closer to notes written
elsewhere than the first set (tests/anonymise/failure_cases.py), which the rules were developed against."""

from __future__ import annotations

ROSTER = [
    "Jorinde Vanhaverbeke",
    "Kacper Wiśniewski",
    "Elvan Demirtaş",
    "Tuur Van den Abeele",
    "Fleur De Cuyper",
    "Anna-Lien Martens",
    "Ileana Popovici",
]

CASES: list[tuple[str, str, list[str], list[str]]] = [
    ("initials", "14u: slaapje goed verlopen -- BDW\n15u30: fruit gegeten -- BDW", ["BDW"], []),
    ("initials", "Aanwezig: TVDA, coach (NR) en de verantwoordelijke.", ["TVDA", "NR"], []),
    ("initials", "A-L zat de hele middag bij de poppenhoek.", ["A-L"], []),
    ("initials", "Verslag opgemaakt door GVH op vraag van het CLB.", ["GVH"], ["CLB"]),
    ("lower", "fleur was vandaag heel stil, mama zegt dat ze slecht slaapt", ["fleur"], []),
    ("lower", "tuur en zijn broer kwamen te laat binnen", ["tuur"], []),
    ("lower", "oma van jorinde haalt haar vrijdag op", ["jorinde"], []),
    ("lower", "juf loes belde, de papa van milan was boos", ["loes", "milan"], []),
    ("pet_forms", "Kacperek wil niet eten zonder zijn knuffel.", ["Kacperek"], []),
    ("pet_forms", "Mama noemt haar Elvancim.", ["Elvancim"], []),
    ("pet_forms", "Ileanuța huilde bij het afscheid.", ["Ileanuța"], []),
    ("dates", "Vergaderingen op 3 en 17 februari, en op 2.03.", ["3 en", "17 februari", "2.03"], []),
    ("dates", "Rendez-vous le 14 novembre avec la maman.", ["14 novembre"], []),
    ("dates", "Ze is jarig op de achttiende.", ["achttiende"], []),
    ("institutions", "Papa is bediende bij Schrijnwerkerij Vercouteren.", ["Vercouteren"], []),
    ("institutions", "Ze gaat naar Sint-Vincentius in Anzegem.", ["Vincentius", "Anzegem"], []),
    ("institutions", "Opgevolgd in AZ Delta en nadien UZ Leuven.", ["Delta", "Leuven"], []),
    ("handles", "Haar snap is fleurtje_dc en ze zit op @fleurdecuyper.", ["fleurtje_dc", "@fleurdecuyper"], []),
    ("places", "Ze gaan op weekend naar Oostende en daarna naar Blankenberge.", ["Oostende", "Blankenberge"], []),
    ("places", "Het gezin woont in Sint-Denijs-Westrem, vroeger in Ledeberg.", ["Sint-Denijs-Westrem", "Ledeberg"], []),
    ("places", "Opa woont in Roemenië, tante in Oost-Vlaanderen.", [], ["Roemenië", "Oost-Vlaanderen"]),
    ("keep", "Ze kijkt graag naar Bumba en speelt met Duplo.", [], ["Bumba", "Duplo"]),
    ("keep", "Het konijn Snuffel is ziek, de knuffel Teddy ligt in de was.", [], ["Snuffel", "Teddy"]),
    (
        "keep",
        "Met Pasen en Sinterklaas is er een feest in de groep de Egeltjes.",
        [],
        ["Pasen", "Sinterklaas", "Egeltjes"],
    ),  # fmt: skip
    (
        "keep",
        "OPGELET: allergie voor noten. DRINGEND bellen naar Kind en Gezin.",
        [],
        ["OPGELET", "DRINGEND", "Kind en Gezin"],
    ),  # fmt: skip
    ("reading", "Jo\u200brinde en Tu\u00adur kwamen samen.", ["Jo\u200brinde", "Tu\u00adur"], []),
    ("reading", "Элван kwam met Kacper Wisniewski.", ["Элван", "Kacper", "Wisniewski"], []),
]
