"""Check a Word template before it is used: every tag the code fills is there, and no unknown one.

Why: the committed templates in ``templates/`` are the source, edited in Word by the project and by
organisations that put their own in place (logo, fonts, wording). Word makes typing mistakes easy
(``{{ qeustion }}``) and docxtpl would silently render an unknown tag as nothing. So before a template
is used, its tags are read from the Jinja syntax tree (the same patched XML docxtpl renders, body,
headers and footers; docxtpl's own undeclared-variables check gives the top-level names) and compared
with the values the code fills for that document. Rendering itself runs with ``StrictUndefined``, so a
tag that slips through still fails loudly instead of leaving a gap.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jinja2 import nodes
from jinja2.sandbox import SandboxedEnvironment

from casusprep.documents.texts import DOC

# Names Jinja itself provides inside a template.
_JINJA_NAMES = {"loop", "range", "true", "false", "none", "True", "False", "None"}


class TemplateTagError(ValueError):
    """A template uses a tag the code does not fill, or lacks one it must show. Dutch message."""


def environment() -> SandboxedEnvironment:
    """Sandboxed (a template edited outside the project must not be able to run code), strict on unknown tags."""
    from jinja2 import StrictUndefined

    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def template_source(path: Path) -> str:
    """The Jinja source docxtpl renders for a .docx: body, headers and footers, with its tags patched."""
    from docx import Document
    from docx.oxml import parse_xml
    from docxtpl import DocxTemplate

    template = DocxTemplate(path)
    document = Document(str(path))
    xml = template.patch_xml(template.xml_to_string(document._element.body))
    for rel in document.part.rels.values():
        if rel.reltype in (template.HEADER_URI, template.FOOTER_URI) and rel.target_part.blob:
            xml += template.patch_xml(template.xml_to_string(parse_xml(rel.target_part.blob)))
    return xml


def _path_of(node: nodes.Node, aliases: dict[str, str]) -> str | None:
    if isinstance(node, nodes.Name):
        return aliases.get(node.name, node.name)
    if isinstance(node, nodes.Getattr):
        base = _path_of(node.node, aliases)
        return f"{base}.{node.attr}" if base else None
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
        base = _path_of(node.node, aliases)
        return f"{base}.{node.arg.value}" if base else None
    return None


def _walk(node: nodes.Node, aliases: dict[str, str]) -> Iterator[str]:
    """Every dotted path a template reads; a loop variable stands for an item of its list (``signals[]``)."""
    if isinstance(node, nodes.For):
        yield from _walk(node.iter, aliases)
        inner = dict(aliases)
        source = _path_of(node.iter, aliases)
        if source and isinstance(node.target, nodes.Name):
            inner[node.target.name] = source + "[]"
        for child in (*node.body, *node.else_, *([node.test] if node.test else [])):
            yield from _walk(child, inner)
        return
    path = _path_of(node, aliases) if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem) else None
    if path is not None:
        yield path  # a.b.c as a whole, never its prefixes on their own
        return
    for child in node.iter_child_nodes():
        yield from _walk(child, aliases)


def template_paths(path: Path) -> set[str]:
    """The dotted paths (``needs.child``, ``signals[].rows[].label``) a template reads."""
    tree = environment().parse(template_source(path))
    return {p for p in _walk(tree, {}) if p.split(".")[0].split("[")[0] not in _JINJA_NAMES}


def undeclared_names(path: Path) -> set[str]:
    """docxtpl's own check: the top-level names the template expects from the code."""
    from docxtpl import DocxTemplate

    return set(DocxTemplate(path).get_undeclared_template_variables(environment()))


def context_paths(context: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(every path the context offers, including prefixes; the leaf paths a template must show)."""
    known: set[str] = set()
    leaves: set[str] = set()

    def visit(value: Any, path: str) -> None:
        known.add(path)
        if isinstance(value, dict):
            if not value:
                leaves.add(path)
            for key, item in value.items():
                visit(item, f"{path}.{key}")
        elif isinstance(value, list):
            known.add(path + "[]")
            if not value:
                leaves.add(path)
            for item in value:
                visit(item, path + "[]")
            if value and not isinstance(value[0], dict | list):
                leaves.add(path + "[]")
        else:
            leaves.add(path)

    for key, value in context.items():
        visit(value, key)
    # A list item that is a dict is not shown itself; its fields are.
    leaves = {leaf for leaf in leaves if not any(other.startswith(leaf + ".") for other in known)}
    return known, leaves


def _tag(path: str) -> str:
    return "{{ " + path.replace("[]", "") + " }}"


def check_template(path: Path, context: dict[str, Any], title: str, *, require_all: bool = True) -> None:
    """Refuse a template with an unknown tag, or (``require_all``) one that leaves out a value the code fills.

    ``context`` is what the code fills for this document for a case where every section applies.
    """
    known, leaves = context_paths(context)
    used = template_paths(path)
    names = undeclared_names(path) - _JINJA_NAMES
    unknown = sorted({p for p in used if p not in known} | {n for n in names if n not in known})
    if unknown:
        first = unknown[0]
        close = difflib.get_close_matches(first, sorted(known), n=1)
        hint = DOC.TEMPLATE_DID_YOU_MEAN.format(tag=_tag(close[0])) if close else ""
        more = DOC.TEMPLATE_AND_MORE.format(count=len(unknown) - 1) if len(unknown) > 1 else ""
        raise TemplateTagError(DOC.TEMPLATE_UNKNOWN_TAG.format(title=title, tag=_tag(first), more=more, hint=hint))
    if require_all:
        covered = {leaf for leaf in leaves if leaf in used or any(u.startswith(leaf + ".") for u in used)}
        missing = sorted(leaves - covered)
        if missing:
            more = DOC.TEMPLATE_AND_MORE.format(count=len(missing) - 1) if len(missing) > 1 else ""
            raise TemplateTagError(DOC.TEMPLATE_MISSING_TAG.format(title=title, tag=_tag(missing[0]), more=more))
