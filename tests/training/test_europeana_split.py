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
    trained = [w.text for d in docs for w in d]
    later, _ = europeana_tokens(EUROPEANA_HELD_OUT + EUROPEANA_GAP)
    assert trained == later and stats["tokens"] == len(later)
    # the measured part is not where training starts (the file has no document marks to compare by)
    measured, _ = europeana_tokens(0, EUROPEANA_HELD_OUT)
    assert trained[:200] != measured[-200:] and len(measured) == EUROPEANA_HELD_OUT


def test_persons_and_places_labelled_organisations_and_capitalised_untagged_words_missing(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    build_europeana_docbin(tmp_path / "eu.spacy")
    docs = list(DocBin().from_disk(tmp_path / "eu.spacy").get_docs(spacy.blank("nl").vocab))
    labels = {e.label_ for d in docs for e in d.ents}
    assert labels == {"PER", "LOC"}
    assert any(t.ent_iob_ == "" for d in docs for t in d)  # missing: no loss either way
    assert [t.text for d in docs for t in d if t.ent_iob_ == "O" and t.text[:1].isupper()] == []
