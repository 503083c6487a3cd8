"""A hashtag made of a first name nobody registered: '#fleurtje', '#fleurclaeys2022', '#noortje', '#TeamNoor'.

The tag's letters are read as a first name of the lists and what follows it: nothing, digits, a diminutive suffix
(the ones :mod:`casusprep.anonymise.nicknames` knows), a surname of the lists, or a Dutch word ('#noorzwemt' reads
'noor' + 'zwemt'); or as a word and a first name ('#teamnoor'). A tag that is a word itself (#zomer, #carnaval) or
splits only into pieces no one writes ('#marktdag' is no 'mark' + 'tdag') stays.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.nicknames import suffixes
from casusprep.anonymise.recognizers.base import Detection
from casusprep.anonymise.recognizers.registered_persons import name_words

NAME = "hashtag_names"
_TAG = re.compile(r"(?<![\w#])#(?P<body>[^\W\d_][\w]{2,40})")
_DIGITS = re.compile(r"\d{0,4}")


@lru_cache(maxsize=20_000)
def _word(piece: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return len(piece) >= 3 and zipf_frequency(piece, "nl") >= 3.0


@lru_cache(maxsize=20_000)
def _common(piece: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(piece, "nl") >= 4.0


@lru_cache(maxsize=20_000)
def _plural(letters: str) -> bool:
    """A plural of a Dutch word ('kastanjes', 'pompoenen', 'blaadjes') that no name list holds: wordfreq knows a
    plural less often than its word, so the word without its ending tells."""
    from casusprep.nlp.frequency import zipf_frequency

    lex = lexicon()
    if letters in lex.first_names or letters in lex.surnames or not letters.endswith(("s", "en")):
        return False
    stem = letters[:-2] if letters.endswith("en") else letters[:-1]
    return len(stem) >= 4 and zipf_frequency(letters, "nl") >= 2.5 and zipf_frequency(stem, "nl") >= 2.5


def _first(piece: str) -> bool:
    lex = lexicon()
    return len(piece) >= 3 and piece in lex.first_names and piece not in lex.common and piece not in lex.never


def _rest_ok(rest: str, wordlike: bool) -> bool:
    """What may follow a first name in a tag; after a name that is a word too ('lente', 'fleur') only a suffix or
    a surname (#lentefeest is a feast, #fleurtje a girl)."""
    letters = rest.rstrip("0123456789")
    if not _DIGITS.fullmatch(rest[len(letters) :]):
        return False
    lex = lexicon()
    surname = len(letters) >= 4 and letters in lex.surnames and letters not in lex.common
    if wordlike:
        return letters in suffixes() or surname
    return not letters or letters in suffixes() or surname or _word(letters)


@lru_cache(maxsize=20_000)
def names_a_person(body: str) -> bool:
    """Whether a tag's letters read as a first name and what may follow it, or a word before a first name."""
    folded = fold(body)
    letters = folded.rstrip("0123456789")
    if letters in lexicon().never or _word(letters) and not (_first(letters) and letters not in name_words()):
        return False  # '#zomer', '#carnaval'; '#lotte2019' is the name
    if _plural(letters):
        return False  # '#kastanjes', '#pompoenen': the plural of a word
    for cut in range(len(folded), 2, -1):
        head, rest = folded[:cut], folded[cut:]
        if _first(head) and _rest_ok(rest, wordlike=head in name_words()) and (rest or len(head) >= 4):
            return True
        name = rest.rstrip("0123456789")
        if _word(head) and len(name) >= 4 and _first(name) and name not in name_words() and not _common(name):
            return True  # '#teamnoor', '#welkomlina'
    return False


def find(text: str) -> list[Detection]:
    out = []
    for m in _TAG.finditer(text):
        if names_a_person(m.group("body")):
            out.append(Detection(m.start(), m.end(), "PERSON", 0.75, NAME))
    return out
