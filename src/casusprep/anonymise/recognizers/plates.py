"""Belgian licence plates: 1-ABC-123 (with or without dashes) and the older ABC-123."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "licence_plate"
PLATE = r"(?<![\w-])(?:[1-9]-?[A-Z]{3}-?\d{3}|[A-Z]{3}-\d{3})(?![\w-])"
RECOGNIZER = CheckedPattern(NAME, "PLATE", PLATE, 0.8, "[nummerplaat]")
find = RECOGNIZER.find
