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
            from casusprep.nlp.tokenizer import FACTORY

            path = model_path() if use_model else None
            # The shipped tokenizer is spaCy's blank Dutch one (a test checks they are equal). Instead of reading
            # it from disk, the pipeline builds the same tokenizer with its special cases added on first need.
            lazy = {"nlp": {"tokenizer": {"@tokenizers": FACTORY}}}
            nlp = spacy.load(path, exclude=["tokenizer"], config=lazy) if path else spacy.blank("nl", config=lazy)
            _use_numpy_matmul(nlp)
            _cache[use_model] = nlp
        return _cache[use_model]


def _use_numpy_matmul(nlp: Language) -> None:
    """Let the model's matrix products run on numpy's OpenBLAS instead of thinc's default, blis.

    They are the bulk of the model's work. For the model's shapes OpenBLAS is 3-4 times faster here (blis picks
    a generic kernel on this CPU), which doubles the pipeline's throughput; the entities found are the same
    (the dev notes' output is byte-identical). Every layer keeps the ops it was built with, so all are set.
    """
    from thinc.api import Model, NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


def has_model() -> bool:
    return model_path() is not None
