"""The shipped pipeline loads from models/ without network and finds names from context."""

from __future__ import annotations

import time

import spacy

from casusprep.locations import models_dir


def test_model_loads_offline_and_finds_persons(no_network):
    path = models_dir() / "nl_casusprep"
    t0 = time.perf_counter()
    nlp = spacy.load(path)
    assert time.perf_counter() - t0 < 10  # generous here; the < 1 s load is measured in the model card
    assert {"tok2vec", "ner"} <= set(nlp.pipe_names)
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    # invented sentences, not taken from the generator's frames or any benchmark
    cases = [
        ("Gisterenavond kwam tante Wiebke Oosterlinck het meisje afhalen aan de achterpoort.", "Wiebke"),
        ("De begeleiding heeft nadien met Kwabena gebeld om het voorval rustig uit te leggen.", "Kwabena"),
        ("Volgens de poetsvrouw zou Marjolein nog altijd bij haar schoonzus logeren.", "Marjolein"),
    ]
    for text, name in cases:
        doc = nlp(text)
        pers = [e.text for e in doc.ents if e.label_ == "PER"]
        assert any(name in p for p in pers), (text, [(e.text, e.label_) for e in doc.ents])
    assert not no_network


def test_model_leaves_role_words_and_services_alone():
    nlp = spacy.load(models_dir() / "nl_casusprep")
    doc = nlp("Mama en de juf hebben samen met het CLB en Kind en Gezin overlegd over het Sinterklaasfeest.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == []


def test_the_shipped_tokenizer_is_the_one_the_engine_builds():
    """casusprep.nlp skips reading the shipped tokenizer (it is spaCy's blank Dutch one): they must stay equal,
    or the engine would tokenise differently from the model's training."""
    from casusprep.nlp import get_nlp

    shipped = spacy.load(models_dir() / "nl_casusprep")
    # prefix/suffix/infix patterns and URL/token matches (the vocab grows with every text the engine has seen);
    # the engine's tokenizer adds its special cases on first need, so these are compared in full apart
    engine = get_nlp(True).tokenizer
    assert engine.to_bytes(exclude=["vocab", "exceptions"]) == shipped.tokenizer.to_bytes(
        exclude=["vocab", "exceptions"]
    )
    assert engine.all_rules() == shipped.tokenizer.rules
    text = "Op 12/03/2024 zei mama (tel. 0472/18.44.90): “Femke’s jas, bv. die van ’t KDV!” e.d."
    assert [t.text for t in get_nlp(True)(text)] == [t.text for t in shipped(text)]


def test_the_engine_runs_the_model_on_numpy_matmul_and_finds_the_same_entities():
    """casusprep.nlp moves the model's matrix products from blis to numpy (much faster here); the entities and
    their scores' decisions must not change. Compared on 300 generated notes against spaCy's default load."""
    from thinc.api import NumpyOps
    from training.generator import generate

    from casusprep.nlp import get_nlp

    engine = get_nlp(True)
    ops = {type(node.ops).__name__ + str(node.ops.use_blis) for _, c in engine.pipeline for node in c.model.walk()}
    assert ops == {NumpyOps.__name__ + "False"}
    default = spacy.load(models_dir() / "nl_casusprep")
    texts = [note.text for note in generate(300, seed=5)]
    found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in engine.pipe(texts)]
    assert sum(map(len, found)) > 600
    assert found == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in default.pipe(texts)]
