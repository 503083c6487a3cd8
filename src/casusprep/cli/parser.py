"""An argparse parser that speaks Dutch: its headings, usage line, help option and error messages.

argparse writes its own texts in English ("usage:", "options", "the following arguments are required").
The parser below replaces each of them through argparse's documented extension points (a formatter class,
``add_help=False`` with an own ``-h``, and ``error``); the Dutch wording lives in ``cli/data/messages.toml``.
An English message without a Dutch form is shown in a neutral Dutch sentence instead of in English.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import cache
from typing import Any, NoReturn

from casusprep.cli.texts import CLI


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        # argparse passes prefix="" when it builds a subcommand's name: only its own "usage: " is replaced
        super().add_usage(usage, actions, groups, prefix=CLI.USAGE_PREFIX if prefix is None else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(CLI.table("argparse_headings").get(heading or "", heading))


@cache
def _error_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each English argparse message as a pattern (its placeholders become groups) with its Dutch form."""
    patterns = []
    for english, dutch in CLI.table("argparse_errors").items():
        parts = re.split(r"%(?:\(\w+\))?[sr]", english)
        regex = "(.+?)".join(re.escape(part) for part in parts)
        patterns.append((re.compile(f"^{regex}$", re.DOTALL), dutch))
    return patterns


def dutch_error(message: str) -> str:
    """argparse's English error ``message`` in Dutch, with the parts it quotes (option names, choices) kept."""
    argument = re.match(r"^argument (\S+?): (.*)$", message, re.DOTALL)
    if argument:
        return CLI.ARGPARSE_ARGUMENT.format(argument=argument.group(1), message=dutch_error(argument.group(2)))
    for pattern, dutch in _error_patterns():
        found = pattern.match(message)
        if found:
            return dutch.format(*found.groups())
    return CLI.ARGPARSE_UNKNOWN


class DutchParser(argparse.ArgumentParser):
    """ArgumentParser with Dutch texts; its subcommand parsers are made of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=CLI.HELP_HELP)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, CLI.ARGPARSE_ERROR.format(prog=self.prog, message=dutch_error(message)))
