"""The app starts the objectivity hints and the anonymiser in two worker threads, and either may be the first to
load spaCy. Two threads importing spaCy at once break its import (KeyError 'spacy', or a partially initialised
Cython module), and so does spaCy loading Presidio's entry point while the anonymiser imports Presidio; the
review would then fail. Each run is a fresh interpreter, because only the first imports can race."""

from __future__ import annotations

import subprocess
import sys

RACE = """
import threading, traceback
errors = []
start = threading.Barrier(2)

def run(work):
    start.wait()
    try:
        work()
    except Exception:
        errors.append(traceback.format_exc())

def hints():
    from casusprep.hints import find_hints
    assert [h.text for h in find_hints("Mama was erg agressief.")] == ["agressief"]

def anonymise():
    from casusprep.anonymise import anonymise_text
    text = anonymise_text("Op 3 maart belde Ines Peeters.", []).text
    assert "Ines" not in text and "Peeters" not in text and "persoon A" in text, text

threads = [threading.Thread(target=run, args=(work,)) for work in (hints, anonymise)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("".join(errors) or "OK")
"""


def test_hints_and_anonymiser_can_load_spacy_at_the_same_time():
    for _ in range(5):
        done = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, timeout=240)
        assert done.stdout.strip() == "OK", done.stdout + done.stderr
