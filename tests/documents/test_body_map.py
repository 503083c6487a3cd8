"""The body map in the VK-consult and the kindbespreking: a figure (an image part of the .docx) with the marks
numbered on their places, a numbered table of the marks, and nothing personal in either (real render, read
back from the package)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document
from docx_text import flat
from PIL import Image

from casusprep.bodymap import place_of
from casusprep.documents import DocKind, read_docx_text, render_document
from casusprep.documents.figure import CAPTION, MARGIN, SCALE, body_map_png
from casusprep.example import CHILD, FATHER, MOTHER, example_case

ANONYMISED = [DocKind.VK, DocKind.KINDBESPREKING]
HEADER = ["Nr", "Plaats", "Uitzicht", "Gezien", "Wat zei het kind?", "Wat zeiden de ouders?"]


def images(data: bytes) -> dict[str, bytes]:
    """The picture parts of the package that the document body refers to."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        targets = re.findall(r'Type="[^"]*/image"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Type="[^"]*/image"', rels)
        names = {"word/" + (a or b) for a, b in targets}
        return {name: z.read(name) for name in names}


def marks_table(data: bytes) -> list[list[str]]:
    doc = Document(io.BytesIO(data))
    for table in doc.tables:
        rows = [[flat(c.text) for c in row.cells] for row in table.rows]
        if rows and rows[0] == HEADER:
            return rows[1:]
    return []


@pytest.fixture(scope="module")
def rendered() -> dict[DocKind, bytes]:
    case = example_case()
    return {kind: render_document(case, kind) for kind in DocKind}


@pytest.mark.parametrize("kind", ANONYMISED)
def test_the_figure_is_an_image_part_with_the_marks_on_their_places(rendered, kind: DocKind) -> None:
    data = rendered[kind]
    pictures = images(data)
    assert len(pictures) == 1
    (png,) = pictures.values()
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and min(image.size) > 500
    assert b"<w:drawing>" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    # Each mark of the example is a red disc on its own place of the figure (front left, back right).
    top = MARGIN + CAPTION
    for mark in example_case().signals[1].marks:
        place = place_of(mark.side, mark.part, mark.laterality)
        left = MARGIN if mark.side.value == "voorkant" else 2 * MARGIN + 100 * SCALE
        x, y = place.centre
        ring = image.getpixel((int(left + x * SCALE) + 4 * SCALE, int(top + y * SCALE)))
        assert ring[0] > 150 and ring[1] < 80 and ring[2] < 80, (mark.part, ring)


def test_the_figure_shows_only_what_is_marked() -> None:
    """Without marks the figure is the bare outline: no red anywhere; one mark makes red appear."""
    case = example_case()
    bare = Image.open(io.BytesIO(body_map_png([]))).convert("RGB")
    assert not any(r > 150 and g < 80 and b < 80 for r, g, b in bare.get_flattened_data())
    mark = case.signals[1].marks[0]
    one = Image.open(io.BytesIO(body_map_png([(1, place_of(mark.side, mark.part, mark.laterality))]))).convert("RGB")
    assert any(r > 150 and g < 80 and b < 80 for r, g, b in one.get_flattened_data())


@pytest.mark.parametrize("kind", ANONYMISED)
def test_the_marks_table_is_numbered_and_complete(rendered, kind: DocKind) -> None:
    rows = marks_table(rendered[kind])
    assert [r[0] for r in rows] == ["1", "2", "3"]
    first, second, third = rows
    assert first[1] == "bovenarm links, voorkant signaal 2"
    assert "blauw · 2 cm · ovaal" in first[2] and "niet gezwollen" in first[2]
    assert "08:15" in first[3] and "kinderbegeleider" in first[3] and re.search(r"dag \d+", first[3])
    assert first[4] == "“Papa trok. Au.”"
    assert "aan haar arm" in first[5]
    assert second[1].startswith("bovenarm links, achterkant") and "1 cm · stippen" in second[2]
    assert third[1].startswith("onderbeen rechts, voorkant") and "3,5 cm" in third[2]
    text = flat("\n".join(p.text for p in Document(io.BytesIO(rendered[kind])).paragraphs))
    assert "Lichaamsschema" in text


def test_the_parent_plan_has_no_body_map(rendered) -> None:
    assert images(rendered[DocKind.OUDERGESPREK]) == {}
    assert marks_table(rendered[DocKind.OUDERGESPREK]) == []


def test_the_kindbespreking_leaves_out_the_marks_of_a_signal_not_shared() -> None:
    case = example_case()
    case.signals[1].share_school = False
    data = render_document(case, DocKind.KINDBESPREKING)
    assert images(data) == {} and marks_table(data) == []
    assert "Lichaamsschema" not in flat("\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs))
    assert len(marks_table(render_document(case, DocKind.VK))) == 3  # the VK-consult still has them


@pytest.mark.parametrize("kind", ANONYMISED)
def test_a_name_planted_in_a_mark_reaches_no_part_of_the_document(kind: DocKind) -> None:
    case = example_case()
    mark = case.signals[1].marks[1]
    mark.description = f"{CHILD} toonde de plek zelf aan {MOTHER.split()[0]}."
    mark.child_said = f"{FATHER.split()[0]} deed dat."
    mark.parents_said = f"{MOTHER} zei dat {CHILD.split()[0]} gevallen was."
    data = render_document(case, kind)
    everything = "\n".join(read_docx_text(data).values())
    for word in {w for p in case.persons for w in p.name.split()}:
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", everything, re.IGNORECASE), word
    assert mark.seen_on is not None and mark.seen_on.strftime("%d/%m/%Y") not in everything
    row = marks_table(data)[1]
    assert "toonde de plek zelf" in row[2] and "deed dat" in row[4]  # the text is there, the names are not


def test_the_anonymised_summary_lists_the_marks_without_names_or_exact_dates() -> None:
    from casusprep.anonymise import anonymise_case
    from casusprep.guard import check_summary
    from casusprep.summary import summary_text

    case = example_case()
    case.signals[1].marks[1].description = f"{CHILD} wees de plek zelf aan."
    anonymised = anonymise_case(case)
    assert all(m.seen_on is None for s in anonymised.case.signals for m in s.marks)  # the copy keeps no date
    text = summary_text(anonymised)
    assert (
        "Letsel 1: bovenarm links, voorkant; blauw · 2 cm · ovaal; gezien dag 18, 08:15 door kinderbegeleider" in text
    )
    assert "Letsel 3: onderbeen rechts, voorkant" in text and "wees de plek zelf aan" in text
    assert "09/10/2026" not in text and "2026-10-09" not in text
    assert check_summary(text, case, anonymised=anonymised) == []
    for word in {w for p in case.persons for w in p.name.split()}:
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text), word
