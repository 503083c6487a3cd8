"""The command line's own texts are Dutch: every help page, the usage line and argparse's error messages."""

from __future__ import annotations

import argparse
import re

import pytest

from casusprep.cli import build_parser, main
from casusprep.cli.parser import dutch_error
from casusprep.cli.texts import CLI

ENGLISH = re.compile(r"\b(usage|options|positional arguments|show this help|error|required|invalid|choose from|"
                     r"unrecognized|expected|argument)\b", re.IGNORECASE)  # fmt: skip


def command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths += command_paths(sub, (*path, name))
    return paths


PATHS = command_paths(build_parser())


def test_there_are_many_commands_to_check() -> None:
    assert len(PATHS) >= 15 and ("case", "import") in PATHS


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "casusprep")
def test_every_help_page_is_dutch(path: tuple[str, ...], capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*path, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(CLI.USAGE_PREFIX) and CLI.HELP_HELP in out
    assert not ENGLISH.search(out), ENGLISH.search(out)


@pytest.mark.parametrize(
    "argv",
    [["geen-opdracht"], ["export"], ["export", "--doc", "brief", "-o", "x.docx", "1"], ["hints", "--bestaat-niet"],
     ["case", "show"], ["export", "--doc"]],
    ids=["unknown command", "missing", "bad choice", "unknown option", "missing id", "missing value"],
)  # fmt: skip
def test_argparse_errors_are_dutch(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(CLI.USAGE_PREFIX) and ": fout: " in err
    assert not ENGLISH.search(err), err
    assert CLI.ARGPARSE_UNKNOWN not in err  # each of these has its own Dutch wording


def test_an_unknown_english_message_becomes_a_neutral_dutch_one() -> None:
    assert dutch_error("something argparse may say one day") == CLI.ARGPARSE_UNKNOWN
    assert dutch_error("argument --doc: expected one argument") == CLI.ARGPARSE_ARGUMENT.format(
        argument="--doc", message="hier hoort één waarde bij"
    )
