"""Warn when the question asked just before the child spoke was leading.

Why: what a child says carries weight later only when it is clear the words were the child's own. A
closed yes/no question that names who or what ("Heeft papa je geslagen?", "Deed de juf je pijn?") puts
the answer in the child's mouth; young children often answer "ja" to please or repeat the question.
The recording guidance therefore asks for the question to be noted with the words, and for open
questions (vertel eens, leg eens uit, beschrijf eens).

How: a question is closed when no question word opens it: it starts with a verb ("Sloeg papa je?"), is
a statement with a question mark ("Je bent gevallen?") or ends on a confirming tag ("..., hè?"). It is
leading when it also names something beyond a small set of neutral words ("Is er iets gebeurd?" is closed
but suggests nothing). The word lists and the Dutch texts are data (``data/vragen.toml``), readable and
editable by a coach. Plain regular expressions are enough here: questions are short and the rule is
about word order.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

_QUESTION = re.compile(r"[^.!?\n]*\?")
_WORD = re.compile(r"[\wÀ-ÿ'-]+")


class QuestionLexicon(BaseModel):
    model_config = ConfigDict(extra="forbid")

    vraagwoorden: frozenset[str]
    uitnodigingen: frozenset[str]
    bevestigingen: frozenset[str]
    neutraal: frozenset[str]
    uitleg: str
    uitleg_bevestiging: str
    suggestie: str


@cache
def question_lexicon() -> QuestionLexicon:
    data = resources.files("casusprep.hints").joinpath("data", "vragen.toml").read_text(encoding="utf-8")
    return QuestionLexicon.model_validate(tomllib.loads(data))


@dataclass(frozen=True, slots=True)
class QuestionHint:
    """One leading question: character offsets into the text, why it leads and an open alternative (Dutch)."""

    start: int
    end: int
    text: str
    explanation: str
    suggestion: str


def _words(question: str) -> list[str]:
    return [w.lower().strip("'-") for w in _WORD.findall(question)]


def _tagged(question: str, lex: QuestionLexicon) -> bool:
    """Ends on a confirming tag after a comma: "Je bent gevallen, hè?", "Papa deed dat, of niet?"."""
    if "," not in question:
        return False
    tail = " ".join(_words(question.rsplit(",", 1)[1]))
    return tail in lex.bevestigingen


def _closed(words: list[str], lex: QuestionLexicon) -> bool:
    if not words or words[0] in lex.vraagwoorden or words[0] in lex.uitnodigingen:
        return False
    # "Papa, wat is er gebeurd?", "En waar was dat?": still open.
    return not any(w in lex.vraagwoorden for w in words[1:3])


def _suggests(words: list[str], lex: QuestionLexicon) -> bool:
    return any(w not in lex.neutraal and w not in lex.bevestigingen for w in words)


def question_hints(text: str) -> list[QuestionHint]:
    """The leading questions in ``text`` (what the coach noted under "Wat vroeg ik?"), in text order."""
    lex = question_lexicon()
    hints = []
    for match in _QUESTION.finditer(text):
        raw = match.group()
        lead = len(raw) - len(raw.lstrip(" \t\"'“„‘,;:"))
        question = raw[lead:]
        words = _words(question)
        if not words:
            continue
        if _tagged(question, lex):
            explanation = lex.uitleg_bevestiging
        elif _closed(words, lex) and _suggests(words, lex):
            explanation = lex.uitleg
        else:
            continue
        start = match.start() + lead
        hints.append(QuestionHint(start, match.end(), text[start : match.end()], explanation, lex.suggestie))
    return hints
