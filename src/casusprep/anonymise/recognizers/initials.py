"""Initials standing for a person.

- Dotted initials anywhere: two or three capitals with dots (J.P., A.B.C.), or one capital with a dot
  mid-sentence before a lower-case word or a name (gezien door M. en ...).
- Capitals of two to four letters where staff sign: at the end of a line in brackets or after a dash or slash
  ("(KW)", "– AD", "/JT"), at the start of a line before a colon ("JT: ..."), in a legend ("KW = ...", "KW:
  Katrien"), or alone on a line; hyphenated ones too (P-J, M.-L.).
- Capitals at the end of a line after a finished sentence or a comma ("... goed gegeten. AV", "Groetjes, KW"),
  and lower-case initials in brackets closing a line or a news item ("(jvh)").
- Initials with the lower-case letters of a surname's particles (VdB, MVdB, KvdW) anywhere.
- Bare capitals of two or three letters mid-sentence only when Presidio's context step finds a word such as
  'door' or 'collega' before them (vocabulary, ``context.bare_initials``), and capitals listed with initials
  already found ("KD en MVdB", "HD, FM en JT": :func:`coordinated`).

Acronyms of services and terms (CLB, VK, KDV, OCMW ... in the vocabulary) are never initials.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex as re  # variable-width look-behind, as in Presidio's own patterns

from casusprep.anonymise.recognizers.base import Detection, alternation
from casusprep.anonymise.recognizers.patterns import CheckedPattern
from casusprep.anonymise.vocabulary import vocabulary

NAME = "initials"
INITIALS = (
    r"(?<![\w.])[A-Z]{1,3}[vdt]{1,2}[A-Z]{1,2}(?![\w])"  # VdB (Van den Bossche), MVdB, KvdW
    r"|(?<![\w.])(?:[A-Z]\.){2,3}"  # J.P.  A.B.C.
    r"|(?<![\w.])[A-Z]\.[ ]?[A-Z](?:\.[ ]?[A-Z]){0,2}\.?(?![\w.])"  # M.V.D  J. P.
    r"|(?<![\w.-])[A-Z]\.?-[A-Z]\.?(?![\w-])"  # P-J  M.-L.
    r"|(?<=[a-z(] )[A-Z]\.(?=\s+[a-z(=]|\s+[A-Z][a-z])"  # gezien door M. en ...
)

# Two to four capitals, or capitals joined by dots or hyphens (P-J, M.-L., P.J.D.).
_CAPS = r"(?:[A-Z]{2,4}|[A-Z]\.?(?:-?[A-Z]\.?){1,3}|[A-Z]{0,3}[vdt]{1,2}[A-Z]{1,2})"
# Every alternative starts at a capital, or at a lower-case letter after a bracket: the first check, so the
# expression gives up at once on the other positions of a long note.
_SIGNATURE = re.compile(
    r"(?m)(?=[A-Z]|(?<=\()[a-z])"
    rf"(?:(?<=[(\[])(?P<paren>{_CAPS})(?=(?:[ \t,]+[\w:.]+)?[)\]](?:[ \t.]*$|[ \t]*:))"  # (KW) [AD] (KW, 14u) (MS):
    rf"|(?<=[–—-][ \t]|[–—-]|/)(?P<dash>{_CAPS})(?=[ \t.]*$)"  # ... – AD   ... /JT
    # JT: ...  KW = Katrien ...  AD - belde  08u15 KW: ...
    rf"|(?<=^[ \t]*(?:\d[\d:.u/h]*[ \t]+(?:[–—-][ \t]+)?)?)(?P<lead>{_CAPS})(?=[ \t]*(?:[:=>]|[–—-][ \t])[ \t]*\S)"
    rf"|^[ \t]*(?P<alone>{_CAPS})(?=[ \t.]*$)"  # a line that is only a signature
    rf"|(?<=(?:^|[:,;(][ \t]*|[ \t]))(?P<legend>{_CAPS})(?=[ \t]*=[ \t]*\S)"  # Legende: KW = Katrien, AD = ...
    rf"|(?<=[\w)][.!?,;:][ \t]+|\S[ \t]+)(?P<tail>{_CAPS})(?=[ \t]*$)"  # ... gegeten. AV  Groetjes, KW  ... 14u KW
    rf"|(?<=(?:^|\|)[ \t]*)(?P<cell>{_CAPS})(?=[ \t]*\|)"  # a table cell: | 12/03 | KW |
    r"|(?<=\()(?P<lower>[a-z]{2,4})(?=\)[ \t.]*$))"  # ... aldus de school. (jvh)
)
_GROUPS = ("paren", "dash", "lead", "alone", "legend", "tail", "cell", "lower")


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
    roles = alternation(vocabulary().role_words)
    return re.compile(rf"(?<=\()(?i:(?<=\b(?:{roles})[ \t]*\())(?P<role>{_CAPS})(?=\))")


@cache
def _before_verb() -> re.Pattern[str]:
    """Capitals as the subject of a verb a person does: 'KW belde mama', 'AD zei dat ...'."""
    verbs = alternation(vocabulary().subject_verbs)
    return re.compile(rf"(?P<verb>{_CAPS})[ \t]+(?:{verbs})\b")


# Where a capital stands after no word character: the cheap first step before the verb check.
_CAPITAL_START = re.compile(r"(?<![\w.&/@-])[A-Z]")


def signatures(text: str) -> list[Detection]:
    """Initials where staff sign their lines (the positions above), acronyms left alone."""
    out = []
    verb = _before_verb()
    for start in _CAPITAL_START.finditer(text):
        m = verb.match(text, start.start())
        if m is None:
            continue
        value = m.group("verb")
        if not is_acronym(value) and not (value.isalpha() and len(value) == 4):
            out.append(Detection(m.start("verb"), m.end("verb"), "PERSON", 0.7, NAME, meta={"initials": True}))
    for m in _after_role().finditer(text):
        if not is_acronym(m.group("role")):
            out.append(Detection(m.start("role"), m.end("role"), "PERSON", 0.75, NAME, meta={"initials": True}))
    for m in _SIGNATURE.finditer(text):
        group = next(g for g in _GROUPS if m.group(g))
        start, end = m.span(group)
        value = text[start:end]
        if is_acronym(value) or value.isalpha() and len(value) == 4 and group in ("alone", "tail", "cell"):
            continue
        if group == "lower" and _is_word(value):
            continue
        out.append(Detection(start, end, "PERSON", 0.75, NAME, meta={"initials": True}))
    return out


def _not_initials(value: str) -> bool:
    return is_acronym(value)


@lru_cache(maxsize=4096)
def _is_word(value: str) -> bool:
    """A lower-case word in brackets that is no one's initials: '(sic)', '(red)', '(bis)'."""
    from wordfreq import zipf_frequency

    voc = vocabulary()
    return value.upper() in _acronyms() or value in voc.lower_brackets or zipf_frequency(value, "nl") >= 2.5


# What joins initials in a list: 'KD en MVdB', 'HD, FM', 'KW/AD', 'JT & EB', 'KW + stagiaire'.
_JOIN = r"(?:[ \t]*[,/&+][ \t]*|[ \t]+(?:en|of|and|et)[ \t]+)"
_NEXT = re.compile(rf"{_JOIN}(?P<caps>{_CAPS})(?![\w.])")
_PREVIOUS = re.compile(rf"(?<![\w.])(?P<caps>{_CAPS}){_JOIN}$")


_CAPS_ONLY = re.compile(_CAPS)  # compiled once: the module's cache lookup per call cost more than the match


def is_initials(value: str) -> bool:
    """Shaped like initials: two to four capitals, dotted or hyphenated capitals, capitals with particles."""
    return bool(_CAPS_ONLY.fullmatch(value)) and not is_acronym(value)


def coordinated(text: str, persons: list[Detection]) -> list[Detection]:
    """Capitals listed next to initials already found as a person ('KD en MVdB', 'HD, FM en JT'): initials too.

    ``persons`` are the detections so far; only those shaped like initials are followed, both ways, until the
    list ends."""
    out: list[Detection] = []
    todo = [d for d in persons if d.entity_type == "PERSON" and is_initials(text[d.start : d.end])]
    seen = {(d.start, d.end) for d in persons}
    while todo:
        d = todo.pop()
        after = _NEXT.match(text, d.end, min(len(text), d.end + 12))
        before = _PREVIOUS.search(text, max(0, d.start - 12), d.start)
        for m in (after, before):
            if m is None or is_acronym(m.group("caps")):
                continue
            span = m.span("caps")
            if span in seen:
                continue
            seen.add(span)
            found = Detection(span[0], span[1], "PERSON", 0.7, "coordinated_initials", meta={"initials": True})
            out.append(found)
            todo.append(found)
    return out


RECOGNIZER = CheckedPattern(NAME, "PERSON", INITIALS, 0.6, "")
BARE = CheckedPattern(
    "bare_initials",
    "PERSON",
    r"(?<![\w.&/@-])[A-Z]{2,3}(?![\w&/@-])(?!\.\w)",
    0.3,
    "",
    invalidate=_not_initials,
    score_threshold=0.5,
)


def find(text: str) -> list[Detection]:
    return sorted(RECOGNIZER.find(text) + signatures(text), key=lambda d: d.start)
