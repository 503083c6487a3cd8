"""Remove everything identifying that Word, LibreOffice or python-docx hide in a .docx package.

Why: a document leaves the machine; its *content* is checked by the anonymiser and the export gate,
but a .docx also carries metadata (author, last editor, company, template path, revision ids, comment
authors, a thumbnail of page one, custom properties). An organisation edits the templates in Word, so
whatever Word adds there would otherwise travel along with every export. This runs on every rendered
document and on the templates the build script writes.

The result is also deterministic (fixed zip timestamps, the source's part order), so the committed
templates can be rebuilt byte for byte.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
CORE_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
APP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)

EMPTY_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="' + CORE_NS.encode() + b'" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
EMPTY_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="' + APP_NS.encode() + b'" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>casusprep</Application></Properties>"
)

# Attributes that name or time an editor, or track editing sessions.
_PERSONAL_ATTRS = {f"{{{W}}}author", f"{{{W}}}initials", f"{{{W}}}date"}
# settings.xml children that can hold paths, user data or editing history.
_DROP_SETTINGS = {"rsids", "attachedTemplate", "docVars", "mailMerge", "savePreviewPicture"}
# Word's own "remove personal information on save" flags; order matters in settings.xml.
_SETTINGS_BEFORE_FLAGS = {"writeProtection", "view", "zoom"}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


def _dropped(name: str) -> bool:
    """Parts that exist only to carry metadata: never exported."""
    lower = name.lower()
    return (
        lower == "docprops/custom.xml"
        or lower.startswith("docprops/thumbnail")
        or lower.startswith("customxml/")
        or lower == "word/people.xml"
    )


def _resolve(rels_name: str, target: str) -> str:
    """The package part a relationship in ``rels_name`` points to."""
    if target.startswith("/"):
        return target.lstrip("/")
    source_dir = posixpath.dirname(posixpath.dirname(rels_name))  # word/_rels/x.rels -> word
    return posixpath.normpath(posixpath.join(source_dir, target))


def _scrub_rels(data: bytes, rels_name: str) -> bytes:
    root = etree.fromstring(data, _PARSER)
    for rel in list(root):
        if rel.get("TargetMode") == "External":
            continue
        if _dropped(_resolve(rels_name, rel.get("Target", ""))):
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _scrub_content_types(data: bytes) -> bytes:
    root = etree.fromstring(data, _PARSER)
    for el in list(root):
        if el.tag == f"{{{CT}}}Override" and _dropped(el.get("PartName", "").lstrip("/")):
            root.remove(el)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _scrub_settings(root: etree._Element) -> None:
    for child in list(root):
        if etree.QName(child).localname in _DROP_SETTINGS:
            root.remove(child)
    for flag in ("removeDateAndTime", "removePersonalInformation"):
        if root.find(f"{{{W}}}{flag}") is not None:
            continue
        position = 0
        for i, child in enumerate(root):
            if etree.QName(child).localname in _SETTINGS_BEFORE_FLAGS:
                position = i + 1
        root.insert(position, etree.Element(f"{{{W}}}{flag}"))
    # removePersonalInformation must precede removeDateAndTime.
    rpi, rdt = root.find(f"{{{W}}}removePersonalInformation"), root.find(f"{{{W}}}removeDateAndTime")
    if rpi is not None and rdt is not None and root.index(rdt) < root.index(rpi):
        root.remove(rpi)
        root.insert(root.index(rdt), rpi)


def _scrub_xml(data: bytes, name: str) -> bytes:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        return data
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in list(el.attrib):
            local = etree.QName(attr).localname
            if local.startswith("rsid") or attr in _PERSONAL_ATTRS:
                del el.attrib[attr]
            elif local == "descr" and ("\\" in el.attrib[attr] or "/" in el.attrib[attr]):
                el.attrib[attr] = ""  # Word puts the inserted picture's file path here
    # Editing-session ids (w:rsid in styles, w:rsids in settings) and spell-check marks: no content.
    for el in list(root.iter(f"{{{W}}}rsid", f"{{{W}}}rsids", f"{{{W}}}proofErr")):
        el.getparent().remove(el)
    if name == "word/settings.xml":
        _scrub_settings(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def scrub_docx(data: bytes) -> bytes:
    """A copy of the .docx package with no metadata that could identify a person or an editor."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if info.is_dir() or _dropped(name):
                continue
            content = src.read(name)
            lower = name.lower()
            if lower == "docprops/core.xml":
                content = EMPTY_CORE
            elif lower == "docprops/app.xml":
                content = EMPTY_APP
            elif lower == "[content_types].xml":
                content = _scrub_content_types(content)
            elif lower.endswith(".rels"):
                content = _scrub_rels(content, name)
            elif lower.endswith(".xml"):
                content = _scrub_xml(content, name)
            entry = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, content)
    return out.getvalue()
