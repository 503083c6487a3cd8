"""Belgian rijksregisternummer and BIS number (85.07.30-033.28): eleven digits with a valid checksum
(born before or after 2000), or the official dotted layout even when the checksum is wrong."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "rijksregisternummer"
RRN = re.compile(r"(?<!\d)(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-.\s]?(\d{3})[.\s-]?(\d{2})(?!\d)")
RRN_CLEAR = re.compile(r"^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$")


def checksum_ok(digits: str) -> bool:
    """97 minus the first nine digits mod 97 (with a leading 2 for births from 2000 on) equals the last two."""
    base, check = int(digits[:9]), int(digits[9:])
    return 97 - base % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def find(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "RRN", 0.95, NAME, replacement="[rijksregisternummer]")
        for m in RRN.finditer(text)
        if checksum_ok("".join(m.groups())) or RRN_CLEAR.match(m.group(0))
    ]
