"""Input and output of the command line that no hostile input can turn into a traceback.

- Text comes in as bytes and is decoded as strict UTF-8: binary data or an encoded lone
  surrogate is a Dutch message, not a crash three functions later when the text is written.
- JSON is parsed with its depth and its strings checked: 100,000 nested brackets or an escaped
  lone surrogate (``"\\udc80"``) are refused the same way.
- Text written to a terminal has its control characters made visible: a title holding an escape
  sequence must not retitle the window, clear the screen or hide the text after it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from casusprep.cli import CliError
from casusprep.cli.texts import CLI

MAX_INPUT_CHARS = 1_000_000  # the most one text can hold (spaCy's limit for one text)
MAX_JSON_BYTES = 200_000_000  # the most a case file (or its standard input) may hold

# C0 and C1 controls except tab and newline, DEL, and the bidirectional overrides and isolates
# that reorder what a terminal shows ("Trojan source").
_CONTROL = re.compile(r"\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u061c\u200e\u200f]")


def ask_secret(prompt: str) -> str:
    """A passphrase typed without echo; without a terminal to hide it on (a pipe, a script) it is read from standard
    input with a Dutch warning instead of Python's English one."""
    import getpass
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except getpass.GetPassWarning:
            pass
    print(CLI.SECRET_MAY_SHOW, file=sys.stderr)
    sys.stderr.write(prompt)
    sys.stderr.flush()
    line = sys.stdin.readline()
    sys.stderr.write("\n")  # what the command prints next starts on a line of its own
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def visible(text: str) -> str:
    """``text`` with control characters shown as ``\\x1b`` or ``\\u202e``: safe to print."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100 else f"\\u{ord(m.group(0)):04x}", text
    )


def _decode(data: bytes, what: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CliError(CLI.NOT_UTF8.format(what=what)) from None
    return text.removeprefix("\ufeff")


def decode_text(data: bytes, what: str) -> str:
    """Bytes read with :func:`read_bytes` as strict UTF-8 text, refused in Dutch otherwise."""
    return _decode(data, what)


def read_bytes(source: str, what: str, *, limit: int = MAX_JSON_BYTES) -> bytes:
    """The bytes of a file, or of standard input for ``-``; the file name is never repeated.

    Never more than ``limit`` bytes are read: standard input from ``/dev/zero`` or a pipe that never ends
    is refused once it passes the limit, instead of being read until memory runs out.
    """
    if source == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        # A text stream without bytes underneath (an embedding program, a test) is read as text.
        data = (
            buffer.read(limit + 1) if buffer is not None else sys.stdin.read(limit + 1).encode("utf-8", "surrogatepass")
        )
    else:
        path = Path(source)
        if not path.is_file():
            raise CliError(CLI.NO_SUCH_FILE.format(what=what))
        try:
            with path.open("rb") as handle:
                data = handle.read(limit + 1)
        except OSError:
            raise CliError(CLI.UNREADABLE.format(what=what)) from None
    if len(data) > limit:
        raise CliError(CLI.TOO_BIG.format(what=what, limit=_thousands(limit // 1_000_000)))
    return data


def read_text(source: str, what: str | None = None, *, limit: int | None = MAX_INPUT_CHARS) -> str:
    """Strict UTF-8 text from a file or ``-``, refused in Dutch when it is too long to process."""
    what = what or CLI.THE_INPUT
    text = _decode(read_bytes(source, what), what)
    if limit is not None and len(text) > limit:
        raise CliError(CLI.TOO_LONG.format(what=what, length=_thousands(len(text)), limit=_thousands(limit)))
    return text


def _thousands(number: int) -> str:
    """1.000.000: the Flemish thousands separator."""
    return f"{number:,}".replace(",", ".")


def _no_lone_surrogates(value: Any, what: str) -> None:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise CliError(CLI.LONE_SURROGATE.format(what=what)) from None


def load_json(text: str, what: str) -> Any:
    """Parsed JSON, or a Dutch CliError for invalid, absurdly deep or surrogate-holding input."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(CLI.INVALID_JSON.format(what=what, line=exc.lineno, column=exc.colno)) from None
    except (ValueError, RecursionError):
        raise CliError(CLI.JSON_TOO_DEEP.format(what=what)) from None
    _no_lone_surrogates(value, what)
    return value
