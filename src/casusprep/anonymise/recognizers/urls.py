"""Web addresses: with a scheme or www., or a bare domain on a common suffix (.be, .nl, .com ...).
Matched without tldextract; trailing sentence punctuation is not part of the address."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "url"
_PATH_END = r"[^\s<>\"').,;:!?]"
URL = (
    rf"(?i)(?:https?://|www\.)[^\s<>\"')]*{_PATH_END}"
    r"|(?<![\w@.])[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,8}\.(?:be|nl|com|org|eu|net|info)"
    rf"(?:/(?:[^\s<>\"')]*{_PATH_END})?)?(?![\w@])"
)
RECOGNIZER = CheckedPattern(NAME, "URL", URL, 0.9, "[website]")
find = RECOGNIZER.find
