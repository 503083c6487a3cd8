"""IBAN account numbers (BE71 0961 2345 6769): any country with a valid mod-97 checksum; a Belgian or
Dutch one in IBAN shape also with a wrong checksum (a typo still identifies), at a lower score."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span

NAME = "iban"
IBAN = re.compile(r"(?<!\w)([A-Z]{2}\d{2})((?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?!\w)")


def checksum_ok(compact: str) -> bool:
    """ISO 13616 check: the number with its first four characters moved to the end, letters as 10..35, mod 97 == 1."""
    moved = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def find(text: str) -> list[Span]:
    out: list[Span] = []
    for m in IBAN.finditer(text):
        compact = (m.group(1) + m.group(2)).replace(" ", "")
        ok = checksum_ok(compact)
        if ok or compact.startswith(("BE", "NL")):
            out.append(Span(m.start(), m.end(), "IBAN", 1.0 if ok else 0.6, NAME, replacement="[IBAN]"))
    return out
