"""An organisation named together with the place of its branch, without a type word before it ('Samenlevingsopbouw
Gent' is a non-profit's, 'Medisch Centrum Zuid Kortrijk' a practice's, 'Colruyt Wilrijk' the shop where someone
works): mid-sentence, capitals on words that are no name say a proper name, and a place right after them says which
branch. The place alone would leave the organisation; the two together say where a parent works or a child goes, so
they go as one.

What must stay is data: public services and their branches (CLB, CAW, Huis van het Kind ...: the service stays and its
place goes, as ``service_branches`` says), and every kept phrase except the chains of shops and firms with branches
(vocabulary ``chains``: Colruyt stays in 'koekjes van de Colruyt', not in 'werkt in de Colruyt Wilrijk'). A name
with a type word in it ('KDV X Gent', 'Universitair Ziekenhuis Gent') is the type word recognizer's."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token
from casusprep.anonymise.recognizers.institutions import type_placeholder

NAME = "institution"
_MAX_WORDS = 3
_COMPASS = frozenset({"noord", "zuid", "oost", "west", "centrum"})
# Words before a capitalised run that make it part of a longer name ('Huis van het Kind Menen', 'Kind en Gezin Gent').
_JOINING = frozenset({"van", "het", "de", "der", "den", "en", "voor", "'t", "t", "&"})
_AFTER_NAME = re.compile(r"\s*(?:$|[,.;:!?)\]|/\n–—-]|\s[a-zà-ÿ(])")


@cache
def _chains() -> frozenset[str]:
    return folded_words("chains")


@cache
def _whole_regions() -> frozenset[str]:
    """The communities and countries a service may serve whole (vocabulary ``whole_regions``), folded."""
    return frozenset(" ".join(w.split()) for w in folded_words("whole_regions"))


@cache
def _stays() -> frozenset[str]:
    """What a run may not be or hold: kept phrases (but chains), public services and the services with branches."""
    chains = _chains()
    kept = folded_words("keep") | folded_words("generic_services") | folded_words("branch_services")
    return frozenset(k for k in kept if k not in chains)


@lru_cache(maxsize=20_000)
def _common(folded: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return folded in lexicon().common or zipf_frequency(folded, "nl") >= 3.5


def _place_at(toks: list[Token], j: int, text: str) -> int:
    """The index after a place (or region) at toks[j], with a quarter after it ('Genk Zuid'); j when none."""
    lex = lexicon()
    t = toks[j]
    head = t.folded.split("-")[0]
    regions = folded_words("regions")
    placed = t.folded in lex.places or t.folded in regions
    placed = placed or "-" in t.folded and head in lex.places and t.folded.split("-")[-1] in _COMPASS
    if not t.capitalised or not placed or t.folded in lex.first_names and t.folded not in regions:
        return j
    k = j + 1
    if k < len(toks) and toks[k].folded in _COMPASS and toks[k].capitalised and text[t.end : toks[k].start] == " ":
        k += 1
    return k


def _word_of_a_name(t: Token) -> bool:
    """A capitalised word that can be part of an organisation's name: no person's name, role, title, place, street,
    month or weekday, no service's or kept word (chains aside)."""
    lex = lexicon()
    f = t.folded
    if not t.capitalised or len(f) < 2 or f in lex.places or f in lex.streets or f in lex.roles:
        return False
    if f in lex.first_names or f in lex.surnames and f not in _chains():
        return False
    if f in folded_words("month_names") or f in folded_words("weekdays") or f in folded_words("address_titles"):
        return False
    head = f.split("-")[0]
    saint = head in ("sint", "saint", "sainte", "sankt")  # 'Sint-Jozef Gent' is a school's name
    if head != f and not saint and (type_placeholder(head) or head in _stays()):
        return False  # 'BSO-locatie Vorst', 'CLB-anker Gent': a kind of place or a service's word, no name
    return f not in _stays()


def _chain_in_place(toks: list[Token], text: str) -> list[Detection]:
    """A chain's shop in a named place ('op de parking van de Aldi in Heffen'): that one shop, where someone works or
    was seen; the place is the place recognizers'."""
    out: list[Detection] = []
    for i, t in enumerate(toks[:-2]):
        if not t.capitalised or t.folded not in _chains() or toks[i + 1].folded != "in":
            continue
        spaced = text[t.end : toks[i + 1].start] == " " and text[toks[i + 1].end : toks[i + 2].start] == " "
        if spaced and _place_at(toks, i + 2, text) > i + 2:
            out.append(Detection(t.start, t.end, "ORGANIZATION", 0.7, NAME, replacement="[organisatie]",
                                 meta={"named": True}))  # fmt: skip
    return out


def _lower_chain_branch(toks: list[Token], text: str) -> list[Detection]:
    """A chain's shop typed in lower case with its town right after it ('werkt bij de ikea wilrijk', 'op de parking
    van de aldi zele'): that one branch, as 'Colruyt Wilrijk' is in capitals; a town that is also an everyday word
    is left to the place recognizers' context."""
    from casusprep.anonymise.recognizers.places import lower_place

    lex = lexicon()
    out: list[Detection] = []
    for i, t in enumerate(toks[:-1]):
        if not t.text.islower() or t.folded not in _chains():
            continue
        town = toks[i + 1]
        if text[t.end : town.start] != " " or not town.text.islower() or town.folded not in lex.places:
            continue
        if lower_place(town.folded) and _AFTER_NAME.match(text, town.end):
            out.append(Detection(t.start, town.end, "ORGANIZATION", 0.75, NAME, replacement="[organisatie]",
                                 meta={"named": True}))  # fmt: skip
    return out


def _joined(toks: list[Token], i: int) -> bool:
    """Whether toks[i] goes on a longer name through small words ('Huis van het Kind Menen', 'Kind en Gezin Gent'),
    not after a preposition of the sentence ('hulp van Buurtwerk X')."""
    k = i - 1
    while k >= 0 and toks[k].folded in _JOINING:
        k -= 1
    return k < i - 1 and k >= 0 and toks[k].capitalised


_CAMEL_PLACE = re.compile(r"[A-Z][a-z]{0,5}([A-Z][a-z]{2,})")


def _camel_places(toks: list[Token]) -> list[Detection]:
    """A name glued onto its town with the town's capital inside the word ('HoGent', 'UHasselt' as a university's
    short name): an organisation of that town, no word the text keeps or a place itself."""
    lex = lexicon()
    out: list[Detection] = []
    for t in toks:
        m = _CAMEL_PLACE.fullmatch(t.text)
        if m is None or t.folded in lex.places or t.folded in _stays() or t.folded in _chains():
            continue
        town = m.group(1).lower()
        if town in lex.places and town not in lex.common:
            out.append(Detection(t.start, t.end, "ORGANIZATION", 0.7, NAME, replacement="[organisatie]",
                                 meta={"named": True}))  # fmt: skip
    return out


def find(toks: list[Token], text: str) -> list[Detection]:
    out: list[Detection] = _chain_in_place(toks, text) + _camel_places(toks) + _lower_chain_branch(toks, text)
    i = 0
    while i < len(toks) - 1:
        t = toks[i]
        before = toks[i - 1] if i else None
        joined = _joined(toks, i)
        capital_before = before is not None and before.capitalised and text[before.end : t.start] == " "
        if not _word_of_a_name(t) or joined or capital_before and not t.sentence_start:
            i += 1
            continue
        j = i + 1
        while j < len(toks) and j - i < _MAX_WORDS and text[toks[j - 1].end : toks[j].start] in (" ", " & "):
            if _place_at(toks, j, text) > j or not _word_of_a_name(toks[j]):
                break
            j += 1
        if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
            i = j
            continue
        end = _place_at(toks, j, text)
        run = [toks[k].folded for k in range(i, j)]
        if run[-1] in PARTICLES or any(type_placeholder(w) for w in run):
            i = j
            continue  # 'Elke Van Nieuwenhove': a particle and a place; 'KDV X Gent': the type word recognizer's
        if end == j or not _AFTER_NAME.match(text, toks[end - 1].end) or " ".join(run) in _stays():
            i = j
            continue
        whole = " ".join(toks[k].folded for k in range(i, end))
        area = " ".join(toks[k].folded for k in range(j, end))
        if whole in _stays() or " ".join(run) in lexicon().services and area in _whole_regions():
            i = end
            continue  # 'Vluchtelingenwerk Vlaanderen' is kept whole; 'Pleegzorg Vlaanderen' serves all of Flanders
        if t.sentence_start and all(_common(w) for w in run):
            i = j
            continue  # 'Verslag Gent', 'Overleg Brugge': a heading's words and its place
        placeholder = "[organisatie]"
        own = text[t.start : toks[j - 1].end]  # the name without its place, looked for elsewhere in the note
        out.append(Detection(t.start, toks[end - 1].end, "ORGANIZATION", 0.75, NAME, replacement=placeholder,
                             meta={"named": True, "own_name": own}))  # fmt: skip
        i = end
    return out
