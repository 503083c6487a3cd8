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
            # The saved tokenizer is read into one that adds its special cases when a text first needs them
            # (casusprep.nlp.tokenizer): building spaCy's default Dutch one first only to throw it away, or adding
            # all 4,670 special cases at every start, cost a quarter of a second each. Tests compare the tokens.
            from casusprep.nlp.tokenizer import FACTORY

            config = {"nlp": {"tokenizer": {"@tokenizers": FACTORY}}}
            # The model's matrix products run on numpy's OpenBLAS instead of thinc's default, blis: for the
            # model's shapes OpenBLAS is 3-4 times faster here (blis picks a generic kernel on this CPU), which
            # doubles the pipeline's throughput, with the same entities (a test compares them). Layers keep the
            # ops that were current when they were built, so the pipeline is built inside ``use_ops``.
            with use_ops("numpy", use_blis=False):
                nlp = spacy.load(path, config=config) if path else spacy.blank("nl")
            _cache[use_model] = nlp
        return _cache[use_model]


def has_model() -> bool:
    return model_path() is not None
