"""Render the three Word documents and write them safely.

Why this shape: VK and kindbespreking documents leave the organisation, so they are rendered only
from :func:`casusprep.anonymise.anonymise_case` (the one anonymisation interface), never from the
case itself. Rendering happens in memory; the only file ever written is the export the user asked
for, written atomically with mode 0600, and scrubbed of document metadata.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from casusprep.case import Case
from casusprep.documents.context import build_context
from casusprep.documents.scrub import scrub_docx
from casusprep.locations import templates_dir


class DocKind(StrEnum):
    VK = "vk"
    KINDBESPREKING = "kindbespreking"
    OUDERGESPREK = "oudergesprek"

    @property
    def anonymised(self) -> bool:
        return self is not DocKind.OUDERGESPREK

    @property
    def title(self) -> str:
        return DOC_TITLES[self]


DOC_TITLES: dict[DocKind, str] = {
    DocKind.VK: "VK-consult",
    DocKind.KINDBESPREKING: "Teamoverschrijdende kindbespreking",
    DocKind.OUDERGESPREK: "Plan van aanpak oudergesprek",
}


class TemplateError(Exception):
    """A template cannot be used (missing, not a .docx, or a broken tag after editing in Word). Dutch message."""


def template_path(kind: DocKind) -> Path:
    """The organisation's own template when present (``<data dir>/templates/<kind>.docx``), else the shipped one."""
    from casusprep.locations import data_dir

    own = data_dir() / "templates" / f"{kind.value}.docx"
    if own.is_file():
        return own
    return templates_dir() / f"{kind.value}.docx"


def render_document(case: Case, kind: DocKind, *, today: dt.date | None = None) -> bytes:
    """The finished .docx as bytes, metadata scrubbed. Nothing touches the disk."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError as JinjaError
    from jinja2.sandbox import SandboxedEnvironment

    kind = DocKind(kind)
    if kind.anonymised:
        from casusprep.anonymise import anonymise_case

        result = anonymise_case(case)
        context = build_context(result.case, signal_dates=result.date_labels, anonymised=True, today=today)
    else:
        context = build_context(case, anonymised=False, today=today)

    path = template_path(kind)
    try:
        template = DocxTemplate(path)
        # Sandboxed: a template edited outside the project must not be able to run code.
        template.render(context, jinja_env=SandboxedEnvironment(autoescape=True), autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
    except FileNotFoundError:
        raise TemplateError(f"Het sjabloon voor '{kind.title}' ontbreekt ({path.name}).") from None
    except JinjaError as exc:
        raise TemplateError(
            f"Het sjabloon voor '{kind.title}' bevat een fout in een veld tussen {{{{ }}}} of {{% %}}: {exc}"
        ) from None
    except Exception as exc:  # python-docx / zip errors: the file is no usable Word document
        raise TemplateError(
            f"Het sjabloon voor '{kind.title}' is geen bruikbaar Word-document ({type(exc).__name__})."
        ) from None
    return scrub_docx(buffer.getvalue())


def write_private_atomic(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` readable by the user only, all or nothing.

    A temporary file in the same directory (created 0600), fsync, then ``os.replace``: a crash or a
    full disk leaves either the old file or the new one, never half a document.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".casusprep-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # not every file system knows modes
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    return path


def export_document(case: Case, kind: DocKind, path: Path) -> Path:
    """Render and write one document; returns the path written."""
    return write_private_atomic(render_document(case, kind), Path(path))
