"""Indirect identifiers: details that name nobody, yet let someone who knows the neighbourhood tell which
family it is (a rare profession, a nationality with a place or a school, an exact age with the group, the
number and ages of brothers and sisters, an event that was in the news).

Why a detector of its own, apart from the engine: these are not removed. The review asks the coach about
each one ("Kan iemand het gezin hierdoor herkennen?") and she makes it more general or leaves it; only
what she generalised is replaced (the engine does that, from ``case.anonymisation.generalised``). The words,
patterns and explanations are data (``data/indirect.toml``); the code only applies them. No NLP is needed,
but the review runs it in its worker with the rest of the detection.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PATH = Path(__file__).parent / "data" / "indirect.toml"

Kind = Literal["beroep", "nationaliteit", "leeftijd", "broers_zussen", "gebeurtenis"]
KINDS: tuple[Kind, ...] = ("beroep", "nationaliteit", "leeftijd", "broers_zussen", "gebeurtenis")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _KindText(_Strict):
    uitleg: str = Field(min_length=1)
    algemener: str


class _Professions(_Strict):
    zipf_zeldzaam: float
    uitgangen: list[str] = Field(min_length=1)
    gewoon: list[str] = Field(min_length=1)
    zeldzaam: dict[str, str] = Field(min_length=1)


class _Nationalities(_Strict):
    bijvoeglijk: list[str] = Field(min_length=1)
    inwoners: list[str] = Field(min_length=1)
    inwoners_algemener: str
    school: list[str] = Field(min_length=1)


class _Ages(_Strict):
    algemener: str
    algemener_baby: str
    groep: list[str] = Field(min_length=1)
    patronen: list[str] = Field(min_length=1)


class _Pattern(_Strict):
    patroon: str
    algemener: str


class _Siblings(_Strict):
    patronen: list[_Pattern] = Field(min_length=1)


class _Event(_Strict):
    woorden: list[str] = Field(min_length=1)
    algemener: str


class IndirectData(_Strict):
    """The schema of ``data/indirect.toml``: a typo in a section fails at first use, with the reason."""

    numerals: list[str] = Field(min_length=1)
    ordinals: list[str] = Field(min_length=1)
    kind: dict[Kind, _KindText]
    beroep: _Professions
    nationaliteit: _Nationalities
    leeftijd: _Ages
    broers_zussen: _Siblings
    gebeurtenis: dict[str, _Event] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class IndirectSpan:
    """One detail: where it is in the text, what kind, why it can identify (Dutch) and a proposal for a more
    general wording ('' when only the coach can say)."""

    start: int
    end: int
    text: str
    kind: Kind
    explanation: str
    suggestion: str


def _alternatives(words: list[str]) -> str:
    ordered = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)  # longest first
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _whole_words(words: list[str], *, ignore_case: bool = True) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)", re.IGNORECASE if ignore_case else 0)


@dataclass(frozen=True)
class _Compiled:
    data: IndirectData
    rare: re.Pattern[str]
    work_context: re.Pattern[str]
    nationality: re.Pattern[str]
    demonym: re.Pattern[str]
    place: re.Pattern[str]
    group: re.Pattern[str]
    ages: tuple[re.Pattern[str], ...]
    siblings: tuple[tuple[re.Pattern[str], str], ...]
    events: tuple[tuple[re.Pattern[str], str], ...]


@cache
def _compiled() -> _Compiled:
    with PATH.open("rb") as fh:
        data = IndirectData.model_validate(tomllib.load(fh))
    n = rf"(?:\d{{1,2}}|{_alternatives(data.numerals)})"
    o = rf"(?:{_alternatives(data.ordinals)})"

    def patterns(sources: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p.replace("{n}", n).replace("{o}", o), re.IGNORECASE) for p in sources)

    schools = _alternatives(data.nationaliteit.school)
    return _Compiled(
        data=data,
        rare=_whole_words(list(data.beroep.zeldzaam)),
        # "werkt als glasblazer", "is glasblazer van beroep", "een glasblazer van beroep"
        work_context=re.compile(
            r"(?:\bwerk(?:t|en|te|ten)\s+als\s+(?:(?:een|zelfstandig|zelfstandige)\s+)?(?P<a>\w[\w-]+)"
            r"|(?P<b>\w[\w-]+)\s+van\s+beroep\b)",
            re.IGNORECASE,
        ),
        nationality=_whole_words(data.nationaliteit.bijvoeglijk, ignore_case=False),
        demonym=_whole_words(data.nationaliteit.inwoners, ignore_case=False),
        # a school with a name ("basisschool De Regenboog") or a place after "in"/"uit"/"te" ("uit Zingem")
        place=re.compile(
            rf"(?:(?<!\w)(?:{schools})\s+(?:[Dd]e\s+|'t\s+|[Hh]et\s+)?[A-Z]\w+|\b(?:in|uit|te)\s+[A-Z]\w+)"
        ),
        group=_whole_words(data.leeftijd.groep),
        ages=patterns(data.leeftijd.patronen),
        siblings=tuple(
            zip(
                patterns([p.patroon for p in data.broers_zussen.patronen]),
                [p.algemener for p in data.broers_zussen.patronen],
                strict=True,
            )
        ),
        events=tuple(
            (
                re.compile(rf"(?<!\w)(?:(?:de|het|een)\s+)?(?:{_alternatives(e.woorden)})(?!\w)", re.IGNORECASE),
                e.algemener,
            )
            for e in data.gebeurtenis.values()
        ),
    )


def _span(match: re.Match[str]) -> tuple[int, int]:
    """The part of a match to point at: the named group ``span`` when the pattern has one."""
    if "span" in match.re.groupindex and match.group("span") is not None:
        return match.start("span"), match.end("span")
    return match.start(), match.end()


def _rare_by_frequency(word: str, c: _Compiled) -> bool:
    """A profession word that is not in the lists: rare when it ends like a profession and is a rare word."""
    from casusprep.nlp.frequency import zipf_frequency

    folded = word.lower()
    if folded in {w.lower() for w in c.data.beroep.gewoon}:
        return False
    if not any(folded.endswith(suffix) for suffix in c.data.beroep.uitgangen):
        return False
    return zipf_frequency(folded, "nl") < c.data.beroep.zipf_zeldzaam


def find_indirect(text: str, *, place_named: bool = False, group_named: bool = False) -> list[IndirectSpan]:
    """The indirect identifiers in ``text``, in order, without overlaps (the longer one wins).

    ``place_named``: the case names a place or a school elsewhere (then a nationality counts anywhere);
    ``group_named``: the case names the child's group or class elsewhere (then an exact age counts anywhere).
    """
    c = _compiled()
    kinds = c.data.kind
    found: list[IndirectSpan] = []

    def add(start: int, end: int, kind: Kind, suggestion: str | None = None) -> None:
        general = kinds[kind].algemener if suggestion is None else suggestion
        found.append(IndirectSpan(start, end, text[start:end], kind, kinds[kind].uitleg, general))

    for m in c.rare.finditer(text):
        add(m.start(), m.end(), "beroep", _lookup(c.data.beroep.zeldzaam, m.group(0)))
    for m in c.work_context.finditer(text):
        group = "a" if m.group("a") else "b"
        word = m.group(group)
        if not c.rare.fullmatch(word) and _rare_by_frequency(word, c):
            add(m.start(group), m.end(group), "beroep")
    if place_named or c.place.search(text):
        for m in c.nationality.finditer(text):
            add(m.start(), m.end(), "nationaliteit")
        for m in c.demonym.finditer(text):
            add(m.start(), m.end(), "nationaliteit", c.data.nationaliteit.inwoners_algemener)
    for pattern, general in c.siblings:
        for m in pattern.finditer(text):
            add(*_span(m), "broers_zussen", general)
    if group_named or c.group.search(text):
        for pattern in c.ages:
            for m in pattern.finditer(text):
                start, end = _span(m)
                add(start, end, "leeftijd", _rounded_age(text[start:end], c.data.leeftijd))
    for pattern, general in c.events:
        for m in pattern.finditer(text):
            add(m.start(), m.end(), "gebeurtenis", general)
    return _without_overlaps(found)


def _rounded_age(age: str, rules: _Ages) -> str:
    """'2 jaar en 3 maanden' -> 'ongeveer 2 jaar', '8 maanden' -> 'jonger dan een jaar'; '' for words."""
    numbers = [int(d) for d in re.findall(r"\d+", age)]
    if not numbers:
        return ""
    years = numbers[0] if re.search(r"(?i)\bjaar\b", age) else numbers[0] // 12
    if re.search(r"(?i)\bweken\b", age):
        years = 0
    return rules.algemener.format(jaar=years) if years else rules.algemener_baby


def names_a_place(text: str) -> bool:
    """A school with a name or a place after "in", "uit" or "te" in ``text``."""
    return bool(_compiled().place.search(text))


def names_a_group(text: str) -> bool:
    return bool(_compiled().group.search(text))


def _lookup(table: dict[str, str], word: str) -> str:
    folded = " ".join(word.lower().split())
    return next((v for k, v in table.items() if k.lower() == folded), "")


def _without_overlaps(spans: list[IndirectSpan]) -> list[IndirectSpan]:
    kept: list[IndirectSpan] = []
    for s in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(s.end <= k.start or s.start >= k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)
