"""Belgian licence plates: 1-ABC-123 (with or without dashes) and the older ABC-123."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "licence_plate"
PLATE = r"(?<![\w-])(?:[1-9]-?[A-Z]{3}-?\d{3}|[A-Z]{3}-\d{3})(?![\w-])"
RECOGNIZER = CheckedPattern(NAME, "PLATE", PLATE, 0.8, "[nummerplaat]", trigger=r"[A-Z]{3}-?\d{3}")
# A plate of another country (NL 12-ABC-3, FR AB-123-CD, DE M AB 1234 ...): any short mix of capitals and digits,
# only when Presidio's context step finds 'nummerplaat', 'kenteken' ... before it (vocabulary, context.plate).
FOREIGN = CheckedPattern(
    "licence_plate_foreign",
    "PLATE",
    r"(?<![\w-])(?=[A-Z0-9 -]{4,12}(?![\w-]))(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
    r"[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,3}(?![\w-])",
    0.3,
    "[nummerplaat]",
    score_threshold=0.5,
)


def find(text: str) -> list:
    return RECOGNIZER.find(text)
