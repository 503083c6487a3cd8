"""Word lists the recognizers share, built once per process into sets keyed by lowercased,
accent-free tokens (fast lookups; the lists themselves are public data).

Flemish/Belgian names and places come from the installed ``belgian-deduce`` package's data files,
read at run time (they are not copied into this repository; GPL-3.0-or-later covers their use).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from casusprep.anonymise.vocabulary import vocabulary
from casusprep.compat import DEDUCE_MINIMUM, deduce_lists_root

_lock = threading.Lock()
_built: list[Lexicon] = []


def _fold(text: str) -> str:
    """Lowercase without diacritics, for a word or a whole file at once (every step works per character)."""
    if text.isascii():  # most words: nothing to decompose, and casefold() == lower() for ASCII
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    marks = "".join(c for c in set(decomposed) if unicodedata.combining(c))
    if marks:  # one regex pass is much faster than str.translate with a table on a whole file
        decomposed = re.sub(f"[{re.escape(marks)}]", "", decomposed)
    # Turkish dotless ı reads as i (Yıldız, Yildiz), Polish ł as l (Paweł, Pawel): letters NFKD does not take apart
    return decomposed.replace("’", "'").replace("ı", "i").replace("ł", "l")


# 'Zoë' and 'zoe' are the same key. Cached for the words of notes; the lists are folded a file at a time.
fold = lru_cache(maxsize=100_000)(_fold)


def _read(path: Path, folded: bool = False) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if folded:
        text = _fold(text)
    return [line for line in map(str.strip, text.splitlines()) if line and line[0] != "#"]


@cache
def folded_words(section: str) -> frozenset[str]:
    """A word list of the vocabulary, folded as the recognizers compare words (read once per process)."""
    return frozenset(fold(w) for w in getattr(vocabulary(), section))


def folded_map(entries: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """A vocabulary section of 'key = [values]' with keys and values folded (short forms, role titles)."""
    return {fold(k.strip()): tuple(fold(v.strip()) for v in values if v.strip()) for k, values in entries.items()}


class WordListError(RuntimeError):
    """A word list the engine needs is missing or much smaller than expected: anonymising without it would
    silently leak names, so the engine refuses to start."""


def _deduce_root() -> Path:
    """The package's data folder (casusprep.compat knows its layout)."""
    path = deduce_lists_root()
    if path is None:
        raise WordListError("belgian-deduce is not installed: its name and place lists are needed")
    if not path.is_dir():
        raise WordListError(f"belgian-deduce has no word lists where expected ({path})")
    return path


def _deduce_items(*parts: str, root: Path | None = None) -> set[str]:
    folder = (root or _deduce_root()).joinpath(*parts)
    out: set[str] = set()
    for file in folder.rglob("items.txt"):
        out.update(_read(file, folded=True))
    for file in folder.rglob("exceptions.txt"):
        out.difference_update(_read(file, folded=True))
    minimum = DEDUCE_MINIMUM.get(parts, 1)
    if len(out) < minimum:
        raise WordListError(f"belgian-deduce list {'/'.join(parts)} has {len(out)} words, expected at least {minimum}")
    return out


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]
    surnames: frozenset[str]
    places: frozenset[str]
    streets: frozenset[str]
    common: frozenset[str]
    never: frozenset[str]
    roles: frozenset[str]
    institution_types: dict[str, str]
    services: frozenset[str]
    countries: frozenset[str]  # whole names, folded ("sri lanka"); the one-word ones are in ``never`` too


def lexicon() -> Lexicon:
    """All lists, loaded once per process; the lock makes concurrent first calls build it once."""
    if _built:
        return _built[0]
    with _lock:
        if _built:
            return _built[0]
        voc = vocabulary()
        common = _deduce_items("whitelist", "lst_common_word") | _deduce_items("whitelist", "lst_stop_word")
        types = {fold(word.strip()): placeholder for word, placeholder in voc.institution_types.items()}
        # Countries, continents, provinces and regions stay; the one-word ones are never personal at all.
        countries = frozenset(fold(w) for w in (*voc.countries, *voc.regions))
        lex = Lexicon(
            first_names=frozenset(w for w in _deduce_items("names", "lst_first_name") if len(w) > 1),
            surnames=frozenset(w for w in _deduce_items("names", "lst_surname") if len(w) > 1),
            places=frozenset(w for w in _deduce_items("locations", "lst_placename") if len(w) > 2),
            streets=frozenset(_deduce_items("locations", "lst_street")),
            common=frozenset(common),
            never=frozenset(fold(w) for w in voc.never_personal) | {c for c in countries if " " not in c},
            roles=frozenset(fold(w) for w in voc.role_words),
            institution_types=types,
            services=frozenset(fold(w) for w in voc.generic_services),
            countries=countries,
        )
        _built.append(lex)
        return lex


@cache
def stop_words() -> frozenset[str]:
    """The function words of belgian-deduce's list (dan, ben, wil, na ...), folded: some are first names too, and
    where a word could be either a function word is read as the word."""
    return frozenset(_deduce_items("whitelist", "lst_stop_word"))


@lru_cache(maxsize=20_000)
def compound_of_common(folded: str, shortest: int = 4) -> bool:
    """A word made of two common Dutch words of ``shortest`` letters or more, with or without a linking s or e
    ('opvoedingsondersteuning', 'speelmoment'); only long words unless asked for shorter parts."""
    from casusprep.nlp.frequency import zipf_frequency

    if len(folded) < 10 and shortest >= 4:
        return False
    for cut in range(shortest, len(folded) - shortest + 1):
        head, tail = folded[:cut], folded[cut:]
        if zipf_frequency(tail, "nl") < 3.0:
            continue
        if zipf_frequency(head, "nl") >= 3.0 or head[-1] in "se" and zipf_frequency(head[:-1], "nl") >= 3.0:
            return True
    return False


@lru_cache(maxsize=20_000)
def compound_of_words(folded: str) -> bool:
    """A word of eight letters or more made of two common Dutch words of three or more, neither of them a first name
    ('speelmoment', 'handpalm', 'zandbak'; not 'rahimjan', whose parts are names)."""
    from casusprep.nlp.frequency import zipf_frequency

    if len(folded) < 8 or not folded.isalpha():
        return False
    names = lexicon().first_names
    for cut in range(3, len(folded) - 2):
        head, tail = folded[:cut], folded[cut:]
        if zipf_frequency(tail, "nl") < 3.0 or tail in names:
            continue
        for part in (head, head[:-1] if head[-1] in "se" else ""):
            if len(part) >= 3 and part not in names and zipf_frequency(part, "nl") >= 3.0:
                return True
    return False
