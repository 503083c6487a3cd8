"""Cities and towns abroad where a family comes from, lives or works ('uit Kharkiv', 'werkt in Lille', 'oma in
Pune', 'from Gdańsk'), also several words ('Rio de Janeiro'), their Dutch names ('Londen', 'Keulen') and, after a
place preposition, typed in lower case ('naar varna').

The names are GeoNames' cities (``data/foreign_cities.txt``, built by training/build_foreign_cities.py): a file of
folded names, so the engine reads a set of strings at start-up instead of the source's megabytes of JSON. A name
that is also an ordinary word ('Nice', 'Reading', 'Sale'; marked in the file, or in the common-word list) or a
first name ('Sofia') is a place only where the text shows one: after 'in', 'uit', 'naar', 'te', 'vanuit', 'from' ...
or before its country ('Nice, Frankrijk'). Belgian municipalities are the places recognizer's; countries, regions
and provinces stay.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection, Token, starts_sentence

NAME = "foreign_place"
PATH = Path(__file__).resolve().parents[1] / "data" / "foreign_cities.txt"
# The longest name compared, in words ('Rio de Janeiro', 'Bergen op Zoom').
_MAX_WORDS = 4
# Words before a place that show one; 'van' only after a word in lower case ('de haven van Lille', not 'Jan van
# Born'); 'à', 'from', 'to', 'near' and 'at' as French and English notes write them. Not 'bij', which is as often
# 'at someone's' ('navragen bij Sofia').
_PLACE_BEFORE = frozenset(
    {"in", "uit", "naar", "te", "vanuit", "via", "richting", "nabij", "rond", "omgeving", "from", "to", "near", "at",
     "à"}
)  # fmt: skip
_LOWER_BEFORE = frozenset({"in", "uit", "naar", "vanuit", "via", "richting", "nabij", "from", "to", "near", "te", "à"})
# Between the words of one name: a space or a hyphen ('Rio de Janeiro'; 'Aix-en-Provence' is one token).
_JOIN = re.compile(r"[ \t]?-?[ \t]?")
# A town listed after another: 'in Lille, Roubaix en Tourcoing'.
_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:en|of|and|et))[ \t]+")
_CONJUNCTIONS = frozenset({"en", "of", "and", "et"})
# Its country after it: 'Nice, Frankrijk', 'Sale (Marokko)'.
_COUNTRY_AFTER = re.compile(r"[ \t]*(?:,|\()[ \t]*([^\W\d_][\w'’ -]{1,30}?)[ \t]*(?:\)|[,.;:!?\n]|$)")
# A date after it, as a letter or a news item opens: 'Londen, 14 november', 'Gent, den 3 juni', 'Parijs, heden'.
DATELINE_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:heden\b|(?:den[ \t]+)?\d{1,2}(?:ste|de|e)?[ \t]+"
    r"(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec))",
    re.IGNORECASE,
)
# A lower-case word this common in Dutch is a word after 'in', whatever town has it as its name; the names of big
# cities are as common as 4.5 ('naar madrid').
_LOWER_ZIPF = 4.8


@cache
def _names() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The file's names that are no ordinary word, those that are (marked '~'), the small towns' among the first
    (marked '?'), and the first words of all."""
    plain: set[str] = set()
    words: set[str] = set()
    small: set[str] = set()
    for line in PATH.read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        if line[0] == "~":
            words.add(line[1:])
        elif line[0] == "?":
            small.add(line[1:])
        else:
            plain.add(line)
    firsts = {name.split(" ", 1)[0] for name in plain | words | small}
    return frozenset(plain | small), frozenset(words), frozenset(small), frozenset(firsts)


@cache
def town_names() -> frozenset[str]:
    """Every town name of the file, also those that are an ordinary word somewhere (folded, words joined by a
    space): for a context that shows a town whatever its name. Made once: the union of the file's sets holds some
    sixty thousand names, and every capitalised word of every text is looked up in it."""
    plain, words, _, _ = _names()
    return plain | words


@cache
def _excluded() -> frozenset[str]:
    """What is never a foreign town here: countries, regions and provinces, words never personal, Belgian places
    of one word (the places recognizer's, with its own rules), the vocabulary's place words and role words."""
    lex = lexicon()
    return lex.never | lex.countries | lex.places | lex.roles | folded_words("place_words") | folded_words("provinces")


@cache
def _excluded_names() -> frozenset[str]:
    """Countries and regions of several words ('Sri Lanka', 'Verenigde Staten'), which are never a town here."""
    return frozenset(c.replace("-", " ") for c in lexicon().countries)


@lru_cache(maxsize=20_000)
def _word_like(key: str) -> bool:
    """A name that is also an ordinary word or a first name: a place only with context."""
    lex = lexicon()
    return key in _names()[1] or key in lex.common or key in lex.first_names or key in lex.institution_types


@lru_cache(maxsize=20_000)
def _rare_in_dutch(key: str) -> bool:
    from casusprep.nlp.frequency import zipf_frequency

    return zipf_frequency(key, "nl") < _LOWER_ZIPF


def _key(toks: list[Token]) -> str:
    return " ".join(t.folded.replace("-", " ") for t in toks)


def _shows_place(toks: list[Token], i: int, j: int, text: str, lower: bool, last_end: int) -> bool:
    """Whether the words before token ``i`` or after token ``j`` show a place: a place preposition, 'van' after a
    word in lower case, a list after a town just found, a date after it (a letter's or a news item's opening), or
    the town's country after it."""
    lex = lexicon()
    if i:
        prev = toks[i - 1]
        word = prev.text.lower()
        if word in (_LOWER_BEFORE if lower else _PLACE_BEFORE) and not text[prev.end : toks[i].start].strip(" \t'’"):
            return True
        if not lower and word == "van" and i >= 2 and not toks[i - 2].capitalised:
            return True
        if last_end >= 0 and _LIST_GAP.fullmatch(text, last_end, toks[i].start):
            return True
        # After a Belgian place the places recognizer finds: 'over Antwerpen en Aken', 'Gent, Lille of Nice'
        before = i - 1 - (toks[i - 1].folded in _CONJUNCTIONS)
        if (
            before >= 0
            and toks[before].capitalised
            and toks[before].folded in lex.places
            and toks[before].folded not in lex.common
            and toks[before].folded not in lex.first_names
            and _LIST_GAP.fullmatch(text, toks[before].end, toks[i].start)
        ):
            return True
    dated = DATELINE_AFTER.match(text, toks[j].end)
    # A name in capitals before a date heads an item wherever the line breaks ('DUITSLAND BERLIJN, 13 nov.')
    heading = _opens_line(toks, i, text) or all(t.text.isupper() and len(t.text) > 2 for t in toks[i : j + 1])
    if dated and not _dateline_word(_key(toks[i : j + 1]), heading):
        return True
    if not lower and _route(toks, i, j, text):
        return True  # not a word's: 'Bon, 3 mei: ...'; a big city's Dutch name is no word here ('Londen, 14 mei')
    m = _COUNTRY_AFTER.match(text, toks[j].end)
    return bool(m and fold(m.group(1)) in lex.countries)


# How common in English or French a town's name may be and still head a dateline that opens a line ('Tours, 3
# mei'; not 'Update, 3 mei', 'Bon, 3 mei').
_DATELINE_FOREIGN_ZIPF = 4.0


def _opens_line(toks: list[Token], i: int, text: str) -> bool:
    """The name opens its line or a sentence, as the place of a dateline heads a letter or a news item."""
    return _opens_sentence(toks, i, text) or not text[text.rfind("\n", 0, toks[i].start) + 1 : toks[i].start].strip(
        " \t\"'“‘«(-–—•*?"
    )


@lru_cache(maxsize=20_000)
def _dateline_word(key: str, opens: bool) -> bool:
    """A name before a date that may be a word: one that is a word or a first name too; at the head of a line or a
    sentence, where a letter or a news item names its place and date ('LONDEN, 18 april', 'Zwolle, den 3 mei'), only
    one that is a common word, a first name, a kind of institution or an everyday English or French word (a town's
    Dutch name is as frequent in Dutch as a word, so Dutch frequency says nothing there)."""
    if not opens:
        return _word_like(key)
    lex = lexicon()
    if key in lex.common or key in lex.first_names or key in lex.institution_types or key in _staying_words():
        return True
    from casusprep.nlp.frequency import zipf_frequency

    return max(zipf_frequency(key, "en"), zipf_frequency(key, "fr")) >= _DATELINE_FOREIGN_ZIPF


@cache
def _staying_words() -> frozenset[str]:
    return folded_words("month_names") | folded_words("weekdays") | folded_words("greetings") | lexicon().never


# A route from one town to another: 'de Tours à Nantes', 'van Rouaan naar Dieppe', 'from Reading to Leeds'.
_ROUTE_FROM = frozenset({"de", "du", "van", "from"})
_ROUTE_TO = re.compile(r"[ \t]+(?:à|a|naar|to|tot|jusqu'à)[ \t]+[A-Z]")


def _route(toks: list[Token], i: int, j: int, text: str) -> bool:
    """A town's name between 'de'/'van' and 'à'/'naar' before another capitalised name: the start of a route.
    Not a first name ('van Jan naar Piet')."""
    if not i or toks[i - 1].folded not in _ROUTE_FROM or text[toks[i - 1].end : toks[i].start] != " ":
        return False
    if _ROUTE_TO.match(text, toks[j].end) is None:
        return False
    key = _key(toks[i : j + 1])
    return key not in lexicon().first_names and key not in lexicon().common


def _opens_sentence(toks: list[Token], i: int, text: str) -> bool:
    """A capital that the sentence's start may explain, also after an elided article ("'k Wete", "'t Is")."""
    if toks[i].sentence_start or starts_sentence(text, toks[i].start):
        return True
    prev = toks[i - 1] if i else None
    return (
        prev is not None
        and len(prev.text) == 1
        and text[prev.start - 1 : prev.start] in ("'", "’")
        and starts_sentence(text, prev.start)
    )


def _capitalised(toks: list[Token], i: int) -> bool:
    """Whether the name at token ``i`` is written with its capital, also after the article of "'s-Gravenhage"."""
    t = toks[i]
    if t.text[:2] in ("s-", "t-"):
        return t.text[2:3].isupper()
    if t.text in ("s", "t") and i + 1 < len(toks):
        return toks[i + 1].capitalised
    return t.capitalised


def _needs_context(key: str, toks: list[Token], i: int, text: str, small: frozenset[str]) -> bool:
    """A capitalised name that is a place only with context: a word or a first name too, three letters or fewer
    ('Ede'), or a small town's that opens a sentence."""
    return _word_like(key) or len(key) <= 3 or key in small and _opens_sentence(toks, i, text)


# A town's name that is no word goes before the model's guess that it is a person ('uit Kayseri'); one that is a
# first name or a word too, found by its context, leaves a name to the model ('navragen met Sofia').
_SURE_SCORE = 0.85
_CONTEXT_SCORE = 0.75


def _match(toks: list[Token], i: int, text: str, last_end: int) -> tuple[int, float]:
    """The last token of the town's name that starts at token ``i`` (-1 if none) and how sure it is a town."""
    plain, words, small, _ = _names()
    excluded = _excluded()
    for size in range(min(4, len(toks) - i), 1, -1):
        if _key(toks[i : i + size]) in _excluded_names():
            return -1, 0.0  # a town's name that opens a country's ('Cabo' of 'Cabo Verde'): the country
    lower = not _capitalised(toks, i)
    for size in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
        j = i + size - 1
        if size > 1 and any(not _JOIN.fullmatch(text, toks[k].end, toks[k + 1].start) for k in range(i, j)):
            continue
        key = _key(toks[i : j + 1])
        if size == 1 and key in excluded or key not in plain and key not in words or key in _excluded_names():
            continue
        if size > 1 and not lower and not toks[j].capitalised:
            continue  # 'Den haag' in a sentence: the second word is a word of its own
        if lower:
            if _word_like(key) or not _rare_in_dutch(key) or not _shows_place(toks, i, j, text, True, last_end):
                continue
            return j, _SURE_SCORE
        if not _needs_context(key, toks, i, text, small):
            return j, _SURE_SCORE
        if _shows_place(toks, i, j, text, False, last_end):
            return j, _CONTEXT_SCORE if _word_like(key) else _SURE_SCORE
    return -1, 0.0


def find(toks: list[Token], text: str) -> list[Detection]:
    firsts = _names()[3]
    out: list[Detection] = []
    i = 0
    last_end = -1
    while i < len(toks):
        t = toks[i]
        if t.folded.split("-", 1)[0] not in firsts:
            i += 1
            continue
        j, score = _match(toks, i, text, last_end)
        if j < 0:
            i += 1
            continue
        start = t.start
        if t.folded[:2] in ("s-", "t-") or t.folded in ("s", "t"):
            start -= text[start - 1 : start] in ("'", "’")  # "'s-Gravenhage" with its apostrophe
        out.append(Detection(start, toks[j].end, "LOCATION", score, NAME, replacement="[plaats]"))
        last_end = toks[j].end
        i = j + 1
    return out
