"""The child's own words in the documents: quoted as the child's, with the question asked just before and
who was there, read back from the rendered .docx; anonymised in the VK-consult and the kindbespreking."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx_text import body

from casusprep.anonymise import anonymise_case
from casusprep.case import Case, Person, Role, Signal
from casusprep.documents import DocKind, render_document
from casusprep.example import example_case
from casusprep.hints import question_hints
from casusprep.labels import FIELD_LABELS as F
from casusprep.summary import summary_text

TODAY = dt.date(2026, 11, 20)
# Invented for this test.
CHILD = "Lotte Verhaegen"
QUESTION = "Vertel eens, wat is er met je knie gebeurd?"
WORDS = "Lotte gevallen. Bij de buren."
PRESENT = "De begeleider en een stagiair."


def rows(data: bytes) -> dict[str, str]:
    """Caption -> value of every two-cell row (the signal tables)."""
    out = {}
    for table in Document(io.BytesIO(data)).tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if len(cells) == 2:
                out[cells[0]] = cells[1]
    return out


def case() -> Case:
    return Case(
        persons=[Person(name=CHILD, role=Role.CHILD, birth_date=dt.date(2024, 1, 5))],
        signals=[
            Signal(
                date=dt.date(2026, 10, 1),
                observation="Een schaafwonde op de rechterknie bij aankomst.",
                share_parents=True,
                child_question=QUESTION,
                child_words=WORDS,
                child_words_present=PRESENT,
            )
        ],
    )


def test_vk_and_kindbespreking_quote_the_childs_words_with_the_question_anonymised() -> None:
    c = case()
    anonymised = anonymise_case(c)
    for kind in (DocKind.VK, DocKind.KINDBESPREKING):
        data = render_document(c, kind, today=TODAY, anonymised=anonymised)
        found = rows(data)
        words = found[F["signals[].child_words"] + " (woorden van het kind)"]
        assert words.startswith("“") and words.endswith("”"), words
        assert "gevallen. Bij de buren." in words
        assert found[F["signals[].child_question"]] == f"“{QUESTION}”"
        assert found[F["signals[].child_words_present"]] == PRESENT
        text = body(data)
        assert "Lotte" not in text and "Verhaegen" not in text  # the child names itself: pseudonymised


def test_the_parent_plan_quotes_the_words_with_the_question() -> None:
    data = render_document(case(), DocKind.OUDERGESPREK, today=TODAY)
    assert f"Het kind zei letterlijk: “{WORDS}” (op de vraag “{QUESTION}”)." in body(data)


def test_quotation_marks_the_coach_typed_are_not_doubled() -> None:
    c = case()
    c.signals[0].child_words = f"'{WORDS}'"
    data = render_document(c, DocKind.OUDERGESPREK, today=TODAY)
    assert f"“{WORDS}”" in body(data)
    assert "“'" not in body(data)


def test_no_rows_when_the_child_said_nothing_recorded() -> None:
    c = case()
    c.signals[0].child_words = c.signals[0].child_question = c.signals[0].child_words_present = ""
    data = render_document(c, DocKind.VK, today=TODAY, anonymised=anonymise_case(c))
    assert F["signals[].child_question"] not in body(data)
    assert "Het kind zei letterlijk" not in body(render_document(c, DocKind.OUDERGESPREK, today=TODAY))


def test_the_example_case_has_the_childs_words_in_every_document_and_the_summary() -> None:
    c = example_case()
    assert all(s.child_words and s.child_question and s.child_words_present for s in c.signals)
    assert not any(question_hints(s.child_question) for s in c.signals)  # the example asks open questions
    anonymised = anonymise_case(c)
    vk = body(render_document(c, DocKind.VK, today=TODAY, anonymised=anonymised))
    assert "(woorden van het kind)" in vk and "Papa trok. Au." in vk
    assert "Noor" not in vk
    assert "Papa trok. Au." in body(render_document(c, DocKind.OUDERGESPREK, today=TODAY))
    summary = summary_text(anonymised)
    assert F["signals[].child_words"] in summary and "Noor" not in summary
