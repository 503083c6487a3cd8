"""Command line: ``casusprep`` starts the app; subcommands serve scripting and tests.

Each subcommand lives in its own module with a ``register(subparsers)`` function. Modules are
imported only to build the parser and must stay light: heavy imports (spaCy, Presidio,
python-docx) happen inside the command functions.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys

from casusprep.cli.parser import DutchParser
from casusprep.cli.texts import CLI

# Each module registers its subcommands on the parser.
_COMMAND_MODULES = (
    "casusprep.cli.case",
    "casusprep.cli.export",
    "casusprep.cli.hints",
    "casusprep.cli.anonymise",
    "casusprep.cli.settings",
    "casusprep.cli.passphrase",
)

UNEXPECTED = CLI.UNEXPECTED


class CliError(Exception):
    """A user error: printed in Dutch on stderr, exit code 2, nothing stored."""


def build_parser() -> argparse.ArgumentParser:
    parser = DutchParser(
        prog="casusprep",
        description=CLI.DESCRIPTION,
    )
    parser.add_argument("--debug", action="store_true", help=CLI.HELP_DEBUG)
    sub = parser.add_subparsers(dest="command", metavar=CLI.METAVAR_COMMAND)
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _os_message(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return CLI.DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CLI.NO_WRITE_PERMISSION
    return CLI.OS_ERROR


def _sqlite_message(exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text or "disk i/o" in text:
        return CLI.STORE_DISK_FULL
    if "readonly" in text or "read-only" in text:
        return CLI.STORE_READ_ONLY
    return CLI.STORE_UNUSABLE


def debug_trace(exc: BaseException) -> str:
    """Where an error happened (file, line, function) and its type: never its message or values,
    which can quote what a user typed."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    lines = [CLI.DEBUG_HEADING]
    lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    lines.append(f"  {type(exc).__module__}.{type(exc).__qualname__}")
    return "\n".join(lines)


def _quiet_stdout() -> None:
    # The reader went away (``| head``): send whatever is still buffered nowhere, quietly.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from casusprep.app.app import run

        return run()
    import logging
    import sqlite3

    from casusprep.store import StoreError

    # The modules log in English for a developer (never content). Without a handler Python would print
    # warnings such as a failed automatic backup on stderr, in English, next to the command's Dutch
    # message; --debug shows them.
    package_log = logging.getLogger("casusprep")
    if getattr(args, "debug", False):
        package_log.addHandler(logging.StreamHandler(sys.stderr))
    else:
        package_log.addHandler(logging.NullHandler())
    try:
        code = int(func(args) or 0)
        sys.stdout.flush()
        return code
    except CliError as exc:
        message = str(exc)
    except StoreError as exc:
        message = str(exc)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 141
    except RecursionError as exc:
        message = CLI.TOO_DEEP
        _debug(args, exc)
    except MemoryError as exc:
        message = CLI.OUT_OF_MEMORY
        _debug(args, exc)
    except OSError as exc:
        message = _os_message(exc)
        _debug(args, exc)
    except sqlite3.Error as exc:
        message = _sqlite_message(exc)
        _debug(args, exc)
    except Exception as exc:  # noqa: BLE001 - the last line: a Dutch message, never a traceback
        message = UNEXPECTED.format(kind=type(exc).__name__)
        _debug(args, exc)
    with contextlib.suppress(OSError, ValueError):
        print(f"casusprep: {message}", file=sys.stderr)
    return 2


def _debug(args: argparse.Namespace, exc: BaseException) -> None:
    if getattr(args, "debug", False):
        with contextlib.suppress(OSError, ValueError):
            print(debug_trace(exc), file=sys.stderr)
