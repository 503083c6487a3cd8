"""``casusprep hints [BESTAND|-]``: the phrases the objectivity hints would mark, one JSON object per line.

Why a command: the hints can then be checked outside the app (scripts, tests, a coach's own text).
Each line holds ``start``, ``end`` (character offsets), ``text``, ``kind`` and ``explanation``.
The text is read from a file or from standard input; nothing is stored.
"""

from __future__ import annotations

import argparse
import json

from casusprep.cli.io import read_text
from casusprep.cli.texts import CLI


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hints", help=CLI.HELP_HINTS)
    p.add_argument("source", nargs="?", default="-", metavar=CLI.METAVAR_FILE_OR_STDIN, help=CLI.HELP_TEXT_SOURCE)
    p.set_defaults(func=cmd_hints)


def _read(source: str) -> str:
    return read_text(source, CLI.THE_TEXT if source == "-" else CLI.THE_TEXT_FILE)


def cmd_hints(args: argparse.Namespace) -> int:
    from casusprep.hints import find_hints

    text = _read(args.source)
    for hint in find_hints(text):
        record = {"start": hint.start, "end": hint.end, "text": hint.text, "kind": hint.kind.value}
        record["explanation"] = hint.explanation
        print(json.dumps(record, ensure_ascii=False))
    return 0
