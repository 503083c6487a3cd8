"""The extra notes: caps lock, lower case, signatures in initials with legends, foreign pet forms; exact spans."""

from __future__ import annotations

import random

import pytest
import spacy
from training.generator.extra import extra_notes, foreign_pet


@pytest.fixture(scope="module")
def notes():
    return list(extra_notes(300, seed=21))


def test_spans_are_exact_aligned_and_disjoint(notes):
    nlp = spacy.blank("nl")
    for note in notes:
        doc = nlp.make_doc(note.text)
        last_end = -1
        for sp in sorted(note.spans, key=lambda s: s["start"]):
            assert note.text[sp["start"] : sp["end"]] == sp["text"]
            assert sp["start"] >= last_end and doc.char_span(sp["start"], sp["end"]) is not None
            last_end = sp["end"]


def test_each_habit_is_there(notes):
    persons = [sp["text"] for n in notes for sp in n.spans if sp["label"] == "PER"]
    letters = [n.text for n in notes if any(c.isalpha() for c in n.text)]
    caps = [t for t in letters if t == t.upper()]
    lower = [t for t in letters if t == t.lower()]
    assert 0.2 < len(caps) / len(notes) < 0.4 and 0.2 < len(lower) / len(notes) < 0.45
    signed = [p for p in persons if 2 <= len(p.replace(".", "")) <= 3 and p.replace(".", "").isalpha() and "." in p]
    legends = [n for n in notes if "=" in n.text or "Legende" in n.text or "LEGENDE" in n.text or "legende" in n.text]
    assert len(signed) > 50 and len(legends) > 20


def test_extra_notes_are_deterministic_and_differ_by_seed():
    a = [(n.text, n.spans) for n in extra_notes(20, seed=5)]
    assert a == [(n.text, n.spans) for n in extra_notes(20, seed=5)]
    assert a != [(n.text, n.spans) for n in extra_notes(20, seed=6)]


def test_foreign_pet_forms_keep_the_name_recognisable():
    rng = random.Random(3)
    for name in ["Zuzanna", "Emre", "Ioana", "Mateo", "Amira", "Oksana"]:
        forms = {foreign_pet(name, rng) for _ in range(80)}
        assert len(forms) >= 8
        assert all(f[:2].lower() == name[:2].lower() for f in forms)
        assert all(f != name for f in forms)
