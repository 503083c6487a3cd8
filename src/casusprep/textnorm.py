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
_NUMBER_RUN = re.compile(r"(?:(?<![^\W\d_])|(?=\d))[0-9OoIl|](?:[ ./-]?[0-9OoIl|])*(?:(?<=\d)|(?![^\W\d_]))")
_SEPARATORS = re.compile(r"([ ./-])")
_DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def _as_digits(m: re.Match[str]) -> str:
    # Only a piece that holds a real digit is a number ("O475"); "lol" next to a number stays a word.
    return "".join(
        piece.translate(_DIGIT_FOR) if any(c.isdigit() for c in piece) else piece
        for piece in _SEPARATORS.split(m.group(0))
    )


_LETTER_IN_NUMBER = re.compile(r"\d[OoIl|]|[OoIl|]\d")


def letters_as_digits(s: str) -> str:
    """``s`` with O for 0 and l/I for 1 inside numbers (O476/12.34.56, 21/O3/2O19), nothing else changed: the
    result has the length of ``s``, so a span found in it is the same span of ``s``."""
    return _NUMBER_RUN.sub(_as_digits, s) if _LETTER_IN_NUMBER.search(s) else s


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
    l/I for 1 inside numbers, and spaced-out single digits joined."""
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
    return join_spaced_digits(_NUMBER_RUN.sub(_as_digits, text))


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


def _needs_latin(ch: str) -> bool:
    if ch.isascii():
        return False
    if ch in _TURKISH:
        return True
    if not ch.isalpha():
        return False
    return not unicodedata.name(ch, "LATIN").startswith("LATIN")


def needs_reading(s: str) -> bool:
    """Whether ``s`` holds anything a reader does not see as written: invisible characters (bidi controls among
    them), decomposed accents, a word hyphenated over a line break, dotless ı, letters of another script (a
    Cyrillic spelling), or a compatibility form (a full-width ＠ or digit, a ligature) that NFKC changes."""
    if s.isascii():
        return bool(_HYPHEN_BREAK.search(s))
    return (
        # Each distinct character once: a long note repeats a few dozen characters thousands of times.
        any(_invisible(ch) or unicodedata.combining(ch) or _needs_latin(ch) for ch in set(s))
        or bool(_HYPHEN_BREAK.search(s))
        or not unicodedata.is_normalized("NFKC", s)
    )


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def latin_with_map(s: str, *, visual: bool = True) -> tuple[str, list[int]]:
    """Reader text with other scripts' letters as Latin letters, case and Latin accents kept (what name matching
    and a case-aware model need), and per character the index of its original character.

    A word written wholly in another script is transliterated (anyascii: 'Лотте' becomes 'Lotte'); a lookalike
    inside a Latin word is read as the letter it imitates ('Lоtte' with a Cyrillic о becomes 'Lotte'). Unlike
    :func:`fold_with_map` nothing is lower-cased or stripped of its accents. ``visual=False`` keeps the stored
    order where a bidi override would show the text reversed (the order a copy of the text has).
    """
    text, index = _reader_with_map(s, visual)
    if not any(_needs_latin(ch) for ch in text):
        return text, index
    out: list[str] = []
    out_index: list[int] = []
    last = 0
    for m in _LETTER_RUN.finditer(text):
        out.append(text[last : m.start()])
        out_index.extend(index[last : m.start()])
        word = m.group(0)
        mixed = any(ch.isascii() or not _needs_latin(ch) and ch not in _TURKISH for ch in word)
        for offset, ch in enumerate(word):
            if not _needs_latin(ch):
                latin = ch
            elif mixed or ch in _TURKISH:
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
