"""The three Word documents: rendered from the full example case and read back for real.

python-docx re-opens every document (body, tables, header, footer); :func:`read_docx_text` reads
every part of the package for names; LibreOffice converts them to PDF when it is installed.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx_text import body, flat

from casusprep.anonymise import anonymise_case
from casusprep.case import Case, Person, Role, Signal
from casusprep.documents import DocKind, export_document, read_docx_text, render_document, scrub_docx
from casusprep.example import example_case
from casusprep.labels import FIELD_LABELS, label

ROOT = Path(__file__).resolve().parents[2]
F = FIELD_LABELS

HEADINGS = {
    DocKind.VK: [
        "De vraag",
        "In het kort",
        "Chronologie in het kort",
        "Betrokkenen",
        "De signalen",
        "Lichaamsschema",  # the example case has marks on the body map
        "Krachten en inzet",
        "Noden en wat de opvang kan bieden",
        "Het perspectief van de ouders",
        "Overzicht",
        "Wat is al gedaan?",
        "Meldplicht",  # the example case is GOG: the reporting duty applies
    ],
    DocKind.KINDBESPREKING: [
        "Doel van de kindbespreking",
        "De vraag",
        "Mogen we deze informatie delen?",
        "Over het kind",
        "Chronologie in het kort",
        "Betrokkenen",
        "Observaties",
        "Lichaamsschema",
        "Krachten en inzet",
        "Noden en wat de opvang kan bieden",
        "Het perspectief van de ouders",
        "Wat is al gedaan?",
    ],
    DocKind.OUDERGESPREK: [
        "Voorbereiding",
        "Betrokkenen",
        "1. Wat goed gaat",
        "2. Wat we zagen",
        "3. Hun verhaal en wat het voor hen betekent",
        "4. Onze zorg",
        "5. Wat de opvang kan bieden en wat niet",
        "6. Wie doet wat, tegen wanneer",
        "7. Opvolging",
        "Nazorg",
    ],
}
TITLES = {
    DocKind.VK: "VK-consult",
    DocKind.KINDBESPREKING: "Teamoverschrijdende kindbespreking",
    DocKind.OUDERGESPREK: "Plan van aanpak oudergesprek",
}


@pytest.fixture(scope="module")
def rendered() -> dict[DocKind, bytes]:
    case = example_case()
    return {kind: render_document(case, kind) for kind in DocKind}


def body_text(data: bytes) -> str:
    """Everything python-docx shows: paragraphs and table cells in order, headers and footers."""
    return body(data, headers_and_footers=True)


def headings(data: bytes, level: int) -> list[str]:
    doc = Document(io.BytesIO(data))
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def labelled_rows(data: bytes) -> list[tuple[str, str]]:
    """(caption, value) of every two-column row, values flattened."""
    doc = Document(io.BytesIO(data))
    return [
        (row.cells[0].text, flat(row.cells[1].text))
        for table in doc.tables
        for row in table.rows
        if len(row.cells) == 2
    ]


def name_words(case: Case) -> set[str]:
    words = set()
    for p in case.persons:
        words.add(p.name)
        words.update(w for w in p.name.split() if len(w) > 1)
    return words


def found_names(data: bytes, case: Case) -> list[tuple[str, str]]:
    hits = []
    for part, text in read_docx_text(data).items():
        for word in name_words(case):
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
                hits.append((part, word))
    return hits


# ----------------------------------------------------------------- templates


@pytest.mark.parametrize("name", ["vk", "kindbespreking", "oudergesprek"])
def test_templates_carry_no_metadata_and_open_in_python_docx(name: str) -> None:
    data = (ROOT / "templates" / f"{name}.docx").read_bytes()
    _assert_no_metadata(data)
    assert "{{" in body_text(data)  # the tags an organisation sees and keeps when restyling


# ----------------------------------------------------------------- content


@pytest.mark.parametrize("kind", list(DocKind))
def test_every_section_heading_is_there(rendered: dict[DocKind, bytes], kind: DocKind) -> None:
    data = rendered[kind]
    assert headings(data, 1) == HEADINGS[kind]
    doc = Document(io.BytesIO(data))
    assert any(p.text == TITLES[kind] and p.style.name == "Title" for p in doc.paragraphs)
    assert "{{" not in body_text(data) and "{%" not in body_text(data)


def test_vk_holds_the_anonymised_values_of_every_section(rendered: dict[DocKind, bytes]) -> None:
    case = example_case()
    anon = anonymise_case(case)
    copy = anon.case
    text = body_text(rendered[DocKind.VK])
    for value in (
        copy.question,
        copy.strengths.child,
        copy.strengths.parents,
        copy.strengths.context,
        copy.actions_taken,
        copy.parents.their_meaning,
        copy.parents.notes,
        copy.overview.worries,
        *(a.description for a in copy.actions),
        label(case.situation_kind),
        label(case.gog_direction),
        label(case.urgency),
        label(case.setting),
        ", ".join(label(n) for n in case.nature),
        ", ".join(label(f) for f in case.form),
        f"{case.overview.scale} op 10",
    ):
        assert flat(value) in text
    for s in copy.signals:
        for field in ("situation", "observation", "present", "trigger", "consequences", "interpretation"):
            assert flat(getattr(s, field)) in text
        assert f"Signaal {copy.signals.index(s) + 1} · {anon.date_label(s.id)}" in headings(rendered[DocKind.VK], 2)
    for p in copy.persons:
        assert p.name in text  # the pseudonyms are listed


@pytest.mark.parametrize("kind", [DocKind.VK, DocKind.KINDBESPREKING])
def test_observation_and_interpretation_are_separately_labelled(rendered: dict[DocKind, bytes], kind: DocKind) -> None:
    copy = anonymise_case(example_case()).case
    rows = labelled_rows(rendered[kind])
    observations = [v for k, v in rows if k == F["signals[].observation"] + " (observatie)"]
    interpretations = [v for k, v in rows if k == F["signals[].interpretation"] + " (interpretatie)"]
    assert observations == [flat(s.observation) for s in copy.signals]
    for obs in observations:
        assert not any(flat(s.interpretation) in obs for s in copy.signals)
    if kind is DocKind.VK:
        assert interpretations == [flat(s.interpretation) for s in copy.signals]
        gut = [v for k, v in rows if k == F["signals[].gut_feeling"]]
        assert gut == [flat(s.gut_feeling) for s in copy.signals]
    else:  # need-to-know: what the coach thinks and feels stays home unless she shares it for that signal
        assert interpretations == []
        assert not any(k == F["signals[].gut_feeling"] for k, _ in rows)


def test_kindbespreking_shows_the_share_with_care_checklist(rendered: dict[DocKind, bytes]) -> None:
    case = example_case()
    doc = Document(io.BytesIO(rendered[DocKind.KINDBESPREKING]))
    checklist = next(t for t in doc.tables if t.rows[0].cells[0].text == "Voorwaarde")
    rows = {r.cells[0].text: r.cells[1].text for r in checklist.rows[1:]}
    for key in ("same_purpose", "necessary_and_relevant", "need_to_know", "parents_informed", "supervisor_approved"):
        assert rows[F[f"sharing.{key}"]] == ("☒ ja" if getattr(case.sharing, key) else "☐ nee")
    text = body_text(rendered[DocKind.KINDBESPREKING])
    copy = anonymise_case(case).case
    for value in (
        copy.sharing.purpose,
        copy.sharing.questions_for_other_team,
        copy.needs.behind_behaviour,
        copy.needs.childcare_can_offer,
        copy.needs.childcare_cannot_offer,
        copy.needs.child,
    ):
        assert flat(value) in text
    # An unmet condition is shown as such, with a warning.
    case.sharing.supervisor_approved = False
    other = body_text(render_document(case, DocKind.KINDBESPREKING))
    assert "☐ nee" in other and "nog niet aan alle voorwaarden" in other
    assert "Je leidinggevende gaf nog geen akkoord" in other  # what is missing, in plain Dutch


def test_oudergesprek_is_the_real_case_marked_vertrouwelijk(rendered: dict[DocKind, bytes]) -> None:
    case = example_case()
    data = rendered[DocKind.OUDERGESPREK]
    doc = Document(io.BytesIO(data))
    assert "Vertrouwelijk" in doc.sections[0].footer.paragraphs[0].text
    assert "VERTROUWELIJK" in doc.sections[0].header.paragraphs[0].text
    text = body_text(data)
    meeting = case.parent_meeting
    for value in (
        meeting.goal,
        meeting.attendees,
        meeting.place,
        meeting.when,
        meeting.questions_for_parents,
        meeting.referrals,
        meeting.agreements,
        case.needs.childcare_can_offer,
        case.needs.childcare_cannot_offer,
        *(p.name for p in case.persons),
    ):
        assert flat(value) in text
    assert F["parent_meeting.both_parents_invited"] in text
    for s in case.signals:
        assert s.date.strftime("%d/%m/%Y") in text and flat(s.observation) in text
    assert case.next_follow_up.strftime("%d/%m/%Y") in text  # Belgian date format
    # Only observations go to the parents, not the coach's interpretations.
    assert not any(flat(s.interpretation) in text for s in case.signals)


def test_every_document_has_page_numbers_and_a_confidential_footer(rendered: dict[DocKind, bytes]) -> None:
    for data in rendered.values():
        footer = read_docx_text(data)["word/footer1.xml"]
        assert "Vertrouwelijk" in footer and "PAGE" in footer and "NUMPAGES" in footer


# ----------------------------------------------------------------- no leaks


@pytest.mark.parametrize("kind", [DocKind.VK, DocKind.KINDBESPREKING])
def test_anonymised_documents_hold_no_registered_name_nor_exact_date(
    rendered: dict[DocKind, bytes], kind: DocKind
) -> None:
    case = example_case()
    data = rendered[kind]
    assert found_names(data, case) == []
    everything = "\n".join(read_docx_text(data).values())
    dates = [s.date for s in case.signals] + [p.birth_date for p in case.persons] + [case.next_follow_up]
    for day in dates:
        assert day.strftime("%d/%m/%Y") not in everything and day.isoformat() not in everything


def test_the_example_names_would_be_found_if_they_were_there(rendered: dict[DocKind, bytes]) -> None:
    """The leak search itself works: the oudergesprek holds the real names, so it must hit."""
    hits = found_names(rendered[DocKind.OUDERGESPREK], example_case())
    assert {w for _, w in hits} >= {p.name for p in example_case().persons}


def _assert_no_metadata(data: bytes) -> None:
    doc = Document(io.BytesIO(data))
    props = doc.core_properties
    for attr in (
        "author",
        "last_modified_by",
        "comments",
        "title",
        "subject",
        "keywords",
        "category",
        "content_status",
        "identifier",
        "language",
        "version",
    ):
        assert not getattr(props, attr), attr
    assert props.revision in (0, 1) and props.created is None and props.modified is None
    parts = read_docx_text(data)
    assert "docProps/custom.xml" not in parts and not any(p.startswith("customXml/") for p in parts)
    assert not any("thumbnail" in p.lower() or p == "word/people.xml" for p in parts)
    assert flat(parts["docProps/app.xml"]) == "casusprep"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            raw = z.read(name)
            assert b"w:rsid" not in raw and b"w:author" not in raw, name
        settings = z.read("word/settings.xml")
        assert b"removePersonalInformation" in settings and b"attachedTemplate" not in settings
        assert b"savePreviewPicture" not in settings  # Word would save a thumbnail of page one


@pytest.mark.parametrize("kind", list(DocKind))
def test_document_properties_carry_nothing_identifying(rendered: dict[DocKind, bytes], kind: DocKind) -> None:
    _assert_no_metadata(rendered[kind])


def _plant_metadata(data: bytes) -> bytes:
    """What Word leaves in a template an organisation edited: names in every metadata corner."""
    doc = Document(io.BytesIO(data))
    props = doc.core_properties
    props.author = props.last_modified_by = "Hilde Verstraeten"
    props.comments = props.title = props.subject = props.keywords = props.category = "Hilde Verstraeten"
    props.revision = 7
    buffer = io.BytesIO()
    doc.save(buffer)
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/extended-properties"><Template>C:\\Users\\hverstraeten\\Sjabloon.dotm</Template>'
        "<Company>Kinderopvang Zonneweide</Company><Manager>Hilde Verstraeten</Manager></Properties>"
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/'
        'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Eigenaar">'
        "<vt:lpwstr>Hilde Verstraeten</vt:lpwstr></property></Properties>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "docProps/app.xml":
                content = app.encode()
            elif item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif item.filename == "_rels/.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            elif item.filename == "word/document.xml":
                content = content.replace(b"<w:p>", b'<w:p w:rsidR="00A1B2C3">', 1)
            elif item.filename == "word/settings.xml":
                content = content.replace(
                    b"</w:settings>",
                    b'<w:attachedTemplate r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships"/></w:settings>',
                )
            dst.writestr(item, content)
        dst.writestr("docProps/custom.xml", custom)
        dst.writestr("customXml/item9.xml", "<eigenaar>Hilde Verstraeten</eigenaar>")
    return out.getvalue()


def test_an_organisations_edited_template_loses_its_metadata_on_export(data_dir: Path, tmp_path: Path) -> None:
    planted = _plant_metadata((ROOT / "templates" / "vk.docx").read_bytes())
    everything = "\n".join(read_docx_text(planted).values())  # the reader sees every planted corner
    assert everything.count("Hilde Verstraeten") >= 4 and "Zonneweide" in everything and "hverstraeten" in everything
    (data_dir / "templates").mkdir()
    (data_dir / "templates" / "vk.docx").write_bytes(planted)

    out = export_document(example_case(), DocKind.VK, tmp_path / "vk.docx")
    data = out.read_bytes()
    text = "\n".join(read_docx_text(data).values())
    assert "Verstraeten" not in text and "Zonneweide" not in text and "hverstraeten" not in text
    _assert_no_metadata(data)
    assert headings(data, 1) == HEADINGS[DocKind.VK]  # the organisation's template was used and still works


def test_read_docx_text_reads_every_part(tmp_path: Path) -> None:
    """Names hidden in comments, footnotes, custom XML, split runs and attributes are all found."""
    doc = Document()
    para = doc.add_paragraph()
    para.add_run("Bij ")
    para.add_run("Jan").bold = True
    para.add_run("ssens thuis")
    buffer = io.BytesIO()
    doc.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        dst.writestr(
            "word/comments.xml",
            f'<w:comments {w}><w:comment w:id="0" w:author="Els Claeys"><w:p><w:r><w:t>zie Mo</w:t></w:r>'
            "<w:r><w:t>hamed</w:t></w:r></w:p></w:comment></w:comments>",
        )
        dst.writestr(
            "word/footnotes.xml",
            f"<w:footnotes {w}><w:footnote><w:p><w:r><w:t>0470 12 34 56</w:t></w:r></w:p></w:footnote></w:footnotes>",
        )
        dst.writestr("customXml/item9.xml", "<root><naam>Sofie Peeters</naam></root>")
        dst.writestr(
            "docProps/custom.xml", "<Properties><property><lpwstr>BE68 5390 0754 7034</lpwstr></property></Properties>"
        )
        dst.writestr(
            "word/_rels/footnotes.xml.rels",
            '<Relationships><Relationship Target="mailto:x@voorbeeld.be" TargetMode="External"/></Relationships>',
        )
    path = tmp_path / "planted.docx"
    path.write_bytes(out.getvalue())

    for source in (path, str(path), out.getvalue()):
        parts = read_docx_text(source)
        assert "Janssens" in parts["word/document.xml"]
        assert "Mohamed" in parts["word/comments.xml"] and "Els Claeys" in parts["word/comments.xml"]
        assert "0470 12 34 56" in parts["word/footnotes.xml"]
        assert "Sofie Peeters" in parts["customXml/item9.xml"]
        assert "BE68 5390 0754 7034" in parts["docProps/custom.xml"]
        assert "x@voorbeeld.be" in parts["word/_rels/footnotes.xml.rels"]

    scrubbed = read_docx_text(scrub_docx(out.getvalue()))
    assert "customXml/item9.xml" not in scrubbed and "docProps/custom.xml" not in scrubbed
    assert "Els Claeys" not in scrubbed["word/comments.xml"]


# ----------------------------------------------------------------- edge cases


@pytest.mark.parametrize("kind", list(DocKind))
def test_an_almost_empty_case_renders_with_sensible_placeholders(kind: DocKind) -> None:
    """The export refuses an empty case (see the readiness tests); rendered anyway, it still reads sensibly."""
    data = render_document(Case(), kind)
    text = body_text(data)
    assert "(niet ingevuld)" in text and "(nog geen betrokkenen geregistreerd)" in text
    empty = "(nog geen observaties gekozen om te delen)" if kind is DocKind.OUDERGESPREK else "(nog geen signalen"
    assert empty in text
    # no GOG, no crisis, no marks on a body map
    assert headings(data, 1) == [h for h in HEADINGS[kind] if h not in ("Meldplicht", "Lichaamsschema")]


def test_awkward_text_is_escaped_and_line_breaks_kept() -> None:
    case = Case(
        persons=[Person(name="Zoë D'Haese", role=Role.CHILD, pseudonym="het kind")],
        signals=[
            Signal(
                observation='Zoë zei: <stop> & "nee"\x07\x0c\nTweede regel\n\nNieuwe alinea {{ x }} {% for x in y %}'
            )
        ],
        question="{% for x in y %}",
    )
    for kind in DocKind:
        data = render_document(case, kind)
        text = body_text(data)
        assert '<stop> & "nee"' in text and "Tweede regel" in text and "{{ x }}" in text and "{% for x" in text
    obs = next(
        v for k, v in labelled_rows(render_document(case, DocKind.VK)) if k.startswith(F["signals[].observation"])
    )
    assert obs.startswith("Het kind zei")


# ----------------------------------------------------------------- export


def test_export_writes_a_private_file_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.docx"
    assert export_document(example_case(), DocKind.OUDERGESPREK, target) == target
    assert target.stat().st_mode & 0o777 == 0o600
    assert headings(target.read_bytes(), 1) == HEADINGS[DocKind.OUDERGESPREK]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.docx"]

    # A failure at the last step leaves the previous file and no temporary file.
    before = target.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        export_document(example_case(), DocKind.VK, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.docx"]


@pytest.mark.skipif(
    shutil.which("libreoffice") is None and shutil.which("soffice") is None,
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)
def test_libreoffice_opens_and_lays_out_every_document(rendered: dict[DocKind, bytes], tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    for kind, data in rendered.items():
        (tmp_path / f"{kind.value}.docx").write_bytes(data)
    profile = tmp_path / "profile"
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *(str(tmp_path / f"{k.value}.docx") for k in DocKind),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for kind in DocKind:
        pdf = tmp_path / f"{kind.value}.pdf"
        assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            assert TITLES[kind] in text
            assert re.search(r"Pagina 1 van [2-9]", text)  # the PAGE and NUMPAGES fields were computed
