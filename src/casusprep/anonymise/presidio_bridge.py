"""Presidio orchestrates: our recognizers in one ``RecognizerRegistry``, our spaCy pipeline as its NLP engine.

Numbers and addresses with a fixed shape are Presidio ``PatternRecognizer`` objects with their checks
(:mod:`.recognizers.patterns`); recognizers that read the word tokens or the model's entities are
``EntityRecognizer`` subclasses around their module's ``find``. The case's registered persons join per call
as an ad-hoc recognizer. Context words (vocabulary file, ``context`` section) raise a recognizer's score
through Presidio's own ``LemmaContextAwareEnhancer``; a recognizer with a score threshold keeps only what
its context confirmed. The NLP artifacts are built through Presidio's public ``NlpEngine`` interface.

Presidio's predefined recognizers are not loaded: e-mail and URL are plain patterns here, so
tldextract (which would try to download the Public Suffix List) is never called.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable, Iterator

from casusprep.anonymise.recognizers import (
    called_names,
    chat_speakers,
    context_persons,
    dates,
    display_names,
    dossier,
    email,
    family_names,
    foreign_places,
    foreign_streets,
    formal_places,
    handles,
    hashtag_names,
    head_final_names,
    iban,
    identity_cards,
    initials,
    institution_context,
    institutions,
    labelled_numbers,
    model_entities,
    national_number,
    particle_surnames,
    pet_names,
    phones,
    placed_names,
    places,
    plates,
    reference_codes,
    routes,
    school_saints,
    service_branches,
    signature_orgs,
    signed_names,
    spelled_names,
    titled_persons,
    urls,
)
from casusprep.anonymise.recognizers.base import Detection, Token, tokens
from casusprep.anonymise.recognizers.patterns import CheckedPattern
from casusprep.anonymise.vocabulary import vocabulary
from casusprep.nlp import get_nlp, has_model
from casusprep.nlp.spacy_import import import_spacy
from casusprep.nlp.text import model_text

import_spacy()  # before Presidio imports spaCy: both are imported under one lock (see that module)

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult  # noqa: E402
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine  # noqa: E402

ENTITIES = ["PERSON", "LOCATION", "ADDRESS", "ORGANIZATION", "DATE", "PHONE", "EMAIL", "URL", "IBAN", "RRN",
            "PLATE", "ID", "HANDLE"]  # fmt: skip
DETECTION_KEY = "casusprep_detection"

Finder = Callable[[str, list[Token], NlpArtifacts | None], list[Detection]]

_tokens_lock = threading.Lock()
_last_tokens: tuple[str, list[Token]] | None = None


def _tokens_of(text: str, toks: list[Token] | None = None) -> list[Token]:
    """Tokenise once per text although several recognizers ask for it (``toks``: the text's tokens, made already)."""
    global _last_tokens
    with _tokens_lock:
        if toks is not None:
            _last_tokens = (text, toks)
        elif _last_tokens is None or _last_tokens[0] is not text:
            _last_tokens = (text, tokens(text))
        return _last_tokens[1]


class FinderRecognizer(EntityRecognizer):
    """One of our finders (word tokens, the model's entities, parsed dates), seen by Presidio as a recognizer.

    The detection travels in the result's metadata, so the engine works on exactly what the finder found."""

    def __init__(self, name: str, finder: Finder, context: list[str] | None = None):
        self._finder = finder
        super().__init__(
            supported_entities=[f"{name}/{e}" for e in ENTITIES], name=name, supported_language="nl", context=context
        )

    def load(self) -> None:  # the word lists load lazily, once per process
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=f"{self.name}/{d.entity_type}",
                start=d.start,
                end=d.end,
                score=max(0.01, min(1.0, d.score)),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    DETECTION_KEY: d,
                },
            )
            for d in self._finder(text, _tokens_of(text), nlp_artifacts)
            if d.end > d.start
        ]


class PipelineEngine(NlpEngine):
    """Presidio's NLP engine interface over our already loaded pipeline: nothing is looked up or downloaded."""

    def __init__(self, use_model: bool):
        self._use_model = use_model
        self._nlp = None
        self._stop: frozenset[str] = frozenset()

    def load(self) -> None:
        self._nlp = get_nlp(self._use_model)
        self._stop = frozenset(self._nlp.Defaults.stop_words)

    def is_loaded(self) -> bool:
        return self._nlp is not None

    def artifacts(self, doc) -> NlpArtifacts:
        """Presidio's artifacts for a doc our pipeline made (batches run ``nlp.pipe`` once). The pipeline has no
        lemmatizer: the lower-case token is the lemma the context enhancer compares with its context words. The
        tokens are given as strings: the enhancer walks them for every result it looks at, and walking a Doc makes
        a Token object per step."""
        strings = doc.vocab.strings
        artifacts = NlpArtifacts(
            entities=list(doc.ents),
            tokens=[strings[h] for h in doc.to_array("ORTH").tolist()],  # what the context step reads, as text
            tokens_indices=doc.to_array("IDX").tolist(),
            lemmas=[strings[h] for h in doc.to_array("LOWER").tolist()],
            nlp_engine=self,
            language="nl",
        )
        artifacts.doc = doc  # the model recognizer reads the entities and their tokens from the doc itself
        return artifacts

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        return self.artifacts(self._nlp(model_text(text)))

    def process_batch(
        self, texts: Iterable[str], language: str, batch_size: int = 1, n_process: int = 1, **kwargs
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        texts = list(texts)
        docs = self._nlp.pipe((model_text(t) for t in texts), batch_size=batch_size)
        for text, doc in zip(texts, docs, strict=True):
            yield text, self.artifacts(doc)

    def is_stopword(self, word: str, language: str) -> bool:
        return word in self._stop

    def is_punct(self, word: str, language: str) -> bool:
        return _ALNUM.search(word) is None

    def get_supported_entities(self) -> list[str]:
        return ["PER", "LOC", "ORG"]

    def get_supported_languages(self) -> list[str]:
        return ["nl"]


# A letter or a digit: ``\w`` is exactly str.isalnum() or an underscore, per character.
_ALNUM = re.compile(r"[^\W_]")


def _model_finder(text: str, toks: list[Token], artifacts: NlpArtifacts | None) -> list[Detection]:
    doc = getattr(artifacts, "doc", None)
    return model_entities.find(doc, text) if doc is not None and doc.has_annotation("ENT_IOB") else []


PATTERN_RECOGNIZERS: tuple[CheckedPattern, ...] = (
    email.RECOGNIZER,
    urls.RECOGNIZER,
    iban.RECOGNIZER,
    national_number.RECOGNIZER,
    identity_cards.RECOGNIZER,
    phones.RECOGNIZER,
    plates.RECOGNIZER,
    plates.FOREIGN,
    dossier.RECOGNIZER,
    initials.RECOGNIZER,
    initials.BARE,
    reference_codes.RECOGNIZER,
    handles.RECOGNIZER,
    handles.UNDERSCORE,
    handles.DOTTED_NAME,
    handles.MULTI_DOTTED_NAME,
    handles.NUMBERED_NAME,
)


def build_registry(use_model: bool) -> RecognizerRegistry:
    context = vocabulary().context
    registry = RecognizerRegistry(supported_languages=["nl"])
    for recognizer in PATTERN_RECOGNIZERS:
        parts = recognizer.name.split("_")  # 'handle_numbered' reads the words of 'handle'
        keys = ("_".join(parts[:k]) for k in range(len(parts), 0, -1))
        recognizer.context = list(next((context[k] for k in keys if k in context), ()))
        registry.add_recognizer(recognizer)
    registry.add_recognizer(FinderRecognizer(dates.NAME, lambda text, toks, a: dates.find(text)))
    registry.add_recognizer(
        FinderRecognizer("signature_initials", lambda text, toks, a: initials.signatures(text, toks))
    )
    registry.add_recognizer(
        FinderRecognizer("account_names", lambda text, toks, a: handles.after_account_word(text, toks))
    )
    registry.add_recognizer(FinderRecognizer("mail_accounts", lambda text, toks, a: handles.mail_header_accounts(text)))
    registry.add_recognizer(FinderRecognizer("file_names", lambda text, toks, a: handles.names_in_file_names(text)))
    registry.add_recognizer(FinderRecognizer(hashtag_names.NAME, lambda text, toks, a: hashtag_names.find(text)))
    registry.add_recognizer(FinderRecognizer(signed_names.NAME, lambda text, toks, a: signed_names.find(text)))
    registry.add_recognizer(FinderRecognizer(pet_names.NAME, lambda text, toks, a: pet_names.find(toks, text)))
    registry.add_recognizer(FinderRecognizer(called_names.NAME, lambda text, toks, a: called_names.find(text)))
    registry.add_recognizer(FinderRecognizer(chat_speakers.NAME, lambda text, toks, a: chat_speakers.find(text)))
    registry.add_recognizer(FinderRecognizer(display_names.NAME, lambda text, toks, a: display_names.find(text)))
    registry.add_recognizer(FinderRecognizer(family_names.NAME, lambda text, toks, a: family_names.find(text)))
    registry.add_recognizer(FinderRecognizer(spelled_names.NAME, lambda text, toks, a: spelled_names.find(text)))
    registry.add_recognizer(FinderRecognizer(labelled_numbers.NAME, lambda text, toks, a: labelled_numbers.find(text)))
    registry.add_recognizer(FinderRecognizer("places", lambda text, toks, a: places.find(toks, text)))
    registry.add_recognizer(FinderRecognizer(formal_places.NAME, lambda text, toks, a: formal_places.find(toks, text)))
    registry.add_recognizer(
        FinderRecognizer(foreign_places.NAME, lambda text, toks, a: foreign_places.find(toks, text))
    )
    registry.add_recognizer(FinderRecognizer(routes.NAME, lambda text, toks, a: routes.find(text)))
    registry.add_recognizer(FinderRecognizer("foreign_streets", lambda text, toks, a: foreign_streets.find(text)))
    registry.add_recognizer(FinderRecognizer("institutions", lambda text, toks, a: institutions.find(toks, text)))
    registry.add_recognizer(
        FinderRecognizer("institution_context", lambda text, toks, a: institution_context.find(toks, text))
    )
    registry.add_recognizer(
        FinderRecognizer("service_branches", lambda text, toks, a: service_branches.find(toks, text))
    )
    registry.add_recognizer(FinderRecognizer(school_saints.NAME, lambda text, toks, a: school_saints.find(toks, text)))
    registry.add_recognizer(FinderRecognizer("placed_names", lambda text, toks, a: placed_names.find(toks, text)))
    registry.add_recognizer(
        FinderRecognizer("head_final_names", lambda text, toks, a: head_final_names.find(toks, text))
    )
    registry.add_recognizer(FinderRecognizer("signature_orgs", lambda text, toks, a: signature_orgs.find(text)))
    registry.add_recognizer(FinderRecognizer("context_persons", lambda text, toks, a: context_persons.find(toks, text)))
    registry.add_recognizer(
        FinderRecognizer(titled_persons.NAME, lambda text, toks, a: titled_persons.find(toks, text))
    )
    registry.add_recognizer(
        FinderRecognizer(particle_surnames.NAME, lambda text, toks, a: particle_surnames.find(toks, text))
    )
    if use_model:
        registry.add_recognizer(FinderRecognizer("spacy_model", _model_finder))
    return registry


class ContextWhereNeeded(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, given only the results of recognizers that have context words (it
    deep-copies every result it gets, and a long note has thousands that no context word concerns), each with the
    tokens its context is read from.

    For every result the enhancer looks for its token from the text's first token on and asks whether a word is
    a keyword by walking the list of all keywords: both grow with the text, so a note of 200,000 characters
    with a few hundred phone numbers spent seconds there. Each result is given the stretch of tokens the
    enhancer's own walk reads (from its token back to the ``context_prefix_count + 1``-th keyword, and on to
    the ``context_suffix_count + 1``-th) and the text's keywords as a set: the same words, found in time
    proportional to that stretch (a test compares it with the enhancer on the whole text)."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        ids = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        mine = [r for r in raw_results if (r.recognition_metadata or {}).get(key) in ids]
        if not mine:
            return raw_results
        rest = [r for r in raw_results if (r.recognition_metadata or {}).get(key) not in ids]
        if nlp_artifacts is None or not nlp_artifacts.tokens:
            return rest + super().enhance_using_context(text, mine, nlp_artifacts, recognizers, context)
        stretches = _Stretches(nlp_artifacts, self.context_prefix_count, self.context_suffix_count)
        enhance = super().enhance_using_context
        return rest + [r for m in mine for r in enhance(text, [m], stretches.around(m.start), recognizers, context)]


class _Stretches:
    """The tokens around a position that Presidio's context walk reads, as NLP artifacts of their own."""

    def __init__(self, artifacts: NlpArtifacts, before: int, after: int):
        self._artifacts = artifacts
        self._before, self._after = before, after
        tokens, starts = artifacts.tokens, artifacts.tokens_indices
        self._ends = [start + len(token) for token, start in zip(tokens, starts, strict=True)]
        self._keywords = set(artifacts.keywords)
        self._lemmas = artifacts.lemmas

    def _walk(self, index: int, words: int, step: int) -> int:
        """The last index the enhancer's walk visits from ``index`` (it takes ``words + 1`` keywords)."""
        last, remaining = index, words + 1
        while 0 <= index < len(self._lemmas) and remaining > 0:
            if self._lemmas[index].lower() in self._keywords:
                remaining -= 1
            last, index = index, index + step
        return last

    def around(self, start: int) -> NlpArtifacts:
        # The enhancer takes the first token that ends after the match's start; the token ends only grow.
        index = bisect.bisect_right(self._ends, start)
        a = self._artifacts
        if index >= len(self._ends):
            return a  # no such token: the enhancer says so itself
        low, high = self._walk(index, self._before, -1), self._walk(index, self._after, 1) + 1
        stretch = NlpArtifacts(
            entities=[],
            tokens=a.tokens[low:high],
            tokens_indices=a.tokens_indices[low:high],
            lemmas=a.lemmas[low:high],
            nlp_engine=None,  # keywords: the whole text's, below
            language="nl",
        )
        stretch.keywords = self._keywords  # a set: membership is all the walk asks of it
        return stretch


_lock = threading.Lock()
_analyzers: dict[bool, AnalyzerEngine] = {}


def get_analyzer(use_model: bool = True) -> AnalyzerEngine:
    """Presidio's AnalyzerEngine, built once per process (per with/without model)."""
    analyzer = _analyzers.get(use_model)  # every text asks: the model's directory is looked at only once
    if analyzer is not None:
        return analyzer
    requested, use_model = use_model, use_model and has_model()
    with _lock:
        if use_model not in _analyzers:
            nlp_engine = PipelineEngine(use_model)
            nlp_engine.load()
            _analyzers[use_model] = AnalyzerEngine(
                registry=build_registry(use_model),
                nlp_engine=nlp_engine,
                supported_languages=["nl"],
                default_score_threshold=0.0,
                context_aware_enhancer=ContextWhereNeeded(
                    context_prefix_count=vocabulary().context_window, context_matching_mode="whole_word"
                ),
            )
        _analyzers[requested] = _analyzers[use_model]
        return _analyzers[use_model]


def artifacts_for(doc, use_model: bool = True) -> NlpArtifacts:
    """Presidio's NLP artifacts for a doc our pipeline already made."""
    engine = get_analyzer(use_model).nlp_engine
    return engine.artifacts(doc)


def _detection(result: RecognizerResult, by_id: dict[str, EntityRecognizer]) -> Detection | None:
    meta = result.recognition_metadata or {}
    if DETECTION_KEY in meta:
        detection = meta[DETECTION_KEY]
        detection.score = result.score  # as the context step left it
        return detection
    recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, ""))
    return recognizer.detection(result) if isinstance(recognizer, CheckedPattern) else None


def analyse(
    text: str, registered: Finder | None, use_model: bool = True, doc=None, toks: list[Token] | None = None
) -> list[Detection]:
    """Every detection our recognizers make in ``text``, run by Presidio's AnalyzerEngine (``toks``: the text's
    word tokens when the caller has them, so the recognizers do not tokenise it again)."""
    analyzer = get_analyzer(use_model)
    if toks is not None:
        _tokens_of(text, toks)
    ad_hoc = [FinderRecognizer("registered_persons", registered)] if registered else None
    results = analyzer.analyze(
        text=text,
        language="nl",
        entities=None,
        ad_hoc_recognizers=ad_hoc,
        nlp_artifacts=artifacts_for(doc, use_model) if doc is not None else None,
    )
    by_id = {r.id: r for r in PATTERN_RECOGNIZERS}
    return [d for d in (_detection(r, by_id) for r in results) if d is not None]
