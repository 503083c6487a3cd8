"""``casusprep export (CASUS.json | NUMMER) --doc (vk|kindbespreking|oudergesprek) -o BESTAND.docx``.

Why a command: scripting and tests need the same documents as the app, from a JSON file or from a
case in the encrypted store. The VK and kindbespreking documents are rendered from the anonymised
case; before writing, a last check reads the finished document back (every part of the .docx) and
refuses when a registered name is still in it. Messages never repeat case content or file names.
Heavy imports (docxtpl, python-docx, the store) happen inside the command.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from casusprep.cli import CliError

if TYPE_CHECKING:
    from casusprep.case import Case

DOC_CHOICES = ("vk", "kindbespreking", "oudergesprek")
RECIPIENT_KIND = {"vk": "VK", "kindbespreking": "ander team", "oudergesprek": "ouders"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="een Word-document maken (VK-consult, kindbespreking of oudergesprek)")
    p.add_argument("source", metavar="CASUS.json|NUMMER", help="een JSON-bestand of het nummer van een bewaarde casus")
    p.add_argument("--doc", required=True, choices=DOC_CHOICES, help="welk document")
    p.add_argument("-o", "--output", required=True, metavar="BESTAND.docx", help="waar het document komt")
    p.set_defaults(func=cmd_export)


def _load(source: str) -> tuple[Case, bool]:
    """The case, and whether it came from the store (then the export is recorded in its audit)."""
    from casusprep.cli.case import _read_input, open_store, parse_case
    from casusprep.store import StoreError, valid_case_id

    path = Path(source)
    if source == "-" or path.suffix.lower() == ".json" or path.is_file():
        return parse_case(_read_input(source)), False
    if not valid_case_id(source):
        raise CliError(
            "Geef een JSON-bestand of het nummer van een bewaarde casus. 'casusprep case list' toont de nummers."
        )
    store = open_store(create=False)
    try:
        return store.load(source), True
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()


def cmd_export(args: argparse.Namespace) -> int:
    from casusprep.documents import DOC_TITLES, DocKind, TemplateError, render_document, write_private_atomic

    kind = DocKind(args.doc)
    output = Path(args.output)
    if output.suffix.lower() != ".docx":
        raise CliError("Het uitvoerbestand moet eindigen op .docx.")
    if output.is_dir():
        raise CliError("Het uitvoerbestand is een map; geef een bestandsnaam die eindigt op .docx.")
    if not output.parent.exists():
        raise CliError("De map voor het uitvoerbestand bestaat niet.")
    case, from_store = _load(args.source)
    try:
        data = render_document(case, kind)
    except TemplateError as exc:
        raise CliError(str(exc)) from None
    if kind.anonymised:
        from casusprep.guard import check_export, leak_message

        leaks = check_export(data, case)
        if leaks:
            raise CliError(leak_message(leaks, DOC_TITLES[kind]))
    try:
        write_private_atomic(data, output)
    except OSError:
        raise CliError("Het document kon niet weggeschreven worden (geen schrijfrechten of schijf vol?).") from None
    if from_store:
        from casusprep.cli.case import open_store

        store = open_store(create=False)
        try:
            store.add_audit(case.id, kind.value, "export via de opdrachtregel", RECIPIENT_KIND[kind.value])
        finally:
            store.close()
    print(f"{DOC_TITLES[kind]} weggeschreven.")
    return 0
