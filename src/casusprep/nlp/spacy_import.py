"""Import spaCy and Presidio once, safely from any thread, and quickly (without spaCy's command-line interface).

The app's worker threads (objectivity hints, anonymiser) may both be the first to need spaCy; importing it
from two threads at once fails, so every path imports it through ``import_spacy`` under one lock.

spaCy's package imports its whole CLI (typer, weasel, httpx, requests, jinja2, ...) only to offer
``spacy.info``: 0.3-0.4 s of the engine's 2-second start-up budget, for code casusprep never runs. While
spaCy itself is imported, two placeholder modules stand in for ``spacy.cli`` and ``spacy.cli.info``; they
are removed right after, so a later ``import spacy.cli`` (the training scripts) loads the real one, and
``spacy.info`` still works by importing the real function when called.

It also asks OpenBLAS (numpy's matrix library, which the model's layers use) for one thread per process
before numpy is loaded: the model's matrices are small, and batch mode already runs a process per core.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
from pathlib import Path
from types import ModuleType

_lock = threading.Lock()
_NAMES = ("spacy.cli.info", "spacy.cli")


def _info(*args: object, **kwargs: object) -> object:
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """spaCy, imported once without its CLI; call it before anything that imports spaCy (Presidio does).

    Every thread must come through here first: two threads that import spaCy at the same time break its
    import (a KeyError or a partially initialised Cython module), which the lock rules out. Presidio is
    imported here too, under the same lock: spaCy loads Presidio's entry point (a pipeline factory) when it
    loads a pipeline, and that import racing the anonymiser's own import of Presidio breaks on Presidio's
    circular imports in the same way.
    """
    with _lock:
        module = sys.modules.get("spacy")
        if module is not None:
            return module
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        placeholders = {name: ModuleType(name) for name in _NAMES}
        placeholders["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
        placeholders["spacy.cli"].info = placeholders["spacy.cli.info"]  # type: ignore[attr-defined]
        if any(name in sys.modules for name in _NAMES):  # someone imported the CLI already: nothing to save
            placeholders = {}
        sys.modules.update(placeholders)
        try:
            import spacy
        finally:
            for name, module in placeholders.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
        _import_presidio()
        return spacy


def _import_presidio() -> None:
    """Import Presidio without re-checking the regexes of its predefined recognizers.

    Presidio's package imports all its predefined recognizers, and each of their patterns compiles its regex at
    creation only to check that it is valid (it is compiled again when used). The URL recognizer's regex lists
    1,500 top-level domains: 0.3 s, a fifth of the engine's start-up, for recognizers casusprep never runs (it
    has its own). The check is off only while Presidio's own modules load, and a pattern that is used is still
    compiled then. Should Presidio's layout change, this falls back to a plain import.
    """
    try:
        spec = importlib.util.find_spec("presidio_analyzer")
        path = Path(next(iter(spec.submodule_search_locations))) / "pattern.py"
        pattern_spec = importlib.util.spec_from_file_location("presidio_analyzer.pattern", path)
        module = importlib.util.module_from_spec(pattern_spec)
        pattern_spec.loader.exec_module(module)
        pattern_class = module.Pattern
        check = pattern_class.__dict__["_Pattern__validate_regex"]
    except Exception:  # noqa: BLE001 - not the layout this expects: import Presidio as it comes
        import presidio_analyzer  # noqa: F401

        return
    sys.modules["presidio_analyzer.pattern"] = module
    pattern_class._Pattern__validate_regex = staticmethod(lambda pattern: None)
    try:
        import presidio_analyzer
    except BaseException:
        sys.modules.pop("presidio_analyzer.pattern", None)
        raise
    finally:
        pattern_class._Pattern__validate_regex = check
    presidio_analyzer.pattern = module
