"""Reader normalisation: what the gate and the anonymiser compare must be what a reader sees."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from casusprep.textnorm import fold, fold_digits, fold_with_map, original_span, reader_text

NAMES = ["Lotte", "Vermeulen", "Yusuf", "Zoë", "Noor", "Ilayda", "Mila", "Björn", "Anaïs", "Jan-Willem"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f", "\u202a", "\u2066"]
# Cyrillic and Greek letters that look like Latin ones.
LOOKALIKE = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "y": "у",
    "x": "х",
    "i": "і",
    "A": "А",
    "E": "Ε",
    "O": "О",
    "M": "М",
    "N": "Ν",
    "T": "Т",
    "H": "Н",
    "K": "К",
    "B": "В",
    "j": "ј",
    "s": "ѕ",
    "I": "І",
}

texts = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            INVISIBLE + ["-", "\n", "\u0301", "\u0308", "ı", "İ", "ß", "ﬁ", "０", "Ｏ", *LOOKALIKE.values()]
        ),
    ),
    max_size=40,
)


@given(texts)
@settings(max_examples=400)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)
    assert reader_text(reader_text(s)) == reader_text(s)


@given(texts)
@settings(max_examples=400)
def test_map_is_monotone_in_range_and_matches_fold(s: str) -> None:
    folded, index = fold_with_map(s)
    assert folded == fold(s)
    assert len(index) == len(folded)
    assert all(0 <= i < len(s) for i in index)
    assert all(a <= b for a, b in zip(index, index[1:], strict=False))


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(NAMES))
    chars = list(unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), name))
    out = []
    for ch in chars:
        if draw(st.booleans()) and ch in LOOKALIKE:
            ch = LOOKALIKE[ch]
        out.append(ch)
        if draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
    return name, "".join(out)


@given(disguised())
@settings(max_examples=400)
def test_every_disguise_of_a_name_folds_to_the_name(pair: tuple[str, str]) -> None:
    name, variant = pair
    assert fold(variant) == fold(name)


@given(disguised(), st.text(alphabet="abc .,\n", max_size=10), st.text(alphabet="abc .,\n", max_size=10))
@settings(max_examples=200)
def test_found_span_maps_back_to_the_disguised_name(pair: tuple[str, str], before: str, after: str) -> None:
    name, variant = pair
    s = f"{before} {variant} {after}"
    folded, index = fold_with_map(s)
    at = folded.find(fold(name))
    assert at >= 0
    a, b = original_span(s, index, at, at + len(fold(name)))
    assert s[a:b] == variant


def test_hyphenation_over_a_line_is_joined_and_combining_marks_dropped() -> None:
    assert reader_text("Lot-\nte speelt") == "Lotte speelt"
    assert fold("Lot-\r\n  te") == "lotte"
    assert fold("moeder - vader") == "moeder - vader"
    assert fold("L\u0336o\u0336tte") == "lotte"
    assert fold("Yıldız") == fold("Yildiz") == "yildiz"
    assert fold("ＬＯＴＴＥ") == "lotte"


def test_digits_read_as_a_reader_reads_them() -> None:
    assert fold_digits("０４７５ １２ ３４ ５６") == "0475 12 34 56"
    assert fold_digits("O475 l2 34 5O") == "0475 12 34 50"
    assert fold_digits("٠٤٧٥") == "0475"
    # Words next to numbers stay words.
    assert fold_digits("Oost 12, hallo12 en lol") == "Oost 12, hallo12 en lol"
