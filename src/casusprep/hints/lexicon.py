"""The curated objectivity lexicon: loaded from ``data/objectiviteit.toml`` and turned into spaCy patterns.

Why data and not code: the words that mark an interpretation, a judgement or hearsay are domain
knowledge that a pedagogical coach can read and correct. This module only knows the small phrase
notation described at the top of the data file and the regular inflection of Dutch adjectives,
so the lexicon works on a pipeline without a lemmatizer.
"""

from __future__ import annotations

import re
import tomllib
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

MAX_GAP = 4  # "..." in a phrase: zero to this many words


class HintKind(StrEnum):
    """The five kinds of non-observation; values are the Dutch names the user reads."""

    INTERPRETATION = "interpretatie"
    JUDGEMENT = "oordeel"
    DIAGNOSIS = "diagnose"
    GENERALISATION = "veralgemening"
    HEARSAY = "horen-zeggen"


class KindText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    naam: str
    uitleg: str
    suggestie: str


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    soort: HintKind
    woorden: list[str] = Field(default_factory=list)
    bijvoeglijk: bool = False
    zinsdelen: list[str] = Field(default_factory=list)
    behalve: list[str] = Field(default_factory=list)
    weerlegbaar: bool = False  # the classifier may drop this mark when it is sure the sentence is an observation
    uitleg: str | None = None
    suggestie: str | None = None

    @model_validator(mode="after")
    def _has_content(self) -> Rule:
        if not self.woorden and not self.zinsdelen:
            raise ValueError("een regel heeft woorden of zinsdelen nodig")
        return self


class ClassText(BaseModel):
    """How a sentence the classifier flags (without a lexicon phrase) is explained, per kind of interpretation."""

    model_config = ConfigDict(extra="forbid")

    soort: HintKind
    naam: str
    uitleg: str
    suggestie: str


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid")

    geen_vormen: list[str] = Field(default_factory=list)
    soort: dict[HintKind, KindText]
    klasse: dict[str, ClassText] = Field(default_factory=dict)
    regel: list[Rule]

    @model_validator(mode="after")
    def _every_kind_described(self) -> Lexicon:
        missing = [k.value for k in HintKind if k not in self.soort]
        if missing:
            raise ValueError(f"soort zonder uitleg: {', '.join(missing)}")
        return self

    def explanation(self, rule: Rule) -> str:
        return rule.uitleg or self.soort[rule.soort].uitleg

    def suggestion(self, rule: Rule) -> str:
        return rule.suggestie or self.soort[rule.soort].suggestie


def parse_lexicon(text: str) -> Lexicon:
    """Validate a lexicon given as TOML text (also used by tests on edited copies)."""
    return Lexicon.model_validate(tomllib.loads(text))


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read once."""
    data = resources.files("casusprep.hints").joinpath("data", "objectiviteit.toml").read_text(encoding="utf-8")
    return parse_lexicon(data)


# --------------------------------------------------------------------------- inflection

_VOWELS = "aeiouy"


def adjective_forms(base: str) -> set[str]:
    """Inflected (-e), comparative (-er) and superlative (-st) forms of a Dutch adjective.

    Over-generation is harmless (a non-word matches nothing), so spelling rules are applied
    generously: open syllables lose a doubled vowel (brutaal -> brutale), final s/f voice after a long
    vowel (vies -> vieze, agressief -> agressieve) and a short vowel doubles the consonant (dom -> domme).
    """
    base = base.lower()
    forms = {base}
    participle_en = base.endswith("en") and len(base) > 3 and base[-3] not in _VOWELS
    if " " in base or participle_en or (base.endswith("e") and not base.endswith(("ee", "ie"))):
        # participles in -en and words in -e do not inflect (gespannen, overstuur-like cases)
        return forms
    stems = {base}
    last = base[-1]
    if len(base) >= 3 and base[-2] in _VOWELS and base[-3] == base[-2] and last not in _VOWELS:
        stems.add(base[:-2] + last)  # brutaal -> brutal
    if last in "sf" and len(base) >= 3 and base[-2] in _VOWELS and base[-3] in _VOWELS:
        voiced = {"s": "z", "f": "v"}[last]
        for stem in list(stems):
            stems.add(stem[:-1] + voiced)  # vies -> viez, agressief -> agressiev, boos -> boz
    short_vowel = len(base) >= 2 and base[-2] in _VOWELS and (len(base) < 3 or base[-3] not in _VOWELS)
    if last not in _VOWELS and short_vowel and not base.endswith(("ig", "el", "er", "lijk", "isch")):
        stems.add(base + last)  # dom -> domm, kil -> kill
    for stem in stems:
        forms.update({stem + "e", stem + "er", stem + "ere"})
    forms.update({base + "st", base + "ste"})
    if last in _VOWELS:
        forms.update({base + "ë", base + "e"})
    return forms


# --------------------------------------------------------------------------- phrase notation


def phrase_to_pattern(phrase: str) -> list[dict[str, Any]]:
    """Turn the data file's phrase notation into a spaCy Matcher pattern on lower-case text."""
    pattern: list[dict[str, Any]] = []
    for raw in phrase.lower().split():
        if raw == "...":
            pattern.append({"IS_PUNCT": False, "OP": f"{{0,{MAX_GAP}}}"})
            continue
        optional = raw.endswith("?") and len(raw) > 1
        token = raw[:-1] if optional else raw
        if token == "*":
            spec: dict[str, Any] = {"IS_PUNCT": False}
        elif token.endswith("*") and "|" not in token:
            spec = {"LOWER": {"REGEX": "^" + re.escape(token[:-1]) + r"\w+$"}}
        else:
            options = [t for t in token.split("|") if t]
            spec = {"LOWER": options[0]} if len(options) == 1 else {"LOWER": {"IN": options}}
        if optional:
            spec["OP"] = "?"
        pattern.append(spec)
    return pattern


def rule_patterns(rule: Rule, blocked: set[str]) -> tuple[list[list[dict[str, Any]]], list[str]]:
    """Matcher patterns on surface forms, and the base words for a lemma match when a lemmatizer exists."""
    single: set[str] = set()
    patterns: list[list[dict[str, Any]]] = []
    lemmas: list[str] = []
    for word in rule.woorden:
        word = word.lower().strip()
        if " " in word:
            patterns.append(phrase_to_pattern(word))
            continue
        lemmas.append(word)
        single.update(adjective_forms(word) if rule.bijvoeglijk else {word})
    single -= blocked
    if single:
        patterns.append([{"LOWER": {"IN": sorted(single)}}])
    patterns.extend(phrase_to_pattern(p) for p in rule.zinsdelen)
    return patterns, lemmas
