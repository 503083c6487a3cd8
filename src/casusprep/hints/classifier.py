"""The sentence classifier behind the hints: is this sentence an observation, or which kind of interpretation?

Why a model next to the lexicon: many interpretations carry no signal word ("Hij miste zijn mama", "Thuis krijgt
ze te weinig te eten"), and a word list cannot tell them from observations. The model is a small spaCy textcat
(``models/objectivity_textcat``, trained by ``python -m training.train_objectivity``) with one label for
observations and one per kind of interpretation. It ships its decision thresholds, tuned on sentences of a
writer the model was not trained on, in ``thresholds.json`` next to it.

It is a separate pipeline from ``nl_casusprep`` (which the anonymiser's training may replace), and it is only
ever loaded on first use, from the hints' worker thread: the first screens never import spaCy for it.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casusprep.locations import models_dir

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAME = "objectivity_textcat"
OBSERVATION = "observatie"
THRESHOLDS_FILE = "thresholds.json"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a sentence counts as an interpretation.

    ``model``: score above which a sentence without a lexicon phrase gets a hint of its own.
    ``lexicon``: score below which the lexicon's marks in a sentence are dropped (the model is then sure the
    sentence is an observation, e.g. a quote with its source or a frequency over a stated period).
    ``pattern``: score from which a sentence pattern's mark is kept (``casusprep.hints.patterns``); a model
    shipped before the patterns has none, and they then always mark, as their cue words did.
    """

    model: float
    lexicon: float
    pattern: float = 0.0


@dataclass(frozen=True, slots=True)
class Verdict:
    """The model's view of one sentence: how likely it is an interpretation, and its most likely kind."""

    score: float
    kind: str


@dataclass
class _Loaded:
    nlp: Language
    thresholds: Thresholds


_lock = threading.Lock()
_state: dict[str, _Loaded | None] = {}


def model_path() -> Path | None:
    """The shipped classifier's directory, or None when the package carries none (the lexicon works alone)."""
    path = models_dir() / MODEL_NAME
    return path if (path / "config.cfg").is_file() else None


def read_thresholds(path: Path) -> Thresholds:
    data = json.loads((path / THRESHOLDS_FILE).read_text(encoding="utf-8"))
    return Thresholds(
        model=float(data["model"]), lexicon=float(data["lexicon"]), pattern=float(data.get("pattern", 0.0))
    )


_NO_TOKENIZER = "casusprep.objectivity_no_tokenizer.v1"


def load_classifier(path: Path, *, own_tokenizer: bool = True) -> Language:
    """Load a textcat pipeline the way the shared pipeline is loaded (casusprep.nlp.get_nlp): spaCy imported
    through the one lock, matrix products on numpy's OpenBLAS.

    Its tokenizer is spaCy's blank Dutch one, the same as the shared pipeline's. Building it costs half a second
    (thousands of special cases), so the hints load the model without it (``own_tokenizer=False``) and hand it
    Docs made by the shared pipeline; the model's features are string hashes, the same in either vocabulary.
    """
    from casusprep.nlp.spacy_import import import_spacy

    spacy = import_spacy()
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        if own_tokenizer:
            return spacy.load(path)
        _register_no_tokenizer()
        return spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": _NO_TOKENIZER}}})


def _register_no_tokenizer() -> None:
    """A tokenizer without rules for a pipeline that is only ever given Docs (never called on text).
    Registering again replaces the same function, so this may run on every load."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # a Cython module without stubs
    from spacy.util import registry

    def factory():  # noqa: ANN202 - spaCy's registry signature
        return lambda nlp: Tokenizer(nlp.vocab)

    registry.tokenizers.register(_NO_TOKENIZER, func=factory)


def _loaded() -> _Loaded | None:
    with _lock:
        if "model" not in _state:
            path = model_path()
            loaded = _Loaded(load_classifier(path, own_tokenizer=False), read_thresholds(path)) if path else None
            _state["model"] = loaded
        return _state["model"]


def available() -> bool:
    return _loaded() is not None


def thresholds() -> Thresholds | None:
    loaded = _loaded()
    return loaded.thresholds if loaded else None


def score_with(nlp: Language, sentences: list[str]) -> list[Verdict]:
    """The verdicts of a given textcat pipeline on text (the training script, on a freshly trained one)."""
    return [_verdict(doc.cats) for doc in nlp.pipe(sentences, batch_size=256)]


def _verdict(cats: dict[str, float]) -> Verdict:
    kinds = {label: p for label, p in cats.items() if label != OBSERVATION}
    kind = max(kinds, key=kinds.__getitem__) if kinds else OBSERVATION
    return Verdict(score=1.0 - cats.get(OBSERVATION, 0.0), kind=kind)


def classify(docs: list[Doc]) -> list[Verdict] | None:
    """Verdicts for sentences given as Docs of the shared pipeline, or None when no classifier is shipped."""
    loaded = _loaded()
    if loaded is None:
        return None
    if not docs:
        return []
    textcat: Any = loaded.nlp.get_pipe("textcat")  # a TextCategorizer (typed as a plain callable by spaCy)
    return [_verdict(doc.cats) for doc in textcat.pipe(docs, batch_size=256)]
