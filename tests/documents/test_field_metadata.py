"""The case model describes its own fields; every list that used to be kept by hand is derived from it.

A string field without metadata would be skipped by the anonymiser and the leak check without anyone
noticing, so every one must be classified; and what the metadata says a document shows is what the
rendered document (read back) holds.
"""

from __future__ import annotations

import datetime as dt
import io
import string
from typing import Annotated

import pytest
from docx import Document

from casusprep import case as case_module
from casusprep.anonymise import anonymise_case
from casusprep.case import (
    FIELD_META,
    TEXT_FIELDS,
    UNCLASSIFIED,
    Action,
    BodyPart,
    BodySide,
    Case,
    CaseStep,
    Laterality,
    Mark,
    Person,
    Role,
    Signal,
    Use,
    get_path,
    iter_text_fields,
    set_path,
    string_fields,
)
from casusprep.documents import DocKind, render_document
from casusprep.labels import FIELD_LABELS, field_label
from casusprep.summary import summary_text


def test_every_field_of_the_model_is_classified() -> None:
    assert UNCLASSIFIED == ()
    for spec in string_fields():
        assert spec in FIELD_META, spec


def test_a_new_field_without_metadata_would_be_caught() -> None:
    class WithNewField(case_module._Model):
        known: Annotated[str, case_module._free(CaseStep.SIGNALS, Use.VK)] = ""
        forgotten: str = ""

    walked = {spec: meta for spec, meta, _ in case_module._walk(WithNewField, "")}
    assert walked["forgotten"] is None and walked["known"] is not None


def test_free_text_fields_are_derived_strings_and_every_field_has_its_label() -> None:
    assert tuple(spec for spec, meta in FIELD_META.items() if meta.free_text) == TEXT_FIELDS
    assert set(TEXT_FIELDS) <= set(string_fields())
    assert "persons[].name" not in TEXT_FIELDS and "title" not in TEXT_FIELDS  # never a text to anonymise
    for spec, meta in FIELD_META.items():
        if not meta.internal:
            assert meta.label and FIELD_LABELS[spec] == meta.label and field_label(spec) == meta.label
            assert meta.step is not None or spec in ("status", "closed_on"), spec
        else:
            assert spec not in FIELD_LABELS and not meta.docs


def _filled_case() -> tuple[Case, dict[str, str]]:
    """A case with every free-text field holding its own marker word, and every share chosen."""
    case = Case(
        persons=[Person(name="Lotte Janssens", role=Role.CHILD, birth_date=dt.date(2024, 1, 5), pseudonym="het kind")],
        signals=[
            Signal(
                date=dt.date(2026, 3, 2),
                follow_up=True,
                share_school_interpretation=True,
                marks=[Mark(side=BodySide.BACK, part=BodyPart.THIGH, laterality=Laterality.RIGHT)],
            )
        ],
        actions=[Action(description="x")],
        question="x",
    )
    case.signals[0].share_school_gut_feeling = True
    markers: dict[str, str] = {}
    letters = string.ascii_lowercase
    for n, (path, _text) in enumerate(iter_text_fields(case)):
        marker = f"veldmerk{letters[n // 26]}{letters[n % 26]}"
        set_path(case, path, f"Tekst {marker} hier.")
        markers[path] = marker
    return case, markers


@pytest.mark.parametrize("kind", list(DocKind))
def test_what_the_metadata_says_a_document_shows_is_what_it_holds(kind: DocKind) -> None:
    case, markers = _filled_case()
    doc = Document(io.BytesIO(render_document(case, kind)))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    text = "\n".join(parts)
    use = Use(kind.value)
    for path, marker in markers.items():
        spec = case_module.spec_of(path)
        assert (marker in text) is (use in FIELD_META[spec].docs), (kind, spec)


def test_what_the_metadata_says_the_summary_shows_is_what_it_holds() -> None:
    case, markers = _filled_case()
    text = summary_text(anonymise_case(case))
    for path, marker in markers.items():
        spec = case_module.spec_of(path)
        assert (marker in text) is (Use.SUMMARY in FIELD_META[spec].docs), spec
    assert get_path(case, "signals[0].observation").startswith("Tekst veldmerk")


def test_what_the_metadata_says_the_meldplicht_draft_shows_is_what_it_holds() -> None:
    from casusprep.procedures import meldplicht_draft

    case, markers = _filled_case()
    draft = meldplicht_draft(case)
    for path, marker in markers.items():
        spec = case_module.spec_of(path)
        assert (marker in draft) is (Use.MELDPLICHT in FIELD_META[spec].docs), spec
