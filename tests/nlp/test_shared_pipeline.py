"""The shared pipeline reads the saved tokenizer into one that adds its special cases on first need (a faster
start): the tokenizer it ends up with must be the saved one, the same as spaCy's own loading gives."""

from __future__ import annotations

import pytest

from casusprep.nlp import get_nlp, model_path
from casusprep.nlp.spacy_import import import_spacy


@pytest.mark.skipif(model_path() is None, reason="the package carries no model")
def test_shared_pipeline_has_the_saved_tokenizer():
    spacy = import_spacy()
    shared = get_nlp(True).tokenizer
    reference = spacy.load(model_path()).tokenizer
    assert len(reference.rules) > 1000  # the special cases on disk (abbreviations, emoticons)
    assert shared.all_rules() == reference.rules
    text = "Mama zei: 'Kom je mee?' Dr. Peeters (UZ Gent) belde om 14u30 -- zie www.kind.be, i.p.v. vrijdag :-)"
    assert [t.text for t in shared(text)] == [t.text for t in reference(text)]
    # Rules, affixes, token and URL patterns, saved again; the vocabulary grows with every text it has read.
    assert shared.to_bytes(exclude=["vocab"]) == reference.to_bytes(exclude=["vocab"])
