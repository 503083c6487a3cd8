"""Presidio orchestrates: our recognizers as Presidio recognizers, the project's spaCy pipeline as its NLP engine.

Each recognizer module keeps its own logic (``find`` returning spans); here each becomes a Presidio
``EntityRecognizer`` in one ``RecognizerRegistry``, and Presidio's ``AnalyzerEngine`` runs them over
the NLP artifacts of our pipeline (``casusprep.nlp``). The case's registered persons join per call
as an ad-hoc recognizer. Our own span travels in each result's metadata, so the engine's overlap
rules and consistent replacements work on exactly what the recognizer found.

Presidio's predefined recognizers are not loaded: e-mail and URL are plain patterns here, so
tldextract (which would try to download the Public Suffix List) is never called.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from casusprep.anonymise.recognizers import (
    context_persons,
    dates,
    dossier,
    email,
    iban,
    initials,
    institutions,
    model_entities,
    national_number,
    phones,
    places,
    plates,
    reference_codes,
    urls,
)
from casusprep.anonymise.recognizers.base import Span, Token, tokens
from casusprep.nlp import get_nlp, has_model
from casusprep.nlp.spacy_import import import_spacy

import_spacy()  # before Presidio imports spaCy: both are imported under one lock (see that module)

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine  # noqa: E402

ENTITIES = ["PERSON", "LOCATION", "ADDRESS", "ORGANIZATION", "DATE", "PHONE", "EMAIL", "URL", "IBAN", "RRN",
            "PLATE", "ID"]  # fmt: skip
SPAN_KEY = "casusprep_span"

Finder = Callable[[str, list[Token], NlpArtifacts | None], list[Span]]

_tokens_lock = threading.Lock()
_last_tokens: tuple[str, list[Token]] | None = None


def _tokens_of(text: str) -> list[Token]:
    """Tokenise once per text although several recognizers ask for it."""
    global _last_tokens
    with _tokens_lock:
        if _last_tokens is None or _last_tokens[0] is not text:
            _last_tokens = (text, tokens(text))
        return _last_tokens[1]


class SpanRecognizer(EntityRecognizer):
    """One of our span finders, seen by Presidio as a recognizer."""

    def __init__(self, name: str, finder: Finder):
        self._finder = finder
        # Entity types are namespaced by recognizer: Presidio's duplicate removal then never lets one
        # recognizer's span swallow another's; the engine's own overlap rules decide (with priorities).
        super().__init__(supported_entities=[f"{name}/{e}" for e in ENTITIES], name=name, supported_language="nl")

    def load(self) -> None:  # the word lists load lazily, once per process
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=f"{self.name}/{s.entity_type}",
                start=s.start,
                end=s.end,
                score=max(0.01, min(1.0, s.score)),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    SPAN_KEY: s,
                },
            )
            for s in self._finder(text, _tokens_of(text), nlp_artifacts)
            if s.end > s.start
        ]


def _model_finder(text: str, toks: list[Token], artifacts: NlpArtifacts | None) -> list[Span]:
    doc = getattr(artifacts, "tokens", None)
    return model_entities.find(doc, text) if doc is not None and doc.has_annotation("ENT_IOB") else []


class _SharedPipeline(SpacyNlpEngine):
    """Presidio's spaCy engine over our already loaded pipeline: nothing is looked up or downloaded by name."""

    def __init__(self, use_model: bool):
        super().__init__(models=[{"lang_code": "nl", "model_name": "nl_casusprep"}])
        self._use_model = use_model

    def load(self) -> None:
        self.nlp = {"nl": get_nlp(self._use_model)}

    def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
        # Our recognizers read the doc and its entities only. Presidio's lemma/keyword lists serve its context
        # enhancer, which we do not run (see _Analyzer): building them per text cost about a tenth of the run.
        return NlpArtifacts(
            entities=list(doc.ents), tokens=doc, tokens_indices=[], lemmas=[], nlp_engine=self, language=language
        )


# Recognizers that need only the text (regular expressions with checks), one module each.
TEXT_RECOGNIZERS = (email, urls, iban, national_number, phones, plates, dossier, initials, reference_codes, dates)


def build_registry(use_model: bool) -> RecognizerRegistry:
    registry = RecognizerRegistry(supported_languages=["nl"])
    for module in TEXT_RECOGNIZERS:
        registry.add_recognizer(SpanRecognizer(module.NAME, lambda text, toks, a, find=module.find: find(text)))
    registry.add_recognizer(SpanRecognizer("places", lambda text, toks, a: places.find(toks, text)))
    registry.add_recognizer(SpanRecognizer("institutions", lambda text, toks, a: institutions.find(toks, text)))
    registry.add_recognizer(SpanRecognizer("context_persons", lambda text, toks, a: context_persons.find(toks, text)))
    if use_model:
        registry.add_recognizer(SpanRecognizer("spacy_model", _model_finder))
    return registry


class _Analyzer(AnalyzerEngine):
    """Presidio's AnalyzerEngine without the context step: no context-word score boosts (our recognizers
    weigh their own context and the engine's overlap rules decide). Skipping the step outright also saves
    its per-recognizer sorting and the lemma enhancer's deep copy of every result."""

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


_lock = threading.Lock()
_analyzers: dict[bool, AnalyzerEngine] = {}


def get_analyzer(use_model: bool = True) -> AnalyzerEngine:
    """Presidio's AnalyzerEngine, built once per process (per with/without model)."""
    use_model = use_model and has_model()
    with _lock:
        if use_model not in _analyzers:
            nlp_engine = _SharedPipeline(use_model)
            nlp_engine.load()
            _analyzers[use_model] = _Analyzer(
                registry=build_registry(use_model),
                nlp_engine=nlp_engine,
                supported_languages=["nl"],
                default_score_threshold=0.0,
            )
        return _analyzers[use_model]


def artifacts_for(doc, use_model: bool = True) -> NlpArtifacts:
    """Presidio's NLP artifacts for a doc our pipeline already made (batches run ``nlp.pipe`` once)."""
    engine = get_analyzer(use_model).nlp_engine
    return engine._doc_to_nlp_artifact(doc, "nl")  # noqa: SLF001 - Presidio's own conversion


def analyse_spans(text: str, registered: Finder | None, use_model: bool = True, doc=None) -> list[Span]:
    """All spans our recognizers find in ``text``, run by Presidio's AnalyzerEngine."""
    analyzer = get_analyzer(use_model)
    ad_hoc = [SpanRecognizer("registered_persons", registered)] if registered else None
    results = analyzer.analyze(
        text=text,
        language="nl",
        entities=None,
        ad_hoc_recognizers=ad_hoc,
        nlp_artifacts=artifacts_for(doc, use_model) if doc is not None else None,
        allow_list=None,
    )
    return [r.recognition_metadata[SPAN_KEY] for r in results if SPAN_KEY in (r.recognition_metadata or {})]
