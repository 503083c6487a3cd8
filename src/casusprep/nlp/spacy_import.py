"""Import spaCy and Presidio once, safely from any thread.

The app's worker threads (objectivity hints, anonymiser) may both be the first to need spaCy; importing it
from two threads at once fails, so every path imports it through ``import_spacy`` under one lock.

Both are imported without what casusprep never uses and each start would pay for: spaCy's command line and the
check of the regexes of Presidio's predefined recognizers (see casusprep.compat).

It also asks OpenBLAS (numpy's matrix library, which the model's layers use) for one thread per process
before numpy is loaded: the model's matrices are small, and batch mode already runs a process per core.
"""

from __future__ import annotations

import os
import sys
import threading
from types import ModuleType

from casusprep.compat import import_presidio_unchecked, spacy_without_cli

_lock = threading.Lock()


def import_spacy() -> ModuleType:
    """spaCy, imported once; call it before anything that imports spaCy (Presidio does).

    Every thread must come through here first: two threads that import spaCy at the same time break its
    import (a KeyError or a partially initialised Cython module), which the lock rules out. Presidio is
    imported here too, under the same lock: spaCy loads Presidio's entry point (a pipeline factory) when it
    loads a pipeline, and that import racing the anonymiser's own import of Presidio breaks on Presidio's
    circular imports in the same way.
    """
    with _lock:
        module = sys.modules.get("spacy")
        if module is not None and "presidio_analyzer" in sys.modules:
            return module
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        # Presidio imports spaCy: without spaCy's command line, and without checking the regexes of Presidio's
        # predefined recognizers, which casusprep never runs (casusprep.compat says how and why).
        with spacy_without_cli():
            import_presidio_unchecked()  # under the lock, see above
            import spacy

        return spacy
