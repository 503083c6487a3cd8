"""Find the phrases in an observation that are not observations, and move them where they belong.

Why: the slides (KiMiWa "Wat heb ik gezien? Wat denk ik?") and "Share with care" ask coaches to keep
objective observations apart from interpretations, judgements and hearsay. The engine marks such phrases
in place with a short Dutch explanation; the coach decides.

Three sources of hints, per sentence:
- the lexicon (spaCy matchers on the data file): the phrase-level marks, each traceable to a line of it;
- sentence patterns (``casusprep.hints.patterns``, ``data/patronen.toml``): a build that puts an interpretation as
  fact without a lexicon word ("omdat ...", ", wat toont dat ...", "hij schaamde zich", "thuis krijgt ze ..."),
  marked with an explanation of their own; also in a sentence the lexicon marks elsewhere, and dropped only when
  the classifier is nearly sure the sentence is an observation (its ``pattern`` threshold);
- a sentence classifier (``casusprep.hints.classifier``, a small spaCy textcat) for interpretations that carry
  no signal word: causes, feelings of others, labels, claims about the home, accusations, inferences, hearsay.
  When it flags a sentence without a lexicon phrase or a pattern, the clause that carries the interpretation is marked
  (``casusprep.hints.clauses``) with the explanation of its kind from the data file's ``[klasse.*]``. When it
  is nearly sure a sentence is an observation (a quote with its source, a frequency over a stated period, a
  document cited with the fact), the lexicon's marks in that sentence are dropped. Without a shipped
  classifier the lexicon and the patterns work alone.

Decisions (also documented in the data file):
- Text between quotation marks, and what follows "zei:" / "riep:" up to the end of the sentence, is
  what was heard: never marked ("zei: 'mama slaat'" is an observation).
- Negation does not turn a judgement into an observation: "niet agressief" still tells the reader what
  the writer concluded, not what was seen. The negator is included in the marked span. A negated
  observation ("geen blauwe plek") is never marked, because observation words are not in the lexicon.
- Measured facts with a judging adjective ("een vieze luier van 3 uur oud"): only the adjective is marked.
"""

from __future__ import annotations

import re
import threading
from dataclasses import asdict, dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from casusprep.hints.clauses import reported_speech
from casusprep.hints.lexicon import HintKind, Lexicon, load_lexicon, phrase_to_pattern, rule_patterns

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from casusprep.case import Case

_NEGATORS = {"niet", "geen"}
_NEGATABLE = {HintKind.JUDGEMENT, HintKind.DIAGNOSIS, HintKind.INTERPRETATION}
_SPEECH_VERBS = (
    "zei|zegt|zeggen|zeiden|riep|roept|riepen|vroeg|vraagt|vroegen|antwoordde|antwoordt|fluisterde|"
    "vertelde|vertelt|schreeuwde|huilde|zong|mompelde|herhaalde"
)
# Opening quote after start/space/colon/bracket; closing quote before space/punctuation/end.
_QUOTE_PAIRS = {'"': '"', "“": "”", "„": "”", "‘": "’", "'": "'", "«": "»", "‹": "›"}
_ELISION = re.compile(r"'(?:s|t|k|n)\b", re.IGNORECASE)
_AFTER_COLON = re.compile(rf"\b(?:{_SPEECH_VERBS})\s*:\s*([^.!?\n]*)", re.IGNORECASE)
# A sentence ends at . ! ? … before whitespace and a capital, or, in hurried typing without the space,
# directly between a lower-case word and a capitalised one ("agressief.Noor").
_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"'”’»]?\s+(?=[\"'“‘„«(]?[A-ZÀ-Ý0-9])|(?<=[a-zà-ÿ]{2}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ])|\n+"
)


@dataclass(frozen=True, slots=True)
class Hint:
    """One marked phrase: character offsets into the text, its kind and the Dutch advice."""

    start: int
    end: int
    text: str
    kind: HintKind
    explanation: str
    suggestion: str

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        return data


# --------------------------------------------------------------------------- pipeline


@cache
def pipeline() -> Language:
    """The shared Dutch pipeline: the project's model when it is shipped, otherwise a blank Dutch tokenizer.

    Only the tokenizer is required; lemmas and morphology are used when a component provides them.
    """
    from casusprep.nlp import get_nlp

    return get_nlp()


_ANNOTATING = {"lemmatizer", "morphologizer", "tagger", "attribute_ruler", "trainable_lemmatizer"}


def _doc(text: str) -> Doc:
    """The text as the pipeline reads it (same offsets; long runs without a space cut, see model_text)."""
    from casusprep.nlp.text import model_text

    nlp = pipeline()
    if not _ANNOTATING.intersection(nlp.pipe_names):
        return nlp.make_doc(model_text(text))
    skip = [name for name in nlp.pipe_names if name in {"ner", "parser", "entity_ruler", "senter"}]
    return nlp(model_text(text), disable=skip)


@dataclass
class _Compiled:
    lexicon: Lexicon
    forms: Any  # spacy Matcher on surface forms
    lemmas: Any  # spacy Matcher on lemmas (used only when the doc has lemmas)
    exceptions: Any


@cache
def _compiled() -> _Compiled:
    vocab = pipeline().vocab  # first: it imports spaCy the one safe way (casusprep.nlp.spacy_import)
    from spacy.matcher import Matcher

    lexicon = load_lexicon()
    forms, lemmas, exceptions = Matcher(vocab), Matcher(vocab), Matcher(vocab)
    blocked = {w.lower() for w in lexicon.geen_vormen}
    for i, rule in enumerate(lexicon.regel):
        patterns, base_words = rule_patterns(rule, blocked)
        forms.add(str(i), patterns)
        if base_words:
            lemmas.add(str(i), [[{"LEMMA": {"IN": base_words}}]])
        if rule.behalve:
            exceptions.add(str(i), [phrase_to_pattern(p) for p in rule.behalve])
    return _Compiled(lexicon, forms, lemmas, exceptions)


# --------------------------------------------------------------------------- quoted speech


def heard_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges that are literally heard speech: quotations and "zei: ..." up to the sentence end."""
    regions: list[tuple[int, int]] = []
    elided = {m.start() for m in _ELISION.finditer(text)}
    i = 0
    while i < len(text):
        ch = text[i]
        opener_ok = i == 0 or text[i - 1].isspace() or text[i - 1] in ":(-–—[,"
        if ch in _QUOTE_PAIRS and i not in elided and opener_ok:
            closer = _QUOTE_PAIRS[ch]
            j = i + 1
            while j < len(text):
                if text[j] == closer and (j + 1 == len(text) or not text[j + 1].isalnum()) and j not in elided:
                    break
                j += 1
            if j < len(text):
                regions.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    for m in _AFTER_COLON.finditer(text):
        regions.append((m.start(1), m.end(1)))
    return regions


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in regions)


# --------------------------------------------------------------------------- finding hints


# One check at a time: the editor checks in a thread worker, and a check that starts while another builds the
# pipeline and the matchers (seconds, the first time) waits for them instead of building them a second time.
_lock = threading.Lock()


def find_hints(text: str) -> list[Hint]:
    """All phrases in ``text`` that are not plain observations, in text order, never overlapping."""
    if not text or not text.strip():
        return []
    with _lock:
        return _find_hints(text)


def _find_hints(text: str) -> list[Hint]:
    matches = _lexicon_matches(text)
    found = [hint for hint, _ in matches]
    refutable = {hint for hint, soft in matches if soft}
    from casusprep.hints import classifier

    spans = sentence_spans(text)
    heard = heard_regions(text)
    limits = classifier.thresholds()
    if limits is None:
        patterned = [h for s, e in spans for h in pattern_hints(text, s, e, heard)]
        return sorted(found + [h for h in patterned if not _overlaps(h, found)], key=lambda h: h.start)
    verdicts = classifier.classify(_sentence_docs([text[s:e] for s, e in spans])) or []
    hints: list[Hint] = []
    for (s, e), verdict in zip(spans, verdicts, strict=True):
        in_sentence = [h for h in found if s <= h.start < e]
        sure_observation = verdict.score < limits.lexicon
        kept = [h for h in in_sentence if not (sure_observation and h in refutable)]
        hints.extend(kept)
        patterned = pattern_hints(text, s, e, heard) if verdict.score >= limits.pattern else []
        patterned = [h for h in patterned if not _overlaps(h, in_sentence)]
        hints.extend(patterned)
        if not in_sentence and not patterned and verdict.score >= limits.model and model_may_mark(text, s, e, heard):
            hints.append(_clause_hint(text, s, e, verdict.kind))
    return sorted(hints, key=lambda h: h.start)


def _overlaps(hint: Hint, others: list[Hint]) -> bool:
    return any(hint.start < o.end and o.start < hint.end for o in others)


def pattern_hints(text: str, start: int, end: int, heard: list[tuple[int, int]] | None = None) -> list[Hint]:
    """The hints of the sentence patterns (``casusprep.hints.patterns``) in the sentence ``text[start:end]``."""
    from casusprep.hints.patterns import pattern_matches

    heard = heard_regions(text) if heard is None else heard
    local = [(a - start, b - start) for a, b in heard if a < end and b > start]
    klasse = _compiled().lexicon.klasse
    return [
        Hint(
            start=start + m.start,
            end=start + m.end,
            text=text[start + m.start : start + m.end],
            kind=(klasse.get(m.klasse) or klasse["opinion"]).soort,
            explanation=m.uitleg,
            suggestion=m.suggestie,
        )
        for m in pattern_matches(text[start:end], local)
    ]


def _sentence_docs(texts: list[str]) -> list[Doc]:
    """Docs of the shared pipeline's tokenizer (the classifier's own tokenizer is the same and is not loaded)."""
    from casusprep.nlp.text import model_text

    nlp = pipeline()
    return [nlp.make_doc(model_text(t)) for t in texts]


def model_may_mark(text: str, start: int, end: int, heard: list[tuple[int, int]] | None = None) -> bool:
    """Whether the classifier may mark this sentence: not when it is wholly a quotation, or reported speech
    with its source ("Mama zei dat ..."): both record what was heard, which is how it should be registered.
    ``heard`` is ``heard_regions(text)`` when the caller has it already."""
    letters = [i for i in range(start, end) if text[i].isalnum()]
    heard = heard_regions(text) if heard is None else heard
    outside = [i for i in letters if not _inside(i, heard)]
    if letters and not outside:
        return False
    if len(outside) < len(letters) and _only_the_source(text, outside):
        return False
    return not reported_speech(text[start:end])


_SOURCE_VERB = re.compile(rf"\b(?:{_SPEECH_VERBS}|schreef|schrijft|noteerde|sms'te|mailde|belde)\b", re.IGNORECASE)
_SOURCE_WORDS = 8  # "Bij het ophalen om 17u zei papa:" is a source; a longer text is an observation of its own


def _only_the_source(text: str, outside: list[int]) -> bool:
    """The words outside the quotation only say who said it, and when ('Papa zei om 8u: "..."', '"...", riep ze')."""
    keep = set(outside)
    words = re.findall(r"\w+", "".join(text[i] if i in keep else " " for i in range(outside[0], outside[-1] + 1)))
    return len(words) <= _SOURCE_WORDS and bool(_SOURCE_VERB.search(" ".join(words)))


def _clause_hint(text: str, start: int, end: int, kind: str) -> Hint:
    """A hint on the clause of a sentence that carries the classifier's kind of interpretation."""
    from casusprep.hints import classifier
    from casusprep.hints.clauses import interpretation_span

    def rate(pieces: list[str]) -> list[float]:
        return [v.score for v in classifier.classify(_sentence_docs(pieces)) or []]

    sentence = text[start:end]
    a, b = interpretation_span(sentence, kind, rate)
    lexicon = _compiled().lexicon
    described = lexicon.klasse.get(kind) or lexicon.klasse["opinion"]
    return Hint(
        start=start + a,
        end=start + b,
        text=sentence[a:b],
        kind=described.soort,
        explanation=described.uitleg,
        suggestion=described.suggestie,
    )


def lexicon_hints(text: str) -> list[Hint]:
    """The phrases the lexicon marks, without the classifier (also what training compares the model with)."""
    return [hint for hint, _ in _lexicon_matches(text)]


def _lexicon_matches(text: str) -> list[tuple[Hint, bool]]:
    """The lexicon's hints, each with whether its rule is ``weerlegbaar`` (the classifier may drop it)."""
    if not text or not text.strip():
        return []
    compiled = _compiled()
    lexicon = compiled.lexicon
    doc = _doc(text)
    found: set[tuple[int, int, int]] = set()
    for match_id, start, end in compiled.forms(doc):
        found.add((int(doc.vocab.strings[match_id]), start, end))
    if doc.has_annotation("LEMMA"):
        for match_id, start, end in compiled.lemmas(doc):
            found.add((int(doc.vocab.strings[match_id]), start, end))
    blocked: dict[int, list[tuple[int, int]]] = {}
    for match_id, start, end in compiled.exceptions(doc):
        blocked.setdefault(int(doc.vocab.strings[match_id]), []).append((start, end))
    heard = heard_regions(text)

    candidates: list[tuple[int, int, int]] = []
    for rule_index, start, end in found:
        if any(a <= start and end <= b for a, b in blocked.get(rule_index, ())):
            continue
        if _inside(doc[start].idx, heard):
            continue
        rule = lexicon.regel[rule_index]
        if rule.soort in _NEGATABLE and start > 0 and doc[start - 1].lower_ in _NEGATORS:
            start -= 1
        candidates.append((rule_index, start, end))

    # Longest phrase first; on a tie the rule written first in the data file wins.
    candidates.sort(key=lambda c: (-(c[2] - c[1]), c[0], c[1]))
    taken: list[tuple[int, int, int]] = []
    for cand in candidates:
        if all(cand[2] <= t[1] or cand[1] >= t[2] for t in taken):
            taken.append(cand)
    hints = []
    for rule_index, start, end in sorted(taken, key=lambda c: c[1]):
        rule = lexicon.regel[rule_index]
        span = doc[start:end]
        hints.append(
            (
                Hint(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    kind=rule.soort,
                    explanation=lexicon.explanation(rule),
                    suggestion=lexicon.suggestion(rule),
                ),
                rule.weerlegbaar,
            )
        )
    return hints


def observation_hints(case: Case) -> dict[str, list[Hint]]:
    """Hints for every "Wat heb ik gezien en gehoord?" field of a case, keyed by path (``signals[0].observation``).

    Only observation fields: interpretation and gut feeling are where thoughts belong.
    """
    out: dict[str, list[Hint]] = {}
    for i, signal in enumerate(case.signals):
        hints = find_hints(signal.observation)
        if hints:
            out[f"signals[{i}].observation"] = hints
    return out


# --------------------------------------------------------------------------- moving a sentence


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every sentence in ``text`` (the same sentences that ``sentence_bounds`` moves)."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end (exclusive, without trailing whitespace) of the sentence holding ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            return start, m.start()
    return start, len(text.rstrip())


def move_to_interpretation(observation: str, interpretation: str, hint: Hint) -> tuple[str, str]:
    """Move the sentence holding ``hint`` from "Wat heb ik gezien en gehoord?" to "Wat denk ik?".

    Why a sentence and not only the phrase: a phrase torn out of its sentence leaves a broken
    observation; the whole sentence is what the coach thought. Returns the two new texts.
    Raises ``ValueError`` when the hint no longer matches the observation (the text was edited).
    """
    start = hint.start
    if observation[hint.start : hint.end] != hint.text:
        start = observation.find(hint.text)
        if start < 0:
            raise ValueError("De gemarkeerde tekst staat niet meer in de observatie.")
    s, e = sentence_bounds(observation, start)
    sentence = observation[s:e].strip()
    before = observation[:s].rstrip(" \t")
    after = observation[e:].lstrip(" \t")
    if before and after and not before.endswith("\n") and not after.startswith("\n"):
        new_observation = before + " " + after
    else:
        new_observation = before + after
    new_observation = new_observation.strip()
    base = interpretation.rstrip()
    new_interpretation = f"{base}\n{sentence}" if base else sentence
    return new_observation, new_interpretation
