"""Dates in every Belgian way of writing them: 12/03/2024, 12-3-24, 2024-03-12, 12 maart 2024,
maandag 12 maart, 12 maa. A bare 7.30 is a time, except as a log line's heading (09.07: ...).

Each span carries the parsed date (when the year is known) and the month, so the engine can write
'dag 8' or 'maart 2024' instead.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata

from casusprep.anonymise.recognizers.base import Detection
from casusprep.anonymise.vocabulary import vocabulary
from casusprep.textnorm import latin_with_map

NAME = "date"
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "maa": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
DUTCH_MONTHS = frozenset(MONTHS)


def _plain(word: str) -> str:
    """A month name as a text may type it: Cyrillic in Latin letters (as the engine reads it), or without marks."""
    read = latin_with_map(word)[0].lower()
    bare = "".join(c for c in unicodedata.normalize("NFKD", read) if not unicodedata.combining(c))
    return bare.replace("ı", "i").replace("ł", "l")


for _name, _number in vocabulary().foreign_months.items():
    for _form in (_name.lower(), latin_with_map(_name)[0].lower(), _plain(_name)):
        MONTHS.setdefault(_form, _number)
_WEEKDAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\.?,?\s+"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMBER_WORDS = [
    "een",
    "eén",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
    "twintig",
    "eenentwintig",
    "tweeëntwintig",
    "drieëntwintig",
    "vierentwintig",
    "vijfentwintig",
    "zesentwintig",
    "zevenentwintig",
    "achtentwintig",
    "negenentwintig",
    "dertig",
    "eenendertig",
]
DAY_WORDS = {w: i for i, w in enumerate(_NUMBER_WORDS[1:], start=1)} | {"een": 1, "eén": 1, "één": 1}
ORDINALS = {w: i for i, w in enumerate(vocabulary().ordinals, start=1)}
_DAY_WORD = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_SUFFIX = r"(?:ste|de|e|er|st|nd|rd|th)?"
# Spoken Flemish bends an ordinal after 'den': 'den derden', 'den achtsten', 'den 2den'.
SPOKEN_ORDINALS = {f"{w}n": i for w, i in ORDINALS.items()} | {w.replace("ij", "y"): i for w, i in ORDINALS.items()}
_SPOKEN_ORDINAL = "|".join(sorted(set(ORDINALS) | set(SPOKEN_ORDINALS), key=len, reverse=True))
_WEEKDAY_NAME = (
    r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
# A day said as an ordinal: after a weekday ('vrijdag de achttiende', 'Friday the 17th', 'zaterdag 8ste'), after
# the spoken 'den'/'d'n' ('den vierden', 'd'n twintigsten', 'den 23ste'), or English 'the 5th' ending a phrase or
# before a month ('the 10th of October', '1st of April').
DATE_SPOKEN_DAY = re.compile(
    rf"(?i)(?<!\w)(?:{_WEEKDAY_NAME},?[ \t]+(?:(?:de|den|d['’]n|the)[ \t]+)?|(?:den|d['’]n)[ \t]+)"
    rf"({_SPOKEN_ORDINAL}|\d{{1,2}}(?:sten|ste|den|de|e|st|nd|rd|th)(?!\w))"
    r"|(?i:(?<!\w)the[ \t]+)(\d{1,2}(?:st|nd|rd|th))(?=[ \t]*(?:[.,;:!?)\n]|$|of\b|at\b))"
    r"|(?<!\w)(\d{1,2}(?:st|nd|rd|th))[ \t]+of[ \t]+(?=(?i:january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b)"
)
# A weekday and a day number in words ('vrijdag veertien', 'op dinsdag twaalf,'), ending a phrase.
DATE_WEEKDAY_WORD = re.compile(
    rf"(?i)(?<!\w){_WEEKDAY_NAME},?[ \t]+(?:de[ \t]+|den[ \t]+)?({_DAY_WORD})(?=[ \t]*(?:[,;()\n]|$|[.!?:–—-]"
    r"|(?:en|of|om|tot)\b))"
)
# 'op 8, 10 en 15 januari': the numbers before the last one (which DATE_WORDS finds) are dates of that month too.
_LIST_BEFORE = re.compile(
    rf"(?i)(?<![\d/.,-])((?:{_WEEKDAY})?\d{{1,2}}{_SUFFIX}(?:\s*,\s*(?:{_WEEKDAY})?\d{{1,2}}{_SUFFIX})*)"
    r"\s*(?:,|en|of|&|tot|t/m|tot en met|-|–|/|et|and|ou|au|to|till|until|bis|al|à)\s*$"
)
_LIST_NUMBER = re.compile(r"\d{1,2}")
# English and French month first: 'March 12', 'March 12th, 2024'.
DATE_MONTH_FIRST = re.compile(
    r"(?i)(?<!\w)(?<!\d\s)(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
    r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?"
    r"(?!\s*(?:jaar|jaren|maand|maanden|week|weken|dag|dagen|keer|uur|kg|cm|years|months|weeks|ans|mois)\b)"
)
# 'de twintigste', 'op de vijftiende van de maand', 'de 20ste': a day of the month spoken, when no noun follows.
DATE_ORDINAL = re.compile(
    rf"(?i)(?<!\w)(?:op\s+)?de\s+({_ORDINAL}|\d{{1,2}}(?:ste|de|e))"
    r"(?=\s*(?:[.,;:!?)\n]|$|van\s+(?:de|deze|vorige|volgende)\s+maand\b|om\b|was\b|is\b|belde\b|kwam\b"
    r"|heeft\b|had\b|moet\b|zal\b|zou\b|gaat\b|ging\b|werd\b|wordt\b|zijn\b|waren\b|hebben\b))"
)
# A unit after the number, as a word of its own ('10.05 Lucas' has no litre in it).
_UNIT_AFTER = re.compile(r"\s*(?:kg|g|gr|cm|mm|m|km|l|ml|cl|%|€|euro|graden|°|jaar|maanden|weken|uur|u|h)(?!\w)", re.I)
# After a range or a fraction, a unit says it is an amount: an age group '3-5 j', '5-8 minuten', '2-3 keer'. Written
# as a unit is, in lower case (a capital opens a heading's text or initials: '1/5  Dag van ...', '08/01 KM: ...').
_AMOUNT_AFTER = re.compile(
    r"[ \t]*(?:j|jr|jaar|jarigen|maand|maanden|mnd|week|weken|wk|dag|dagen|d|uur|u|U|min|minuten|sec|seconden"
    r"|kg|gr|g|cm|mm|km|ml|cl|l|keer|x|kinderen|personen|punten|%|€|euro)(?![^\W\d_])"
)
# A fraction after a scale's or a score's name is a score: 'welbevinden 3/5', 'schaal 3/5, betrokkenheid 4/5'.
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:schaal|score|scores|niveau|punten|cijfer|welbevinden|betrokkenheid|op\s+een\s+schaal)\b"
    r"[^.\n\d]{0,25}(?:\d/\d{1,2}[^.\n\d]{1,25})*$"
)
_DATE_WORDS_BEFORE = re.compile(
    r"(?i)(?:\bop|\bsinds|\bvanaf|\btot|\bdatum|\bdd|\bd\.d\.|\bgeboren|\bvan|\bna|\bvoor|"
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo))\.?:?\s*$"
)
MONTH_NAMES = tuple(vocabulary().month_names)
_SHORT_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "febr",
        "mrt",
        "maa",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "oct",
        "nov",
        "dec",
        "janv",
        "févr",
        "fevr",
        "avr",
        "juil",
        "déc",
        "mar",
    ]
)
_FULL_MONTHS = frozenset(m for m in MONTHS if m not in _SHORT_MONTHS)
DATE_NUMERIC = re.compile(
    r"(?<![\w/.-])(\d{1,2})[ ]?([/.-])[ ]?(\d{1,2})(?:[ ]?\2[ ]?((?:['’])?\d{4}|(?:['’])?\d{2}))?(?![\w/-]|[.,]\d)"
)
DATE_ISO = re.compile(r"(?<![\d.])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\d])")
# Day, month and year with spaces only (14 03 2024): a year of this or the last century, so no phone number.
DATE_SPACED = re.compile(r"(?<![\d ]\d)(?<!\d)(\d{1,2}) (\d{1,2}) ((?:19|20)\d\d)(?![\d])")
# 'van' or, in Portuguese and Spanish, 'de' between the day and the month ('5 de março', '12 de fevereiro').
DATE_WORDS = re.compile(
    rf"(?i)(?<!\w)(?:{_WEEKDAY})?(\d{{1,2}}|{_DAY_WORD}|{_ORDINAL}){_SUFFIX}\.?\s+(?:(?:van|de)\s+)?({_MONTH})\b\.?"
    rf"(?:\s+('?\d{{4}}|'\d{{2}}))?"
)


# A month in Roman numerals, as some countries write it: 11.II, 18.X, 3/IV/2024.
_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}
DATE_ROMAN = re.compile(r"(?<![\w/.-])(\d{1,2})[./ ](XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:[./ ](\d{4}))?(?![\w/])")
# A range of days in one month: '7-11/10', '3–5.12.2024' (both ends are dates).
DATE_RANGE = re.compile(r"(?<![\w/.-])(\d{1,2})[-–](\d{1,2})([/.])(\d{1,2})(?:\3(\d{4}|\d{2}))?(?![\w/]|[.,]\d)")
# Two days and months with slashes joined by a dash, a range ('verlof 6/6-9/6', '(23/6 - 27/6)', '17/3–28/3/2025'):
# both ends are dates; the dash hides each from DATE_NUMERIC, which wants no dash against a date.
DATE_SLASH_RANGE = re.compile(
    r"(?<![\w/.-])(\d{1,2})/(\d{1,2})[ \t]?[-–][ \t]?(\d{1,2})/(\d{1,2})(?:/((?:19|20)?\d\d))?(?![\w/-]|[.,]\d)"
)
# A weekday and a day number opening a log line ('Vrijdag 17: ...', 'woensdag 15 – ...'), French 'le 5' as well.
DATE_DAY_HEADING = re.compile(
    r"(?im)^[ \t]*(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche)\s+|le\s+)(\d{1,2})(?:er|e)?(?=[ \t]*[:–—-])"
)


# A date read by OCR or typed with a space between its digits ('2 8 - 0 8 - 2 4', '1 4 / 0 3 / 2 0 2 5'): two
# separators of the same kind make it a date.
DATE_SPACED_DIGITS = re.compile(
    r"(?<![\w/.-])(\d \d) ?([-/.]) ?(\d \d) ?\2 ?(\d \d(?: \d \d)?)(?![ ]?\d)(?![ ]?[-./][ ]?\d)(?![\w/-])"
)


# What may follow a day number that stands for a date without its month: a sentence or list goes on or ends, a
# bracket opens or closes, a heading's colon or dash ('di 3, do 5', 'zaterdag 14 (niet gekomen)', 'le 9.').
_DAY_END = r"(?![.,]\d)(?=[ \t]*(?:[,;()\n]|$|[.!?](?!\d)|[-–—:](?!\d)|(?:en|of|tot|t/m|et|and|ou|au|à|om|at)\b))"
# A weekday and a day number ('zaterdag 14', 'jeudi 16', spoken 'woensdag den 4'); abbreviated only before a comma,
# a bracket, a colon, a dash, a full stop or the line's end ('di 3, do 5', 'di 3 – mama belde', 'breng ik mee ma
# 17.'), since 'zo' and 'do' are words too ('zo' is left out).
DATE_WEEKDAY_DAY = re.compile(
    r"(?i)(?<!\w)(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi"
    rf"|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+(?:den?[ \t]+)?"
    rf"(\d{{1,2}}(?:(?:ste|de|e|er|st|nd|rd|th)(?!\w)|{_DAY_END}))"
    r"|(?<!\w)(?:ma|di|wo|woe|do|vr|vrij|vrijd|za|zat|Ma|Di|Wo|Woe|Do|Vr|Vrij|Vrijd|Za|Zat)\.?[ \t]+"
    r"(\d{1,2})(?![.,]\d)(?=[ \t]*(?:[,;:)\n–—]|$|[.!?](?![\w.])))"
)
# An abbreviated weekday and a day number before a word that carries the sentence on ('morgen di 26 terug', 'wo 4
# opnieuw'): what DATE_WEEKDAY_BEFORE_WORD reads after a weekday written out, with the same checks on the word after.
DATE_SHORT_WEEKDAY_BEFORE_WORD = re.compile(
    r"(?<![\w'’])(?:ma|di|wo|woe|do|vr|vrij|za|zat|Ma|Di|Wo|Woe|Do|Vr|Vrij|Za|Zat)\.?[ \t]+"
    r"(\d{1,2})(?![\d.,:/hu])[ \t]+(?=([a-zà-ÿ]+))"
)
# A weekday written out and a day number before a word that carries the sentence on ('griet is er pas woensdag 12
# terug', 'venir jeudi 6 avec', 'giovedì 13 vroeger'), also in the languages families write in; a unit, a count's
# noun (a plural) or a time after the number says it is an amount ('zaterdag 14 kinderen', 'maandag 3 keer').
DATE_WEEKDAY_BEFORE_WORD = re.compile(
    r"(?i)(?<!\w)(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves"
    r"|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),?[ \t]+"
    r"(\d{1,2})(?![\d.,:/hu])[ \t]+(?=([^\W\d_]+))"
)
# French: a day number after 'le', 'depuis le', 'du', 'au' ('depuis le 9.', 'du 4 au 8').
DATE_FRENCH_DAY = re.compile(rf"(?i)(?<!\w)(?:le|du|au|jusqu'au|jusqu’au)[ \t]+(\d{{1,2}})(?:er|e)?{_DAY_END}")
# A Dutch month before its day ('sinds maart 21 bij', 'augustus 3-17)'), not after a day number ('3 januari 14u')
# and not before a count ('in mei 3 keer').
DATE_MONTH_DAY = re.compile(
    r"(?i)(?<!\w)(?<!\d\s)(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
    r"[ \t]+(\d{1,2})(?:[ \t]?[-–][ \t]?(\d{1,2}))?(?![.,]\d)"
    r"(?=[ \t]*(?:[,;()\n]|$|[.!?](?!\d)|[-–—:](?!\d)|(?:in|bij|op|om|tot|en|naar|is|was|heeft|had|werd)\b))"
)
# A day number and a word that is no word of Dutch but a month as a dialect or a typo writes it ('9 maarte',
# '4 februwari', '3 oktobber'): close to a Dutch month name (rapidfuzz), with its first letter.
_DAY_AND_WORD = re.compile(r"(?i)(?<![\w/.-])(\d{1,2})(?:ste|de|e)?\.?[ \t]+([^\W\d_]{4,12})(?![\w-])")
# A day and a Dutch month written together, perhaps with the year ('9mrt', '21maart2026'), as file names
# and quick notes have them.
_DUTCH_MONTH = "|".join(sorted((m for m in MONTHS if m in DUTCH_MONTHS), key=len, reverse=True))
# A day and a Dutch month joined by a hyphen, as a spreadsheet writes them ('27-jan', '3-mrt-2025', '12-maart').
DATE_HYPHEN_MONTH = re.compile(rf"(?i)(?<![\w/.-])(\d{{1,2}})-({_DUTCH_MONTH})(?:-((?:19|20)?\d\d))?(?![\w/-])")
DATE_GLUED = re.compile(rf"(?i)(?<![\w])(\d{{1,2}})({_DUTCH_MONTH})('?\d{{4}})?(?![^\W\d_])")
# A month with a year of two digits and no day ('maart \'22', 'Jan. ’25', 'sept-25'): the short year is a number
# a reader takes for a day, so the engine writes the month with its whole year ('maart 2022'). After a hyphen only a
# Dutch month, since a foreign month's form can be a word; never after a day number (DATE_WORDS has those).
DATE_MONTH_SHORT_YEAR = re.compile(
    rf"(?i)(?<![\w'’])(?<!\d[ \t])(?:({_MONTH})\.?[ \t]*['’]|({_DUTCH_MONTH})\.?-)(\d{{2}})(?![\w'’]|[.,:/-]\d)"
)
# What every match of DATE_MONTH_SHORT_YEAR holds: its year's two digits right after an apostrophe or a hyphen. Most
# texts have none, and a search for it costs a fraction of the month alternatives tried at every word.
_SHORT_YEAR = re.compile(r"['’-]\d{2}")
_MONTH_SIMILARITY = 0.75
_COMMON_ZIPF = 2.5


def fuzzy_month(word: str) -> int | None:
    """The month a misspelt or dialect month name stands for ('maarte' is 3), None for a word or no month."""
    from rapidfuzz.distance import Levenshtein

    from casusprep.nlp.frequency import zipf_frequency

    low = word.lower()
    if low in MONTHS or zipf_frequency(low, "nl") >= _COMMON_ZIPF:
        return None
    best, score = 0, 0.0
    for number, name in enumerate(MONTH_NAMES, start=1):
        similarity = Levenshtein.normalized_similarity(low, name)
        if name[0] == low[0] and similarity > score:
            best, score = number, similarity
    return best if score >= _MONTH_SIMILARITY else None


# A list of day numbers right after a date ('14-15 maart en 14 en 15/3'): dates too.
# A log entry's heading: its date after the line's start or a dash between its parts ('Wenmoment 4 – 18-6: ...'),
# and a colon ('18-6: papa brengt') or a dash between spaces after it.
_HEADING_BEFORE = re.compile(r"(?:^|\n|[ \t][-–—])[ \t]*$")
_HEADING_AFTER = re.compile(r"[ \t]?:(?!\d)")
_DASH_AFTER = re.compile(r"[ \t]+[-–—][ \t]")
_DATE_JUST_ENDED = re.compile(rf"(?i)(?:\b(?:{_DUTCH_MONTH})\.?|\d[/.]\d{{1,2}})[ \t]*(?:,|en|&)[ \t]*$")
_DATE_JUST_BEFORE = re.compile(r"\d[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]+$")


# A word right before a fraction that only a date follows ('tegen 28/1', 'vanaf 3/2'), also after a scale's name.
_DEADLINE_BEFORE = re.compile(r"(?i)(?<!\w)(?:tegen|tot|vanaf|sinds|uiterlijk|ten laatste)[ \t]+$")


def _score(text: str, start: int) -> bool:
    """Whether a fraction at ``start`` follows a scale's or a score's name on its line (a score, not a date), and
    no word that only a date follows stands right before it ('observatie met de schaal tegen 28/1')."""
    if _DEADLINE_BEFORE.search(text, max(0, start - 16), start):
        return False
    return _SCORE_BEFORE.search(text, max(0, start - 60), start) is not None


_WEEKDAY_JUST_BEFORE = re.compile(rf"(?i)(?<!\w){_WEEKDAY}$")


def weekday_start(text: str, start: int) -> int:
    """Where a weekday right before a date at ``start`` begins ('Maandag 3 maart'), ``start`` itself when there is
    none: a date in words leaves its weekday in the text, and a coach's decision on both still holds for the date."""
    m = _WEEKDAY_JUST_BEFORE.search(text, max(0, start - 16), start)
    return m.start() if m else start


def is_date(value: str) -> bool:
    """True when the whole of ``value`` is a numeric or ISO date (other recognizers leave those alone)."""
    return bool(DATE_NUMERIC.fullmatch(value) or DATE_ISO.fullmatch(value))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text.strip("'’"))
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


def _day(value: str) -> int:
    low = value.lower()
    return int(value) if value.isdigit() else DAY_WORDS.get(low) or ORDINALS.get(low, 0)


def _listed_before(text: str, start: int, month: int, introduced: bool = False) -> list[Detection]:
    """The day numbers listed before a date ('op 8, 10 en 15 januari', 'op 10 en 11/03'): dates of its month.
    ``introduced``: only after a word that introduces a date ('op', 'van', a weekday), since '2 of 3/4' is a
    fraction as often as a date."""
    listed = _LIST_BEFORE.search(text, max(0, start - 80), start)
    if not listed:
        return []
    if introduced and not (
        _DATE_WORDS_BEFORE.search(text, max(0, listed.start(1) - 20), listed.start(1))
        or _DATE_JUST_ENDED.search(text, max(0, listed.start(1) - 30), listed.start(1))
    ):
        return []
    out = []
    for n in _LIST_NUMBER.finditer(listed.group(1)):
        if 1 <= int(n.group(0)) <= 31:
            a = listed.start(1) + n.start()
            meta = {"date": None, "month": month, "day": int(n.group(0))}
            out.append(Detection(a, a + len(n.group(0)), "DATE", 0.9, NAME, meta=meta))
    return out


_SAME_LINE = 160


def _month_named_before(text: str, start: int, month: int) -> bool:
    """Whether a date of ``month`` stands just before on the same line ('2 mei (schram), 20.05 (blauwe plek)',
    '2, 6 en 8 mei ...; 10.05 zegt hij'): then 20.05 is a date in that list, not a time."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - _SAME_LINE) : start]
    for m in DATE_WORDS.finditer(line):
        word = m.group(2).lower()
        if MONTHS.get(word, MONTHS.get(_plain(word))) == month:
            return True
    return False


def find(text: str) -> list[Detection]:
    out: list[Detection] = []
    for m in DATE_WORDS.finditer(text):
        word = m.group(2).lower()
        if word not in MONTHS:
            word = _plain(word)
            if word not in MONTHS:
                continue
        day = _day(m.group(1))
        if word not in DUTCH_MONTHS and word in ("mar", "may", "jun", "jul", "dec", "oct") and not m.group(1).isdigit():
            continue  # 'twee mar...' is no date; short foreign months only after a number
        month = MONTHS[word]
        value = _date(_year(m.group(3)), month, day) if 1 <= day <= 31 else None
        end = m.end()
        if m.group(3) is None and word in _FULL_MONTHS and text[m.end(2) : end] == ".":
            end = m.end(2)  # '12 oktober.' ends a sentence: the full stop is not part of the date
        meta = {"date": value, "month": month, "day": day if 1 <= day <= 31 else None}
        # the weekday before it stays, as before a numeric date ('dinsdag 5 november' reads 'dinsdag begin november')
        out.append(Detection(m.start(1), end, "DATE", 0.95, NAME, meta=meta))
        out += _listed_before(text, m.start(), month)
    for m in DATE_MONTH_FIRST.finditer(text):
        if not 1 <= int(m.group(2)) <= 31:
            continue  # 'september 38 halve dagen': a count after the month
        if m.group(1).islower() and m.group(1) in DUTCH_MONTHS:
            continue  # 'in december 9 van de 18 dagen': English writes its months with a capital; a Dutch month
            # before its day is DATE_MONTH_DAY's, which looks at what follows
        month = MONTHS[m.group(1).lower().rstrip(".")]
        value = _date(int(m.group(3)) if m.group(3) else None, month, int(m.group(2)))
        meta = {"date": value, "month": month, "day": int(m.group(2))}
        out.append(Detection(m.start(), m.end(), "DATE", 0.9, NAME, meta=meta))
    for m in DATE_ORDINAL.finditer(text):
        if m.group(1).lower() == "eerste":
            continue  # 'de eerste' is the first of anything; with a month DATE_WORDS has it
        out.append(Detection(m.start(1), m.end(1), "DATE", 0.8, NAME, meta={"date": None, "month": None}))
    for m in DATE_ISO.finditer(text):
        if not (1 <= int(m.group(3)) <= 12 and 1 <= int(m.group(4)) <= 31):
            continue
        value = _date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        meta = {"date": value, "month": int(m.group(3)), "day": int(m.group(4))}
        out.append(Detection(m.start(), m.end(), "DATE", 0.95, NAME, meta=meta))
    for m in DATE_SPACED.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            meta = {"date": _date(int(m.group(3)), month, day), "month": month, "day": day}
            out.append(Detection(m.start(), m.end(), "DATE", 0.85, NAME, meta=meta))
    for m in DATE_ROMAN.finditer(text):
        day, month = int(m.group(1)), _ROMAN[m.group(2)]
        if 1 <= day <= 31:
            meta = {"date": _date(_year(m.group(3)), month, day), "month": month, "day": day}
            out.append(Detection(m.start(), m.end(), "DATE", 0.85, NAME, meta=meta))
    for m in DATE_RANGE.finditer(text):
        first, last, month = int(m.group(1)), int(m.group(2)), int(m.group(4))
        if 1 <= first < last <= 31 and 1 <= month <= 12:
            meta = {"date": _date(_year(m.group(5)), month, first), "month": month, "day": first}
            out.append(Detection(m.start(), m.end(), "DATE", 0.85, NAME, meta=meta))
    for m in DATE_SLASH_RANGE.finditer(text):
        year = _year(m.group(5))
        for day_group, end in ((1, m.end(2)), (3, m.end())):  # the year, if any, goes with the second date
            day, month = int(m.group(day_group)), int(m.group(day_group + 1))
            if 1 <= day <= 31 and 1 <= month <= 12:
                meta = {"date": _date(year, month, day), "month": month, "day": day}
                out.append(Detection(m.start(day_group), end, "DATE", 0.85, NAME, meta=meta))
    for m in DATE_DAY_HEADING.finditer(text):
        if 1 <= int(m.group(1)) <= 31:
            meta = {"date": None, "month": None, "day": int(m.group(1))}
            out.append(Detection(m.start(1), m.end(1), "DATE", 0.8, NAME, meta=meta))
    for m in DATE_WEEKDAY_DAY.finditer(text):
        group = 1 if m.group(1) else 2
        day = int(m.group(group).rstrip("stenrdh"))
        if 1 <= day <= 31:
            meta = {"date": None, "month": None, "day": day}
            out.append(Detection(m.start(group), m.end(group), "DATE", 0.8, NAME, meta=meta))
    for m in itertools.chain(DATE_WEEKDAY_BEFORE_WORD.finditer(text), DATE_SHORT_WEEKDAY_BEFORE_WORD.finditer(text)):
        word = m.group(2)
        plural = len(word) > 3 and word.lower().endswith(("en", "s"))
        month_after = word.lower() in MONTHS  # 'woensdag 14 februari': the whole date is DATE_WORDS'
        if month_after or plural or _AMOUNT_AFTER.match(text, m.end(1) + 1):
            continue
        if 1 <= int(m.group(1)) <= 31:
            meta = {"date": None, "month": None, "day": int(m.group(1))}
            out.append(Detection(m.start(1), m.end(1), "DATE", 0.75, NAME, meta=meta))
    for m in DATE_FRENCH_DAY.finditer(text):
        if 1 <= int(m.group(1)) <= 31:
            meta = {"date": None, "month": None, "day": int(m.group(1))}
            out.append(Detection(m.start(1), m.end(1), "DATE", 0.75, NAME, meta=meta))
    for m in DATE_MONTH_DAY.finditer(text):
        day, last = int(m.group(2)), int(m.group(3) or m.group(2))
        if 1 <= day <= last <= 31:
            meta = {"date": None, "month": MONTHS[m.group(1).lower()], "day": day}
            out.append(Detection(m.start(), m.end(), "DATE", 0.85, NAME, meta=meta))
    for m in DATE_SPOKEN_DAY.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        word = m.group(group).lower()
        number = re.match(r"\d+", word)
        day = int(number.group(0)) if number else ORDINALS.get(word) or SPOKEN_ORDINALS.get(word, 0)
        if 1 <= day <= 31:
            meta = {"date": None, "month": None, "day": day}
            out.append(Detection(m.start(group), m.end(group), "DATE", 0.8, NAME, meta=meta))
    for m in DATE_WEEKDAY_WORD.finditer(text):
        meta = {"date": None, "month": None, "day": DAY_WORDS[m.group(1).lower()]}
        out.append(Detection(m.start(1), m.end(1), "DATE", 0.75, NAME, meta=meta))
    for m in DATE_SPACED_DIGITS.finditer(text):
        day, month = int(m.group(1).replace(" ", "")), int(m.group(3).replace(" ", ""))
        year_digits = m.group(4).replace(" ", "")
        if 1 <= day <= 31 and 1 <= month <= 12:
            meta = {"date": _date(_year(year_digits), month, day), "month": month, "day": day}
            out.append(Detection(m.start(), m.end(), "DATE", 0.8, NAME, meta=meta))
    for m in DATE_HYPHEN_MONTH.finditer(text):
        day, month = int(m.group(1)), MONTHS[m.group(2).lower()]
        if 1 <= day <= 31:
            meta = {"date": _date(_year(m.group(3)), month, day), "month": month, "day": day}
            out.append(Detection(m.start(), m.end(), "DATE", 0.85, NAME, meta=meta))
    for m in DATE_GLUED.finditer(text):
        day, month = int(m.group(1)), MONTHS[m.group(2).lower()]
        if 1 <= day <= 31:
            meta = {"date": _date(_year(m.group(3)), month, day), "month": month, "day": day}
            out.append(Detection(m.start(), m.end(), "DATE", 0.85, NAME, meta=meta))
    for m in DATE_MONTH_SHORT_YEAR.finditer(text) if _SHORT_YEAR.search(text) else ():
        word = (m.group(1) or m.group(2)).lower()
        named = MONTHS.get(word) or MONTHS.get(_plain(word))
        # a day before the month ('3de maart \'23') made the whole date already
        if named is not None and not any(d.start < m.end() and m.start() < d.end for d in out):
            meta = {"date": None, "month": named, "day": None, "year": _year(m.group(3))}
            out.append(Detection(m.start(), m.end(), "DATE", 0.8, NAME, meta=meta))
    for m in _DAY_AND_WORD.finditer(text):
        spoken_month = fuzzy_month(m.group(2))
        if spoken_month is not None and 1 <= int(m.group(1)) <= 31:
            meta = {"date": None, "month": spoken_month, "day": int(m.group(1))}
            out.append(Detection(m.start(), m.end(), "DATE", 0.8, NAME, meta=meta))
            out += _listed_before(text, m.start(), spoken_month)
    doubtful: list[tuple[re.Match[str], int, int]] = []  # day.month that may be a time, and a time's day
    for m in DATE_NUMERIC.finditer(text):
        day, month = int(m.group(1)), int(m.group(3))
        american = m.group(4) or _ENGLISH_WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if american and m.group(2) == "/" and 1 <= day <= 12 < month <= 31:
            day, month = month, day  # the American order: '11/24/2024', 'Wed 11/22' is the 22nd of November
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if m.group(4) is None and _AMOUNT_AFTER.match(text, m.end()):
            continue  # '3-5 j', '5-8 minuten', '18.10 u.': an age group, a duration, a time
        if m.group(4) is None and m.group(2) == "/" and month <= 10 and _score(text, m.start()):
            continue
        line_start = (
            m.start() == 0
            or text[m.start() - 1] == "\n"
            or _BULLET_BEFORE.search(text, max(0, m.start() - 8), m.start())
        )
        heading = _HEADING_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
        heading_end = heading and _HEADING_AFTER.match(text, m.end()) is not None
        if (
            m.group(4) is None
            and m.group(2) == "-"
            and len(m.group(3)) == 1
            and not (line_start or heading_end or _DATE_WORDS_BEFORE.search(text, max(0, m.start() - 20), m.start()))
        ):
            continue  # 'de score was 3-1', 'het werd 2-0': a score; a date without its year is written '11-02'
            # (but '18-6:' opening a log entry is that entry's day)
        # A time's minutes have two digits: '20.1 –' heading an entry is a day and a month.
        short_heading = heading and len(m.group(3)) == 1 and _DASH_AFTER.match(text, m.end()) is not None
        colon = text[m.end() : m.end() + 1] == ":"
        if m.group(4) is None and m.group(2) == "." and not (line_start or colon or short_heading):
            # 7.30 is a time more often than a date, except as a log line's heading (09.07: ...), after a word
            # that introduces a date ('op 10.10', 'sinds 3.2'), or when it cannot be a time (25.09)
            at_time = text[max(0, m.start() - 4) : m.start()].rstrip().lower().endswith("om")
            if _UNIT_AFTER.match(text, m.end()) or at_time:
                continue
            if _TIME_AFTER.match(text, m.end()):  # '6.2 16:00': a day and its hour
                doubtful.append((m, day, month))
                out.append(_numeric_date(m, day, month))
                continue
            # minutes of a time are mostly a multiple of five: 18.02 is the eighteenth of February
            # (not right after a date, where it is the time of that day: '2/3 08.12 – ...')
            odd_minutes = (
                len(m.group(3)) == 2
                and month % 5 != 0
                and not _DATE_JUST_BEFORE.search(text, max(0, m.start() - 16), m.start())
            )
            if not (
                _DATE_WORDS_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or day > 24
                or odd_minutes
                or _month_named_before(text, m.start(), month)
            ):
                doubtful.append((m, day, month))
                continue
        value = _date(_year(m.group(4)), month, day)
        out.append(Detection(m.start(), m.end(), "DATE", 0.9 if m.group(4) else 0.7, NAME,
                        meta={"date": value, "month": month, "day": day}))  # fmt: skip
        if m.group(2) == "/" or m.group(4):
            out += _listed_before(text, m.start(), month, introduced=True)  # 'op 10 en 11/03', 'van 3 tot 7/4'
    return out + _listed_with_dates(text, doubtful, out)


# An English weekday right before a date: the month may come first ('Wed 11/22').
_ENGLISH_WEEKDAY_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\.?,?[ \t]+$"
)
# A bullet that opens a line ('- 12.05: ...'): the number after it heads the entry, as at a line's start.
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-•*–][ \t]+$")
# A time right after a day and a month ('6.2 16:00', '6.2 16u').
_TIME_AFTER = re.compile(r"[ \t]+(?:[01]?\d|2[0-3])(?::|u|h)[0-5]\d(?!\d)")
# What joins two dates of one list ('31.3, 1.4, 2.4', '12.05, 13.05', '14/5 en 20.05').
_DATE_LINK = re.compile(r"[ \t]*(?:,|en|&|et|and)[ \t]*$")


def _numeric_date(m: re.Match[str], day: int, month: int) -> Detection:
    return Detection(m.start(), m.end(), "DATE", 0.7, NAME, meta={"date": None, "month": month, "day": day})


def _listed_with_dates(
    text: str, doubtful: list[tuple[re.Match[str], int, int]], found: list[Detection]
) -> list[Detection]:
    """A day and a month with a dot that may be a time, in a list with a date ('drie dagen (31.3, 1.4, 2.4)',
    '- 12.05, 13.05: ...'): the list holds dates of one kind, so it is a date too."""
    taken = {d.start for d in found}
    ends = {d.end for d in found}
    out: list[Detection] = []
    changed = True
    while changed:
        changed = False
        for m, day, month in doubtful:
            if m.start() in taken:
                continue
            link = _DATE_LINK.search(text, max(0, m.start() - 6), m.start())
            nxt = re.compile(r"[ \t]*(?:,|en|&|et|and)[ \t]*").match(text, m.end())
            after = nxt is not None and nxt.end() in taken
            if link is not None and link.start() in ends or after:
                out.append(_numeric_date(m, day, month))
                taken.add(m.start())
                ends.add(m.end())
                changed = True
    return out
