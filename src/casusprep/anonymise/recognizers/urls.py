"""Web addresses: with a scheme or www., or a bare domain on a common suffix (.be, .nl, .com ...).
Matched without tldextract; trailing sentence punctuation is not part of the address."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "url"
URL = re.compile(
    r"(?i)(?:https?://|www\.)[^\s<>\"')]+|(?<![\w@.])[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:be|nl|com|org|eu|net|info)"
    r"(?:/[^\s<>\"')]*)?(?![\w@])"
)


def find(text: str) -> list[Span]:
    out: list[Span] = []
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?":
            end -= 1
        out.append(Span(m.start(), end, "URL", 0.9, NAME, replacement="[website]"))
    return out
