"""A listed surname written with its particles capitalised, without a first name or a title before it: 'zei De
Vries', 'belde Van Dijck terug'. Inside a sentence Dutch writes 'de' and 'van' with a capital only in a name (or the
name of a thing: 'De Lijn', 'De Standaard', a group's 'De Kikkers', which the surname list does not hold), so a
capital particle before a word, together a surname of the lists and no place ('De Haan', 'De Panne' are towns), is a
person. At a sentence start the capital says nothing, and only a surname whose last word is rare in Dutch counts
('De Coster', not 'De Groot')."""

from __future__ import annotations

from functools import lru_cache

from casusprep.anonymise.lexicon import lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection, Token

NAME = "particle_surnames"
_SCORE = 0.7
_NAME_PARTICLES = PARTICLES - {"in", "op", "het", "t", "'t"}


@lru_cache(maxsize=20_000)
def _listed(whole: str, last: str, at_start: bool) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if whole not in lex.surnames or whole in lex.places or last in lex.never:
        return False
    return not at_start or zipf_frequency(last, "nl") < 4.0


def find(toks: list[Token], text: str) -> list[Detection]:
    out: list[Detection] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not (t.capitalised and t.folded in _NAME_PARTICLES and not t.text.isupper()):
            i += 1
            continue
        j = i + 1
        while j < len(toks) and toks[j].folded in _NAME_PARTICLES and text[toks[j - 1].end : toks[j].start] == " ":
            j += 1
        if j >= len(toks) or text[toks[j - 1].end : toks[j].start] != " ":
            i = j
            continue
        w = toks[j]
        whole = " ".join(x.folded for x in toks[i : j + 1])
        if w.capitalised and not w.text.isupper() and _listed(whole, w.folded, t.sentence_start):
            out.append(Detection(t.start, w.end, "PERSON", _SCORE, NAME))
            i = j + 1
            continue
        i = j
    return out
