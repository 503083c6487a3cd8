"""IBAN account numbers (BE71 0961 2345 6769): any country with a valid checksum (python-stdnum); a Belgian or
Dutch one in IBAN shape also with a wrong checksum (a typo still identifies), at the pattern's lower score."""

from __future__ import annotations

from stdnum import iban

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "iban"
# Capitals or not: an IBAN typed in lower case (be68 5390 ...) is the same account.
# A group holds a digit or is four capitals (NL91 ABNA ...), so a word after the number is never taken along; nor is a
# label after it ('KBO-nummer', 'BTW') as the short last group some countries end with in letters, nor a word on the
# next line (a form in capitals).
IBAN = (
    r"(?<!\w)([A-Za-z]{2}\d{2})((?:[ \t]?(?=[A-Za-z]{0,3}\d|[A-Z]{4})[A-Za-z0-9]{4}){2,7}"
    r"(?:[ \t]?(?=[A-Za-z]{0,2}\d|(?!(?:KBO|BTW|RPR|TEL|GSM)(?![A-Z]))[A-Z]{1,3}(?![a-z\-‐‑]))[A-Za-z0-9]{1,3})?)(?!\w)"
)


def checksum_ok(compact: str) -> bool:
    return iban.is_valid(compact)


def _validate(value: str) -> bool | None:
    compact = value.replace(" ", "").upper()
    if checksum_ok(compact):
        return True
    return None if compact.startswith(("BE", "NL")) else False


RECOGNIZER = CheckedPattern(NAME, "IBAN", IBAN, 0.6, "[IBAN]", validate=_validate)
find = RECOGNIZER.find
