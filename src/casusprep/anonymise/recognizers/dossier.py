"""Dossier and other file numbers after their label word (dossiernummer 2024-7781, ref. VK/123, INSZ ...):
only the number is replaced, the label stays."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "dossier_number"
DOSSIER = re.compile(
    r"(?i)\b(?:dossier(?:nummer|nr)?|ref(?:erentie)?|kenmerk|cliëntnummer|klantnummer|nr|nummer|insz|"
    r"ondernemingsnummer|btw)\.?\s*[:#]?\s*((?=[\w/.-]*\d)[A-Z0-9][\w/.-]*[A-Z0-9])"
)


def find(text: str) -> list[Span]:
    return [Span(m.start(1), m.end(1), "ID", 0.8, NAME, replacement="[dossiernummer]") for m in DOSSIER.finditer(text)]
