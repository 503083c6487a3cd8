"""The first screen imports nothing heavy: spaCy and Presidio load only in a worker when a step needs them."""

from __future__ import annotations

import subprocess
import sys

CHILD = r"""
import sys
from casusprep.cli import build_parser
build_parser()  # what `casusprep` does before it starts the app
from casusprep.app.app import CasusprepApp

class Probe(CasusprepApp):
    def on_mount(self):
        super().on_mount()
        self.screen.call_after_refresh(self._painted)

    def _painted(self):
        print("SCREEN", type(self.screen).__name__, self.screen.query_one("#pass1").id, flush=True)
        self.exit(0)

Probe().run(headless=True)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"spacy", "presidio_analyzer", "presidio_anonymizer",
               "thinc", "torch", "docx", "docxtpl"} or m in {"casusprep.anonymise.api", "casusprep.documents"})
print("HEAVY", heavy)
"""


def test_first_screen_imports_no_nlp(data_dir) -> None:
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=True).stdout
    assert "SCREEN UnlockScreen pass1" in out
    assert "HEAVY []" in out, out
