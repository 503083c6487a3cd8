"""The procedures travel into the documents: meldplicht in the VK-consult, nazorg in the parent plan."""

from __future__ import annotations

import io

from docx import Document

from casusprep.case import SituationKind
from casusprep.documents import DocKind, render_document
from casusprep.example import example_case
from casusprep.procedures import meldplicht_for, nazorg


def _text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def test_vk_document_states_the_reporting_duty_for_gog():
    case = example_case()
    assert case.situation_kind is SituationKind.GOG
    text = _text(render_document(case, DocKind.VK))
    advice = meldplicht_for(case)
    assert "Meldplicht" in text
    assert advice.summary in text
    assert all(line in text for line in advice.how)


def test_no_reporting_duty_section_for_plain_verontrusting():
    case = example_case()
    case.gog_direction = None
    case.situation_kind = SituationKind.VERONTRUSTING
    case.crisis = False
    case.child_in_danger_now = False
    assert meldplicht_for(case) is None
    assert "Meldplicht" not in _text(render_document(case, DocKind.VK))


def test_parent_plan_carries_the_nazorg_points():
    text = _text(render_document(example_case(), DocKind.OUDERGESPREK))
    assert "Nazorg" in text
    for section in nazorg():
        assert section.titel in text
        assert section.punten[0] in text
