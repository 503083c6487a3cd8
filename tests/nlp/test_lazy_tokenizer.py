"""The shared pipeline's tokenizer adds the saved special cases on first need: its tokens must be exactly those of
the saved tokenizer as spaCy loads it (all special cases added), whatever it has seen before."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casusprep.nlp import get_nlp, model_path
from casusprep.nlp.spacy_import import import_spacy
from casusprep.nlp.tokenizer import LazySpecialCasesTokenizer

pytestmark = pytest.mark.skipif(model_path() is None, reason="the package carries no model")
spacy = import_spacy()
FULL = spacy.load(model_path()) if model_path() else spacy.blank("nl")
KEYS = sorted(FULL.tokenizer.rules)
LAZY_SHARED = get_nlp(True)


def _tokens(tokenizer, text: str) -> list[tuple[str, str]]:  # noqa: ANN001 - a spaCy tokenizer
    return [(t.text, t.whitespace_) for t in tokenizer(text)]


def _fresh_lazy() -> LazySpecialCasesTokenizer:
    """A new lazy tokenizer read from the saved one, with nothing seen yet."""
    return LazySpecialCasesTokenizer(FULL.vocab).from_disk(model_path() / "tokenizer")


def test_engine_pipeline_uses_the_lazy_tokenizer_with_every_saved_special_case():
    tokenizer = LAZY_SHARED.tokenizer
    assert isinstance(tokenizer, LazySpecialCasesTokenizer)
    assert tokenizer.all_rules() == FULL.tokenizer.rules
    assert len(KEYS) > 4000


def test_special_cases_wait_until_a_text_needs_them():
    lazy = _fresh_lazy()
    assert len(lazy.rules) < 20  # only the whitespace ones up front
    text = "Bv. de juf (i.p.v. mama) zei dat o.a. Dr. Peeters :-) kwam."
    assert _tokens(lazy, text) == _tokens(FULL.tokenizer, text)
    assert {"Bv.", "i.p.v.", "o.a.", "Dr.", ":-)"} <= set(lazy.rules)
    assert len(lazy.rules) < len(KEYS) // 10  # the few split after punctuation come along at the first text
    assert lazy.all_rules() == FULL.tokenizer.rules


@pytest.mark.parametrize(
    "text",
    [
        "' 'M(._.)",  # the case "''" matches across the space and keeps "'M" from forming
        "zei Dr . Peeters",
        "o . O en v . Chr . samen",
        "( ._. ) en : - ) of ; )",
        "mama ' s avonds",
    ],
)
def test_cases_matching_across_a_space_tokenize_as_with_all_loaded(text: str):
    assert _tokens(_fresh_lazy(), text) == _tokens(FULL.tokenizer, text)


def test_every_special_case_in_context_tokenizes_as_with_all_loaded():
    lazy = _fresh_lazy()
    for i in range(0, len(KEYS), 40):
        batch = KEYS[i : i + 40]
        text = " ".join(f"({key}), zei{key}{'' if j % 3 else ' '}x{key}." for j, key in enumerate(batch))
        assert _tokens(lazy, text) == _tokens(FULL.tokenizer, text), batch


_FRAGMENTS = st.one_of(
    st.sampled_from(KEYS),
    st.sampled_from(KEYS).map(lambda k: k[: max(1, len(k) // 2)]),
    st.sampled_from(KEYS).map(lambda k: k[len(k) // 2 :]),
    st.sampled_from(["mama", "juf", "Lotte", "12/03", "0475", "e-mail", "’s", "KDV", "x", "De", "straat"]),
    st.sampled_from(list("().,;:!?'\"’-/[]")),
    st.sampled_from([" ", " ", "  ", "\n", "\t", "\xa0"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS, min_size=1, max_size=25).map("".join))
def test_random_text_tokenizes_as_with_all_special_cases(text: str):
    expected = _tokens(FULL.tokenizer, text)
    assert _tokens(_fresh_lazy(), text) == expected  # nothing seen before
    assert _tokens(LAZY_SHARED.tokenizer, text) == expected  # after all the earlier examples
