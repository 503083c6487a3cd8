"""The name that signs a message: the line after a closing greeting ('Groetjes,' / 'Dziękuję,' / 'Met vriendelijke
groeten,') that holds only a name, also one no name list knows ('Aga', 'Xuanxuan').

A word of that line is part of the name when it is a first name or a surname of the lists, a particle between two
of them, or a capitalised word that Dutch and English do not write (wordfreq); a role, a service or an ordinary word
ends it ('Sofie\\npedagogisch coach': the role stays). The greetings are data (vocabulary ``greetings``, with the
words that go with them, ``greeting_fillers``).
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex as re

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, WORD, Detection

NAME = "signed_names"
_LINE = re.compile(r"[^\n]*")


@cache
def _closing() -> frozenset[str]:
    return folded_words("greetings") | folded_words("greeting_fillers")


def _greeting_line(line: str) -> bool:
    words = [fold(w) for w in WORD.findall(line)]
    greetings = folded_words("greetings")
    return (
        bool(words) and len(words) <= 5 and any(w in greetings for w in words) and all(w in _closing() for w in words)
    )


@lru_cache(maxsize=20_000)
def _name_word(word: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    folded, lex = fold(word), lexicon()
    if folded in lex.never or folded in lex.roles or folded in lex.institution_types or folded in lex.places:
        return False
    if (folded in lex.first_names or folded in lex.surnames) and folded not in lex.common:
        return True
    return zipf_frequency(folded, "nl") < 3.0 and zipf_frequency(folded, "en") < 3.5 and folded not in lex.common


def find(text: str) -> list[Detection]:
    out: list[Detection] = []
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    for k, (_, line) in enumerate(lines):
        if not _greeting_line(line):
            continue
        nxt = next(((s, ln) for s, ln in lines[k + 1 : k + 3] if ln.strip()), None)
        if nxt is None:
            continue
        s, ln = nxt
        words = list(WORD.finditer(ln))
        if not words or not words[0].group()[:1].isupper() or len(words) > 4:
            continue
        taken: list[re.Match[str]] = []
        for w in words:
            value = w.group()
            if value[:1].isupper() and _name_word(value) or taken and fold(value) in PARTICLES:
                taken.append(w)
                continue
            break
        while taken and fold(taken[-1].group()) in PARTICLES:
            taken.pop()
        rest = ln[taken[-1].end() :].strip(" \t,.") if taken else ln
        if taken and (not rest or not any(c.isalpha() for c in rest[:1]) or rest[:1] in "(–-|/"):
            out.append(Detection(s + taken[0].start(), s + taken[-1].end(), "PERSON", 0.7, NAME))
    return out
