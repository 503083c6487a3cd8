"""What must stay although a recognizer or the model takes it for a name: children's culture, toys, brands,
games, feast days and public services (vocabulary ``keep``), a pet's or a cuddly toy's name ('onze hond Max'),
a word in capitals (DRINGEND) and the name of a group in the opvang ('bij de Vlinders').

A registered person's name and what the coach marked are never kept here: only guesses are dropped.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from casusprep.anonymise.detection import Detection
from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers.base import Token, alternation
from casusprep.anonymise.vocabulary import vocabulary

_SURE = frozenset({"registered_persons", "extra", "indirect", "email", "url", "iban", "rijksregisternummer", "phone",
                   "date", "address", "postcode_place", "dossier_number", "licence_plate", "licence_plate_foreign",
                   "handle", "handle_underscore", "handle_numbered", "handle_dotted"})  # fmt: skip
_GUESSES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "ADDRESS"})


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@cache
def _phrases() -> tuple[dict[str, list[tuple[str, ...]]], re.Pattern[str] | None]:
    """Phrases to keep by their first folded word, as word tuples; the few that words alone do not spell (K3,
    Disney+, Bol.com) go into one small expression instead."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    irregular = []
    for phrase in {p.strip() for p in vocabulary().keep if p.strip()}:
        words = tuple(fold(w) for w in _WORD.findall(phrase))
        if not words or any(not (c.isalpha() or c in " -'’") for c in phrase):
            irregular.append(phrase)
            continue
        by_first.setdefault(words[0], []).append(words)
    for phrases in by_first.values():
        phrases.sort(key=len, reverse=True)
    pattern = re.compile(r"(?i)(?<![\w-])(?:" + alternation(irregular) + r")(?![\w-])") if irregular else None
    return by_first, pattern


def keep_spans(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Where the text names something to keep (vocabulary ``keep``), whatever its capitals."""
    by_first, irregular = _phrases()
    spans = []
    for i, t in enumerate(toks):
        for words in by_first.get(t.folded, ()):
            end = i + len(words)
            if end <= len(toks) and all(toks[i + k].folded == w for k, w in enumerate(words)):
                spans.append((t.start, toks[end - 1].end))
                break
    if irregular is not None:
        spans += [(m.start(), m.end()) for m in irregular.finditer(text)]
    return spans


@cache
def _pet_before() -> re.Pattern[str]:
    words = alternation(vocabulary().pet_words)
    return re.compile(
        rf"(?i)(?<!\w)(?:{words})(?:\s+(?:genaamd|heet|heette|noemt|die|met\s+de\s+naam|van\s+\w+))?"
        r"\s*[,:]?\s*[\"“'‘]?$"
    )


_GROUP_BEFORE = re.compile(r"(?i)(?:\bde|\bgroep|\bleefgroep|\bafdeling|\bklas|\bklasje|\bbij\s+de|\bin\s+de)\s+$")


@lru_cache(maxsize=20_000)
def _group_name(word: str) -> bool:
    """A capitalised plural or diminutive of an ordinary word names a group: de Vlinders, de Rupsjes, de Kikkers."""
    from wordfreq import zipf_frequency

    folded = fold(word)
    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames or not folded.endswith(("s", "en", "jes", "tjes")):
        return False
    stem = folded[:-2] if folded.endswith("en") else folded[:-1]
    return zipf_frequency(folded, "nl") >= 2.5 or zipf_frequency(stem, "nl") >= 3.0


def _capitals(text: str) -> bool:
    """A word in capitals that is an ordinary word (DRINGEND, HUILEND), not a name written in capitals; or a heading
    in capitals of ordinary words (PLAN VAN AANPAK, MELDING CRISISSITUATIE)."""
    words = text.split()
    if not text.isupper() or not words or not all(w.isalpha() for w in words):
        return False  # not initials with dots or hyphens (F.-X., K.-L.)
    if len(words) == 1:
        return len(text) > 4 and _ordinary(fold(text), 3.3)
    common = lexicon().common
    return len(words) <= 6 and all(len(w) <= 3 and fold(w) in common or _ordinary(fold(w), 2.5) for w in words)


@lru_cache(maxsize=20_000)
def _ordinary(folded: str, floor: float) -> bool:
    """An ordinary Dutch word (wordfreq), or a compound of long words a heading uses (crisissituatie), no name."""
    from wordfreq import zipf_frequency

    lex = lexicon()
    if folded in lex.first_names or folded in lex.surnames:
        return False
    return zipf_frequency(folded, "nl") >= floor or len(folded) >= 10 and zipf_frequency(folded, "nl") >= 1.5


def _covered(d: Detection, text: str, keep: list[tuple[int, int]]) -> bool:
    """Whether things to keep cover the detection, one or several side by side ('Lego Duplo')."""
    pos = d.start
    for a, b in sorted(keep):
        if a <= pos < b or a == pos:
            pos = max(pos, b)
            while pos < d.end and text[pos] in " -":
                pos += 1
        if pos >= d.end:
            return True
    return False


def drop_kept(found: list[Detection], text: str, toks: list[Token]) -> list[Detection]:
    """``found`` without the guesses that are in fact things to keep."""
    keep: list[tuple[int, int]] | None = None  # looked for once a guess needs it
    out = []
    for d in found:
        if d.recognizer in _SURE or d.entity_type not in _GUESSES:
            out.append(d)
            continue
        if keep is None:
            keep = keep_spans(text, toks)
        if _covered(d, text, keep):
            continue
        if _pet_before().search(text, max(0, d.start - 60), d.start):
            continue
        mention = text[d.start : d.end]
        if _capitals(mention):
            continue
        if " " not in mention and _GROUP_BEFORE.search(text, max(0, d.start - 12), d.start) and _group_name(mention):
            continue
        out.append(d)
    return out
