"""The shipped pipeline loads from models/ without network and finds names from context."""

from __future__ import annotations

import spacy

from casusprep.locations import models_dir


def test_model_loads_offline_and_finds_persons(no_network):
    path = models_dir() / "nl_casusprep"
    nlp = spacy.load(path)
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


def test_the_engine_runs_the_model_on_numpy_matmul_and_finds_the_same_entities():
    """casusprep.nlp builds the pipeline with numpy's matrix products instead of blis (much faster here); the
    entities and their scores' decisions must not change. Compared on 300 generated notes against spaCy's default
    load."""
    from thinc.api import NumpyOps
    from training.generator import generate

    from casusprep.nlp import get_nlp

    engine = get_nlp(True)
    ner = engine.get_pipe("ner").model
    # every layer but the NER's output layer, which spaCy itself builds with its default CPU ops
    layers = [node for node in engine.get_pipe("tok2vec").model.walk()] + [
        node for name in ("tok2vec", "lower") for node in ner.get_ref(name).walk()
    ]
    assert {(type(node.ops), node.ops.use_blis) for node in layers} == {(NumpyOps, False)}
    default = spacy.load(models_dir() / "nl_casusprep")
    texts = [note.text for note in generate(300, seed=5)]
    found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in engine.pipe(texts)]
    assert sum(map(len, found)) > 600
    assert found == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in default.pipe(texts)]
