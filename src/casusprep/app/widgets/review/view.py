"""Rich text for the review: highlighted originals, anonymised texts, the legend and the counts.

Colours are fixed foreground/background pairs (dark text on a light tint), so they read the same in
the light and the dark theme; every highlight also carries its marker ([NAAM], [DATUM] ...) or an
underline, so nothing depends on colour alone.
"""

from __future__ import annotations

from collections import Counter

from rich.text import Text

from casusprep.app import strings as S
from casusprep.review import TYPES, FieldReview, marker, type_name

_TINT = {
    "PERSON": "#f5c2e7",
    "LOCATION": "#a6e3a1",
    "ADDRESS": "#a6e3a1",
    "ORGANIZATION": "#fab387",
    "DATE": "#89dceb",
    "EXTRA": "#cba6f7",
}
_DEFAULT_TINT = "#f9e2af"  # numbers, mail and web addresses
PREVIEW_LIMIT = 20_000  # characters per field shown side by side; the documents always get everything


def style_for(entity_type: str) -> str:
    return f"bold #1e1e2e on {_TINT.get(entity_type, _DEFAULT_TINT)}"


def original_text(fr: FieldReview) -> Text:
    """The original with each detection highlighted and followed by its marker; kept ones say so."""
    out = Text()
    last = 0
    text = fr.original[:PREVIEW_LIMIT]
    for f in fr.found:
        if f.start >= len(text):
            break
        out.append(text[last : f.start])
        if f.kept:
            out.append(text[f.start : f.end], style="italic")
            out.append(f"[{marker(f.entity_type)} {S.REVIEW_KEPT_TAG}]", style="italic dim")
        else:
            out.append(text[f.start : f.end], style=style_for(f.entity_type) + " underline")
            out.append(f"[{marker(f.entity_type)}]", style="bold")
        last = f.end
    out.append(text[last:])
    _note_cut(out, fr.original)
    return out


def anonymised_text(fr: FieldReview) -> Text:
    """The anonymised text as the documents get it, replacements underlined in their type's colour."""
    out = Text()
    last = 0
    text = fr.anonymised[:PREVIEW_LIMIT]
    for start, end, entity_type in fr.replaced:
        if start >= len(text):
            break
        out.append(text[last:start])
        out.append(text[start:end], style=style_for(entity_type) + " underline")
        last = end
    out.append(text[last:])
    _note_cut(out, fr.anonymised)
    return out


def _note_cut(out: Text, full: str) -> None:
    if len(full) > PREVIEW_LIMIT:
        out.append("\n" + S.REVIEW_CUT.format(n=len(full) - PREVIEW_LIMIT), style="italic")


def legend(types: set[str]) -> Text:
    """Marker and meaning of each type that occurs, plus how a kept detection looks."""
    out = Text(S.REVIEW_LEGEND + " ")
    for entity_type in [t for t in TYPES if t in types] + sorted(types - set(TYPES)):
        out.append(f" {marker(entity_type)} ", style=style_for(entity_type))
        out.append(f" {type_name(entity_type)}   ")
    out.append(f"[… {S.REVIEW_KEPT_TAG}]", style="italic dim")
    out.append(" " + S.REVIEW_KEPT_MEANS)
    return out


def counts_text(counts: Counter[str], kept: int) -> str:
    if not counts and not kept:
        return S.REVIEW_NOTHING_FOUND
    parts = [f"{n}× {marker(t)}" for t, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return S.REVIEW_COUNTS.format(total=sum(counts.values()), parts=", ".join(parts) or "-", kept=kept)
