"""Reference codes without a label word: letters, slashes or dots mixed with a run of at least four digits
(VK/2024/0331, AB.12.C3.4567). Dates and codes starting in lower case are left alone."""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Span
from casusprep.anonymise.recognizers.dates import is_date

NAME = "reference_code"
CODE = re.compile(
    r"(?<![\w/.-])(?=[A-Za-z0-9./-]*\d{4})(?=[A-Za-z0-9./-]*[A-Za-z/])[A-Za-z0-9]+(?:[./-][A-Za-z0-9]+){1,6}(?![\w/-])"
)


def find(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "ID", 0.6, NAME, replacement="[referentie]")
        for m in CODE.finditer(text)
        if not is_date(m.group(0)) and not m.group(0)[:1].islower()
    ]
