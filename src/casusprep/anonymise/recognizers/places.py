"""Places: street + number, postcode + municipality, Belgian municipalities and sub-municipalities
(capitalised; a name that is also a common word or first name only after a place preposition)."""

from __future__ import annotations

import re

from casusprep.anonymise.lexicon import lexicon
from casusprep.anonymise.recognizers.base import Detection, Token

_STREET_SUFFIX = (
    r"(?:straat|laan|weg|plein|dreef|steenweg|lei|kaai|baan|dijk|pad|hof|markt|singel|vest|berg|veld|dorp|kouter|"
    r"wegel|gracht|park|plaats|ring|hoek|akker|meers|heide|bos|beek)"
)
STREET_NUMBER = re.compile(
    rf"(?<!\w)(?:[A-Z][\w'’-]*\s+)*[A-Z]?[\w'’-]*{_STREET_SUFFIX}\s+\d{{1,4}}[a-zA-Z]?"
    rf"(?:\s*(?:bus|/)\s*\d+[a-zA-Z]?)?(?!\w)"
)
POSTCODE = re.compile(r"(?<![\d/.-])[1-9]\d{3}[ \t]+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*")
_PREPOSITIONS = frozenset({"in", "uit", "te", "naar", "van", "vanuit", "richting", "bij", "rond", "nabij", "omgeving"})
_STREET_WORD = re.compile(rf"^[A-Z][\w'’-]*{_STREET_SUFFIX}$")


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
    for i, t in enumerate(toks):
        if not t.capitalised or t.folded in lex.never:
            continue
        prev = toks[i - 1].folded if i else ""
        if t.folded in lex.places:
            ambiguous = t.folded in lex.common or t.folded in lex.first_names or t.sentence_start
            if ambiguous and prev not in _PREPOSITIONS:
                continue
            out.append(Detection(t.start, t.end, "LOCATION", 0.75, "municipality", replacement="[gemeente]"))
        elif len(t.text) > 7 and _STREET_WORD.match(t.text):
            out.append(Detection(t.start, t.end, "ADDRESS", 0.7, "street", replacement="[adres]"))
    return out
