"""Read back every part of a .docx as text, so the export gate can search it for leaks.

Why not python-docx: it shows the body, tables and headers, but not comments, footnotes, custom
properties, custom XML, text boxes or the package's relationship targets. A leak can hide in any of
them, so this unzips the package and reads every XML part itself.

Text within a paragraph is joined without separators (Word splits words over runs at will, and a
name split as ``Jan`` + ``ssens`` must still be found); paragraphs end with a newline. Attributes that
can carry human text (comment authors, picture descriptions, link targets, field instructions,
document variables) are appended after the text of their part.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from lxml import etree

# Attribute local names that may hold text a person typed or a tool filled in.
_TEXT_ATTRS = {
    "author",
    "initials",
    "descr",
    "title",
    "name",
    "tooltip",
    "instr",
    "Target",
    "userId",
    "providerId",
    "alias",
    "tag",
}
# w:val is mostly a style or option; on these elements it is content.
_VAL_CONTENT_ELEMENTS = {"docVar", "alias", "tag", "placeholder", "listItem", "dataBinding"}
_RUN_TEXT = {"t", "delText", "instrText"}
_MAX_NESTING = 3

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


def _text_of(data: bytes) -> str:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return data.decode("utf-8", errors="replace")
    if root is None:
        return data.decode("utf-8", errors="replace")
    text: list[str] = []
    attrs: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        local = etree.QName(el).localname
        if event == "end":
            if local == "p":
                text.append("\n")
            continue
        if local in _RUN_TEXT:
            text.append(el.text or "")
        elif local == "tab":
            text.append("\t")
        elif local in ("br", "cr"):
            text.append("\n")
        elif el.text and el.text.strip() and len(el) == 0:
            # Properties, custom XML, DrawingML text (a:t is covered above): one value per line.
            text.append(el.text.strip() + "\n")
        for attr, value in el.attrib.items():
            name = etree.QName(attr).localname
            wanted = name in _TEXT_ATTRS or (name == "val" and local in _VAL_CONTENT_ELEMENTS)
            if wanted and any(c.isalpha() for c in value):
                attrs.append(value)
    body = "".join(text)
    return body + ("\n" + "\n".join(attrs) if attrs else "")


def _read_package(data: bytes, prefix: str, out: dict[str, str], depth: int) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for info in package.infolist():
            if info.is_dir():
                continue
            name = prefix + info.filename
            content = package.read(info)
            lower = info.filename.lower()
            if lower.endswith((".xml", ".rels", ".vml")) or content.lstrip()[:5] == b"<?xml":
                out[name] = _text_of(content)
            elif content[:4] == b"PK\x03\x04" and depth < _MAX_NESTING:
                # An embedded Office document (a spreadsheet pasted into the template, ...).
                try:
                    _read_package(content, name + "!", out, depth + 1)
                except zipfile.BadZipFile:
                    continue


def read_docx_text(data_or_path: bytes | bytearray | str | os.PathLike[str]) -> dict[str, str]:
    """Text of every XML part of a .docx, keyed by part name (``word/document.xml``, ``docProps/core.xml``...).

    Embedded Office packages are read too, keyed ``word/embeddings/x.xlsx!xl/sharedStrings.xml``.
    Binary parts (pictures) have no text and are not listed.
    """
    data = bytes(data_or_path) if isinstance(data_or_path, bytes | bytearray) else Path(data_or_path).read_bytes()
    out: dict[str, str] = {}
    _read_package(data, "", out, 0)
    return out
