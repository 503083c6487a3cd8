"""Web addresses: with a scheme or www., or a bare domain on a top-level domain (kinderopvang.be, bit.ly/3xYz,
wa.me/32475..., x.vlaanderen), also with the dot written out to dodge a filter (naam punt be, naam[.]be,
www . naam . be). Trailing sentence punctuation is not part of the address.

A bare domain on a top-level domain of the common kind (.be, .nl, .com ...) is an address as it stands; on any other
top-level domain of tldextract's bundled public suffix list (never fetched) only when that domain is no word of
Dutch, French or English ('.de', '.nu', '.in', '.at' end a sentence typed without a space: 'gegeten.de kinderen'),
is four letters or more ('.vlaanderen') or a path follows ('x.de/contact'); never on a file's extension ('.zip')."""

from __future__ import annotations

import re
from functools import lru_cache

from casusprep.anonymise.recognizers.email import has_public_suffix
from casusprep.anonymise.recognizers.patterns import CheckedPattern
from casusprep.anonymise.vocabulary import vocabulary

NAME = "url"
_PATH_END = r"[^\s<>\"').,;:!?]"
_COMMON = r"be|nl|com|org|eu|net|info"
# A dot written out between the labels of a domain: 'punt', 'dot', '[.]', '(dot)', or a dot with spaces after www.
_WRITTEN_DOT = r"(?:[ \t](?:punt|dot)[ \t]|[ \t]?[\[(](?:\.|punt|dot)[\])][ \t]?)"
# With the dot written out only on these: 'net' and 'info' are words of Dutch ('... juni punt net van de opvang', a
# dictated note that says its full stops).
_WRITTEN_COMMON = r"be|nl|com|org|eu"
_SPACED_DOT = r"[ \t]\.[ \t]"
URL = (
    rf"(?i)(?:https?://|www\.)[^\s<>\"')]*{_PATH_END}"
    rf"|(?<![\w@.])[a-z0-9][\w-]{{0,62}}(?:\.[\w-]{{1,63}}){{0,8}}\.(?:{_COMMON})"
    rf"(?:/(?:[^\s<>\"')]*{_PATH_END})?)?(?![\w@])"
    rf"|(?<![\w@.])[a-z0-9][\w-]{{0,62}}(?:\.[\w-]{{1,63}}){{0,8}}\.(?-i:[a-z]{{2,24}})"
    rf"(?:/(?:[^\s<>\"')]*{_PATH_END})?)?(?![\w@])"
    rf"|(?<![\w@.])(?:www{_WRITTEN_DOT}|www{_SPACED_DOT})?[a-z0-9][\w-]{{1,62}}(?:{_WRITTEN_DOT}[\w-]{{1,63}}){{0,3}}"
    rf"{_WRITTEN_DOT}(?:{_WRITTEN_COMMON})(?![\w@])"
    rf"|(?<![\w@.])www{_SPACED_DOT}[a-z0-9][\w-]{{1,62}}(?:{_SPACED_DOT}[\w-]{{1,63}}){{0,3}}{_SPACED_DOT}(?:{_COMMON})"
    r"(?![\w@])"
)
_COMMON_END = re.compile(rf"(?i)\.(?:{_COMMON})(?:/|$)")
_BARE = re.compile(r"(?i)^[\w-]+(?:\.[\w-]+)*\.([a-z]{2,24})(/.*)?$")


@lru_cache(maxsize=4096)
def _is_word(label: str) -> bool:
    """Whether ``label`` is an everyday word of Dutch, French or English (then '.de' ends a sentence)."""
    from casusprep.nlp.frequency import zipf_frequency

    return any(zipf_frequency(label, lang) >= 5.0 for lang in ("nl", "fr", "en"))


def _validate(value: str) -> bool | None:
    if _COMMON_END.search(value) or value.lower().startswith(("http", "www")):
        return None
    bare = _BARE.match(value)
    if bare is None:
        return None  # a dot written out ('naam punt be'): the pattern only takes the common top-level domains
    suffix, path = bare.group(1), bare.group(2)
    if not has_public_suffix(suffix) or suffix.lower() in vocabulary().file_endings:
        return False  # 'verslag.zip', 'filmpje.mov': a file, which the handles recognizer reads
    # A long top-level domain ('.vlaanderen', '.brussels') ends no sentence typed without a space.
    return None if path or len(suffix) >= 4 or not _is_word(suffix) else False


# What every match holds: a scheme, www, a dot before a top-level domain (or before lower-case letters), or a dot
# written out.
_TRIGGER = rf"(?i)://|www|\.(?:{_COMMON})|{_WRITTEN_DOT}|(?-i:\.[a-z])"
RECOGNIZER = CheckedPattern(NAME, "URL", URL, 0.9, "[website]", validate=_validate, trigger=_TRIGGER)
find = RECOGNIZER.find
