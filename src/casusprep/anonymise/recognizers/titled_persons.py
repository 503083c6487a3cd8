"""Persons named by a title of office, rank or formal address before the surname: 'burgemeester Claes', 'de heer
Peeters', 'kardinaal Verbeke', 'de heer van Acker', 'wed. Janssens', and the surnames listed after a title for
several persons ('de heren Claes, Peeters en Van Damme'); initials before a surname say the same ('J. PEETERS',
'A. van Oost').

Reports, letters of a service, a court's or a school's and quoted press name people this way, mostly by their
surname alone, which no first-name list and often no surname list holds (a foreign or rare surname): the title is
what tells a reader a person follows. The titles are data (vocabulary ``office_titles``); royals, nobility and
professors stay out, because children's culture is full of them. A title held before counts too ('oud-burgemeester
Claes', 'ex-minister Peeters'), and so does a nationality the press puts before a name after 'de' ('de Belg
Philippaerts'; vocabulary ``demonyms``). The role words of the family and the care (mama, juf, dokter) are
``context_persons``'s."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token
from casusprep.anonymise.recognizers.initials import is_acronym

NAME = "titled_persons"
_SCORE = 0.8
# Particles inside a surname; 'in', 'op' and 'het' before a capital start a place or a thing.
_NAME_PARTICLES = PARTICLES - {"in", "op", "het", "t", "'t"}
_STREET_END = re.compile(
    r"(?:straat|laan|weg|plein|dreef|steenweg|lei|kaai|baan|dijk|pad|markt|singel|vest|dorp|wegel|gracht|park)$"
)


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    """The titles written in full and those written short with their dot (folded, without the dot); the titles of
    address too ('mevrouw van Acker', 'dr. de Smet')."""
    titles = folded_words("office_titles")
    full = frozenset(t for t in titles if not t.endswith(".")) | folded_words("address_titles")
    short = frozenset(t[:-1] for t in titles if t.endswith(".")) | folded_words("abbreviated_titles")
    return full, short


def _short(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in words)


@cache
def _plural() -> frozenset[str]:
    return _short(folded_words("plural_titles"))


@cache
def _addressing() -> frozenset[str]:
    """Titles after which lower-case particles open the surname: 'de heer van Acker', 'mevrouw de Smet'."""
    return _short(folded_words("addressing_titles")) | folded_words("address_titles")


def _title_at(toks: list[Token], i: int, text: str) -> bool:
    """Whether toks[i] is a title and the gap after it is one space (after a short one: its dot and a space)."""
    full, short = _titles()
    t = toks[i]
    if i + 1 >= len(toks):
        return False
    gap = text[t.end : toks[i + 1].start]
    title = _FORMER.sub("", t.folded)  # 'oud-burgemeester', 'ex-minister': the title of office held before
    if title in folded_words("demonyms"):  # 'de Belg Philippaerts': a nationality after 'de', then the name
        return gap == " " and i > 0 and toks[i - 1].folded == "de" and text[toks[i - 1].end : t.start] == " "
    return (title in full and gap == " ") or (title in short and gap in (". ", "."))


_FORMER = re.compile(r"^(?:oud|ex|gewezen)-")


@lru_cache(maxsize=20_000)
def _surname_like(folded: str, upper: bool) -> bool:
    """A word that can be a surname after a title: a listed name, or no common Dutch word ('minister Onderwijs'
    is a mistyped office, 'de heer Kok' a person); in capitals ('de heer PEETERS') no acronym or shorthand either."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if len(folded) < 2 or folded in lex.never or folded in lex.roles or _STREET_END.search(folded):
        return False
    if upper and (len(folded) < 3 or is_acronym(folded.upper())):
        return False
    listed = folded in lex.surnames or folded in lex.first_names
    return listed or (folded not in lex.common and zipf_frequency(folded, "nl") < 4.0)


def _name_word(t: Token) -> bool:
    return t.capitalised and _surname_like(t.folded, t.text.isupper())


def _initial_at(toks: list[Token], j: int, text: str) -> bool:
    """A one-letter capital with its dot: a first name's initial ('J.' in 'de heer J. Peeters')."""
    t = toks[j]
    return len(t.text) == 1 and t.text.isupper() and text[t.end : t.end + 1] == "." and j + 1 < len(toks)


def _name_end(toks: list[Token], i: int, text: str, lower_particles: bool) -> int:
    """Index after the surname that starts at toks[i] (initials, particles, then capitalised words), or i when none
    does. After initials the particles may be in lower case ('A. van Oost')."""
    lex = lexicon()
    j = i
    while (
        j < len(toks)
        and j - i < 3
        and _initial_at(toks, j, text)
        and text[toks[j].end : toks[j + 1].start]
        in (
            ". ",
            ".",
        )
    ):
        j += 1
    lower_particles = lower_particles or j > i
    p = j
    while (
        j < len(toks)
        and toks[j].folded in _NAME_PARTICLES
        and (toks[j].capitalised or lower_particles)
        and (j == p or text[toks[j - 1].end : toks[j].start] in (" ", "'"))
    ):
        j += 1
    if j >= len(toks) or j > p and text[toks[j - 1].end : toks[j].start] != " ":
        return i
    whole = " ".join(t.folded for t in toks[p : j + 1])
    if j > p and toks[j].capitalised and whole in lex.surnames:
        pass  # 'de heer de Jonge': the surname with its particles is listed, though its last word is a word
    elif not _name_word(toks[j]) or (j > p and not lower_particles and toks[j].folded in lex.places):
        return i  # 'de burgemeester van Gent' is no name; 'de heer van Damme' is
    k = j + 1
    while (
        k < len(toks)
        and text[toks[k - 1].end : toks[k].start] in (" ", "-")
        and toks[k].capitalised
        and not toks[k].sentence_start
        and _name_word(toks[k])
        and toks[k].folded not in lex.places
    ):
        k += 1  # a double surname or a first name after the surname: 'de heer Van Damme Peeters'
    return k


def find(toks: list[Token], text: str) -> list[Detection]:
    out: list[Detection] = []
    i = 0
    while i < len(toks):
        if _initial_at(toks, i, text) and (i == 0 or not _initial_at(toks, i - 1, text)):
            end = _after_initials(toks, i, text)
            if end > i:
                out.append(Detection(toks[i].start, toks[end - 1].end, "PERSON", _SCORE, NAME))
                i = end
                continue
        if not _title_at(toks, i, text) or "\n" in text[toks[i].end : toks[i + 1].start]:
            i += 1
            continue
        title = toks[i].folded
        end = _name_end(toks, i + 1, text, title in _addressing())
        if end == i + 1:
            i += 1
            continue
        out.append(Detection(toks[i + 1].start, toks[end - 1].end, "PERSON", _SCORE, NAME))
        if title in _plural():
            end = _listed_after(toks, end, text, out)
        i = end
    return out


def _after_initials(toks: list[Token], i: int, text: str) -> int:
    """Index after a surname written after initials where no title stands, or i: only a surname in capitals ('J.
    PEETERS', as forms and signatures write it) or one after particles in lower case ('A. van Oost'); 'J. Peeters' is
    left to the initials' and the model's reading."""
    end = _name_end(toks, i, text, True)
    if end == i:
        return i
    last = toks[end - 1]
    lower_particle = any(t.folded in _NAME_PARTICLES and not t.capitalised for t in toks[i:end])
    return end if last.text.isupper() and len(last.text) > 2 or lower_particle else i


def _listed_after(toks: list[Token], j: int, text: str, out: list[Detection]) -> int:
    """The surnames listed after the first one a title for several persons names: ', Peeters en Van Damme'."""
    while j < len(toks):
        gap = text[toks[j - 1].end : toks[j].start]
        if toks[j].folded == "en" and gap == " " and j + 1 < len(toks) and text[toks[j].end : toks[j + 1].start] == " ":
            k = j + 1
        elif gap.strip() == "," and "\n" not in gap:
            k = j
        else:
            break
        end = _name_end(toks, k, text, True)
        if end == k:
            break
        out.append(Detection(toks[k].start, toks[end - 1].end, "PERSON", _SCORE, NAME))
        j = end
    return j
