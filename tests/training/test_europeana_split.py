"""Europeana NL is a weak training signal only after the part that eval_news measures on."""

from __future__ import annotations

import pytest
from training.eval_news import DATA, EUROPEANA_HELD_OUT
from training.train import EUROPEANA_GAP, build_europeana_docbin, europeana_tokens

pytestmark = pytest.mark.skipif(
    not (DATA / "europeana-nl" / "enp_NL.kb.bio").exists(), reason="Europeana NL not beside the repository"
)


def test_training_reads_no_token_of_the_measured_part(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    stats = build_europeana_docbin(tmp_path / "eu.spacy")
    docs = list(DocBin().from_disk(tmp_path / "eu.spacy").get_docs(spacy.blank("nl").vocab))
    trained = "".join(w.text for d in docs for w in d)
    later, _ = europeana_tokens(EUROPEANA_HELD_OUT + EUROPEANA_GAP)
    assert trained == "".join(later) and stats["tokens"] == sum(len(d) for d in docs)
    measured, _ = europeana_tokens(0, EUROPEANA_HELD_OUT)
    assert len(measured) == EUROPEANA_HELD_OUT and "".join(measured[-300:]) not in trained


def test_persons_and_places_labelled_organisations_and_capitalised_untagged_words_missing(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    build_europeana_docbin(tmp_path / "eu.spacy")
    docs = list(DocBin().from_disk(tmp_path / "eu.spacy").get_docs(spacy.blank("nl").vocab))
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels == {"PER", "LOC"}
    assert any(t.ent_iob_ == "" for d in docs for t in d)  # missing: no loss either way
    assert [t.text for d in docs for t in d if t.ent_iob_ == "O" and t.text[:1].isupper()] == []


def test_entities_are_the_tokens_spacy_makes_without_the_punctuation_glued_to_the_words(tmp_path):
    """The file keeps punctuation on its words ('Holland,'): the model must learn the name, not the comma."""
    import spacy
    from training.train import _europeana_doc

    nlp = spacy.blank("nl")
    doc = _europeana_doc(
        nlp,
        ["de", "Staten", "van", "Holland,", "en", "Jan", "Smit."],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER"],
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Jan Smit", "PER")]
    assert [t.text for t in doc if t.ent_iob_ == ""] == ["Staten", "van", "Holland", ","]
    assert doc[-1].text == "." and doc[-1].ent_iob_ == "O"


def test_places_only_leaves_the_persons_missing():
    """With ``places_only`` the file's persons teach nothing: neither a person nor O, only its places are labelled."""
    import spacy
    from training.train import _europeana_doc

    nlp = spacy.blank("nl")
    doc = _europeana_doc(
        nlp,
        ["Jan", "Smit", "kwam", "uit", "Zwolle."],
        ["B-PER", "I-PER", "O", "O", "B-LOC"],
        places_only=True,
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Zwolle", "LOC")]
    assert [t.text for t in doc if t.ent_iob_ == ""] == ["Jan", "Smit"]


def test_capitalised_ordinary_words_are_o_and_possible_names_stay_missing():
    """Left missing, every capitalised ordinary word teaches that capitals are names: with the words the file tags,
    a common word that no name list holds is O; a listed name, a word the file tags elsewhere, an unknown word, a
    country, an initial, or 'De' before a capitalised word stays missing."""
    import spacy
    from training.train import _europeana_doc

    nlp = spacy.blank("nl")
    tokens = [
        "Maandag",
        "kwam",
        "de",
        "Voorzitter",
        "met",
        "Brouwer",
        "naar",
        "Kortrijk",
        ".",
        "De",
        "Wolf",
        "zag",
        "Zwarteveld",
        "en",
        "Frankrijk",
        ".",
        "Het",
        "is",
        "Huiswerk",
        "van",
        "J",
        ".",
    ]
    doc = _europeana_doc(nlp, tokens, ["O"] * len(tokens), tagged=frozenset({"huiswerk"}))
    state = {t.text: t.ent_iob_ for t in doc if t.text[:1].isupper()}
    assert state == {
        "Maandag": "O",
        "Voorzitter": "O",
        "Het": "O",
        "Brouwer": "",
        "Kortrijk": "",
        "De": "",
        "Wolf": "",
        "Zwarteveld": "",
        "Frankrijk": "",
        "Huiswerk": "",
        "J": "",
    }
    # without the file's tagged words (the default) every capitalised untagged word stays missing
    assert all(t.ent_iob_ == "" for t in _europeana_doc(nlp, tokens, ["O"] * len(tokens)) if t.text[:1].isupper())


def test_the_smaller_share_keeps_one_chunk_in_two_and_labels_ordinary_capitals(tmp_path):
    stats_all = build_europeana_docbin(tmp_path / "all.spacy")
    stats = build_europeana_docbin(tmp_path / "half.spacy", every=2, ordinary=True)
    assert stats["docs"] == (stats_all["docs"] + 1) // 2
    assert stats_all["capitals_O"] == 0 and stats["capitals_O"] > 1000
