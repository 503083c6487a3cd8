"""``casusprep hints [BESTAND|-]``: the phrases the objectivity hints would mark, one JSON object per line.

Why a command: the hints can then be checked outside the app (scripts, tests, a coach's own text).
Each line holds ``start``, ``end`` (character offsets), ``text``, ``kind`` and ``explanation``.
The text is read from a file or from standard input; nothing is stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from casusprep.cli import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hints", help="toon interpretaties, oordelen en horen-zeggen in een tekst (JSON per lijn)")
    p.add_argument("source", nargs="?", default="-", metavar="BESTAND|-", help="tekstbestand, of - voor invoer")
    p.set_defaults(func=cmd_hints)


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if not path.is_file():
        raise CliError("Het tekstbestand bestaat niet.")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CliError("Het tekstbestand is geen UTF-8-tekst.") from None
    except OSError:
        raise CliError("Het tekstbestand kon niet gelezen worden.") from None


def cmd_hints(args: argparse.Namespace) -> int:
    from casusprep.hints import find_hints

    text = _read(args.source)
    for hint in find_hints(text):
        record = {"start": hint.start, "end": hint.end, "text": hint.text, "kind": hint.kind.value}
        record["explanation"] = hint.explanation
        print(json.dumps(record, ensure_ascii=False))
    return 0
