"""Phone numbers: Belgian mobile and landline (0472 18 44 90, 09/233.41.20), +32 / 0032 and Dutch numbers."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "phone"
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?\d{2,3}\s?(?:\(0\)\s?)?\d|0\d)(?:[\s./-]?\d){7,9}(?!\d)")
_NON_DIGIT = re.compile(r"\D")


def find(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "PHONE", 0.85, NAME, replacement="[telefoonnummer]")
        for m in PHONE.finditer(text)
        if 9 <= len(_NON_DIGIT.sub("", m.group(0))) <= 13
    ]
