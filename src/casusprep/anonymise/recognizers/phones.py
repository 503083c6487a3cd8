"""Phone numbers: Belgian mobile and landline (0472 18 44 90, 09/233.41.20), +32 / 0032 and Dutch numbers, also
with a space, dot or dash between every digit (0 4 7 2 1 8 4 4 9 0).

phonenumbers (which Presidio installs) confirms a valid number (score 1.0); a number of plausible length that it
does not know stays at the pattern's score, since an invented or mistyped number still identifies.
"""

from __future__ import annotations

import re

import phonenumbers

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "phone"
# Between two digits: nothing, one space, dot, slash or dash, or a dot, slash or dash with spaces (0470 / 12 34 56).
_SEP = r"(?:[ \t]?[./-][ \t]?|[\s./-])?"
PHONE = (
    r"(?<![\w+])(?:(?:\+|00)\s?\d(?:[ ./-]?\d){1,2}[\s./-]?(?:\(0\)\s?)?\d|0[ ./-]?\d)"
    rf"(?:{_SEP}\d){{7,9}}(?!\d)"
)
_NON_DIGIT = re.compile(r"\D")


def _validate(value: str) -> bool | None:
    digits = _NON_DIGIT.sub("", value)
    if not 9 <= len(digits) <= 13:
        return False
    number = "+" + digits[2:] if digits.startswith("00") else value
    try:
        parsed = phonenumbers.parse(number, "BE")
    except phonenumbers.NumberParseException:
        return None
    return True if phonenumbers.is_valid_number(parsed) else None


RECOGNIZER = CheckedPattern(NAME, "PHONE", PHONE, 0.85, "[telefoonnummer]", validate=_validate)
find = RECOGNIZER.find
