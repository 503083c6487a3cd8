"""``casusprep export (CASUS.json | NUMMER) --doc (vk|kindbespreking|oudergesprek) -o BESTAND.docx [--force]``.

Why a command: scripting and tests need the same documents as the app, from a JSON file or from a
case in the encrypted store. The pipeline is :mod:`casusprep.export_service`, as in the app: a
document that is not ready yet (no question, no observation, the parents' view missing, for a
kindbespreking the "Share with care" conditions) is refused with the list of what is missing, unless
``--force``, which the audit log records. The store is opened once, for reading the case and for its
audit entry, so an interactive export asks the passphrase once. Messages never repeat case content.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from casusprep.cli import CliError
from casusprep.cli.texts import CLI

if TYPE_CHECKING:
    from casusprep.case import Case
    from casusprep.store import Store

DOC_CHOICES = ("vk", "kindbespreking", "oudergesprek")
FORCE_HINT = CLI.EXPORT_FORCE_HINT


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=CLI.HELP_EXPORT)
    p.add_argument("source", metavar=CLI.METAVAR_CASE_SOURCE, help=CLI.HELP_EXPORT_SOURCE)
    p.add_argument("--doc", required=True, choices=DOC_CHOICES, help=CLI.HELP_EXPORT_DOC)
    p.add_argument("-o", "--output", required=True, metavar=CLI.METAVAR_DOCX, help=CLI.HELP_EXPORT_OUTPUT)
    p.add_argument("--force", action="store_true", help=CLI.HELP_EXPORT_FORCE)
    p.set_defaults(func=cmd_export)


def _load(source: str) -> tuple[Case, Store | None]:
    """The case, and the open store when it came from there (then the export is recorded in its audit)."""
    from casusprep.cli.case import _read_input, open_store, parse_case
    from casusprep.store import StoreError, valid_case_id

    path = Path(source)
    if source == "-" or path.suffix.lower() == ".json" or path.is_file():
        return parse_case(_read_input(source)), None
    if not valid_case_id(source):
        raise CliError(CLI.EXPORT_SOURCE_INVALID)
    store = open_store(create=False)
    try:
        return store.load(source), store
    except StoreError as exc:
        store.close()
        raise CliError(str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    from casusprep.export_service import export

    output = Path(args.output)
    if output.suffix.lower() != ".docx":
        raise CliError(CLI.OUTPUT_NOT_DOCX)
    if output.is_dir():
        raise CliError(CLI.OUTPUT_IS_DIR)
    if not output.parent.exists():
        raise CliError(CLI.OUTPUT_DIR_MISSING)
    case, store = _load(args.source)
    try:
        result = export(case, args.doc, output, store=store, force=args.force, how_to_force=FORCE_HINT)
    finally:
        if store is not None:
            store.close()
    if not result.ok:
        raise CliError(result.message)
    print(result.message)
    return 0
