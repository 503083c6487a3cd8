"""Belgian licence plates: 1-ABC-123 (with or without dashes) and the older ABC-123."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "licence_plate"
PLATE = re.compile(r"(?<![\w-])(?:[1-9]-?[A-Z]{3}-?\d{3}|[A-Z]{3}-\d{3})(?![\w-])")


def find(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "PLATE", 0.8, NAME, replacement="[nummerplaat]") for m in PLATE.finditer(text)]
