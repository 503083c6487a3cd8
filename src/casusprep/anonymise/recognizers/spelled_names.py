"""A name nobody registered, spelled out letter by letter: 'T a r e k', 'O D I L E', 'I n e s  V o s'.

Forms copied from a pdf, a signature field and a parent typing her child's name write a name this way; the engine
reads such letters only for the registered names (:func:`casusprep.anonymise.engine._other_readings`). Here a run
of three single letters or more, one space apart (two between the words of a name), is a name when it is written
as one (a capital, then lower case; or all in capitals) and its letters read a first name or a surname of the lists,
or, with a capital and then lower case, no word of Dutch or English. Letters in lower case ('a b c'), letters that
read a word ('N I E T S', 'S O S') and two letters ('T V') stay.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers.base import Detection

NAME = "spelled_names"
_SCORE = 0.7
_WORD = r"\p{L}(?: \p{L}){2,}"
_THREE = re.compile(r"\p{L} \p{L} \p{L}")
_RUN = re.compile(rf"(?<![\p{{L}}\p{{N}}_.@])(?:{_WORD})(?:  (?:{_WORD}))*(?![\p{{L}}\p{{N}}_@])")


def _name_case(letters: str) -> bool:
    return letters.isupper() or (letters[0].isupper() and letters[1:].islower())


@lru_cache(maxsize=5_000)
def _reads_a_name(letters: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    folded = fold(letters)
    if folded in lex.never or folded in lex.common or folded in lex.roles:
        return False
    freq = max(zipf_frequency(folded, "nl"), zipf_frequency(folded, "en"))
    if folded in lex.first_names or folded in lex.surnames:
        return freq < (3.0 if letters.isupper() else 4.0)  # 'S O S' is a word in capitals; 'L i e s' a name
    return not letters.isupper() and freq < 2.5


def find(text: str) -> list[Detection]:
    if _THREE.search(text) is None:
        return []
    out: list[Detection] = []
    for m in _RUN.finditer(text):
        words = [w.replace(" ", "") for w in m.group(0).split("  ")]
        if all(_name_case(w) for w in words) and any(_reads_a_name(w) for w in words):
            out.append(Detection(m.start(), m.end(), "PERSON", _SCORE, NAME))
    return out
