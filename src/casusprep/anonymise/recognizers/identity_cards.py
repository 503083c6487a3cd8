"""The number of a Belgian identity card, eID or kids-ID (592-4417683-21): three, seven and two digits, the layout
the card prints. A reader knows it by that layout alone, whatever its check digits (a typo still identifies), and
no phone number, date or amount is written so."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "identity_card"
# Dashes, dots or single spaces between the groups, any of the hyphens a keyboard or a phone puts in.
CARD = r"(?<![\w.,/‐‑-])\d{3}(?:[ \t]?[-‐‑–.][ \t]?|[ \t])\d{7}(?:[ \t]?[-‐‑–.][ \t]?|[ \t])\d{2}(?![\w‐‑-]|[.,/]\d)"

RECOGNIZER = CheckedPattern(NAME, "ID", CARD, 0.85, "[kaartnummer]")
find = RECOGNIZER.find
