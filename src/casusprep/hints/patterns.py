"""Sentence patterns that put an interpretation as fact without a lexicon word (``data/patronen.toml``).

Why patterns next to the lexicon and the classifier: "Hij schaamde zich", "Ze viel omdat de vloer nat was",
", wat toont dat ze honger heeft" or "Thuis krijgt ze te weinig te eten" hold no judging word, yet their build
says what they do: a feeling of someone else, a cause, a conclusion drawn, a claim about the home. The classifier
catches many of them but can only name the kind; a pattern also says which words make the sentence an
interpretation, with an explanation of its own. The patterns work on the surface (no parser): the phrase notation
of the lexicon, a check on who the subject is, and a check for a present-tense verb in the same clause.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field

from casusprep.hints.clauses import Span, clauses, reported_speech

_WORD = r"[\w'’-]+"
# The writer's own feelings or the reader's ("ik schaamde me", "je voelt je"): not someone else's mental state.
# Subject forms only: "ze vertrouwt ons niet" is still about her.
_FIRST_OR_SECOND = {"ik", "we", "wij", "je", "jij", "u", "jullie"}
_SUBJECT_WINDOW = 3  # words before the phrase (and after its first word) where the subject stands
_AFTER_PUNCTUATION = re.compile(r"[,;:\u2013\u2014-]\s*$")
# The writer (or the team) acting, in the clause before a cause: their own reason, which they know. Not when they
# only perceived or thought something ("ik zag dat hij huilde omdat ..." gives someone else's reason).
_WRITER_ACTS = re.compile(r"\b(?:ik|we|wij)\b", re.IGNORECASE)
_PERCEIVED = re.compile(
    r"\b(?:zag|zagen|zie|zien|hoorde|hoorden|hoor|horen|merkte|merkten|merk|denk|dacht|dachten|vind|vond|vonden)\b",
    re.IGNORECASE,
)


class Pattern(BaseModel):
    model_config = ConfigDict(extra="forbid")

    klasse: str
    zinsdelen: list[str]
    na_leesteken: bool = False
    onderwerp: bool = False
    werkwoorden: list[str] = Field(default_factory=list)
    behalve: list[str] = Field(default_factory=list)
    tot_einde: bool = False
    eigen_reden: bool = False
    uitleg: str
    suggestie: str


class Patterns(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patroon: dict[str, Pattern]


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """Where a pattern marks a sentence (offsets into the sentence), with its kind and its explanation."""

    start: int
    end: int
    name: str
    klasse: str
    uitleg: str
    suggestie: str


def phrase_regex(phrase: str) -> str:
    """The lexicon's phrase notation (a|b, word?, *, ..., ge*) as a regular expression on the text."""
    out = ""
    gap = False
    for raw in phrase.lower().split():
        if raw == "...":
            gap = True
            continue
        optional = raw.endswith("?") and len(raw) > 1
        token = raw[:-1] if optional else raw
        if token == "*":
            body = _WORD
        elif token.endswith("*") and "|" not in token:
            body = re.escape(token[:-1]) + r"\w+"
        else:
            body = "(?:" + "|".join(re.escape(t) for t in token.split("|") if t) + ")"
        sep = "" if not out else (rf"\s+(?:{_WORD}\s+){{0,4}}" if gap else r"\s+")
        out += f"(?:{sep}{body})?" if optional else sep + body
        gap = False
    return rf"(?<![\w'’-]){out}(?![\w'’-])"


@dataclass(frozen=True)
class _Compiled:
    name: str
    pattern: Pattern
    phrases: re.Pattern[str]
    blocked: re.Pattern[str] | None
    verbs: re.Pattern[str] | None


def _union(phrases: Sequence[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{phrase_regex(p)})" for p in phrases), re.IGNORECASE)


@cache
def load_patterns() -> Patterns:
    """The shipped patterns, read once."""
    data = resources.files("casusprep.hints").joinpath("data", "patronen.toml").read_text(encoding="utf-8")
    return parse_patterns(data)


def parse_patterns(text: str) -> Patterns:
    return Patterns.model_validate(tomllib.loads(text))


@cache
def _compiled() -> tuple[_Compiled, ...]:
    out = []
    for name, pattern in load_patterns().patroon.items():
        verbs = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, pattern.werkwoorden)) + r")\b", re.IGNORECASE)
            if pattern.werkwoorden
            else None
        )
        blocked = _union(pattern.behalve) if pattern.behalve else None
        out.append(_Compiled(name, pattern, _union(pattern.zinsdelen), blocked, verbs))
    return tuple(out)


def _someone_else(sentence: str, start: int, end: int, clause: Span) -> bool:
    """No first- or second-person word stands where the subject of the phrase would: just before it, or right
    after its first word (inverted order: "Vandaag schaamde ze zich")."""
    before = re.findall(_WORD, sentence[clause[0] : start].lower())[-_SUBJECT_WINDOW:]
    after = re.findall(_WORD, sentence[start : clause[1]].lower())[1 : 1 + _SUBJECT_WINDOW - 1]
    return not (_FIRST_OR_SECOND & {*before, *after})


def _writers_own_reason(sentence: str, start: int, pieces: list[Span]) -> bool:
    """The clause before the cue has the writer or the team doing something ("ik heb hem uit de box gehaald")."""
    before = [(a, b) for a, b in pieces if b <= start]
    if not before:
        return False
    main = sentence[before[-1][0] : before[-1][1]]
    return bool(_WRITER_ACTS.search(main)) and not _PERCEIVED.search(main)


def pattern_matches(sentence: str, heard: Sequence[Span] = ()) -> list[PatternMatch]:
    """The patterns that mark this sentence, in text order and not overlapping (the first pattern in the data
    file wins a tie). ``heard``: ranges of quotations in the sentence, where nothing is marked. Reported speech
    with its source ("Mama zei dat ...") is what was heard: no pattern applies."""
    if reported_speech(sentence):
        return []
    pieces = clauses(sentence)
    found: list[PatternMatch] = []
    for item in _compiled():
        if item.blocked is not None and item.blocked.search(sentence):
            continue
        for m in item.phrases.finditer(sentence):
            if any(a <= m.start() < b for a, b in heard):
                continue
            clause = next(((a, b) for a, b in pieces if a <= m.start() < b), None)
            if clause is None:
                continue
            if item.pattern.na_leesteken and not _AFTER_PUNCTUATION.search(sentence[: m.start()]):
                continue
            if item.pattern.onderwerp and not _someone_else(sentence, m.start(), m.end(), clause):
                continue
            if item.pattern.eigen_reden and _writers_own_reason(sentence, m.start(), pieces):
                continue
            if item.verbs is not None and not item.verbs.search(sentence, clause[0], clause[1]):
                continue
            last = next(((a, b) for a, b in pieces if a < m.end() <= b), clause)  # the phrase may span a cut
            start, end = (m.start(), last[1]) if item.pattern.tot_einde else (clause[0], last[1])
            if any(start < f.end and f.start < end for f in found):
                continue
            p = item.pattern
            found.append(PatternMatch(start, max(end, m.end()), item.name, p.klasse, p.uitleg, p.suggestie))
            break  # one mark per pattern and sentence: the clause it opens
    return sorted(found, key=lambda f: f.start)
