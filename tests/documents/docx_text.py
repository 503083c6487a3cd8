"""Reading a rendered .docx back as a reader sees it, for the document tests (one copy, shared)."""

from __future__ import annotations

import io

from docx import Document


def flat(text: str) -> str:
    """White space folded to single spaces, so a check does not depend on line breaks in a cell."""
    return " ".join(text.split())


def body(data: bytes, *, headers_and_footers: bool = False) -> str:
    """Paragraphs and table cells in order (and, when asked, every section's header and footer), flattened."""
    doc = Document(io.BytesIO(data))
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            out.extend(cell.text for cell in row.cells)
    if headers_and_footers:
        for section in doc.sections:
            out.extend(p.text for p in section.header.paragraphs)
            out.extend(p.text for p in section.footer.paragraphs)
    return flat("\n".join(out))
