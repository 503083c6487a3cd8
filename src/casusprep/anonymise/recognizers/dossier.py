"""Dossier and other file numbers after their label word (dossiernummer 2024-7781, ref. VK/123, INSZ ...):
only the number is matched and replaced (the label is a look-behind), the label stays."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "dossier_number"
DOSSIER = (
    r"(?i)(?<=\b(?:dossier(?:nummer|nr)?|ref(?:erentie)?|kenmerk|cliëntnummer|klantnummer|nr|nummer|insz|"
    r"ondernemingsnummer|btw)\.?\s*[:#]?\s*)(?=[\w/.-]*\d)[A-Z0-9][\w/.-]*[A-Z0-9]"
)
RECOGNIZER = CheckedPattern(NAME, "ID", DOSSIER, 0.8, "[dossiernummer]")
find = RECOGNIZER.find
