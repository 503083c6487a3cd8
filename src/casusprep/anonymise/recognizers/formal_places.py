"""Places that formal writing marks by the word before them, whatever the place is (a village no list holds, a town
abroad, an old spelling): after 'te' ('wonende te Zomergem', 'geboren te Tetouan', 'te 's-Gravenhage'). Dutch writes
'te' before a capitalised word only in that sense (before a verb or an adjective the word is in lower case). The head
of a dateline is ``foreign_places``'s. Countries and regions stay, as everywhere in the engine. Where the places
recognizer finds the same place, its placeholder is kept.

Two more words mark a place by their form: the old genitive article ''s' before a capitalised word
(''s-Gravenwezel', ''s Hertogenbosch', ''s Bosch', ''s Hage'), which Dutch keeps only in place names and in adverbs
of time that end in -s (''s Avonds', ''s Zondags'); and French 'd'' in lower case before a town the lists know
('il vient d'Anvers', 'la route d'Arlon'), where a surname writes its D' with a capital ('D'Hondt')."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token
from casusprep.anonymise.recognizers.initials import is_acronym

NAME = "formal_place"
_SCORE = 0.7  # below the places recognizer's: on the same span its placeholder is kept


@cache
def _staying() -> frozenset[str]:
    """Words that stay where a place could stand: countries, regions, provinces, months, weekdays."""
    return (
        lexicon().countries
        | folded_words("provinces")
        | folded_words("month_names")
        | folded_words("weekdays")
        | folded_words("greetings")
    )


@lru_cache(maxsize=20_000)
def _place_word(folded: str, upper: bool) -> bool:
    """A capitalised word that can be a place's name: a listed place, or no common word, role or service."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 2 or folded in _staying() or folded in lex.never or folded in lex.roles:
        return False
    if upper and is_acronym(folded.upper()):
        return False
    if folded in lex.places:
        return True
    return folded not in lex.common and folded not in lex.services and zipf_frequency(folded, "nl") < 4.5


def _place_end(toks: list[Token], j: int, text: str) -> int:
    """Index after the place whose first word is toks[j] (more capitalised words joined by a space or a hyphen:
    'Sint-Niklaas', 'Nieuw Amsterdam'), or j when it is none."""
    t = toks[j]
    if not t.capitalised or not _place_word(t.folded, t.text.isupper()):
        return j
    k = j + 1
    while (
        k < len(toks)
        and k - j < 3
        and text[toks[k - 1].end : toks[k].start] in (" ", "-")
        and toks[k].capitalised
        and not toks[k].sentence_start
        and _place_word(toks[k].folded, toks[k].text.isupper())
    ):
        k += 1
    return k


# The old genitive article before a place's capitalised word, standing on its own ("te 's Bosch", "'s-Gravenwezel"):
# not after a letter (a possessive, "Lotte's"), and the word after it no adverb of time ('s Avonds, 's Zondags).
_GENITIVE_PLACE = re.compile(r"(?<![\w'’])['’]s[ -]([A-Z][\w'’-]*[A-RT-Za-rt-z](?:-[A-Z][\w'’-]*)?)(?![\w'’])")
# French 'de' elided before a town ('d'Anvers', "d’Arlon"); a surname's D' is a capital.
_FRENCH_OF = re.compile(r"(?<![\w'’])d['’]([A-Z][\w-]+)")


_SAINT = frozenset({"st", "ste", "sint"})


def _genitive_place(word: str) -> bool:
    """A word after ''s' that can be a place's: no common word, role or weekday, a name of three letters or more."""
    from casusprep.anonymise.lexicon import fold

    folded = fold(word)
    return len(folded) > 2 and folded not in _staying() and folded not in lexicon().never


def _french_town(word: str) -> bool:
    """A town of the lists after French 'd'': a Belgian place or one of GeoNames' towns (also one that is a word in
    some language: the elision before a capital shows the name), no country, first name or function word."""
    from casusprep.anonymise.lexicon import fold
    from casusprep.anonymise.recognizers.foreign_places import town_names

    lex = lexicon()
    key = fold(word).replace("-", " ")
    if key in _staying() or key in lex.never or key in lex.first_names or key in lex.common:
        return False
    return key in lex.places or key in town_names()


def _marked_by_form(text: str) -> list[Detection]:
    out = []
    if "s" in text and ("'" in text or "’" in text):
        for m in _GENITIVE_PLACE.finditer(text):
            if _genitive_place(m.group(1)):
                out.append(Detection(m.start(), m.end(), "LOCATION", _SCORE, NAME, replacement="[plaats]"))
        for m in _FRENCH_OF.finditer(text):
            if _french_town(m.group(1)):
                out.append(Detection(m.start(1), m.end(1), "LOCATION", _SCORE, NAME, replacement="[plaats]"))
    return out


def find(toks: list[Token], text: str) -> list[Detection]:
    out: list[Detection] = _marked_by_form(text)
    for i, t in enumerate(toks):
        j = i + 1
        if t.folded == "te" and j < len(toks) and not toks[j].sentence_start:
            start, gap = toks[j].start, text[t.end : toks[j].start]
            if gap in (" '", " ’") and toks[j].text[:2] == "s-" and toks[j].text[2:3].isupper():
                out.append(Detection(start - 1, toks[j].end, "LOCATION", _SCORE, NAME, replacement="[plaats]"))
                continue  # "te 's-Gravenhage"
            if gap in (" '", " ’") and toks[j].text == "s" and j + 1 < len(toks):
                start, j = start - 1, j + 1  # "te 's Hertogenbosch"
                if text[toks[j - 1].end : toks[j].start] != " ":
                    continue
            elif gap != " ":
                continue
            if toks[j].folded in _SAINT and j + 1 < len(toks) and text[toks[j].end : toks[j + 1].start] in (". ", "."):
                end = _place_end(toks, j + 1, text)  # 'te St. Nazaire': the saint's abbreviation opens the name
                if end > j + 1:
                    out.append(Detection(start, toks[end - 1].end, "LOCATION", _SCORE, NAME, replacement="[plaats]"))
                continue
            end = _place_end(toks, j, text)
            if end > j:
                out.append(Detection(start, toks[end - 1].end, "LOCATION", _SCORE, NAME, replacement="[plaats]"))
    # "te 's Bosch": the article's form and 'te' mark the same place
    return list({(d.start, d.end): d for d in out}.values())
