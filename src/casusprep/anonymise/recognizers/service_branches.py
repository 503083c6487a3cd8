"""The local branch of a public service, named after the service ('CLB Waasland', 'CAW Zuiderkempen', 'Vrij CLB Het
Anker', 'politiezone Kempen Noord'): the service stays, the branch's name says where the family lives and goes.

The services are data (vocabulary ``branch_services``). A place after the service is the place recognizers' ('CLB
Gent'); a person's name, an ordinary word ('CLB Medewerker') or a kept phrase after it is no branch.
"""

from __future__ import annotations

from functools import cache, lru_cache

from casusprep.anonymise.lexicon import folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token

NAME = "institution"
_ARTICLES = frozenset({"De", "Het", "'t", "’t", "Den", "Ter", "Ten"})
_INNER = frozenset({"en", "van", "de", "der"})  # 'CAW Waas en Dender'
_MAX_WORDS = 3


@cache
def _services() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The services by their last folded word ('vrij clb' under 'clb')."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in folded_words("branch_services"):
        words = tuple(phrase.split())
        out.setdefault(words[-1], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _regions() -> frozenset[str]:
    """Regions smaller than a province ('Waasland', 'Kempen'): a province after a service ('VK Vlaams-Brabant')
    says as little as the service alone."""
    return folded_words("regions") - folded_words("provinces")


@lru_cache(maxsize=20_000)
def _ordinary(folded: str) -> bool:
    """A word of Dutch common enough to be no branch's name on its own ('Medewerker', 'Vandaag')."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    return folded in lex.common or folded in lex.roles or zipf_frequency(folded, "nl") >= 3.5


def _service_before(toks: list[Token], i: int, text: str) -> bool:
    """Whether a service ends right before toks[i], one space between ('CLB Waasland', not 'CLB. Waasland')."""
    if i == 0 or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    for words in _services().get(toks[i - 1].folded, ()):
        n = len(words)
        if i >= n and all(toks[i - n + k].folded == w for k, w in enumerate(words)):
            return True
    return False


def _end(toks: list[Token], i: int, text: str) -> int:
    """Index after the branch's name from toks[i]: capitalised words, and 'en'/'van' between two of them."""
    j = i + 1
    while j < len(toks) and j - i < _MAX_WORDS + 1:
        if text[toks[j - 1].end : toks[j].start] != " " or toks[j].sentence_start:
            break
        inner = toks[j].folded in _INNER and j + 1 < len(toks) and toks[j + 1].capitalised
        if not (toks[j].capitalised or inner):
            break
        j += 1
    while j - 1 > i and toks[j - 1].folded in _INNER:
        j -= 1
    return j


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    keep = folded_words("keep")
    out: list[Detection] = []
    for i, t in enumerate(toks):
        if not t.capitalised or t.sentence_start or not _service_before(toks, i, text):
            continue
        opened = t.text in _ARTICLES and i + 1 < len(toks) and toks[i + 1].capitalised
        start = i + 1 if opened else i
        j = _end(toks, start, text)
        words = [toks[k].folded for k in range(start, j)]
        core = [w for w in words if w not in _INNER]
        name = " ".join(words)
        country = name in lex.countries and name not in _regions()  # countries, provinces ('VK Nederland')
        first = core[0] if core else ""
        region = first in _regions()
        if not core or name in keep or name in lex.places and not region or country or name in _services():
            continue
        if not region and (first in lex.places and len(core) == 1 or first in lex.first_names or first in lex.surnames):
            continue  # 'CLB Gent' is the place recognizers'; 'CLB Griet' a person
        if not opened and not region and _ordinary(first):
            continue  # 'CLB Medewerker', 'het CLB Vandaag'
        replacement = "[regio]" if region else "[organisatie]"
        out.append(Detection(t.start, toks[j - 1].end, "ORGANIZATION", 0.7, NAME, replacement=replacement))
    return out
