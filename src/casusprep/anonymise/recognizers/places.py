"""Places: street + number, postcode + municipality, Belgian municipalities and sub-municipalities
(capitalised; a name that is also a common word or first name only after a place preposition)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token

_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|dreef|steenweg|lei|kaai|baan|dijk|pad|hof|markt|singel|vest|berg|veld|dorp|kouter|"
    r"wegel|gracht|park|plaats|ring|hoek|akker|meers|heide|bos|beek|straten|hoeve)"
)
STREET_NUMBER = re.compile(
    rf"(?<!\w)(?:[A-Z][\w'’-]{{0,30}}\s+){{0,4}}[A-Z]?[\w'’-]{{0,30}}{_STREET_SUFFIX}\s+\d{{1,4}}[a-zA-Z]?"
    rf"(?:\s*(?:bus|/)\s*\d+[a-zA-Z]?)?(?!\w)"
)
# A French street as Brussels notes write it: 'rue Haute 12', 'avenue de la Couronne', 'chaussée de Gand 80'.
FRENCH_STREET = re.compile(
    r"(?<!\w)(?i:rue|avenue|av\.|boulevard|bd|chaussée|place|square|chemin|allée|quai|impasse|clos|drève)[ \t]+"
    r"(?:(?:de la|de l'|de|des|du|d'|la|le)[ \t]*)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}"
    r"(?:[ \t]+\d{1,4}[a-zA-Z]?)?(?!\w)"
)
# A street typed in lower case with its number: 'diestsesteenweg 212'.
LOWER_STREET_NUMBER = re.compile(rf"(?<![\w-])[a-z][\w'’-]{{3,30}}{_STREET_SUFFIX}[ \t]+\d{{1,4}}[a-zA-Z]?(?!\w)")
# Where a place typed in lower case stands alone: in brackets '(ninove)', closing a phrase after a comma
# ('..., leuven?'), or after a word that names a place's service ('politie dendermonde').
_LOWER_ALONE_AFTER = re.compile(r"(?:\([ \t]*|,[ \t]+)$")
_LOWER_ALONE_BEFORE = re.compile(r"[ \t]*(?:[)?!.;:–—-]|\n|$)")
_PLACE_SERVICES = frozenset({"politie", "politiezone", "stad", "gemeente", "zone", "provincie", "deelgemeente"})
POSTCODE = re.compile(r"(?<![\d/.-])[1-9]\d{3}[ \t]+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*")
_PREPOSITIONS = frozenset({"in", "uit", "te", "naar", "van", "vanuit", "richting", "bij", "rond", "nabij", "omgeving"})
POSTCODE_LOWER = re.compile(r"(?<![\d/.-])[1-9]\d{3}[ \t]+([a-z][\w'’-]+)")
_LOWER_PREPOSITIONS = frozenset({"in", "uit", "naar", "vanuit", "richting", "nabij", "omgeving", "rond"})
_STREET_WORD = re.compile(rf"^[A-Z][\w'’-]*{_STREET_SUFFIX}$")


@lru_cache(maxsize=20_000)
def _lower_place(folded: str) -> bool:
    """A place name typed in lower case that is not also an ordinary word ('in bergen', 'in laken')."""
    from wordfreq import zipf_frequency

    lex = lexicon()
    if folded in lex.common or folded in place_words() or folded in lex.roles:
        return False
    return zipf_frequency(folded, "nl") < 5.0


_LOWER_STREET_WORD = re.compile(rf"^[a-z][\w'’-]*{_STREET_SUFFIX}$")


def _alone(text: str, t: Token) -> bool:
    """A lower-case word standing alone as a place: '(ninove)', '..., leuven?' (not 'kwam, gent en ...')."""
    return bool(
        _LOWER_ALONE_AFTER.search(text, max(0, t.start - 3), t.start) and _LOWER_ALONE_BEFORE.match(text, t.end)
    )


@lru_cache(maxsize=20_000)
def _place_compound(folded: str) -> bool:
    """A hyphenated word whose first part is a municipality that is no name or word ('mechelen-noord')."""
    lex = lexicon()
    first = folded.split("-")[0]
    return (
        first in lex.places
        and first not in lex.first_names
        and first not in lex.common
        and first not in place_words()
        and folded not in lex.first_names
        and folded not in lex.surnames
    )


_SUFFIX_END = re.compile(_STREET_SUFFIX + "$")


@lru_cache(maxsize=20_000)
def _ordinary_word_with_street_ending(folded: str) -> bool:
    """A word that ends like a street but is an ordinary one: common in Dutch ('Verzekering'), or ending in a common
    word longer than the street word ('Teamvergadering': -vergadering, not -ring). 'Kerkstraat' ends in 'straat'."""
    from wordfreq import zipf_frequency

    if zipf_frequency(folded, "nl") >= 3.5:
        return True
    m = _SUFFIX_END.search(folded)
    suffix = len(m.group(0)) if m else 0
    return any(zipf_frequency(folded[cut:], "nl") >= 3.0 for cut in range(3, len(folded) - suffix - 1))


_WORD_BEFORE_NUMBER = re.compile(r"([^\W\d_][\w'’-]*)\s+\d")
_MONTH_AFTER = re.compile(r"\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\b", re.IGNORECASE)


def _no_street(found: str, text: str, end: int) -> bool:
    """A street with its number that is an ordinary word and a day: 'Volgende vergadering 25 maart'."""
    m = _WORD_BEFORE_NUMBER.search(found)
    if m is None:
        return False
    word = fold(m.group(1))
    return (
        word not in lexicon().streets
        and _ordinary_word_with_street_ending(word)
        or _MONTH_AFTER.match(text, end) is not None
        and word not in lexicon().streets
    )


def _ordinary_street_word(folded: str, text: str, end: int) -> bool:
    """A capitalised word with a street's ending that no street list knows and that is an ordinary word, or a form's
    label before its colon ('Stageplaats: ...')."""
    if folded in lexicon().streets:
        return False
    return text[end : end + 1] == ":" or _ordinary_word_with_street_ending(folded)


@cache
def place_words() -> frozenset[str]:
    return folded_words("place_words")


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = []
    for m in STREET_NUMBER.finditer(text):
        start = m.start()
        if not text[start].isupper() or _no_street(m.group(0), text, m.end()):
            continue
        out.append(Detection(start, m.end(), "ADDRESS", 0.9, "address", replacement="[adres]"))
    for m in FRENCH_STREET.finditer(text):
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.8, "address", replacement="[adres]"))
    for m in LOWER_STREET_NUMBER.finditer(text):
        if _no_street(m.group(0), text, m.end()):
            continue
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.8, "address", replacement="[adres]"))
    for m in POSTCODE.finditer(text):
        out.append(Detection(m.start(), m.end(), "ADDRESS", 0.85, "postcode_place", replacement="[gemeente]"))
    for m in POSTCODE_LOWER.finditer(text):
        if fold(m.group(1)) in lex.places:
            out.append(Detection(m.start(), m.end(), "ADDRESS", 0.85, "postcode_place", replacement="[gemeente]"))
    for i, t in enumerate(toks):
        if t.folded in lex.never or t.folded in lex.countries:
            continue
        prev = toks[i - 1].folded if i else ""
        if not t.capitalised:
            # 'we gaan naar gent', 'woont in borgerhout': a place typed in lower case, after a place preposition
            if (
                t.folded in lex.places
                and _lower_place(t.folded)
                and (prev in _LOWER_PREPOSITIONS or prev in _PLACE_SERVICES or _alone(text, t))
            ):
                out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            elif len(t.text) > 8 and t.folded in lex.streets and _LOWER_STREET_WORD.match(t.text):
                out.append(Detection(t.start, t.end, "ADDRESS", 0.7, "street", replacement="[adres]"))
            continue
        if "-" in t.text and t.folded not in lex.places and _place_compound(t.folded):
            # 'Beringen-Mijn', 'Mechelen-Noord': a municipality with the part of it
            out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            continue
        if t.folded in lex.places:
            ambiguous = t.folded in lex.common or t.folded in lex.first_names or t.sentence_start
            if ambiguous and prev not in _PREPOSITIONS and prev not in _PLACE_SERVICES:
                continue
            out.append(Detection(t.start, t.end, "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
        elif len(t.text) > 7 and _STREET_WORD.match(t.text) and not _ordinary_street_word(t.folded, text, t.end):
            out.append(Detection(t.start, t.end, "ADDRESS", 0.7, "street", replacement="[adres]"))
    return out
