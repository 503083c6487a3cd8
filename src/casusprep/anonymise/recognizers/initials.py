"""Initials standing for a person.

- Dotted initials anywhere: two or three capitals with dots (J.P., A.B.C.), or one capital with a dot
  mid-sentence before a lower-case word or a name (gezien door M. en ...).
- Capitals of two to four letters where staff sign: at the end of a line in brackets or after a dash or slash
  ("(KW)", "– AD", "/JT"), at the start of a line before a colon ("JT: ..."), in a legend ("KW = ...", "KW:
  Katrien"), or alone on a line; hyphenated ones too (P-J, M.-L.).
- Bare capitals of two or three letters mid-sentence only when Presidio's context step finds a word such as
  'door' or 'collega' before them (vocabulary, ``context.bare_initials``).

Acronyms of services and terms (CLB, VK, KDV, OCMW ... in the vocabulary) are never initials.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex as re  # variable-width look-behind, as in Presidio's own patterns

from casusprep.anonymise.recognizers.base import Detection
from casusprep.anonymise.recognizers.patterns import CheckedPattern
from casusprep.anonymise.vocabulary import vocabulary

NAME = "initials"
INITIALS = r"(?<![\w.])(?:[A-Z]\.){2,3}|(?<=[a-z(] )[A-Z]\.(?=\s+[a-z(=]|\s+[A-Z][a-z])"

# Two to four capitals, or capitals joined by dots or hyphens (P-J, M.-L., P.J.D.).
_CAPS = r"(?:[A-Z]{2,4}|[A-Z]\.?(?:-?[A-Z]\.?){1,3})"
_SIGNATURE = re.compile(
    rf"(?m)(?<=\()(?P<paren>{_CAPS})(?=\)[ \t.]*$)"  # ... (KW)
    rf"|(?<=[–—-][ \t]|[–—-]|/)(?P<dash>{_CAPS})(?=[ \t.]*$)"  # ... – AD   ... /JT
    rf"|^[ \t]*(?P<lead>{_CAPS})(?=[ \t]*[:=][ \t]*\S)"  # JT: ...   KW = Katrien ...
    rf"|^[ \t]*(?P<alone>{_CAPS})(?=[ \t.]*$)"  # a line that is only a signature
    rf"|(?<=(?:^|[:,;(][ \t]*|[ \t]))(?P<legend>{_CAPS})(?=[ \t]*=[ \t]*\S)"  # Legende: KW = Katrien, AD = ...
)


@cache
def _acronyms() -> frozenset[str]:
    voc = vocabulary()
    return frozenset(a.upper() for a in voc.acronyms) | frozenset(w.upper() for w in voc.never_personal)


@lru_cache(maxsize=20_000)
def is_acronym(value: str) -> bool:
    """A service, a term, a shorthand or a word in capitals (TIP, STOP): anything but initials."""
    from wordfreq import zipf_frequency

    bare = value.replace(".", "").replace("-", "").upper()
    if bare in _acronyms() or value.upper() in _acronyms():
        return True
    return len(bare) >= 3 and bare == value and zipf_frequency(bare.lower(), "nl") >= 3.3


@cache
def _after_role() -> re.Pattern[str]:
    """Capitals in brackets right after a role word: 'de coach (NR)', 'begeleidster (KW)'."""
    roles = "|".join(sorted((re.escape(w) for w in vocabulary().role_words), key=len, reverse=True))
    return re.compile(rf"(?i:(?<=\b(?:{roles})[ \t]*\())(?P<role>{_CAPS})(?=\))")


def signatures(text: str) -> list[Detection]:
    """Initials where staff sign their lines (the positions above), acronyms left alone."""
    out = []
    for m in _after_role().finditer(text):
        if not is_acronym(m.group("role")):
            out.append(Detection(m.start("role"), m.end("role"), "PERSON", 0.75, NAME, meta={"initials": True}))
    for m in _SIGNATURE.finditer(text):
        group = next(g for g in ("paren", "dash", "lead", "alone", "legend") if m.group(g))
        start, end = m.span(group)
        value = text[start:end]
        if is_acronym(value) or value.isalpha() and len(value) == 4 and group == "alone":
            continue
        out.append(Detection(start, end, "PERSON", 0.75, NAME, meta={"initials": True}))
    return out


def _not_initials(value: str) -> bool:
    return is_acronym(value)


RECOGNIZER = CheckedPattern(NAME, "PERSON", INITIALS, 0.6, "")
BARE = CheckedPattern(
    "bare_initials",
    "PERSON",
    r"(?<![\w.&/@-])[A-Z]{2,3}(?![\w.&/@-])",
    0.3,
    "",
    invalidate=_not_initials,
    score_threshold=0.5,
)


def find(text: str) -> list[Detection]:
    return sorted(RECOGNIZER.find(text) + signatures(text), key=lambda d: d.start)
