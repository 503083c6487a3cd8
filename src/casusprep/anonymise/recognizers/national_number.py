"""Belgian rijksregisternummer and BIS number (85.07.30-033.28): eleven digits with a valid checksum
(python-stdnum; born before or after 2000), or the official dotted layout even when the checksum is wrong."""

from __future__ import annotations

import re

from stdnum.be import bis, nn

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "rijksregisternummer"
# A dash may be any of the hyphens a keyboard or a phone puts in (U+2010, the non-breaking U+2011).
RRN = r"(?<!\d)(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-‐‑.\s]?(\d{3})[.\s\-‐‑]?(\d{2})(?!\d)"
RRN_CLEAR = re.compile(r"^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$")
_NON_DIGIT = re.compile(r"\D")


def checksum_ok(digits: str) -> bool:
    return nn.is_valid(digits) or bis.is_valid(digits)


def _validate(value: str) -> bool:
    return checksum_ok(_NON_DIGIT.sub("", value)) or bool(RRN_CLEAR.match(value.replace("‐", "-").replace("‑", "-")))


RECOGNIZER = CheckedPattern(NAME, "RRN", RRN, 0.95, "[rijksregisternummer]", validate=_validate)
find = RECOGNIZER.find
