"""casusprep imports spaCy without its CLI and Presidio without re-checking its predefined regexes (start-up
time, casusprep.compat); both libraries must still work as they come. A fresh interpreter: only the first import
is special."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
if sys.argv[1] == "fast":
    from casusprep.nlp.spacy_import import import_spacy

    spacy = import_spacy()
else:
    import spacy
print("cli loaded:", "spacy.cli" in sys.modules, "typer" in sys.modules)

import presidio_analyzer
from presidio_analyzer import Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import EmailRecognizer, UrlRecognizer

print("one Pattern:", presidio_analyzer.pattern.Pattern is Pattern)
try:
    Pattern("kapot", "(", 0.5)
    print("checked: no")
except ValueError:
    print("checked: yes")
found = UrlRecognizer().analyze("Zie www.voorbeeld.be en mail naar info@voorbeeld.be.", ["URL"])
print("url:", sorted((r.start, r.end) for r in found))
found = EmailRecognizer().analyze("Mail naar info@voorbeeld.be.", ["EMAIL_ADDRESS"])
print("email:", sorted((r.start, r.end) for r in found))
own = PatternRecognizer("X", patterns=[Pattern("jaar", r"\\b20\\d\\d\\b", 0.5)])
print("own:", [(r.start, r.end) for r in own.analyze("in 2024", ["X"])])

import spacy.cli
print("real cli:", callable(spacy.cli.info), spacy.info is not spacy.cli.info)
"""


def _run(how: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", CHILD, how], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout.splitlines()


def test_spacy_and_presidio_work_as_they_come_after_the_fast_import():
    fast, plain = _run("fast"), _run("plain")
    assert fast[0] == "cli loaded: False False" and plain[0] == "cli loaded: True True"
    assert fast[1:-1] == plain[1:-1]  # Presidio as with a plain import
    assert "checked: yes" in fast  # Presidio validates patterns again once it is loaded
    assert "url: [(4, 20), (39, 51)]" in fast and "email: [(10, 27)]" in fast and "own: [(3, 7)]" in fast
    # a later import of spacy.cli loads the real one; spacy.info stays a small function that calls it
    assert fast[-1] == "real cli: True True" and plain[-1] == "real cli: True False"
