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

# Each module registers its subcommands on the parser.
_COMMAND_MODULES = (
    "casusprep.cli.case",
    "casusprep.cli.export",
    "casusprep.cli.hints",
    "casusprep.cli.anonymise",
    "casusprep.cli.settings",
    "casusprep.cli.passphrase",
)

UNEXPECTED = (
    "Er liep iets onverwacht mis ({kind}). Je casussen zijn niet aangetast. Meld het aan je beheerder; met "
    "'casusprep --debug ...' zie je de technische details (zonder inhoud van je casussen)."
)


class CliError(Exception):
    """A user error: printed in Dutch on stderr, exit code 2, nothing stored."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casusprep",
        description="Bereid een casusoverleg voor: signalen, anonimiseren, Word-documenten.",
    )
    parser.add_argument(
        "--debug", action="store_true", help="bij een onverwachte fout de technische details tonen (zonder inhoud)"
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _os_message(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return "De schijf is vol (of het bestand wordt te groot). Maak ruimte vrij en probeer opnieuw."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            "Geen schrijfrechten: de map of het bestand is alleen-lezen. Kies een andere plaats of pas de rechten aan."
        )
    return "Een bestand kon niet gelezen of geschreven worden (fout van het besturingssysteem)."


def _sqlite_message(exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text or "disk i/o" in text:
        return (
            "De schijf is vol of niet bereikbaar. Maak ruimte vrij en probeer opnieuw; je casussen zijn niet aangetast."
        )
    if "readonly" in text or "read-only" in text:
        return "De map met je casussen is alleen-lezen. Pas de rechten aan en probeer opnieuw."
    return (
        "Het casusbestand kon niet gebruikt worden. Probeer opnieuw; helpt dat niet, gebruik 'casusprep case backups'."
    )


def debug_trace(exc: BaseException) -> str:
    """Where an error happened (file, line, function) and its type: never its message or values,
    which can quote what a user typed."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    lines = ["Technische details (zonder inhoud):"]
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
    import sqlite3

    from casusprep.store import StoreError

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
        message = "De invoer is te diep genest om te verwerken."
        _debug(args, exc)
    except MemoryError as exc:
        message = "Er is niet genoeg geheugen voor deze invoer. Deel ze op en probeer opnieuw."
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
