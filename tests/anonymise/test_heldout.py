"""Our own invented held-out notes (tests/anonymise/data), marked up as [[LABEL:surface]]: a check
that the engine generalises beyond the cases it was tuned on. Nothing here comes from the shared
benchmark."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role

MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]")
NOTES = json.loads((Path(__file__).parent / "data" / "heldout_notes.json").read_text(encoding="utf-8"))
PARTICLES = {"van", "de", "der", "den", "het", "t"}


def _plain(marked: str) -> tuple[str, list[tuple[str, str]]]:
    return MARK.sub(lambda m: m.group(2), marked), [(m.group(1), m.group(2)) for m in MARK.finditer(marked)]


@pytest.mark.parametrize("use_model", [True, False])
def test_heldout_notes_leak_no_registered_name_and_keep_what_must_stay(use_model: bool) -> None:
    leaked = total = 0
    for note in NOTES:
        text, gold = _plain(note["text"])
        persons = [Person(name=p["name"], role=Role(p["role"])) for p in note["persons"]]
        out = anonymise_text(text, persons, use_model=use_model).text
        out_words = {w.casefold() for w in re.findall(r"\w+", out)}
        for keep in note["keep"]:
            assert keep.casefold() in out.casefold(), (note["id"], keep)
        for p in persons:
            assert p.name.split()[0] not in out, note["id"]
        for label, surface in gold:
            words = [w.casefold() for w in re.findall(r"\w+", surface) if len(w) > 1 and w.casefold() not in PARTICLES]
            if label == "DATE":
                words = [w for w in words if w.isdigit() and len(w) <= 2]
            total += 1
            leaked += any(w in out_words and w not in {"be", "www"} for w in words)
    assert leaked / total <= 0.05, f"{leaked} of {total} mentions leaked"
