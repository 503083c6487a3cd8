"""Initials standing for a person: two or three capital letters with dots (J.P., A.B.C.), or one capital
with a dot mid-sentence before a lower-case word or a name (gezien door M. en ...)."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "initials"
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}|(?<=[a-z(] )[A-Z]\.(?=\s+[a-z(=]|\s+[A-Z][a-z])")


def find(text: str) -> list[Span]:
    out: list[Span] = []
    for m in INITIALS.finditer(text):
        value = m.group(0).rstrip()
        out.append(Span(m.start(), m.start() + len(value), "PERSON", 0.6, NAME))
    return out
