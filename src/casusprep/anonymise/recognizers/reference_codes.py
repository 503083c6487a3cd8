"""Reference codes without a label word: letters, slashes or dots mixed with a run of at least four digits
(VK/2024/0331, AB.12.C3.4567). Dates and codes starting in lower case are left alone."""

from __future__ import annotations

from casusprep.anonymise.recognizers.dates import is_date
from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "reference_code"
CODE = (
    r"(?<![\w/.-])(?=[A-Za-z0-9./-]{0,40}\d{4})(?=[A-Za-z0-9./-]{0,40}[A-Za-z/])"
    r"[A-Za-z0-9]{1,20}(?:[./-][A-Za-z0-9]{1,20}){1,6}(?![\w/-])"
)


def _invalidate(value: str) -> bool:
    return is_date(value) or value[:1].islower()


RECOGNIZER = CheckedPattern(NAME, "ID", CODE, 0.6, "[referentie]", invalidate=_invalidate, trigger=r"\d{4}")
find = RECOGNIZER.find
