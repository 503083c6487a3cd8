"""A family named by its surname after a word for family: 'de familie Peeters', 'la famille Okonjo-Bello',
'objet : famille EL OUARDI', 'the Novak family'.

After the word (vocabulary ``family_words``) stand the family's surnames: capitalised words or words in capitals,
joined by a hyphen or with their particles ('familie Van den Broeck'); a word Dutch, French or English writes often
('familie Thuis', 'famille Accueil'), a role, a place or a service ends them. English puts the word after the name
('the Novak family').
"""

from __future__ import annotations

from functools import cache

import regex as re

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection

NAME = "family_names"
_WORD = r"\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*"
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Ee]l|[Aa]l|[Ll]e|[Ll]a|[Dd]u|[Dd]a|[Dd]os|[Dd]i)"
_SURNAMES = rf"(?:{_PARTICLE}[ \t]+)*{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)*{_WORD})?"


@cache
def _before() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in folded_words("family_words")), key=len, reverse=True))
    return re.compile(rf"(?i:(?<![\w])(?:{words}))[ \t]*:?[ \t]+(?P<name>{_SURNAMES})")


_AFTER = re.compile(rf"(?<![\w])(?i:the)[ \t]+(?P<name>{_WORD})[ \t]+(?i:family|household)(?![\w])")


def _surname_word(word: str) -> bool:
    """A word that can be a family's surname: no word the languages of the notes write often, no role, place or
    service, and not never personal."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    folded = fold(word)
    if folded in PARTICLES or len(folded) < 2:
        return True
    if folded in lex.common or folded in lex.never or folded in lex.roles or folded in lex.places:
        return False
    if folded in lex.institution_types or folded in folded_words("family_words"):
        return False
    return folded in lex.surnames or all(zipf_frequency(folded, lang) < 3.0 for lang in ("nl", "fr", "en"))


def find(text: str) -> list[Detection]:
    out = []
    for m in [*_before().finditer(text), *_AFTER.finditer(text)]:
        start, end = m.span("name")
        words = re.split(r"[ \t-]+", m.group("name"))
        # Drop words from the end until every word left can be a surname: 'familie Peeters Vandaag' is the Peeters.
        while words and not all(_surname_word(w) for w in words):
            last = words.pop()
            end = text.rindex(last, start, end)
            end = start + len(text[start:end].rstrip(" \t-"))
        if not words or all(fold(w) in PARTICLES for w in words):
            continue
        out.append(Detection(start, end, "PERSON", 0.75, NAME))
    return out
