"""The one place that builds the spaCy pipeline, shared by the anonymiser and the objectivity hints.

It loads the project's own Dutch pipeline from ``models/nl_casusprep`` (trained by ``training/``)
and falls back to ``spacy.blank("nl")`` (tokenizer only) when it is absent. Loading happens once
per process, behind a lock, so a Textual worker and the main thread never build it twice.
Nothing is ever downloaded.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from casusprep.locations import models_dir

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "nl_casusprep"
_lock = threading.Lock()
_cache: dict[bool, Language] = {}


def model_path() -> Path | None:
    """The shipped pipeline's directory, or None when the package carries no model."""
    path = models_dir() / MODEL_NAME
    return path if (path / "config.cfg").is_file() else None


def get_nlp(use_model: bool = True) -> Language:
    """The shared pipeline: the project's model when asked for and present, else a blank Dutch one."""
    with _lock:
        if use_model not in _cache:
            from casusprep.nlp.spacy_import import import_spacy

            spacy = import_spacy()
            from thinc.api import use_ops

            path = model_path() if use_model else None
            # The saved tokenizer replaces whatever the pipeline is first built with, rules and all: building
            # spaCy's default Dutch one first (thousands of special cases) only to throw it away cost a quarter
            # of the start-up. Built without rules, the tokenizer is the saved one alone (a test compares them).
            config = {"nlp": {"tokenizer": {"@tokenizers": _register_unbuilt_tokenizer()}}}
            # The model's matrix products run on numpy's OpenBLAS instead of thinc's default, blis: for the
            # model's shapes OpenBLAS is 3-4 times faster here (blis picks a generic kernel on this CPU), which
            # doubles the pipeline's throughput, with the same entities (a test compares them). Layers keep the
            # ops that were current when they were built, so the pipeline is built inside ``use_ops``.
            with use_ops("numpy", use_blis=False):
                nlp = spacy.load(path, config=config) if path else spacy.blank("nl")
            _cache[use_model] = nlp
        return _cache[use_model]


_UNBUILT_TOKENIZER = "casusprep.unbuilt_tokenizer.v1"


def _register_unbuilt_tokenizer() -> str:
    """A tokenizer without rules, for a pipeline whose saved tokenizer is loaded over it. Registering again
    replaces the same function."""
    from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # a Cython module without stubs
    from spacy.util import registry

    def factory():  # noqa: ANN202 - spaCy's registry signature
        return lambda nlp: Tokenizer(nlp.vocab)

    registry.tokenizers.register(_UNBUILT_TOKENIZER, func=factory)
    return _UNBUILT_TOKENIZER


def has_model() -> bool:
    return model_path() is not None
