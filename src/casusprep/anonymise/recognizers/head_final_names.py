"""Named institutions in English word order, the kind after the name: a firm ('Nordvik Consultancy Services',
'Halvorsen Engineering Benelux'), a school ("Saint Mary's International School"), a club ('Harbour Beach Club'),
and firms named by two names joined with '&' ('Hartley & Crane', 'Glans&Co').

Expat parents, partners' employers and e-mail signatures write names so; the type word recognizer reads the
Dutch order (type word, then name). The last words are data (vocabulary ``name_heads``). A name the text keeps,
one of ordinary Dutch words only ('Vrije School') or opened by an article ('De Club') is no such name.
"""

from __future__ import annotations

import re
from functools import cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token
from casusprep.anonymise.vocabulary import vocabulary

NAME = "institution"
_MAX_WORDS = 5
# Small words inside an English or French name: 'Bank of Ireland', 'Smith and Sons', 'Nails by Nour'.
_INNER = frozenset({"of", "and", "&", "by", "the", "for", "de", "du", "des"})
# Heads of a service named after its town, which alone before them is the name ('Brussels Tolkenbureau').
_TOWN_NAMED_HEADS = frozenset({"tolkendienst", "tolkenbank", "tolkenbureau", "vertaalbureau"})
_OPENING_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an", "t", "den", "onze", "mijn", "haar", "zijn"})
# 'Hartley & Crane', 'Glans&Co': two capitalised names joined by an ampersand, or a name with '& Co'.
# Capitalised words right before a name glued to '&' ('Titres-Services Glans&Co'), one or two.
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+[ \t]){1,2}$")
_AMPERSAND = re.compile(r"(?<![\w&])([A-Z][\w'’-]+)[ \t]?&[ \t]?([A-Z][\w'’-]+)(?![\w&])")


@cache
def _heads() -> dict[str, str]:
    return {fold(k): v for k, v in vocabulary().name_heads.items()}


@cache
def _stays() -> frozenset[str]:
    return folded_words("keep") | folded_words("generic_services") | folded_words("countries")


def _name_word(t: Token) -> bool:
    """A word that can be part of such a name: capitalised, no article, no role, no word the text keeps."""
    lex = lexicon()
    return (
        t.capitalised and t.folded not in _OPENING_ARTICLES and t.folded not in lex.roles and t.folded not in _stays()
    )


def _chain_start(toks: list[Token], i: int, text: str) -> int | None:
    """The index of the first word of the name that ends before the head at toks[i], None when none stands there:
    capitalised words and small inner words joined by single spaces, opened by a capitalised word."""
    k = i
    while k > 0 and i - k < _MAX_WORDS:
        prev = toks[k - 1]
        gap = text[prev.end : toks[k].start]
        if gap not in (" ", " & ") or toks[k].sentence_start:
            break
        if _name_word(prev) or prev.folded in _INNER and k - 1 > 0 and toks[k - 2].capitalised:
            k -= 1
            continue
        break
    while k < i and toks[k].folded in _INNER:
        k += 1
    return k if k < i else None


def _ordinary(words: list[str]) -> bool:
    """Only everyday Dutch words before the head ('Vrije School', 'Grote Club'): a description, not a firm's or a
    school's own name. A word is everyday Dutch when the lists say so, or when wordfreq knows it well in Dutch and
    far less in English (an English name's words, 'International', 'Beach', are as common in both)."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()

    def dutch(w: str) -> bool:
        if w in lex.common or w in lex.never or w in _INNER:
            return True
        nl = zipf_frequency(w, "nl")
        return nl >= 4.0 and nl > zipf_frequency(w, "en") + 1.0

    return all(dutch(w) for w in words)


def _place_after(toks: list[Token], i: int, text: str) -> int:
    """The index after the head and a place or a head that follows it ('... School Limburg', '... Services
    Benelux'): the branch's place is part of the name."""
    j = i + 1
    lex = lexicon()
    regions = folded_words("regions")
    while j < len(toks) and j - i <= 2 and text[toks[j - 1].end : toks[j].start] == " ":
        nt = toks[j]
        if nt.capitalised and (nt.folded in _heads() or nt.folded in lex.places or nt.folded in regions):
            j += 1
            continue
        break
    return j


def find(toks: list[Token], text: str) -> list[Detection]:
    heads = _heads()
    lex = lexicon()
    out: list[Detection] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        placeholder = heads.get(t.folded)
        if placeholder is None or not t.capitalised or t.sentence_start:
            i += 1
            continue
        start = _chain_start(toks, i, text)
        if start is None:
            i += 1
            continue
        words = [toks[k].folded for k in range(start, i)]
        name_words = [w for w in words if w not in heads]
        end = _place_after(toks, i, text)
        phrase = " ".join(toks[k].folded for k in range(start, end))
        if not name_words and len(words) < 2:
            i += 1
            continue  # 'Services' alone after another head word is read with it
        placed = end > i + 1  # 'Vrije School Gent': ordinary words, with the place a name of one school
        # 'Brussels Tolkenbureau': a service of interpreters is named after the town it serves, the town's name alone
        town_served = t.folded in _TOWN_NAMED_HEADS and len(words) == 1
        in_places = " ".join(words) in lex.places and not town_served
        ordinary = _ordinary(name_words or words) and not placed and not town_served
        if ordinary or phrase in _stays() or in_places:
            i += 1
            continue
        out.append(Detection(toks[start].start, toks[end - 1].end, "ORGANIZATION", 0.75, NAME,
                             replacement=placeholder, meta={"named": True}))  # fmt: skip
        i = end
    out += _ampersand_firms(text)
    return out


def _not_of_the_name(word: str) -> bool:
    """A word before a name joined by '&' that is no part of it: a role, an article, or a kind of place with its
    own recognizer ('BSO Kwik & Kwak': the kind stays, its name goes)."""
    from casusprep.anonymise.recognizers.institutions import type_placeholder

    folded = fold(word)
    return folded in lexicon().roles or folded in _OPENING_ARTICLES or type_placeholder(folded) is not None


def _ampersand_firms(text: str) -> list[Detection]:
    """'Hartley & Crane', 'Glans&Co': a firm named by names joined with an ampersand. Two first names so joined are
    two people ('Sara & Tom'), a kept pair a title ('Samson & Gert'), roles a family ('Mama & Papa')."""
    lex = lexicon()
    out: list[Detection] = []
    for m in _AMPERSAND.finditer(text):
        start = m.start()
        before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        if before and not any(_not_of_the_name(w) for w in before.group(0).split()):
            start = before.start()  # 'Titres-Services Glans&Co': the name's words before it
        left, right = fold(m.group(1)), fold(m.group(2))
        if any(w in _stays() or w in lex.roles or w in lex.never for w in (left, right) if w != "co"):
            continue
        if fold(m.group(0)) in _stays() or left in lex.first_names:
            continue  # 'Sara & Tom', 'Sara & Janssens': a person first
        if left in lex.places or right in lex.places:
            continue  # 'Gent & Brussel': two towns
        out.append(Detection(start, m.end(), "ORGANIZATION", 0.7, NAME, replacement="[bedrijf]",
                             meta={"named": True}))  # fmt: skip
    return out
