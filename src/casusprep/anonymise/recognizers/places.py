"""Places: street + number, postcode + municipality, Belgian municipalities and sub-municipalities
(capitalised; a name that is also a common word or first name only after a place preposition)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token
from casusprep.anonymise.vocabulary import vocabulary

_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|dreef|steenweg|lei|kaai|baan|dijk|pad|hof|markt|singel|vest|berg|veld|dorp|kouter|"
    r"wegel|gracht|park|plaats|ring|hoek|akker|meers|heide|bos|beek)"
)
STREET_NUMBER = re.compile(
    rf"(?<!\w)(?:[A-Z][\w'’-]{{0,30}}\s+){{0,4}}[A-Z]?[\w'’-]{{0,30}}{_STREET_SUFFIX}\s+\d{{1,4}}[a-zA-Z]?"
    rf"(?:\s*(?:bus|/)\s*\d+[a-zA-Z]?)?(?!\w)"
)
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


@cache
def place_words() -> frozenset[str]:
    return frozenset(fold(w) for w in vocabulary().place_words)


def find(toks: list[Token], text: str) -> list[Detection]:
    lex = lexicon()
    out: list[Detection] = []
    for m in STREET_NUMBER.finditer(text):
        start = m.start()
        if not text[start].isupper():
            continue
        out.append(Detection(start, m.end(), "ADDRESS", 0.9, "address", replacement="[adres]"))
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
            if t.folded in lex.places and prev in _LOWER_PREPOSITIONS and _lower_place(t.folded):
                out.append(Detection(t.start, t.end, "LOCATION", 0.7, "municipality", replacement="[gemeente]"))
            continue
        if t.folded in lex.places:
            ambiguous = t.folded in lex.common or t.folded in lex.first_names or t.sentence_start
            if ambiguous and prev not in _PREPOSITIONS:
                continue
            out.append(Detection(t.start, t.end, "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
        elif len(t.text) > 7 and _STREET_WORD.match(t.text):
            out.append(Detection(t.start, t.end, "ADDRESS", 0.7, "street", replacement="[adres]"))
    return out
