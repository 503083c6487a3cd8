"""Names written wholly in another script inside a Dutch note: 'op de Oekraïense documenten Мельник Оксана', 'haar
naam in het Arabisch: رشا حداد', 'in het Georgisch: ნინო ბერიძე'.

The note is read with such words transliterated (casusprep.textnorm), so a Cyrillic or Greek name the model or
the lists know is found like any other; these rules add what the transliteration cannot show. A short run of
words in another script, alone among Latin words, is a name where a person was found in part of it (the whole run
is that name: 'Мельник' next to the 'Оксана' found), or where the sentence says a name is written there (vocabulary
``script_name_cues``: 'naam', 'schrijft', 'Arabisch' ...) or its transliteration is a listed name. A word the
transliteration shows as an ordinary word or a role ('мама') stays, and so does a run in a script with capitals
that is not written with them (a quoted sentence).
"""

from __future__ import annotations

from functools import cache

import regex as re
from anyascii import anyascii

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection

NAME = "other_scripts"
_WORD = re.compile(r"[\p{L}\p{M}]+")
_LATIN = re.compile(r"[\p{Latin}]")
_MAX_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?\n][^.!?\n]*$")


@cache
def _cues() -> frozenset[str]:
    return folded_words("script_name_cues")


def runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of one to three words in another script than Latin, alone on its line among Latin
    words (a message written wholly in Arabic is no name)."""
    if text.isascii():
        return []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text) if not _LATIN.search(m.group(0))]
    if not words:
        return []
    grouped: list[list[tuple[int, int]]] = []
    for start, end in words:
        if grouped and text[grouped[-1][-1][1] : start] in (" ", "-", " - "):
            grouped[-1].append((start, end))
        else:
            grouped.append([(start, end)])
    out = []
    for k, group in enumerate(grouped):
        start, end = group[0][0], group[-1][1]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        alone = not any(
            line_start <= other[0][0] < line_end for i, other in enumerate(grouped) if i != k
        ) and _LATIN.search(text, line_start, line_end)
        if len(group) <= _MAX_WORDS and alone:
            out.append((start, end))
    return out


def _ordinary(latin_words: list[str]) -> bool:
    """Whether every transliterated word is an ordinary word or a role ('мама' reads 'mama')."""
    lex = lexicon()
    return all(w in lex.common or w in lex.roles or w in lex.never for w in latin_words)


def _listed(latin_words: list[str]) -> bool:
    lex = lexicon()
    return any(len(w) >= 3 and (w in lex.first_names or w in lex.surnames) and w not in lex.common for w in latin_words)


def named(text: str, start: int, end: int) -> bool:
    """Whether the run text[start:end] is a name by what the sentence before it says or by its transliteration."""
    words = text[start:end].split()
    if any(w[0].lower() != w[0].upper() and not w[0].isupper() for w in words):
        return False  # a script with capitals writes a name with one: 'Тато не прийде' is a sentence
    latin = [fold(w) for w in re.findall(r"\w+", anyascii(text[start:end]))]
    if sum(len(w) for w in latin) < 3 or _ordinary(latin):
        return False
    if _listed(latin):
        return True
    head = text[max(0, start - 120) : start]
    m = _SENTENCE_END.search(head)
    sentence = head[m.start() + 1 :] if m else head
    return any(fold(w) in _cues() for w in re.findall(r"\w+", sentence))


def find(text: str, found: list[Detection]) -> tuple[list[Detection], list[tuple[int, int]]]:
    """``found`` with a person found in part of a run stretched over the whole run, and the runs that are names
    where nothing was found (for the engine to give a placeholder)."""
    spans = runs(text)
    if not spans:
        return found, []
    out = list(found)
    new: list[tuple[int, int]] = []
    for start, end in spans:
        inside = [d for d in out if d.start < end and start < d.end]
        persons = [d for d in inside if d.entity_type == "PERSON"]
        if persons and len(persons) == len(inside):
            first = persons[0]
            first.start, first.end = min(start, first.start), max(end, max(d.end for d in persons))
            first.text = text[first.start : first.end]
            out = [d for d in out if d is first or all(d is not p for p in persons)]
        elif not inside and named(text, start, end):
            new.append((start, end))
    return out, new
