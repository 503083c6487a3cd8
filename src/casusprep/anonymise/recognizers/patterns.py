"""Regular-expression recognizers: dates in Belgian writing, phones, e-mail, URL, IBAN (checksum),
rijksregisternummer/BIS (checksum, or a clear format), licence plates, dossier numbers.

E-mail and URL are matched here without tldextract, so nothing can try to fetch a suffix list.
"""

from __future__ import annotations

import datetime as dt
import re

from casusprep.anonymise.recognizers.base import Span

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "maa": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w/-]|[.,]\d)")
DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
DATE_WORDS = re.compile(
    rf"(?i)(?<!\w)(?:{_WEEKDAY})?(\d{{1,2}})(?:ste|de|e)?\s+({_MONTH})\b\.?(?:\s+('?\d{{4}}|'\d{{2}}))?"
)
PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)\s?\d{2,3}\s?(?:\(0\)\s?)?\d|0\d)(?:[\s./-]?\d){7,9}(?!\d)")
# Reference codes: letters, slashes or dots mixed with a run of at least four digits (VK/2024/0331, AB.12.C3.4567).
CODE = re.compile(
    r"(?<![\w/.-])(?=[A-Za-z0-9./-]*\d{4})(?=[A-Za-z0-9./-]*[A-Za-z/])[A-Za-z0-9]+(?:[./-][A-Za-z0-9]+){1,6}(?![\w/-])"
)
INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}|(?<=[a-z(] )[A-Z]\.(?=\s+[a-z(=]|\s+[A-Z][a-z])")
EMAIL = re.compile(r"(?i)(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(
    r"(?i)(?:https?://|www\.)[^\s<>\"')]+|(?<![\w@.])[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:be|nl|com|org|eu|net|info)"
    r"(?:/[^\s<>\"')]*)?(?![\w@])"
)
IBAN = re.compile(r"(?<!\w)([A-Z]{2}\d{2})((?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)(?!\w)")
RRN = re.compile(r"(?<!\d)(\d{2})[.\s]?(\d{2})[.\s]?(\d{2})[-.\s]?(\d{3})[.\s-]?(\d{2})(?!\d)")
RRN_CLEAR = re.compile(r"^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$")
PLATE = re.compile(r"(?<![\w-])(?:[1-9]-?[A-Z]{3}-?\d{3}|[A-Z]{3}-\d{3})(?![\w-])")
DOSSIER = re.compile(
    r"(?i)\b(?:dossier(?:nummer|nr)?|ref(?:erentie)?|kenmerk|cliëntnummer|klantnummer|nr|nummer|insz|"
    r"ondernemingsnummer|btw)\.?\s*[:#]?\s*((?=[\w/.-]*\d)[A-Z0-9][\w/.-]*[A-Z0-9])"
)


def _iban_ok(compact: str) -> bool:
    moved = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def _rrn_ok(digits: str) -> bool:
    base, check = int(digits[:9]), int(digits[9:])
    return 97 - base % 97 == check or 97 - int("2" + digits[:9]) % 97 == check


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text.strip("'"))
    if y < 100:
        y += 2000 if y < 70 else 1900
    return y


def _date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find(text: str) -> list[Span]:
    out: list[Span] = []
    for m in EMAIL.finditer(text):
        out.append(Span(m.start(), m.end(), "EMAIL", 1.0, "email", replacement="[e-mail]"))
    for m in URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?":
            end -= 1
        out.append(Span(m.start(), end, "URL", 0.9, "url", replacement="[website]"))
    for m in IBAN.finditer(text):
        compact = (m.group(1) + m.group(2)).replace(" ", "")
        ok = _iban_ok(compact)
        if ok or compact.startswith(("BE", "NL")):
            out.append(Span(m.start(), m.end(), "IBAN", 1.0 if ok else 0.6, "iban", replacement="[IBAN]"))
    for m in RRN.finditer(text):
        if _rrn_ok("".join(m.groups())) or RRN_CLEAR.match(m.group(0)):
            out.append(
                Span(m.start(), m.end(), "RRN", 0.95, "rijksregisternummer", replacement="[rijksregisternummer]")
            )
    for m in PHONE.finditer(text):
        if 9 <= len(re.sub(r"\D", "", m.group(0))) <= 13:
            out.append(Span(m.start(), m.end(), "PHONE", 0.85, "phone", replacement="[telefoonnummer]"))
    for m in PLATE.finditer(text):
        out.append(Span(m.start(), m.end(), "PLATE", 0.8, "licence_plate", replacement="[nummerplaat]"))
    for m in DOSSIER.finditer(text):
        out.append(Span(m.start(1), m.end(1), "ID", 0.8, "dossier_number", replacement="[dossiernummer]"))
    for m in INITIALS.finditer(text):
        value = m.group(0).rstrip()
        out.append(Span(m.start(), m.start() + len(value), "PERSON", 0.6, "initials"))
    for m in CODE.finditer(text):
        value = m.group(0)
        if not DATE_NUMERIC.fullmatch(value) and not DATE_ISO.fullmatch(value) and not value[:1].islower():
            out.append(Span(m.start(), m.end(), "ID", 0.6, "reference_code", replacement="[referentie]"))
    for m in DATE_WORDS.finditer(text):
        month = MONTHS[m.group(2).lower()]
        value = _date(_year(m.group(3)), month, int(m.group(1)))
        out.append(Span(m.start(), m.end(), "DATE", 0.95, "date", meta={"date": value, "month": month}))
    for m in DATE_ISO.finditer(text):
        value = _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        out.append(Span(m.start(), m.end(), "DATE", 0.95, "date", meta={"date": value, "month": int(m.group(2))}))
    for m in DATE_NUMERIC.finditer(text):
        day, month = int(m.group(1)), int(m.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if m.group(4) is None and m.group(2) == "." and not (line_start or text[m.end() : m.end() + 1] == ":"):
            continue  # 7.30 is a time more often than a date, except as a log line's heading (09.07: ...)
        value = _date(_year(m.group(4)), month, day)
        out.append(Span(m.start(), m.end(), "DATE", 0.9 if m.group(4) else 0.7, "date",
                        meta={"date": value, "month": month}))  # fmt: skip
    return out
