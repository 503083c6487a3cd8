"""A case with ten registered persons and unregistered names in every free-text field: the exported
VK-consult, kindbespreking and anonymised summary hold none of the names anywhere (every XML part of
the unzipped .docx, the .txt), and every file is readable by the user only.

All names are invented for this test (diverse Flemish and newcomer names).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from casusprep.app.export import export_to_folder, summary_to_folder
from casusprep.case import (
    TEXT_FIELDS,
    Action,
    BodyPart,
    BodySide,
    Case,
    Mark,
    Person,
    Role,
    Signal,
    iter_text_fields,
    set_path,
    spec_of,
)
from casusprep.guard import fold

REGISTERED = [
    ("Yasmina El Amrani", Role.CHILD),
    ("Fatma Yıldız", Role.MOTHER),
    ("Bram Van den Broeck", Role.FATHER),
    ("Ilias El Amrani", Role.BROTHER),
    ("Jolien Van den Broeck", Role.SISTER),
    ("Mariette De Smedt", Role.GRANDPARENT),
    ("Kaat Verstraete", Role.CAREGIVER),
    ("Dirk Goossens", Role.MANAGER),
    ("Nathalie Wouters", Role.CLB),
    ("Oksana Petrenko", Role.OTHER),
]
# Not registered: the anonymiser has to find these itself (model, context words, name lists).
UNREGISTERED = [
    "Samira Benali",
    "Dries Peeters",
    "Mohamed Bakkali",
    "Lieselot Vandamme",
    "Tariq Hussain",
    "Ellen Claessens",
    "Piotr Kowalski",
    "Aylin Demir",
    "Wout Mertens",
    "Blessing Okafor",
]
_PARTICLES = {"el", "van", "den", "de"}

# {r}: a registered name (in a varying form), {u}: an unregistered full name.
SENTENCES = [
    "{r} kwam binnen met haar tante {u} en zei niets.",
    "Volgens {u}, de buurvrouw, was {r} die ochtend erg stil.",
    "Ik sprak erover met {r}; ook {u} was erbij.",
    "{r} vertelde dat {u} haar soms ophaalt.",
    "Meneer {u} belde over {r} en vroeg hoe het ging.",
]


def _name_forms(name: str, i: int) -> str:
    """Full name, first name, surname or a possessive, in turn: names are written many ways."""
    first, *rest = name.split()
    forms = [name, first, f"{first}'s mama", " ".join(rest) if rest else first]
    return forms[i % len(forms)]


def _case() -> Case:
    persons = [Person(name=name, role=role) for name, role in REGISTERED]
    case = Case(
        persons=persons,
        signals=[
            Signal(date=dt.date(2026, 3, 2), marks=[Mark(side=BodySide.FRONT, part=BodyPart.FACE)]),
            Signal(date=dt.date(2026, 3, 9), marks=[Mark(side=BodySide.BACK, part=BodyPart.HAND, laterality="links")]),
        ],
        actions=[Action(description="x"), Action(description="x")],
    )
    paths = [path for path, _ in iter_text_fields(case)]
    assert {spec_of(p) for p in paths} == set(TEXT_FIELDS)  # every text, the marks' descriptions too
    for i, path in enumerate(paths):
        r = _name_forms(REGISTERED[i % len(REGISTERED)][0], i)
        u = UNREGISTERED[i % len(UNREGISTERED)]
        set_path(case, path, SENTENCES[i % len(SENTENCES)].format(r=r, u=u))
    return case


def _words(names: list[str]) -> set[str]:
    return {w for name in names for w in name.split() if fold(w) not in _PARTICLES}


def _texts_of_docx(path: Path) -> dict[str, str]:
    """Every part of the .docx as text, twice: tags removed (runs joined) and tags as spaces."""
    out = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            raw = z.read(name).decode("utf-8", errors="replace")
            out[name] = re.sub(r"<[^>]+>", "", raw) + "\n" + re.sub(r"<[^>]+>", " ", raw)
    return out


def _found(words: set[str], text: str) -> set[str]:
    folded = fold(text)
    return {w for w in words if re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", folded)}


def _private(path: Path) -> None:
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@pytest.fixture(scope="module")
def case() -> Case:
    return _case()


def test_every_text_field_holds_names(case: Case) -> None:
    texts = dict(iter_text_fields(case))
    assert all(texts.values())
    everything = "\n".join(texts.values())
    assert _found(_words([n for n, _ in REGISTERED]), everything) == _words([n for n, _ in REGISTERED])
    assert _found(_words(UNREGISTERED), everything) == _words(UNREGISTERED)


@pytest.mark.parametrize("kind", ["vk", "kindbespreking"])
def test_document_holds_no_name_in_any_part(case: Case, kind: str, tmp_path: Path) -> None:
    result = export_to_folder(case, kind, str(tmp_path), force=True)  # readiness is not what this tests
    assert result.ok, result.message
    assert result.path is not None and result.path.parent == tmp_path
    _private(result.path)
    parts = _texts_of_docx(result.path)
    assert "word/document.xml" in parts and "docProps/core.xml" in parts
    names = _words([n for n, _ in REGISTERED] + UNREGISTERED)
    leaks = {part: _found(names, text) for part, text in parts.items()}
    assert {part: found for part, found in leaks.items() if found} == {}
    # The document does carry the content, with pseudonyms in place of the names.
    assert "het kind" in parts["word/document.xml"]


def test_summary_holds_no_name(case: Case, tmp_path: Path) -> None:
    result = summary_to_folder(case, str(tmp_path), force=True)  # readiness is not what this tests
    assert result.ok, result.message
    assert result.path is not None and result.path.suffix == ".txt"
    _private(result.path)
    text = result.path.read_text(encoding="utf-8")
    assert text == result.text
    assert "het kind" in text and "moeder" in text
    assert _found(_words([n for n, _ in REGISTERED] + UNREGISTERED), text) == set()
