"""``casusprep settings`` and ``casusprep settings retention [MAANDEN]``: the store's own settings.

Why a command: how long closed cases are kept is an organisation's choice (its privacy policy),
set once, not while preparing a case. The value lives in the store (a plaintext, non-personal
setting); the app shows each closed case's removal date from it and offers the removal when due.
"""

from __future__ import annotations

import argparse

from casusprep.cli import CliError

MAX_RETENTION_MONTHS = 240


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="instellingen tonen of wijzigen (bv. de bewaartermijn)")
    p.set_defaults(func=cmd_show)
    settings_sub = p.add_subparsers(dest="settings_command", metavar="INSTELLING")
    r = settings_sub.add_parser(
        "retention", help="hoeveel maanden een afgesloten casus bewaard blijft (zonder getal: tonen)"
    )
    r.add_argument("months", metavar="MAANDEN", nargs="?", help=f"0 tot {MAX_RETENTION_MONTHS} (standaard 12)")
    r.set_defaults(func=cmd_retention)


def _months(text: str) -> int:
    try:
        months = int(text)
    except ValueError:
        raise CliError(f"De bewaartermijn is een geheel aantal maanden, van 0 tot {MAX_RETENTION_MONTHS}.") from None
    if not 0 <= months <= MAX_RETENTION_MONTHS:
        raise CliError(f"De bewaartermijn moet tussen 0 en {MAX_RETENTION_MONTHS} maanden liggen.")
    return months


def _describe(months: int) -> str:
    unit = "maand" if months == 1 else "maanden"
    return f"Bewaartermijn: {months} {unit} na het afsluiten van een casus."


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
        which = "1 afgesloten casus is" if due == 1 else f"{due} afgesloten casussen zijn"
        print(f"{which} aan verwijdering toe: de app stelt de verwijdering voor zodra je ontgrendelt.")
    return 0
