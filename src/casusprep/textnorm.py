"""Text as a reader sees it, and a folded form for matching names in it.

The export gate and the anonymiser must agree on what a text *says*, not on how it is encoded:
a name copied from a chat app can carry a zero-width space or a soft hyphen, Word splits a name
over a line with a hyphen, a keyboard can produce a decomposed accent, a Cyrillic "о" looks
exactly like a Latin "o". A person reading the document sees the name in every one of those
cases, so the matching must as well.

- :func:`reader_text` is what a reader sees: NFKC, invisible format characters removed,
  a word hyphenated over a line break joined.
- :func:`fold` is what the gate compares: the reader text with lookalike letters folded to
  Latin, accents removed and case folded.
- :func:`fold_with_map` gives the same folded text plus, per character, the index of the
  original character it came from, so a span found in the folded text maps back.
- :func:`fold_digits` is for numbers: every kind of digit made ASCII, and the letters O and
  l/I that stand for 0 and 1 inside a number replaced.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from anyascii import anyascii

# Invisible code points that are not in category Cf but still show nothing between two letters:
# the combining grapheme joiner, variation selectors, Hangul fillers, the Mongolian vowel separator.
_IGNORABLE_EXTRA = frozenset(
    [0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D, 0x180E, 0x180F, 0x3164, 0xFFA0]
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0100, 0xE01F0))
)

# A word broken over a line with a hyphen ("Lot-" / "te"): a reader reads one word.
_HYPHENS = "-\u2010\u2011\u2e17\ufe63\uff0d"
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
_HYPHEN_BREAK = re.compile(rf"(?<=\w)[{_HYPHENS}][ \t]*[{_LINE_BREAKS}]+[ \t]*(?=\w)")

_TURKISH = {"ı": "i", "İ": "i"}

# Explicit bidirectional formatting: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI,
# FSI, PDI). Only an override changes the order in which Latin letters are shown: inside RLO ... PDF they are
# displayed right to left, so the stored "ettuohnaV rooN" reads "Noor Vanhoutte".
_LRE, _RLE, _PDF, _LRO, _RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
_LRI, _RLI, _FSI, _PDI = "\u2066", "\u2067", "\u2068", "\u2069"
BIDI_CONTROLS = frozenset(_LRE + _RLE + _PDF + _LRO + _RLO + _LRI + _RLI + _FSI + _PDI)
_OVERRIDES = re.compile(f"[{_LRO}{_RLO}]")
_PARAGRAPH = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")
_LINE = _PARAGRAPH | frozenset("\x0b\x0c\u2028")
_MAX_DEPTH = 125


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf" or ord(ch) in _IGNORABLE_EXTRA


@cache
def _confusables() -> dict[str, str]:
    """Non-ASCII lookalikes of an ASCII letter or digit, from the Unicode confusables data.

    The data (shipped by confusable-homoglyphs) lists each character with the characters it can
    be mistaken for, in both directions; a non-ASCII character with an ASCII letter among them is
    folded to that letter (letters before digits, so a Cyrillic "О" reads as "o", not "0").
    """
    raw = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for char, glyphs in raw.items():
        if len(char) != 1 or char.isascii():
            continue
        candidates = [g["c"].strip("\u200e\u200f") for g in glyphs]
        ascii_ = [c for c in candidates if len(c) == 1 and c.isascii() and c.isalnum()]
        letters = [c for c in ascii_ if c.isalpha()]
        if letters or ascii_:
            look = (letters or ascii_)[0]
            # The data folds capital I into l (they look alike); a capital lookalike reads as I.
            table[char] = "I" if look == "l" and char.isupper() else look
    return table


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """The folded form of one character of reader text (possibly empty or several characters)."""
    if ch.isascii():
        return ch.lower()
    if ch in _TURKISH:
        return _TURKISH[ch]
    # Lookalikes before case folding: a Greek capital Nu reads as N, its lowercase as v.
    look = _confusables().get(ch)
    if look is not None:
        return look.lower()
    out = []
    for c in ch.casefold():
        for d in unicodedata.normalize("NFKD", c):
            if unicodedata.combining(d) or _invisible(d):
                continue
            if d.isascii():
                out.append(d.lower())
                continue
            if d in _TURKISH:
                out.append(_TURKISH[d])
                continue
            look = _confusables().get(d)
            if look is not None:
                out.append(look.lower())
            elif unicodedata.category(d)[0] in "LN":
                out.append(anyascii(d).lower())
            else:
                out.append(d)
    return "".join(out)


# Non-ASCII runs, with the ASCII character just before when the run may start with a combining
# mark (it belongs to that character's cluster). ASCII text between the runs needs no work.
_NON_ASCII = re.compile(r"(?:[\x00-\x7f](?=[^\x00-\x7f]))?[^\x00-\x7f]+")


def _levels(s: str) -> list[int | None]:
    """Per character its embedding level as the Unicode bidirectional algorithm's explicit rules give it
    (X1-X8, paragraph direction left to right), None for the controls themselves.

    A character that no override forces keeps the order it is read in (Latin letters, digits, and also a
    right-to-left script, which its reader reads in stored order): it gets the next even level, so the
    reordering leaves it in place. A forced character gets the override's level."""
    levels: list[int | None] = []
    stack: list[tuple[int, str | None, bool]] = [(0, None, False)]  # (level, forced direction, isolate)
    overflow = 0
    for ch in s:
        if ch in _PARAGRAPH:
            stack, overflow = [(0, None, False)], 0
        level, forced, _ = stack[-1]
        if ch in (_LRE, _RLE, _LRO, _RLO, _LRI, _RLI, _FSI):
            odd = ch in (_RLE, _RLO, _RLI)
            new = level + 1 + ((level + 1) % 2 == 0) if odd else level + 1 + ((level + 1) % 2 == 1)
            isolate = ch in (_LRI, _RLI, _FSI)
            if new > _MAX_DEPTH or overflow:
                overflow += 1
            else:
                direction = "R" if ch == _RLO else "L" if ch == _LRO else None
                stack.append((new, direction, isolate))
            # An isolate initiator is shown where it stands, at the outer level.
            levels.append(None)
            continue
        if ch == _PDF:
            if overflow:
                overflow -= 1
            elif len(stack) > 1 and not stack[-1][2]:
                stack.pop()
            levels.append(None)
            continue
        if ch == _PDI:
            overflow = 0
            while len(stack) > 1 and not stack[-1][2]:
                stack.pop()
            if len(stack) > 1:
                stack.pop()
            levels.append(None)
            continue
        if forced == "R":
            levels.append(level if level % 2 else level + 1)
        elif forced == "L":
            levels.append(level if level % 2 == 0 else level + 1)
        else:
            levels.append(level + (level % 2))
    return levels


def _visual_with_map(s: str) -> tuple[str, list[int]]:
    """The text in the order it is displayed (explicit overrides applied, the controls left out), and per
    character its index in ``s``. A combining mark stays after its base, as a renderer shows it."""
    levels = _levels(s)
    # Units: a character with the combining marks after it, reordered as one.
    units: list[tuple[int, int, int]] = []  # (start, end, level)
    lines: list[list[tuple[int, int, int]]] = [units]
    i = 0
    while i < len(s):
        level = levels[i]
        if level is None:
            i += 1
            continue
        j = i + 1
        while j < len(s) and levels[j] is not None and unicodedata.combining(s[j]):
            j += 1
        units.append((i, j, level))
        if s[i] in _LINE:
            units = []
            lines.append(units)
        i = j
    chars: list[str] = []
    index: list[int] = []
    for line in lines:
        order = list(line)
        top = max((u[2] for u in order), default=0)
        lowest_odd = min((u[2] for u in order if u[2] % 2), default=top + 1)
        for k in range(top, lowest_odd - 1, -1):  # rule L2: reverse every run at level k or higher
            a = 0
            while a < len(order):
                if order[a][2] >= k:
                    b = a
                    while b < len(order) and order[b][2] >= k:
                        b += 1
                    order[a:b] = order[a:b][::-1]
                    a = b
                else:
                    a += 1
        for start, end, _ in order:
            chars.append(s[start:end])
            index.extend(range(start, end))
    return "".join(chars), index


def has_override(s: str) -> bool:
    """Whether ``s`` holds an explicit bidi override (LRO or RLO), which changes the order a reader sees."""
    return bool(_OVERRIDES.search(s))


def logical_text(s: str) -> str:
    """``s`` with the bidirectional controls left out and nothing reordered: the stored order, which a
    program copying the text reads (the gate checks it next to the displayed order)."""
    return "".join(ch for ch in s if ch not in BIDI_CONTROLS) if has_override(s) else s


def _drop_invisible(s: str) -> tuple[str, list[int]]:
    if s.isascii():
        return s, list(range(len(s)))
    chars: list[str] = []
    index: list[int] = []
    last = 0
    for m in _NON_ASCII.finditer(s):
        chars.append(s[last : m.start()])
        index.extend(range(last, m.start()))
        for i in range(m.start(), m.end()):
            if not _invisible(s[i]):
                chars.append(s[i])
                index.append(i)
        last = m.end()
    chars.append(s[last:])
    index.extend(range(last, len(s)))
    return "".join(chars), index


def _reader_with_map(s: str, visual: bool = True) -> tuple[str, list[int]]:
    """Reader text and, per character, the index in ``s`` it came from.

    With an explicit bidi override in ``s`` the reader text is in displayed order, so the index is then not
    monotonic (see :func:`original_span`)."""
    if visual and has_override(s):
        shown, order = _visual_with_map(s)
        kept, index = _drop_invisible(shown)
        index = [order[i] for i in index]
    else:
        kept, index = _drop_invisible(s)
    if _HYPHEN_BREAK.search(kept):
        chars: list[str] = []
        joined: list[int] = []
        last = 0
        for m in _HYPHEN_BREAK.finditer(kept):
            chars.append(kept[last : m.start()])
            joined.extend(index[last : m.start()])
            last = m.end()
        chars.append(kept[last:])
        joined.extend(index[last:])
        kept, index = "".join(chars), joined
    if kept.isascii():
        return kept, index
    # NFKC per cluster (a starter and the combining marks after it), so each output character
    # keeps the index of the cluster's first character. Only the non-ASCII runs are walked.
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in _NON_ASCII.finditer(kept):
        out.append(kept[last : m.start()])
        out_index.extend(index[last : m.start()])
        start, n = m.start(), m.end()
        while start < n:
            end = start + 1
            while end < len(kept) and unicodedata.combining(kept[end]):
                end += 1
            norm = unicodedata.normalize("NFKC", kept[start:end])
            out.append(norm)
            out_index.extend([index[start]] * len(norm))
            start = end
        last = max(n, start)
    out.append(kept[last:])
    out_index.extend(index[last:])
    return "".join(out), out_index


_ANY_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def reader_text(s: str) -> str:
    """What a reader sees: in displayed order (bidi overrides applied), NFKC, format characters removed,
    hyphenation over line breaks joined."""
    return _reader_with_map(s)[0]


def fold_with_map(s: str) -> tuple[str, list[int]]:
    """:func:`fold` of ``s`` and, for each output character, the index of its original character.

    Every index is a valid position in ``s``. The list is non-decreasing unless ``s`` holds a bidi
    override (then the text is in displayed order); :func:`original_span` maps a match back either way.
    """
    text, index = _reader_with_map(s)
    if text.isascii():
        return text.lower(), index
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in _ANY_NON_ASCII.finditer(text):
        out.append(text[last : m.start()].lower())
        out_index.extend(index[last : m.start()])
        for i in range(m.start(), m.end()):
            folded = _fold_char(text[i])
            out.append(folded)
            out_index.extend([index[i]] * len(folded))
        last = m.end()
    out.append(text[last:].lower())
    out_index.extend(index[last:])
    return "".join(out), out_index


def fold(s: str) -> str:
    """Reader text with lookalikes folded to Latin, dotless ı as i, accents removed, casefolded."""
    text, _ = _reader_with_map(s)
    if text.isascii():
        return text.lower()
    return _ANY_NON_ASCII.sub(lambda m: "".join(_fold_char(ch) for ch in m.group(0)), text).lower()


# A run of characters that reads as one number: digits and the letters that stand in for them,
# with the separators people type inside numbers. A run starts with a digit, or with a letter
# that does not continue a word; it ends with a digit, or with a letter that no word continues.
# After a country code an account number starts ("BEl9 ...").
_NUMBER_RUN = re.compile(
    r"(?:(?<![^\W\d_])|(?=\d)|(?<=(?<![^\W_])[A-Z]{2})(?=[0-9OoIl|]{2}[ ./-]?[0-9OoIl|]{4}))"
    r"[0-9OoIl|](?:(?: ?[./-] ?|[ ./-])?[0-9OoIlBS|])*(?:(?<=\d)|(?![^\W\d_]))"
)
_SEPARATORS = re.compile(r"([ ./-])")
_DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def _as_digits(m: re.Match[str]) -> str:
    # Only a piece that holds a real digit is a number ("O475"), or a piece of one or two such letters between
    # two pieces that do or after six digits ("O469 OO 59", "77 04 ll 618", "0468 96 16 OO"); "lol" next to a
    # number stays a word.
    pieces = _SEPARATORS.split(m.group(0))
    numeric = [any(c.isdigit() for c in piece) for piece in pieces]
    # A number spelled out with many zeros ("O 4 7 O O 1 ..."): nine places or more, two of them real digits.
    places = sum(len(p) for k, p in enumerate(pieces) if numeric[k] or len(p) <= 2 and p not in "./- ")
    spelled = places >= 9 and sum(c.isdigit() for c in m.group(0)) >= 2
    before_run = m.string[max(0, m.start() - 3) : m.start()]
    account = (  # after a country code, with the digits of an account number: BE79 OOOO OOlO O333
        len(before_run) >= 2
        and before_run[-2:].isupper()
        and before_run[-2:].isalpha()
        and sum(c.isdigit() for c in m.group(0)) >= 5
    )
    digitish = [numeric[k] or len(p) <= 2 and p.strip("Ool") == "" and p != "" for k, p in enumerate(pieces)]
    out = []
    for k, piece in enumerate(pieces):
        before = sum(c.isdigit() for p in pieces[:k] for c in p)
        after = sum(c.isdigit() for p in pieces[k + 1 :] for c in p)
        # A group of four such letters between two groups with digits: an account number's 'OOOl' in 'BE79 OOOl OOO2'.
        flanked = account or (0 < k < len(pieces) - 2 and digitish[k - 2] and digitish[k + 2] if k >= 2 else False)
        between = (
            len(piece) <= 2
            and (before and (after or before >= 6) or after >= 8)
            or len(piece) <= 2
            and spelled
            or len(piece) <= 4
            and flanked
        )
        # A bar standing alone is a table's column line ('03/02/2025 | PD'), a capital I alone needs digits around.
        alone = "|" not in piece and ("I" not in piece or before and after)
        # A month in Roman numerals after a day number ('3.III.2024', '11.II') stays a month.
        if (
            piece in _ROMAN_MONTHS
            and k == 2
            and pieces[0].isdigit()
            and len(pieces[0]) <= 2
            and pieces[1] in "./"
            and (len(pieces) == 3 or len(pieces) == 5 and pieces[3] == pieces[1] and len(pieces[4]) == 4)
        ):
            alone = False
        out.append(piece.translate(_DIGIT_FOR) if numeric[k] or between and alone and piece not in "./- " else piece)
    if any(c in "BS" for c in m.group(0)):
        # In a number of nine places or more, B for 8 and S for 5 inside a group with digits ('O47B 12 34 7O'):
        # never in a short run such as a class '3B'.
        places = sum(c.isdigit() or c in "BS" for k, p in enumerate(out) if numeric[k] for c in p)
        if places >= 9 and sum(c.isdigit() for c in m.group(0)) >= 5:
            out = [p.translate(_DIGIT_FOR_MORE) if numeric[k] else p for k, p in enumerate(out)]
    return "".join(out)


_DIGIT_FOR_MORE = str.maketrans({"B": "8", "S": "5"})
_ROMAN_MONTHS = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
_LETTER_IN_NUMBER = re.compile(r"\d[ ./-]?[OoIlBS|]|[OoIlBS|][ ./-]?\d")


def letters_as_digits(s: str) -> str:
    """``s`` with O for 0 and l/I for 1 inside numbers (O476/12.34.56, 21/O3/2O19), nothing else changed: the
    result has the length of ``s``, so a span found in it is the same span of ``s``."""
    return _NUMBER_RUN.sub(_as_digits, s) if _LETTER_IN_NUMBER.search(s) else s


# A digit or sign typed for the letter it looks like, between letters: 'N0AH', 'Ev€lyne', 'J3ssica', 'Lu1za'.
_LETTER_FOR = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "€": "e", "$": "s"})
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])[013457€$]+(?=[^\W\d_])")


def digits_as_letters(s: str) -> str:
    """``s`` with a digit or sign between two letters read as the letter it stands for (0 as o, 3 as e, € as e):
    a name typed that way or garbled by a scan is still the name. Same length as ``s``; digits at a word's edge
    ('noah2019', '2O25') stay digits."""
    return _DIGIT_IN_WORD.sub(lambda m: m.group(0).translate(_LETTER_FOR), s)


def fold_digits(s: str) -> str:
    """Digits as a number reader sees them: every script's digits as ASCII, O for 0 and l/I for 1.

    Full-width digits are handled by NFKC, other scripts' digits (Arabic-Indic, Devanagari ...)
    by their Unicode digit value. A letter only becomes a digit in a piece of a number that holds
    real digits ("O475 12 34 56", "0475 l2 34 56"); words such as "lol" or "Oost" stay words.
    The result has the length of :func:`reader_text` of ``s``.
    """
    text = reader_text(s)
    if not text.isascii():
        text = "".join(
            str(unicodedata.digit(ch)) if not ch.isascii() and unicodedata.category(ch) == "Nd" else ch for ch in text
        )
    return _NUMBER_RUN.sub(_as_digits, text)


# Single digits with one separator between them ("0 4 7 1 2 3 4 5 6 7", "0-4-7-1"): a reader reads one number.
_SPACED_DIGITS = re.compile(r"(?<![^\W_])\d(?:[ ./-]\d)+(?![^\W_])")


def join_spaced_digits(s: str) -> str:
    """Runs of single digits with one space, dot or dash between them written as one number."""
    return _SPACED_DIGITS.sub(lambda m: re.sub(r"\D", "", m.group(0)), s)


def identifier_text(s: str) -> str:
    """The reader text as an identifier check reads it: digits of every script as ASCII, lookalike letters of
    other scripts as the Latin letters they imitate (a Cyrillic "В" in "ВE68 ..."), case kept, O for 0 and
    l/I for 1 inside numbers, a word processor's dashes between digits as hyphens, a number read out in words as
    digits, and spaced-out single digits and numbers cut in odd groups joined."""
    text = reader_text(s)
    if not text.isascii():
        out = []
        for ch in text:
            if ch.isascii():
                out.append(ch)
            elif unicodedata.category(ch) == "Nd":
                out.append(str(unicodedata.digit(ch)))
            elif ch in _confusables() and ch not in _TURKISH:
                out.append(_confusables()[ch])  # a Cyrillic З for 3 as well as a В for B
            elif _needs_latin(ch):
                out.append(_latin_letter(ch))
            else:
                out.append(ch)
        text = "".join(out)
    text = _NUMBER_RUN.sub(_as_digits, dashes_as_hyphens(text))
    spoken = spoken_digits_with_map(text)  # a number read out in words ('nul vier zeven vijf, twaalf, ...')
    if spoken is not None:
        text = spoken[0]
    odd = spaced_digits_with_map(text)  # a number cut in odd groups ('0 2 2 0 0 022 2', 'B E 7 1 0 9 ...')
    text = join_spaced_digits(odd[0] if odd is not None else text)
    # Spaces around a dash, dot or slash between digits ('23 10 12 - 486 - 11') and after a country code
    # ('BE 43 7350 ...') are not read.
    return _COUNTRY_SPACE.sub(r"\1", _SPACED_SEPARATOR.sub(r"\1", text))


_SPACED_SEPARATOR = re.compile(r"(?<=\d) ?([./-]) ?(?=\d)")
_COUNTRY_SPACE = re.compile(r"(?<![^\W_])([A-Z]{2}) (?=\d{2}[ .-]?\d{4}(?!\d))")


def original_span(s: str, index: list[int], start: int, end: int) -> tuple[int, int]:
    """The span of ``s`` that the folded characters ``start:end`` came from.

    The end is extended over the combining marks and invisible characters that belong to the
    last character, so replacing the span leaves no stray accent or zero-width space behind.
    """
    if start >= end:
        pos = index[start] if start < len(index) else len(s)
        return pos, pos
    # In displayed order (a bidi override) the characters of a match need not be in stored order.
    covered = index[start:end]
    a, b = min(covered), max(covered) + 1
    while a > 0 and _invisible(s[a - 1]) and s[a - 1] not in BIDI_CONTROLS:
        a -= 1  # a zero-width space before the name goes with it: nothing invisible is left over
    if a != index[start] or b != index[end - 1] + 1:
        # Reordered: a match that starts where an override run starts takes its control along, so the
        # replacement is not itself shown reversed.
        while a > 0 and s[a - 1] in BIDI_CONTROLS:
            a -= 1
    while b < len(s) and (unicodedata.combining(s[b]) or _invisible(s[b])):
        b += 1
    return a, b


def _latin_letter(ch: str) -> str:
    """A letter of another script, or a lookalike, as the Latin letter(s) a reader takes it for; case kept."""
    if ch in _TURKISH:
        return "I" if ch == "İ" else "i"
    look = _confusables().get(ch)
    if look is None or not look.isalpha():
        look = anyascii(ch)
    return look.upper() if ch.isupper() and len(look) == 1 else (look.capitalize() if ch.isupper() else look.lower())


def _script_mark(ch: str) -> bool:
    """A vowel sign or virama of a script that writes vowels as marks (Tamil 'ா', Devanagari 'ि'): part of the
    letter before it, not a combining accent of a Latin letter."""
    return (
        not ch.isascii()
        and unicodedata.category(ch) in ("Mn", "Mc")
        and not unicodedata.name(ch, "COMBINING").startswith(("COMBINING", "LATIN", "ARABIC", "HEBREW"))
    )


def _needs_latin(ch: str) -> bool:
    if ch.isascii():
        return False
    if ch in _TURKISH:
        return True
    if not ch.isalpha():
        return _script_mark(ch)
    return not unicodedata.name(ch, "LATIN").startswith("LATIN")


def needs_reading(s: str) -> bool:
    """Whether ``s`` holds anything a reader does not see as written: invisible characters (bidi controls among
    them), decomposed accents, a word hyphenated over a line break, dotless ı, letters or digits of another script
    (a Cyrillic spelling, Arabic-Indic digits), or a compatibility form (a full-width ＠ or digit, a ligature) that
    NFKC changes."""
    if s.isascii():
        return bool(_HYPHEN_BREAK.search(s))
    return (
        # Each distinct character once: a long note repeats a few dozen characters thousands of times.
        any(
            _invisible(ch) or unicodedata.combining(ch) or _needs_latin(ch) or ch.isdigit()
            for ch in set(s)
            if ch > "\x7f"
        )
        or bool(_HYPHEN_BREAK.search(s))
        or not unicodedata.is_normalized("NFKC", s)
    )


_LETTER_RUN = re.compile(r"[^\W\d_]+")
# A word with the vowel signs of its script in it ('காவ்யா'): the signs are no word break.
_MARKED_RUN = re.compile(r"(?:[^\W\d_][\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]*)+")


def _ascii_digits(text: str) -> str:
    """Every script's digits as ASCII digits ('٠٤٧٥' reads 0475), one for one."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.digit(ch)) if not ch.isascii() and unicodedata.category(ch) == "Nd" else ch for ch in text
    )


def latin_with_map(s: str, *, visual: bool = True, homoglyphs: bool = False) -> tuple[str, list[int]]:
    """Reader text with other scripts' letters as Latin letters and their digits as ASCII digits, case and Latin
    accents kept (what name matching and a case-aware model need), and per character the index of its original
    character.

    A word written wholly in another script is transliterated (anyascii: 'Лотте' becomes 'Lotte'); a lookalike
    inside a Latin word is read as the letter it imitates ('Lоtte' with a Cyrillic о becomes 'Lotte'). Unlike
    :func:`fold_with_map` nothing is lower-cased or stripped of its accents. ``visual=False`` keeps the stored
    order where a bidi override would show the text reversed (the order a copy of the text has).
    Combining marks that NFKC leaves on their own are left out. ``homoglyphs=True`` reads every letter that looks
    like a Latin one as that letter, also in a word without any Latin letter: 'Магіτ' (Cyrillic and Greek) is
    shown as 'Marit', which is what a reader sees.
    """
    text, index = _reader_with_map(s, visual)
    text = _ascii_digits(text)
    if any(unicodedata.combining(ch) for ch in text if ch > "\x7f"):
        # A mark NFKC could not put on its letter ('B\u0301avo', a strike-through) is no letter: the word reads on.
        # A script's own vowel signs stay: they are the word's vowels.
        kept = [i for i, ch in enumerate(text) if not unicodedata.combining(ch) or _script_mark(ch)]
        text, index = "".join(text[i] for i in kept), [index[i] for i in kept]
    convert = (lambda ch: _needs_latin(ch) or _latin_lookalike(ch)) if homoglyphs else _needs_latin
    if not any(convert(ch) for ch in text) and not (homoglyphs and not unicodedata.is_normalized("NFKC", s)):
        return text, index
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in (_MARKED_RUN if any(_script_mark(ch) for ch in text) else _LETTER_RUN).finditer(text):
        out.append(text[last : m.start()])
        out_index.extend(index[last : m.start()])
        word = m.group(0)
        mixed = any(ch.isascii() or not _needs_latin(ch) and ch not in _TURKISH for ch in word)
        if not mixed and not homoglyphs and any(_script_mark(ch) for ch in word):
            # A syllable script reads by the word, not letter by letter ('காவ்யா' is 'kavya', not 'kaavaya'):
            # each Latin letter points into the word in proportion, the first to its first letter and the last to its
            # last sign.
            latin, n = anyascii(word), len(word)
            out.append(latin)
            at = [0 if j == 0 else min(n - 1, ((j + 1) * n - 1) // len(latin)) for j in range(len(latin))]
            out_index.extend(index[m.start() + a] for a in at)
            last = m.end()
            continue
        for offset, ch in enumerate(word):
            if homoglyphs:
                # A lookalike as typed, before NFKC made it another letter: the lunate sigma 'ϲ' shows a c, not
                # the σ that NFKC gives.
                typed = s[index[m.start() + offset]]
                if typed != ch and len(unicodedata.normalize("NFKC", typed)) == 1 and typed in _confusables():
                    ch = typed
            if not convert(ch):
                latin = ch
            elif mixed or homoglyphs or ch in _TURKISH:
                latin = _latin_letter(ch)
            else:
                latin = anyascii(ch)
                latin = latin.capitalize() if ch.isupper() else latin.lower()
            out.append(latin)
            out_index.extend([index[m.start() + offset]] * len(latin))
        last = m.end()
    out.append(text[last:])
    out_index.extend(index[last:])
    return "".join(out), out_index


def _latin_lookalike(ch: str) -> bool:
    """A Latin letter that is no accented letter but looks like a plain one: the Latin alpha 'ɑ', the script 'ɡ'."""
    return not ch.isascii() and ch.isalpha() and ch in _confusables() and not unicodedata.decomposition(ch)


def compose(outer: list[int], inner: list[int]) -> list[int]:
    """The index of a reading of a reading: ``inner`` maps into a text that ``outer`` maps into the original."""
    return [outer[i] for i in inner]


def _rejoin(s: str, pieces: list[tuple[int, int, list[int]]]) -> tuple[str, list[int]]:
    """``s`` with each (start, end) span replaced by the characters of ``s`` at the given positions."""
    chars: list[str] = []
    index: list[int] = []
    last = 0
    for start, end, keep in pieces:
        chars.append(s[last:start])
        index.extend(range(last, start))
        chars.extend(s[i] for i in keep)
        index.extend(keep)
        last = end
    chars.append(s[last:])
    index.extend(range(last, len(s)))
    return "".join(chars), index


# Three or more single letters with one space, a dot or a dot and a space between them ("E m i e l",
# "J.o.r.i.n.d.e.", "B. o. u. d"): a reader reads one word.
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:\. ?| )[^\W\d_](?![^\W_])){2,}(\.)?")
# A dot after spaced letters that does not end a sentence: a lower-case word, a digit or a comma follows.
_MID_SENTENCE = re.compile(r" ?[^\W_A-Z]|[,;:)]")


def spaced_letters_with_map(s: str) -> tuple[str, list[int]] | None:
    """``s`` with runs of single letters written together ('E m i e l' as 'Emiel'), and per character the index
    in ``s``; None when ``s`` holds no such run. A dot after the last letter that ends no sentence goes too, so
    a span over the word covers it ("J.o.r.i.n.d.e. speelde")."""
    pieces = []
    for m in _SPACED_LETTERS.finditer(s):
        end = m.end()
        if not (m.group(1) and _MID_SENTENCE.match(s, end)):
            end = m.end(1) - 1 if m.group(1) else end
        pieces.append((m.start(), end, [i for i in range(m.start(), end) if s[i].isalpha()]))
    return _rejoin(s, pieces) if pieces else None


# Groups of digits with one space, dot, dash or slash between them, perhaps after a country code ("B E 7 6 ...",
# "BE5 2 13 ..."): a number written spaced out or in odd groups. Loosely also with spaces around a dash, slash or
# middle dot ("23 06 21 - 215 87", "BE 43 7350 ...").
_DIGIT_GROUPS = re.compile(r"(?<![^\W_])(?:[A-Z][ .-]?[A-Z][ .-]?)?\d+(?:[ ./-]\d+){2,}(?![^\W_])")
_LOOSE_GROUPS = re.compile(r"(?<![^\W_])(?:[A-Z][ .-]?[A-Z] ?[ .-]? ?)?\d+(?:(?: ?[./\-\u00b7] ?| )\d+){2,}(?![^\W_])")


_DATE_START = re.compile(r"(\d{1,2}) ?([./-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})(?!\d)")


def spaced_digits_with_map(s: str, *, loose: bool = False) -> tuple[str, list[int]] | None:
    """``s`` with a number written spaced out written together ('0 4 7 5 1 2 ...', '2 51 02 3 17 71 9',
    'B E 7 6 6 3 ...'), and per character the index in ``s``; None when ``s`` holds none.

    A run is joined when it holds nine digits or more and a group of one digit or a country code: a phone number,
    a national number or an account number read digit by digit or cut anywhere (BE71.0961.2345.6769), not a
    date with a time (25.09.2024 10.30) or a list of times. What is found in the joined text must still pass its
    recognizer's check. ``loose``: every run of nine digits or more in three groups or more, for a reader that
    only takes what a checksum or phonenumbers confirms ('850412 273 19', '23 10 12 - 486 - 11')."""
    pieces = []
    for m in (_LOOSE_GROUPS if loose else _DIGIT_GROUPS).finditer(s):
        groups = re.findall(r"\d+", m.group(0))
        # After a country code no date or time is meant; with spaces only it is an IBAN as written (BE71 0961 ...).
        account = bool(re.match(r"[A-Z]{2}\d", m.group(0))) and bool(re.search(r"[./-]", m.group(0)))
        if sum(map(len, groups)) < 9 or all(len(g) > 1 for g in groups) and not (account or loose):
            continue
        date = _DATE_START.match(m.group(0))
        if (
            date
            and 1 <= int(date.group(1)) <= 31
            and 1 <= int(date.group(3)) <= 12
            and not m.group(0)[date.end() :].lstrip(" ").startswith(date.group(2))
        ):
            continue  # a date and then a time or a count ('3/02/2025 21:17'), no number read digit by digit
        pieces.append((m.start(), m.end(), [i for i in range(m.start(), m.end()) if s[i].isalnum()]))
    return _rejoin(s, pieces) if pieces else None


# A number read out word by word, as a voicemail or a chat note writes it down ('nul vier zeven zes, vijf negen,
# twaalf, zevenendertig', 'zéro quatre soixante-dix-huit ...', 'zero four seven ...', 'plus tweeëndertig ...'). A
# phone number read out starts with a spoken zero or plus; text2num reads each word in Dutch, French or English.
_SPOKEN_START = re.compile(r"(?i)(?<![^\W\d_])(?:nul|zero|zéro|plus)(?![^\W\d_])")
_SPOKEN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Between two words of one number: spaces, one comma, dot, dash or slash, one line break.
_SPOKEN_GAP = re.compile(r"[ \t]*[,.;:/\u2013-]?[ \t]*(?:\r?\n[ \t]*)?")
_SPOKEN_DOUBLE = frozenset({"dubbel", "double"})
_SPOKEN_LANGUAGES = ("nl", "fr", "en")
# Words and digits enough to be a phone, national or account number and no count or sum.
_SPOKEN_MIN_WORDS = 4
_SPOKEN_MIN_DIGITS = 9


@lru_cache(maxsize=4096)
def _spoken_number(word: str) -> int | None:
    """The value of one number word (0 to 999) in Dutch, French or English, or None ('vierendertig' is 34)."""
    from text_to_num import text2num

    low = word.lower()
    for language in _SPOKEN_LANGUAGES:
        try:
            value = text2num(low, language)
        except ValueError:
            continue
        return value if 0 <= value <= 999 else None
    return None


def _dutch_number(word: str) -> bool:
    from text_to_num import text2num

    try:
        text2num(word, "nl")
    except ValueError:
        return False
    return True


def _spoken_digits(word: str) -> str | None:
    """The digits a number word stands for; a hyphenated run of them ('nul-vier-zeven') read word by word unless it
    is one number ('soixante-dix-huit', 'twenty-three')."""
    whole = _spoken_number(word)
    if whole is not None:
        return str(whole)
    if "-" not in word:
        return None
    parts = word.split("-")
    out, at = [], 0
    while at < len(parts):  # the longest number at each place: 'zéro-six-vingt-et-un' is 0, 6, 21
        # A zero starts no longer number ('zéro-un' is 0 and 1, not 1).
        longest = at + 1 if _spoken_number(parts[at]) == 0 else len(parts)
        for end in range(longest, at, -1):
            value = _spoken_number("-".join(parts[at:end]))
            if value is not None:
                out.append(str(value))
                at = end
                break
        else:
            return None
    return "".join(out)


def spoken_digits_with_map(s: str) -> tuple[str, list[int]] | None:
    """``s`` with a number read out word by word written in digits ('nul vier zeven vijf, twaalf, vierendertig'
    becomes '0475 1234' without the spaces: '04751234'), and per character the index in ``s``; None when ``s``
    holds none. A run is read when it starts with a spoken zero or plus and gives nine digits or more in four words
    or more (a count 'een twee drie ...' never starts with zero). The digits of a word map to that word."""
    if not _SPOKEN_START.search(s):
        return None
    chars: list[str] = []
    index: list[int] = []
    last = 0
    for start in _SPOKEN_START.finditer(s):
        if start.start() < last:
            continue
        digits: list[tuple[str, int]] = []
        at, end, words, double, tens = start.start(), start.start(), 0, False, None
        while (word := _SPOKEN_WORD.match(s, at)) is not None:
            text = word.group(0)
            low = text.lower()
            if low == "plus" and not digits:
                value = "+"
            elif low in _SPOKEN_DOUBLE and digits:
                double, at = True, _SPOKEN_GAP.match(s, word.end()).end()  # type: ignore[union-attr]
                continue
            else:
                read = _spoken_digits(text)
                if read is None:
                    break
                value = read
            if tens is not None and len(value) == 1 and value != "0" and not s[tens : word.start()].strip():
                # 'thirty four': the unit completes the tens before it (Dutch writes them as one word).
                digits[-1] = (value, digits[-1][1])
                tens = None
            else:
                if double:
                    value *= 2
                round_ten = len(value) == 2 and value.endswith("0") and value != "10"
                tens = word.end() if round_ten and not _dutch_number(low) else None
                # Each digit maps into its word: the run's first digit to the word's start, a word's last digit to
                # its end, so a span over the digits covers the words whole.
                for k, ch in enumerate(value):
                    last_digit = k == len(value) - 1 and (digits or len(value) > 1)
                    digits.append((ch, word.end() - 1 if last_digit else word.start()))
            double = False
            words += text.count("-") + 1
            end = word.end()
            at = _SPOKEN_GAP.match(s, end).end()  # type: ignore[union-attr]
        if words >= _SPOKEN_MIN_WORDS and sum(ch.isdigit() for ch, _ in digits) >= _SPOKEN_MIN_DIGITS:
            chars.append(s[last : start.start()])
            index.extend(range(last, start.start()))
            chars.extend(ch for ch, _ in digits)
            index.extend(i for _, i in digits)
            last = end
    if not index and last == 0:
        return None
    chars.append(s[last:])
    index.extend(range(last, len(s)))
    return "".join(chars), index


# Dashes other than the hyphen-minus between the digits of a long number ('0475‐12‐34‐56' from a word processor,
# '21.09.08‑304.55'): a reader reads the number, so do the recognizers. Only in a run of nine digits or more, since
# an en dash between two short numbers is a range ('9–12 uur').
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# The dash right between two digits: spaced, an en dash separates ('06 – 27/1/2025' in a log line).
_DASHED_RUN = re.compile(rf"(?<!\d)\d+(?:(?:[ ]?[ ./-][ ]?|[{_DASHES}])\d+)+(?!\d)")
_DASH_TO_HYPHEN = str.maketrans(dict.fromkeys(_DASHES, "-"))


def dashes_as_hyphens(s: str) -> str:
    """``s`` with every dash between the digits of a long number written as a hyphen; the length stays."""
    if s.isascii() or not any(d in s for d in _DASHES):
        return s
    return _DASHED_RUN.sub(
        lambda m: m.group(0).translate(_DASH_TO_HYPHEN) if sum(c.isdigit() for c in m.group(0)) >= 9 else m.group(0),
        s,
    )
