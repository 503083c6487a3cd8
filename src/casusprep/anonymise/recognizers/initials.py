"""Initials standing for a person: two or three capital letters with dots (J.P., A.B.C.), or one capital
with a dot mid-sentence before a lower-case word or a name (gezien door M. en ...)."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "initials"
INITIALS = r"(?<![\w.])(?:[A-Z]\.){2,3}|(?<=[a-z(] )[A-Z]\.(?=\s+[a-z(=]|\s+[A-Z][a-z])"
RECOGNIZER = CheckedPattern(NAME, "PERSON", INITIALS, 0.6, "")
find = RECOGNIZER.find
