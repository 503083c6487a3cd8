"""Generator of realistic Flemish childcare case notes with gold entity spans (PER, LOC, ORG, DATE, PHONE, EMAIL).

``generate(n, seed)`` is deterministic for a seed. Style transforms (all lower-case, typos in ordinary words,
dialect swaps) act per segment, so spans stay exact; spans are finally aligned to the tokens of
``spacy.blank("nl")``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .core import Builder, Note, Segment, _typo, finish
from .styles import STYLES, pick_style

NER_LABELS = ("PER", "LOC", "ORG")

_DIALECT = {
    "niet": "nie",
    "dat": "da",
    "maar": "ma",
    "je": "ge",
    "jij": "gij",
    "heeft": "ee",
    "is": "es",
    "het": "t",
    "een": "ne",
    "ik": "'k",
    "wat": "wa",
    "nu": "nu",
    "zijn": "zen",
    "goed": "goe",
}


def _transform(segs: list[Segment], rng: random.Random, style: str) -> tuple[list[Segment], str]:
    """Apply note-wide writing habits: hurried lower case, typos, dialect."""
    lower = style in ("hurried", "chat") and rng.random() < 0.5 or rng.random() < 0.05
    typo_rate = 0.04 if style in ("hurried", "chat") else (0.01 if rng.random() < 0.3 else 0.0)
    dialect = style == "chat" or rng.random() < 0.08
    out: list[Segment] = []
    for s in segs:
        if isinstance(s, tuple):
            label, surf = s
            if lower and label in ("PER", "LOC", "ORG") and rng.random() < 0.8:
                surf = surf.lower()
            out.append((label, surf))
            continue
        words = s.split(" ")
        new = []
        for w in words:
            core = w.strip('.,!?:;"()')
            if dialect and core.lower() in _DIALECT and rng.random() < 0.5:
                w = w.replace(core, _DIALECT[core.lower()], 1)
            elif typo_rate and rng.random() < typo_rate and core.isalpha():
                w = w.replace(core, _typo(core, rng), 1)
            new.append(w)
        s = " ".join(new)
        out.append(s.lower() if lower else s)
    return out, ("lower" if lower else "")


def _align(note: Note, nlp) -> Note:
    """Drop spans that do not fall on token boundaries of the blank Dutch tokenizer (rare; keeps gold exact)."""
    doc = nlp.make_doc(note.text)
    kept = []
    for sp in note.spans:
        if doc.char_span(sp["start"], sp["end"]) is not None:
            kept.append(sp)
        else:
            span = doc.char_span(sp["start"], sp["end"], alignment_mode="expand")
            if span is not None and span.end_char - span.start_char <= len(sp["text"]) + 3:
                kept.append({**sp, "start": span.start_char, "end": span.end_char, "text": span.text})
    note.spans = kept
    return note


def generate(n: int, seed: int = 0) -> Iterator[Note]:
    """Yield ``n`` notes; the same seed gives the same notes."""
    import spacy

    nlp = spacy.blank("nl")
    rng = random.Random(seed)
    for _ in range(n):
        style = pick_style(rng)
        b = Builder(rng, lower_names=0.3 if style in ("hurried", "chat") else 0.04)
        segs = STYLES[style][0](b)
        segs, _ = _transform(segs, rng, style)
        note = finish(segs, style, b.frames)
        yield _align(note, nlp)


__all__ = ["NER_LABELS", "Note", "generate"]
