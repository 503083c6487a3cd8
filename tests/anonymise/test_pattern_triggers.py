"""A pattern recognizer with a trigger skips a text without it: the trigger must be a piece every match needs, or a
text would lose a detection. Checked on every invented text of the anonymiser's tests (string constants of the test
modules and the held-out notes) and on invented texts written to reach each writing the patterns allow."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import regex
from presidio_analyzer import PatternRecognizer

from casusprep.anonymise.presidio_bridge import PATTERN_RECOGNIZERS
from casusprep.anonymise.recognizers.patterns import CheckedPattern

HERE = Path(__file__).resolve().parent
TRIGGERED = [r for r in PATTERN_RECOGNIZERS if r.trigger is not None]

# Each way of writing that a triggered pattern allows, invented: the trigger must be there in all of them.
WRITINGS = [
    "Mail naar jan.peeters@skynet.be of naar info@kdv-rupsje.be.",
    "Zijn adres: kvdw.1988 [at] telenet [dot] be, of naam(at)skynet.be.",
    "Schrijf naar sofie apenstaartje voorbeeld punt be of naar sofie aapje voorbeeld punt com.",
    "Adresse: marie arobase exemple point fr, of marie (a) exemple (point) fr.",
    "jan [punt] peeters [at] voorbeeld [punt] be en naam @ skynet . be",
    "Kijk op https://www.kinderopvang.be/aanbod, op www.opvang.be of op kinderopvang.be.",
    "De link is bit.ly/3xYz en wa.me/32475112233; ook x.vlaanderen en opvang.BE.",
    "Surf naar opvang punt be of naar opvang[.]be, of www . rupsje . be.",
    "Dossiernummer: KDV-2024-0457, ref. VK/123, kenmerk AB12, cliëntnummer 77881, klantnummer 5512.",
    "INSZ 850412 273 19, ondernemingsnummer 0123.456.789, btw BE0123456789, nr. 42A, nummer 7781.",
    "Referenties VK/2024/0331 en AB.12.C3.4567 en KDV-2024-0457.",
    "Nummerplaat 1-ABC-123, 2XYZ789 en de oude ABC-123.",
    "Op Insta heet ze sien_x_19 en _lotte_, op TikTok lotte.peeters of jan.peeters.2019.",
]


def _texts() -> list[str]:
    out = list(WRITINGS)
    for path in sorted(HERE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 6:
                out.append(node.value)
    out += [note["text"] for note in json.loads((HERE / "data" / "heldout_notes.json").read_text(encoding="utf-8"))]
    return out


TEXTS = _texts()


def test_the_costly_patterns_have_a_trigger() -> None:
    names = {r.name for r in TRIGGERED}
    assert {"email", "url", "dossier_number", "reference_code", "handle_underscore"} <= names


@pytest.mark.parametrize("recognizer", TRIGGERED, ids=lambda r: f"{r.name}/{r.trigger.pattern[:12]}")
def test_every_match_has_its_trigger_around_it(recognizer: CheckedPattern) -> None:
    pattern = regex.compile(recognizer.patterns[0].regex)  # as Presidio compiles it: the regex module, no flags
    matched = 0
    for text in TEXTS:
        for m in pattern.finditer(text):
            matched += 1
            around = text[max(0, m.start() - 60) : m.end() + 60]
            assert recognizer.trigger.search(around), (recognizer.name, m.group(0))
    assert matched, f"no invented text reaches {recognizer.name}"


@pytest.mark.parametrize("recognizer", TRIGGERED, ids=lambda r: f"{r.name}/{r.trigger.pattern[:12]}")
def test_a_trigger_changes_no_result(recognizer: CheckedPattern) -> None:
    for text in TEXTS:
        plain = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
        assert recognizer.analyze(text, recognizer.supported_entities) == plain


def test_a_text_without_the_trigger_is_not_scanned(monkeypatch) -> None:
    from casusprep.anonymise.recognizers import email

    scanned: list[str] = []
    monkeypatch.setattr(PatternRecognizer, "analyze", lambda self, text, *a, **k: scanned.append(text) or [])
    email.RECOGNIZER.analyze("Mama belde om 8 uur; ze was moe.", ["email/EMAIL"])
    assert scanned == []
    email.RECOGNIZER.analyze("Mail mama op mama@skynet.be.", ["email/EMAIL"])
    assert scanned == ["Mail mama op mama@skynet.be."]
