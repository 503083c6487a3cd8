"""Phone numbers: Belgian mobile and landline (0472 18 44 90, 09/233.41.20), +32 / 0032 and Dutch numbers, also
with a space, dot or dash between every digit (0 4 7 2 1 8 4 4 9 0).

phonenumbers (which Presidio installs) confirms a valid number (score 1.0); a number of plausible length that it
does not know stays at the pattern's score, since an invented or mistyped number still identifies.

A date with a time after it has as many digits as a phone number ("25.09.2024 10.30", "03.2.2025 9.30",
"12/10 14.15"): a match that reads as a calendar date followed by clock times only is no phone number, and no match
starts inside a date ("09.2024 10.30" after "25."); the dates recognizer takes the date, the time stays.
"""

from __future__ import annotations

import re

import phonenumbers

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "phone"
# Between two digits: nothing, one space, dot, slash or dash, or a dot, slash or dash with spaces (0470 / 12 34 56).
_SEP = r"(?:[ \t]?[./-][ \t]?|[\s./-])?"
# The country code or the area code may stand in brackets: '(+32) 475 ...', '(0475) 12.34.56', '(09) 233 ...',
# '+1 (415) 555 ...'.
PHONE = (
    r"(?<![\w+])(?<!\d[./-])(?:(?:\+|00)\s?\d(?:[ ./-]?\d){1,2}[\s./-]?(?:\(0\)\s?)?\d|0[ ./-]?\d"
    r"|\((?:\+|00)\d{2,3}\)\s?\d)"
    rf"(?:{_SEP}\d){{7,9}}(?!\d)"
    rf"|(?<![\w+])\(0\d{{1,3}}\)\s?\d(?:{_SEP}\d){{4,7}}(?!\d)"
    # Another country's area code in brackets after its country code: '+1 (415) 555 0198', '+44 (20) 7946 0958'.
    rf"|(?<![\w+])(?:\+|00)\d{{1,3}}[ \t]?\([1-9]\d{{0,3}}\)[ \t]?\d(?:{_SEP}\d){{5,8}}(?!\d)"
)
_NON_DIGIT = re.compile(r"\D")
_TRUNK = re.compile(r"\(0\)")
# A day and a month (and a year), then clock times or a bare hour (a range cut off by the pattern: "9.30-10").
_DATE_TIME = re.compile(
    r"(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?:(?P=sep)(?P<year>\d{4}|\d{2}))?"
    r"(?P<times>(?:(?:\s+|\s*[-–]\s*)\d{1,2}(?:[.:h]\d{2})?)+)"
)
_TIME = re.compile(r"(\d{1,2})(?:[.:h](\d{2}))?")


def _date_and_time(value: str) -> bool:
    """Whether ``value`` is a valid day and month followed by clock times: with at least one h.mm, or after a year
    (the pattern may stop before the minutes: "03/10/2024 14" of "03/10/2024 14.15")."""
    m = _DATE_TIME.fullmatch(value.strip())
    if m is None or not (1 <= int(m.group("day")) <= 31 and 1 <= int(m.group("month")) <= 12):
        return False
    times = _TIME.findall(m.group("times"))
    return (m.group("year") is not None or any(minute for _, minute in times)) and all(
        int(hour) <= 24 and (not minute or int(minute) < 60) for hour, minute in times
    )


def _validate(value: str) -> bool | None:
    if _date_and_time(value):
        return False
    # The trunk zero in brackets after a country code ('+32 (0)475 ...', '0032 (0) 475 ...') is not dialled.
    value = _TRUNK.sub("", value).replace("(", "").replace(")", "")
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
