"""E-mail addresses, matched without tldextract (so nothing can try to fetch a public suffix list)."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "email"
EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "EMAIL", 1.0, NAME, replacement="[e-mail]") for m in EMAIL.finditer(text)]
