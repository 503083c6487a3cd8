"""IBAN account numbers (BE71 0961 2345 6769): any country with a valid checksum (python-stdnum); a Belgian or
Dutch one in IBAN shape also with a wrong checksum (a typo still identifies), at the pattern's lower score."""

from __future__ import annotations

from stdnum import iban

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "iban"
IBAN = r"(?<!\w)([A-Z]{2}\d{2})((?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?!\w)"


def checksum_ok(compact: str) -> bool:
    return iban.is_valid(compact)


def _validate(value: str) -> bool | None:
    compact = value.replace(" ", "")
    if checksum_ok(compact):
        return True
    return None if compact.startswith(("BE", "NL")) else False


RECOGNIZER = CheckedPattern(NAME, "IBAN", IBAN, 0.6, "[IBAN]", validate=_validate)
find = RECOGNIZER.find
