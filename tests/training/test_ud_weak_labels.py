"""UD sentences become weak, partial NER annotation: listed names labelled, other proper nouns missing, rest O."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc
from training.generator import names as N
from training.train import _label_runs, _pronouns_to_names


def _tok(form, upos, space=True):
    return (form, upos, "", space, form.lower())


def test_label_runs_and_pronoun_swaps_give_a_consistent_partial_doc():
    first = next(n for n in N.sources()["first"] if n.isalpha() and len(n) > 3)
    place = next(p for p in N.sources()["munis"] if p.isalpha())
    toks = [
        _tok("Gisteren", "ADV"),
        _tok("zei", "VERB"),
        _tok(first, "PROPN"),
        _tok("in", "ADP"),
        _tok(place, "PROPN"),
        _tok("dat", "SCONJ"),
        _tok("hij", "PRON"),
        _tok("Xyzzyqorp", "PROPN"),
        _tok("kende", "VERB"),
        _tok(".", "PUNCT", False),
    ]
    lists = {"places": {place}, "first": {first}, "surnames": set()}
    words, ents = _label_runs(toks, lists, random.Random(0))
    assert ents[2] == "B-PER" and ents[4] == "B-LOC"
    assert ents[7] is None  # unknown proper noun: no loss either way
    assert ents[0] == "O" and ents[1] == "O"
    words, spaces, ents, pos, morphs, lemmas = _pronouns_to_names(toks, words, ents, random.Random(1), rate=1.0)
    assert len({len(words), len(spaces), len(ents), len(pos), len(morphs), len(lemmas)}) == 1
    assert "hij" not in words  # the pronoun became a (role +) name
    doc = Doc(spacy.blank("nl").vocab, words=words, spaces=spaces, ents=ents)
    assert sum(e.label_ == "PER" for e in doc.ents) == 2
