"""Places named as the two ends of a route: 'van Kortemark naar Diksmuide', 'de Rodez à Millau', 'd'Albi à
Castres', 'from Leigh to Wigan', and a place the route passes after it ('..., par Figeac', '..., over Vierzon').

A timetable, a travel account or a letter about a move names its towns so, also small ones that no list holds or
that a scan misspelt. Between 'van' and 'naar' a capitalised word is a place unless it is an ordinary word, a
first name, a month or a weekday, a country or region (which stay), a role or a kind of service ('van Mama naar
Papa', 'van Januari naar Maart', 'van Sofie naar Lotte' stay with the other recognizers).
"""

from __future__ import annotations

import re
from functools import cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection

NAME = "route_place"
# A place's name: capitalised words, joined by hyphens or one space ('Saint-Jean-de-Luz', 'Bourg Madame').
_PLACE = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*(?:[ \t][A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*)?"
# An article a French town's name opens with ('la Rochelle', 'le Puy'), which stays in the text.
_ARTICLE = r"(?:(?:la|le|les|l['’])[ \t]*)?"
# Dutch and English routes; French ones, with the accent a scan may drop ('de Nîmes a Alès').
ROUTE = re.compile(
    rf"(?<![\w'’])(?:(?i:van|from)[ \t]+{_ARTICLE}(?P<a>{_PLACE})[ \t]*,?[ \t]+(?:naar|to)[ \t]+"
    rf"|(?i:de|du|des)[ \t]+{_ARTICLE}(?P<b>{_PLACE})[ \t]*,?[ \t]+(?:à|a|aux|au|jusqu['’]à)[ \t]+"
    rf"|d['’](?P<c>{_PLACE})[ \t]*,?[ \t]+(?:à|a|aux|au|jusqu['’]à)[ \t]+)"
    rf"(?:den[ \t]+|{_ARTICLE})(?P<end>{_PLACE})"
)
# The place a route passes, after it: ', par Figeac', ', over Vierzon', ', via Lens'.
_PASSING = re.compile(rf"[ \t]*,?[ \t]*(?:par|over|via)[ \t]+(?:den[ \t]+|{_ARTICLE})({_PLACE})")
_SCORE = 0.7


@cache
def _staying() -> frozenset[str]:
    """Words that a capitalised word between 'van' and 'naar' may be without naming a place."""
    lex = lexicon()
    return (
        lex.common
        | lex.first_names
        | lex.never
        | lex.countries
        | lex.roles
        | lex.services
        | frozenset(lex.institution_types)
        | folded_words("month_names")
        | folded_words("weekdays")
        | folded_words("provinces")
        | folded_words("place_words")
    )


def _town(name: str) -> bool:
    """A name that may be a town: no word of it stays, and it is no short acronym ('van OCMW naar CAW')."""
    words = name.split()
    if name.isupper() and len(name) <= 5:
        return False
    if fold(name) in _staying() or fold(name).replace("-", " ") in lexicon().countries:
        return False
    return all(len(w) >= 3 and fold(w) not in _staying() for w in words)


def find(text: str) -> list[Detection]:
    out: list[Detection] = []
    for m in ROUTE.finditer(text):
        start_group = next(g for g in ("a", "b", "c") if m.group(g) is not None)
        ends = [(m.start(start_group), m.end(start_group)), (m.start("end"), m.end("end"))]
        passing = _PASSING.match(text, m.end())
        if passing:
            ends.append((passing.start(1), passing.end(1)))
        names = [text[a:b] for a, b in ends]
        # Both ends must be possible towns: 'van Gent naar Mama' is no route of two places
        if not (_town(names[0]) and _town(names[1])):
            continue
        for (a, b), name in zip(ends, names, strict=True):
            if _town(name):
                out.append(Detection(a, b, "LOCATION", _SCORE, NAME, replacement="[plaats]"))
    return out
