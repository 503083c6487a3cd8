"""Streets abroad written as their country writes them: the word for street before the name, then the house number
('Strada Florilor 22', 'ul. Długa 14', 'Rruga e Durrësit 5', 'Calle Mayor 3'), a family's former address or a
relative's. The words are data (vocabulary ``foreign_street_words``). A street of its own, with no word for street,
is a capitalised word no list knows before a house number and a town after a comma ('Hlavná 14, Michalovce').
"""

from __future__ import annotations

import re
from functools import cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection
from casusprep.anonymise.vocabulary import vocabulary

NAME = "address"
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
# The small words inside a name ('Rruga e Kavajës', 'Calle de la Paz', 'Via dei Mille', 'Rua do Carmo').
_SMALL = r"(?:e|i|de|del|de la|dei|degli|della|delle|di|do|da|dos|das|na|pod|nad|u|al|el|la|le)"
_NUMBER = r"\d{1,4}[a-zA-Z]?(?:[ \t]*(?:/|-)[ \t]*\d{1,4}[a-zA-Z]?)?"
_TOWN_AFTER = re.compile(r"[ \t]*,[ \t]*(?:\d{3,5}[ \t-]?\d{0,3}[ \t]+)?([A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+)")


@cache
def _pattern() -> re.Pattern[str]:
    """The street words as openers: an abbreviation in any case ('ul.', 'Str.'), a word capitalised ('Strada', 'Via';
    'via' in lower case or in a form's capitals is Dutch), the house number closing the clause ('Via Roma 3, ...',
    not 'Via X 3 keer')."""
    words = sorted(vocabulary().foreign_street_words, key=len, reverse=True)
    openers = [f"(?i:{re.escape(w)})" if not w[-1].isalpha() else f"{re.escape(w.capitalize())}(?!\\w)" for w in words]
    return re.compile(
        rf"(?<![\w.])(?:{'|'.join(openers)})[ \t]*"
        rf"(?:{_SMALL}[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:{_SMALL}[ \t]+)?{_NAME_WORD}){{0,3}}"
        rf"[ \t]*,?[ \t]+(?:nr\.?[ \t]*|n°[ \t]*|no\.?[ \t]*)?{_NUMBER}"
        rf"(?=[ \t]*(?:[,;:)(\n/]|$|[.!?](?!\d)))"
    )


_BARE_STREET = re.compile(rf"(?<![\w.-])({_NAME_WORD})[ \t]+(\d{{1,4}}[a-zA-Z]?)(?=[ \t]*,)")


def _bare_streets(text: str) -> list[Detection]:
    """A word Dutch does not know, a house number, and a town abroad after a comma ('Hlavná 14, Michalovce'): a
    street named without its word for street, as many countries name their main street."""
    from casusprep.anonymise.recognizers.foreign_places import town_names
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    out = []
    for m in _BARE_STREET.finditer(text):
        word = fold(m.group(1))
        known = (lex.common, lex.never, lex.places, lex.first_names, lex.surnames, lex.streets, lex.roles)
        if any(word in words for words in known) or zipf_frequency(word, "nl") >= 2.5:
            continue
        town = _TOWN_AFTER.match(text, m.end())
        if town is None or fold(town.group(1)) in lex.places or fold(town.group(1)) not in town_names():
            continue
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.8, NAME, replacement="[adres]"))
    return out


def find(text: str) -> list[Detection]:
    months = folded_words("month_names")
    out = [
        Detection(m.start(), m.end(), "ADDRESS", 0.85, NAME, replacement="[adres]")
        for m in _pattern().finditer(text)
        if not any(w in months for w in fold(m.group(0)).split())  # 'Via X tot December 2024': a date, no number
    ]
    return out + _bare_streets(text)
