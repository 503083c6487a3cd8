"""Command line: ``casusprep`` starts the app; subcommands serve scripting and tests.

Each subcommand lives in its own module with a ``register(subparsers)`` function. Modules are
imported only to build the parser and must stay light: heavy imports (spaCy, Presidio,
python-docx) happen inside the command functions.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Each module registers its subcommands on the parser.
_COMMAND_MODULES = (
    "casusprep.cli.case",
    "casusprep.cli.export",
    "casusprep.cli.hints",
    "casusprep.cli.anonymise",
    "casusprep.cli.settings",
)


class CliError(Exception):
    """A user error: printed in Dutch on stderr, exit code 2, nothing stored."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casusprep",
        description="Bereid een casusoverleg voor: signalen, anonimiseren, Word-documenten.",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from casusprep.app.app import run

        return run()
    try:
        return int(func(args) or 0)
    except CliError as exc:
        print(f"casusprep: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
