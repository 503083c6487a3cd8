"""What every recognizer shares: the detection type and a word tokenisation with sentence starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casusprep.anonymise.detection import Detection
from casusprep.anonymise.lexicon import fold

__all__ = ["OPENERS", "PARTICLES", "WORD", "Detection", "Token", "starts_sentence", "tokens"]

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "el",
        "ben",
        "ait",
        "d",
        "le",
        "la",
        "du",
        "von",
        "op",
        "t",
        "'t",
        "ter",
        "ten",
        "al",
        "bin",
        "abu",
        "dos",
        "da",
        "di",
        "vanden",
        "vander",
        "in",
    }
)
_SENTENCE_GAP = re.compile(r"[.!?:\n•\"“„–-]\s*$")
# What may stand between a sentence end and its first word: spaces, opening quotes and brackets, bullets.
OPENERS = " \t\"'“‘„«(*-•"


def alternation(words) -> str:
    """``words`` as a regex alternation, escaped, longest first (so "mama van" wins over "mama")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def starts_sentence(text: str, start: int, ends: str = ".!?\n", openers: str = OPENERS) -> bool:
    """Whether the word at ``start`` opens a sentence: at the text start, or after one of ``ends`` with only
    ``openers`` between. Looks back a short window only: a note can be 200,000 characters."""
    before = text[max(0, start - 40) : start].rstrip(openers)
    return not before or before[-1] in ends


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    folded: str
    sentence_start: bool
    capitalised: bool = field(init=False)  # set once: every recognizer asks, for every token

    def __post_init__(self) -> None:
        self.capitalised = self.text[:1].isupper()


def tokens(text: str) -> list[Token]:
    """Word tokens; a token starts a sentence after . ! ? : a newline or a dash, or at the text start."""
    out: list[Token] = []
    last_end = 0
    for m in WORD.finditer(text):
        start, end = m.span()
        word = m.group()
        gap = text[last_end:start]
        # Most gaps are one space, which never ends a sentence: the expression is asked only about the others.
        starts = not out or gap != " " and ("\n" in gap or _SENTENCE_GAP.search(gap) is not None)
        out.append(Token(word, start, end, fold(word), starts))
        last_end = end
    return out
