"""Word lists the recognizers share, built once per process into sets keyed by lowercased,
accent-free tokens (fast lookups; the lists themselves are public data).

Flemish/Belgian names and places come from the installed ``belgian-deduce`` package's data files,
read at run time (they are not copied into this repository; GPL-3.0-or-later covers their use).
"""

from __future__ import annotations

import importlib.util
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"
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
    return decomposed.replace("’", "'")


# 'Zoë' and 'zoe' are the same key. Cached for the words of notes; the lists are folded a file at a time.
fold = lru_cache(maxsize=100_000)(_fold)


def _read(path: Path, folded: bool = False) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    if folded:
        text = _fold(text)
    return [line for line in map(str.strip, text.splitlines()) if line and line[0] != "#"]


def own_list(name: str) -> list[str]:
    return _read(_DATA / name)


def own_map(name: str) -> dict[str, tuple[str, ...]]:
    """A data file of lines 'key: value, value' (both folded), such as the short forms of first names."""
    out: dict[str, tuple[str, ...]] = {}
    for line in own_list(name):
        key, _, values = line.partition(":")
        out[fold(key.strip())] = tuple(fold(v.strip()) for v in values.split(",") if v.strip())
    return out


def _deduce_root() -> Path | None:
    """The package's data folder, found without importing the package (its import compiles 0.3 s of regexes)."""
    spec = importlib.util.find_spec("belgian_deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _deduce_items(*parts: str) -> set[str]:
    root = _deduce_root()
    if root is None:
        return set()
    folder = root.joinpath(*parts)
    out: set[str] = set()
    for file in folder.rglob("items.txt"):
        out.update(_read(file, folded=True))
    for file in folder.rglob("exceptions.txt"):
        out.difference_update(_read(file, folded=True))
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
        common = _deduce_items("whitelist", "lst_common_word") | _deduce_items("whitelist", "lst_stop_word")
        types: dict[str, str] = {}
        for line in own_list("institution_types.txt"):
            word, _, placeholder = line.partition("\t")
            types[fold(word.strip())] = placeholder.strip() or "[organisatie]"
        countries = frozenset(fold(w) for w in own_list("countries.txt"))
        lex = Lexicon(
            first_names=frozenset(w for w in _deduce_items("names", "lst_first_name") if len(w) > 1),
            surnames=frozenset(w for w in _deduce_items("names", "lst_surname") if len(w) > 1),
            places=frozenset(w for w in _deduce_items("locations", "lst_placename") if len(w) > 2),
            streets=frozenset(_deduce_items("locations", "lst_street")),
            common=frozenset(common),
            never=frozenset(fold(w) for w in own_list("never_personal.txt")) | {c for c in countries if " " not in c},
            roles=frozenset(fold(w) for w in own_list("role_words.txt")),
            institution_types=types,
            services=frozenset(fold(w) for w in own_list("generic_services.txt")),
            countries=countries,
        )
        _built.append(lex)
        return lex
