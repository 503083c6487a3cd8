"""The committed Word templates are the source: checked, not regenerated.

Every tag the code fills is in the template and no unknown one is used (docxtpl's undeclared
variables plus the attribute paths of the Jinja tree); the metadata is scrubbed; the example case
renders with StrictUndefined. An organisation's template with a mistyped tag is refused in Dutch,
naming the tag.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from casusprep.documents import DocKind, TemplateError, check_template_for, read_docx_text, render_document
from casusprep.documents.render import reference_context
from casusprep.documents.scrub import scrub_docx
from casusprep.documents.template_check import (
    TemplateTagError,
    check_template,
    context_paths,
    template_paths,
    undeclared_names,
)
from casusprep.example import example_case
from casusprep.locations import templates_dir

KINDS = list(DocKind)


def _edit(data: bytes, old: bytes, new: bytes) -> bytes:
    """A copy of the template with one piece of document.xml replaced, as a typo made in Word would."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "word/document.xml":
                assert old in content, old
                content = content.replace(old, new, 1)
            dst.writestr(item, content)
    return out.getvalue()


@pytest.mark.parametrize("kind", KINDS)
def test_every_tag_the_code_fills_is_in_the_committed_template_and_no_other(kind: DocKind) -> None:
    path = templates_dir() / f"{kind.value}.docx"
    known, leaves = context_paths(reference_context(kind))
    used = template_paths(path)
    assert used <= known, sorted(used - known)
    shown = {leaf for leaf in leaves if leaf in used or any(u.startswith(leaf + ".") for u in used)}
    assert shown == leaves, sorted(leaves - shown)
    assert undeclared_names(path) <= {k for k in reference_context(kind)}
    check_template(path, reference_context(kind), kind.title)  # the same check the export runs


@pytest.mark.parametrize("kind", KINDS)
def test_committed_templates_carry_no_metadata(kind: DocKind) -> None:
    data = (templates_dir() / f"{kind.value}.docx").read_bytes()
    assert scrub_docx(data) == data  # scrubbing a committed template changes nothing: it is clean
    parts = read_docx_text(data)
    assert "docProps/custom.xml" not in parts and "word/people.xml" not in parts


@pytest.mark.parametrize("kind", KINDS)
def test_the_example_case_renders_strictly(kind: DocKind) -> None:
    data = render_document(example_case(), kind)
    text = "\n".join(read_docx_text(data).values())
    assert "{{" not in text and "{%" not in text
    assert Document(io.BytesIO(data)).paragraphs  # python-docx opens it


def test_a_mistyped_tag_in_an_organisations_template_is_refused_naming_the_tag(data_dir: Path) -> None:
    shipped = (templates_dir() / "vk.docx").read_bytes()
    (data_dir / "templates").mkdir()
    own = data_dir / "templates" / "vk.docx"
    own.write_bytes(_edit(shipped, b"{{ question }}", b"{{ qeustion }}"))
    with pytest.raises(TemplateError) as caught:
        render_document(example_case(), DocKind.VK)
    message = str(caught.value)
    assert "{{ qeustion }}" in message and "VK-consult" in message
    assert "Bedoel je {{ question }}?" in message
    assert not any(person.name in message for person in example_case().persons)


def test_a_misspelt_attribute_and_a_dropped_tag_are_refused(data_dir: Path) -> None:
    shipped = (templates_dir() / "kindbespreking.docx").read_bytes()
    (data_dir / "templates").mkdir()
    own = data_dir / "templates" / "kindbespreking.docx"
    own.write_bytes(_edit(shipped, b"{{ sharing.purpose }}", b"{{ sharing.purpsoe }}"))
    with pytest.raises(TemplateError, match=r"\{\{ sharing\.purpsoe \}\}"):
        check_template_for(DocKind.KINDBESPREKING)
    own.write_bytes(_edit(shipped, b"{{ sharing.purpose }}", b"(doel)"))
    with pytest.raises(TemplateError, match=r"mist het veld \{\{ sharing\.purpose \}\}"):
        check_template_for(DocKind.KINDBESPREKING)


def test_an_organisations_restyled_template_is_used(data_dir: Path) -> None:
    shipped = (templates_dir() / "oudergesprek.docx").read_bytes()
    (data_dir / "templates").mkdir()
    own = data_dir / "templates" / "oudergesprek.docx"
    own.write_bytes(_edit(shipped, b">Voorbereiding<", b">Voor het gesprek<"))
    data = render_document(example_case(), DocKind.OUDERGESPREK)
    headings = [p.text for p in Document(io.BytesIO(data)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Voor het gesprek"


def test_a_broken_tag_is_a_dutch_error_not_a_traceback(data_dir: Path) -> None:
    shipped = (templates_dir() / "vk.docx").read_bytes()
    (data_dir / "templates").mkdir()
    (data_dir / "templates" / "vk.docx").write_bytes(_edit(shipped, b"{{ question }}", b"{{ question }"))
    with pytest.raises(TemplateError, match="fout in een veld"):
        render_document(example_case(), DocKind.VK)
    (data_dir / "templates" / "vk.docx").write_bytes(b"geen Word-document")
    with pytest.raises(TemplateError, match="geen bruikbaar Word-document"):
        render_document(example_case(), DocKind.VK)


def test_the_check_reports_unknown_before_missing() -> None:
    path = templates_dir() / "vk.docx"
    context = dict(reference_context(DocKind.VK))
    context.pop("since")
    with pytest.raises(TemplateTagError, match=r"\{\{ since \}\}"):
        check_template(path, context, "VK-consult")
    context = dict(reference_context(DocKind.VK), extra="x")
    with pytest.raises(TemplateTagError, match=r"mist het veld \{\{ extra \}\}"):
        check_template(path, context, "VK-consult")
