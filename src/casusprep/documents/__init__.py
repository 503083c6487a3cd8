"""The three Word documents (VK-consult, kindbespreking, plan van aanpak oudergesprek).

Rendered with docxtpl from the editable templates in ``templates/``; see :mod:`.render`. The
export gate reads finished documents back with :func:`read_docx_text`.
"""

from casusprep.documents.readback import read_docx_text
from casusprep.documents.render import (
    DOC_TITLES,
    DocKind,
    TemplateError,
    check_template_for,
    document_context,
    export_document,
    render_document,
    sweep_stale_temp,
    template_path,
    write_private_atomic,
)
from casusprep.documents.scrub import scrub_docx

__all__ = [
    "DOC_TITLES",
    "DocKind",
    "TemplateError",
    "check_template_for",
    "document_context",
    "export_document",
    "read_docx_text",
    "render_document",
    "scrub_docx",
    "sweep_stale_temp",
    "template_path",
    "write_private_atomic",
]
