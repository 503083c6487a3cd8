"""E-mail addresses, also written to dodge a harvester: ``kvdw.1988 [at] skynet [dot] be``, ``naam(at)skynet.be``,
``naam apenstaartje skynet punt be``, ``jan [punt] peeters [at] ...``, ``naam @ skynet . be``, French ``arobase`` and
``point``. Matched without looking anything up online: the top-level domain of a
loosely written address is checked against tldextract's bundled snapshot of the public suffix list, never fetched.

"at" is also a Dutch verb (the past tense of eten): "Ze at soep.nl" and "hij at brood.be" are a subject that ate
something. After the bare word "at" with plain dots, a capitalised word or a word that is never personal data
(vocabulary ``never_personal``: hij, ze, mama ...) is a subject, not an address; with the dot written out as well
("jan at voorbeeld punt be") or a bracketed (at), it stays an address.
"""

from __future__ import annotations

import re
from functools import cache

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "email"
_LOCAL = r"(?<![\w.+-])[\w.+-]{1,64}"
_LABEL = r"[\w-]{1,63}"
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
# The @ and the dot, as people write them when they do not want an address to be harvested.
_AT_WORDS = r"at|apenstaartje|aapje|arobase|arrobase"
_AT_BRACKETED = rf"\s?{_OPEN}\s?(?:{_AT_WORDS}|@|a)\s?{_CLOSE}\s?"
_AT_WORD = rf"\s(?:{_AT_WORDS})\s|\s@\s?|\s?@\s"
_DOT_WORDS = r"dot|punt|point"
# A dot also after a line break: an address wrapped at its dot ('naam@domein' / '.be').
_DOT = rf"\.|\s?{_OPEN}\s?(?:{_DOT_WORDS}|\.)\s?{_CLOSE}\s?|\s(?:{_DOT_WORDS})\s|[ \t]\.[ \t]|[ \t]*\r?\n[ \t]*\."
# The dot inside the name before the @ written out as well: 'jan [punt] peeters [at] ...', 'jan punt peeters at ...'.
_LOCAL_DOTS = rf"(?:(?:\s?{_OPEN}\s?(?:{_DOT_WORDS}|\.)\s?{_CLOSE}\s?|[ \t](?:{_DOT_WORDS})[ \t])[\w+-]{{1,64}}){{0,4}}"
# A plain address first, so "jan@skynet.be punt uit" stays that address; the other writings after it, among them one
# that a scan's reading cut with a space ('an.v@hotmai l.com': its last label must be a top-level domain).
EMAIL = (
    rf"(?i){_LOCAL}(?:@{_LABEL}(?:\.{_LABEL}){{1,8}}|@{_LABEL}[ \t]{_LABEL}(?:\.{_LABEL}){{1,8}}"
    rf"|{_LOCAL_DOTS}(?:@|{_AT_BRACKETED}|{_AT_WORD})(?![\[({{<]){_LABEL}(?:(?:{_DOT}){_LABEL}){{1,8}})"
)
_PLAIN = re.compile(r"(?i)[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BRACKETED = re.compile(rf"(?i){_OPEN}\s?(?:{_AT_WORDS}|@|a|{_DOT_WORDS}|\.)\s?{_CLOSE}")
_WORDS = re.compile(rf"(?i)\s(?:{_AT_WORDS}|{_DOT_WORDS}|\.)\s")
_WORD_AT = re.compile(rf"(?i)\s(?:{_AT_WORDS})\s")
_VERB_AT = re.compile(r"(?i)\sat\s")
_WRITTEN_DOT = re.compile(rf"(?i){_OPEN}\s?(?:{_DOT_WORDS}|\.)\s?{_CLOSE}|\s(?:{_DOT_WORDS})\s")
_LAST_LABEL = re.compile(r"[\w-]+$")


@cache
def _suffixes():
    import tldextract

    # No list URLs: the snapshot shipped with the package, nothing is fetched or cached on disk.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def has_public_suffix(label: str) -> bool:
    """Whether ``label`` (the last part of a domain) is a top-level domain: 'be', 'com', not 'daarna'."""
    return bool(_suffixes()(f"x.{label.lower()}").suffix)


_PLATFORM_HANDLE = re.compile(r"([^\W\d_]+)[ \t]@[\w.]")


@cache
def _platforms() -> frozenset[str]:
    """The words for a platform or an account before a handle (vocabulary ``context.handle``: instagram, tiktok)."""
    from casusprep.anonymise.vocabulary import vocabulary

    return frozenset(w.lower() for w in vocabulary().context.get("handle", []))


def _validate(value: str) -> bool | None:
    platform = _PLATFORM_HANDLE.match(value)
    if platform is not None and platform.group(1).lower() in _platforms():
        return False  # 'my Instagram @sara.v.be': the platform and a handle, whose dots make no domain
    if _PLAIN.fullmatch(value) or (_BRACKETED.search(value) and not _WORDS.search(value)):
        return None  # a real address, or one with a bracketed (at) or (dot): nothing else reads like this
    # "at", "apenstaartje" or "punt" as words: an address only when it ends in a top-level domain; after "at" as
    # a word, also not when that starts with a capital ("ze at brood.De juf": a new sentence, not an address).
    last = _LAST_LABEL.search(value)
    if not last or not has_public_suffix(last.group(0)):
        return False
    if _WORD_AT.search(value) and last.group(0)[0].isupper():
        return False
    return False if _ate(value) else None


def _ate(value: str) -> bool:
    """Whether ``value`` reads as someone who ate something: 'Ze at soep.nl', 'hij at brood.be'."""
    verb = _VERB_AT.search(value)
    if verb is None or _WRITTEN_DOT.search(value):
        return False
    subject = value[: verb.start()]
    return subject[:1].isupper() or subject.lower() in never_personal()


@cache
def never_personal() -> frozenset[str]:
    """The vocabulary's words that are never personal data, in lower case."""
    from casusprep.anonymise.vocabulary import vocabulary

    return frozenset(w.lower() for w in vocabulary().never_personal)


_COMPILED = re.compile(EMAIL)


def addresses(text: str) -> list[tuple[int, int]]:
    """Spans of every e-mail address in ``text``, however written (also used by the export gate)."""
    return [m.span() for m in _COMPILED.finditer(text) if _validate(m.group(0)) is not False]


# What every match holds: the @, the word for it ('naam apenstaartje skynet punt be') or one of them bracketed.
_TRIGGER = rf"(?i)@|\s(?:{_AT_WORDS})\s|{_OPEN}\s?(?:{_AT_WORDS}|a)\s?{_CLOSE}"
RECOGNIZER = CheckedPattern(NAME, "EMAIL", EMAIL, 1.0, "[e-mail]", validate=_validate, trigger=_TRIGGER)
find = RECOGNIZER.find
