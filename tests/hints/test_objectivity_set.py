"""The labelled sentence set keeps the hints honest: precision >= 0.90 and recall >= 0.85 at sentence level."""

from __future__ import annotations

from objectivity_scoring import load_rows, report, score


def test_labelled_set_is_large_and_balanced():
    rows = load_rows()
    assert len(rows) >= 200
    labels = {r["label"] for r in rows}
    assert labels == {"observatie", "interpretatie"}
    assert sum(r["label"] == "observatie" for r in rows) >= 80
    for r in rows:
        assert all(f in r["text"] for f in r["flags"]), r
        assert bool(r["flags"]) == (r["label"] == "interpretatie"), r


def test_sentence_precision_and_recall(capsys):
    figures = score()
    with capsys.disabled():
        print("\n" + report())
    assert figures.precision >= 0.90, "\n".join(figures.errors)
    assert figures.recall >= 0.85, "\n".join(figures.errors)
    # span level is reported, with a looser floor: the flagged words must be the right ones
    assert figures.span_precision >= 0.85
    assert figures.span_recall >= 0.80
