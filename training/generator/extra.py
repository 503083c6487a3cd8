"""Extra notes in the writing habits the ten styles rarely show: a whole note typed with caps lock or in lower case,
staff who sign with their initials (with a legend now and then), and children called by a foreign pet form.

They are generated with their own seed after the ordinary notes (``generate`` stays as it was), so a model trained
with them sees the same ordinary notes plus these. Every habit is a rule over the generator's own names, never text
taken from a measured set.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from .core import Builder, Note, Person, Segment, finish
from .styles import STYLES, pick_style

_VOWELS = "aeiouy"


def foreign_pet(name: str, rng: random.Random) -> str:
    """A pet form by the rules of the languages of newer Flemish families: Polish/Slavic -ek, -ka, -ko, -usia,
    Turkish -cım/-ciğim, Romanian -uța, Spanish/Portuguese -ito/-ita/-inho, English -y/-ie, doubled first syllables
    (Arabic, French: Mimi, Lolo)."""
    base = name.split("-")[0].split(" ")[0]
    if len(base) < 3:
        return base
    stem = base[:-1] if base[-1] in _VOWELS else base
    first_syllable = base[:2] if base[1] in _VOWELS else base[:3]
    forms = [
        stem + "ek",
        stem + "ka",
        stem + "ko",
        stem + "usia",
        base + ("cım" if base[-1] in "aıou" else "cim"),
        base + "ciğim",
        stem + "uța",
        stem + ("ito" if rng.random() < 0.5 else "ita"),
        stem + "inho",
        stem + ("y" if rng.random() < 0.5 else "ie"),
        first_syllable.capitalize() + first_syllable.lower(),
    ]
    return rng.choice(forms)


def _initials(p: Person, rng: random.Random) -> str:
    letters = p.first[0] + "".join(w[0] for w in p.last.split() if w[:1].isupper())
    shape = rng.random()
    if shape < 0.45:
        return letters.upper()
    if shape < 0.75:
        return "".join(c + "." for c in letters.upper())
    if shape < 0.9:
        return ".".join(letters.upper())
    return letters.lower()


def _signature(b: Builder) -> list[Segment]:
    """A closing signature of one or two staff members in initials, sometimes with a legend."""
    rng = b.rng
    staff = [b.col] + ([b.col2] if rng.random() < 0.3 else [])
    out: list[Segment] = [
        rng.choice(["\n", "\n\n"]),
        rng.choice(["– ", "", "groetjes, ", "gr. ", "/", "(", "Getekend: "]),
    ]
    for k, p in enumerate(staff):
        if k:
            out.append(rng.choice([" / ", " en ", ", "]))
        out.append(("PER", _initials(p, rng)))
    if out[1] == "(":
        out.append(")")
    if rng.random() < 0.4:
        opener = rng.choice(["Legende: ", "", "(", "Wie: "])
        out.append("\n" + opener)
        for k, p in enumerate(staff):
            if k:
                out.append("; ")
            out += [("PER", _initials(p, rng)), rng.choice([" = ", ": ", " – "]), ("PER", p.full)]
        if opener == "(":
            out.append(")")
    return out


def _case(segs: list[Segment], upper: bool) -> list[Segment]:
    """The whole note in capitals (caps lock) or in lower case; spans keep their labels. A segment whose length
    would change in capitals (ß) stays as it is, so offsets stay exact."""
    out: list[Segment] = []
    for s in segs:
        label, text = s if isinstance(s, tuple) else (None, s)
        new = text.upper() if upper else text.lower()
        if len(new) != len(text):
            new = text
        out.append((label, new) if label else new)
    return out


def extra_notes(n: int, seed: int) -> Iterator[Note]:
    """``n`` notes of the ordinary styles, each with one or two of the habits above; deterministic for a seed."""
    import spacy

    from . import _align, _transform

    nlp = spacy.blank("nl")
    rng = random.Random(seed)
    for _ in range(n):
        style = pick_style(rng)
        b = Builder(rng, lower_names=0.3 if style in ("hurried", "chat") else 0.04)
        if rng.random() < 0.4:
            b.child = Person(foreign_pet(b.child.first, rng), b.child.last)
        segs = STYLES[style][0](b)
        segs, _ = _transform(segs, rng, style)
        if rng.random() < 0.45:
            segs = segs + _signature(b)
        habit = rng.random()
        if habit < 0.3:
            segs = _case(segs, upper=True)
        elif habit < 0.6:
            segs = _case(segs, upper=False)
        yield _align(finish(segs, style + "+extra", b.frames), nlp)
