"""Dates in every Belgian way of writing them: 12/03/2024, 12-3-24, 2024-03-12, 12 maart 2024,
maandag 12 maart, 12 maa. A bare 7.30 is a time, except as a log line's heading (09.07: ...).

Each span carries the parsed date (when the year is known) and the month, so the engine can write
'dag 8' or 'maart 2024' instead.
"""

from __future__ import annotations

import datetime as dt
import re

from casusprep.anonymise.recognizers.base import Span

NAME = "date"
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "maa": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
               "oktober", "november", "december")  # fmt: skip
_FULL_MONTHS = frozenset(MONTH_NAMES)
DATE_NUMERIC = re.compile(r"(?<![\w/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w/-]|[.,]\d)")
DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
DATE_WORDS = re.compile(
    rf"(?i)(?<!\w)(?:{_WEEKDAY})?(\d{{1,2}})(?:ste|de|e)?\s+({_MONTH})\b\.?(?:\s+('?\d{{4}}|'\d{{2}}))?"
)


def is_date(value: str) -> bool:
    """True when the whole of ``value`` is a numeric or ISO date (other recognizers leave those alone)."""
    return bool(DATE_NUMERIC.fullmatch(value) or DATE_ISO.fullmatch(value))


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
    for m in DATE_WORDS.finditer(text):
        month = MONTHS[m.group(2).lower()]
        value = _date(_year(m.group(3)), month, int(m.group(1)))
        end = m.end()
        if m.group(3) is None and m.group(2).lower() in _FULL_MONTHS and text[m.end(2) : end] == ".":
            end = m.end(2)  # '12 oktober.' ends a sentence: the full stop is not part of the date
        meta = {"date": value, "month": month, "day": int(m.group(1))}
        out.append(Span(m.start(), end, "DATE", 0.95, NAME, meta=meta))
    for m in DATE_ISO.finditer(text):
        value = _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        out.append(Span(m.start(), m.end(), "DATE", 0.95, NAME, meta={"date": value, "month": int(m.group(2)), "day": int(m.group(3))}))
    for m in DATE_NUMERIC.finditer(text):
        day, month = int(m.group(1)), int(m.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        line_start = m.start() == 0 or text[m.start() - 1] == "\n"
        if m.group(4) is None and m.group(2) == "." and not (line_start or text[m.end() : m.end() + 1] == ":"):
            continue  # 7.30 is a time more often than a date, except as a log line's heading (09.07: ...)
        value = _date(_year(m.group(4)), month, day)
        out.append(Span(m.start(), m.end(), "DATE", 0.9 if m.group(4) else 0.7, NAME,
                        meta={"date": value, "month": month, "day": day}))  # fmt: skip
    return out
