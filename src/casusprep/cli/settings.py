"""``casusprep settings`` and ``casusprep settings retention [MAANDEN]``: the store's own settings.

Why a command: how long closed cases are kept is an organisation's choice (its privacy policy),
set once, not while preparing a case. The value lives in the store (a plaintext, non-personal
setting); the app shows each closed case's removal date from it and offers the removal when due.
"""

from __future__ import annotations

import argparse

from casusprep.cli import CliError
from casusprep.cli.texts import CLI

MAX_RETENTION_MONTHS = 240


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help=CLI.HELP_SETTINGS)
    p.set_defaults(func=cmd_show)
    settings_sub = p.add_subparsers(dest="settings_command", metavar=CLI.METAVAR_SETTING)
    r = settings_sub.add_parser("retention", help=CLI.HELP_RETENTION)
    r.add_argument(
        "months", metavar=CLI.METAVAR_MONTHS, nargs="?", help=CLI.HELP_RETENTION_MONTHS.format(max=MAX_RETENTION_MONTHS)
    )
    r.set_defaults(func=cmd_retention)


def _months(text: str) -> int:
    try:
        months = int(text)
    except ValueError:
        raise CliError(CLI.RETENTION_NOT_A_NUMBER.format(max=MAX_RETENTION_MONTHS)) from None
    if not 0 <= months <= MAX_RETENTION_MONTHS:
        raise CliError(CLI.RETENTION_OUT_OF_RANGE.format(max=MAX_RETENTION_MONTHS))
    return months


def _describe(months: int) -> str:
    return (CLI.RETENTION_ONE_MONTH if months == 1 else CLI.RETENTION_MONTHS).format(months=months)


def cmd_show(args: argparse.Namespace) -> int:
    from casusprep.cli.case import open_store

    store = open_store(create=False)
    try:
        print(_describe(store.retention_months()))
    finally:
        store.close()
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from casusprep.cli.case import open_store

    months = None if args.months is None else _months(args.months)  # checked before the store is opened
    store = open_store(create=False)
    try:
        if months is not None:
            store.set_setting("retention_months", str(months))
        current = store.retention_months()
        due = len(store.due_for_removal())
    finally:
        store.close()
    print(_describe(current))
    if due:
        print((CLI.RETENTION_ONE_DUE if due == 1 else CLI.RETENTION_DUE).format(count=due))
    return 0
