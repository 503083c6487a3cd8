"""Dossier and other file numbers after their label word (dossiernummer 2024-7781, ref. VK/123, INSZ ...):
only the number is matched and replaced (the label is a look-behind), the label stays."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "dossier_number"
# The first look-behind and look-aheads are implied by the rest (a label ends in one of those characters, the
# number starts with a letter or digit and holds a digit): they rule out most positions before the costly
# look-behind over the labels is tried. A new label's last letter goes in the first class.
DOSSIER = (
    r"(?i)(?<=[\s:#.rfekzw])(?=[A-Z0-9])(?=[\w/.-]*\d)(?<=\b(?:dossier(?:nummer|nr)?|ref(?:erentie)?|kenmerk|cliëntnummer|klantnummer|nr|nummer|insz|"
    r"ondernemingsnummer|btw)\.?\s*[:#]?\s*)[A-Z0-9][\w/.-]*[A-Z0-9]"
)
# Every label holds one of these (cliëntnummer, klantnummer and ondernemingsnummer hold 'nummer').
_TRIGGER = r"(?i)dossier|ref|kenmerk|nummer|nr|insz|btw"
RECOGNIZER = CheckedPattern(NAME, "ID", DOSSIER, 0.8, "[dossiernummer]", trigger=_TRIGGER)
find = RECOGNIZER.find
