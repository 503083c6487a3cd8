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
