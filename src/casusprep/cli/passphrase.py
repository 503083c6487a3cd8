"""``casusprep passphrase change|recover|new-recovery-key``: the passphrase's whole life.

Why commands: a coach who forgot her passphrase is told to use her recovery key, so the command
line must offer that too; a passphrase must be changeable, and a recovery key that may have been
seen replaceable. Interactive use asks with getpass (the new passphrase twice); scripts use
``CASUSPREP_PASSPHRASE`` (the current one) or ``CASUSPREP_RECOVERY_KEY``, with
``CASUSPREP_NEW_PASSPHRASE``. A new passphrase is judged by zxcvbn and refused with the reasons
in Dutch. A new recovery key is shown once, on standard output, with a warning on standard error.
"""

from __future__ import annotations

import argparse
import sys

from casusprep.cli import CliError
from casusprep.cli.texts import CLI
from casusprep.settings import new_passphrase_from_env, passphrase_from_env, recovery_key_from_env
from casusprep.store.texts import STORE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help=CLI.HELP_PASSPHRASE)
    actions = p.add_subparsers(dest="passphrase_command", metavar=CLI.METAVAR_ACTION, required=True)
    actions.add_parser("change", help=CLI.HELP_PASSPHRASE_CHANGE).set_defaults(func=cmd_change)
    actions.add_parser("recover", help=CLI.HELP_PASSPHRASE_RECOVER).set_defaults(func=cmd_recover)
    actions.add_parser("new-recovery-key", help=CLI.HELP_NEW_RECOVERY_KEY).set_defaults(func=cmd_new_recovery_key)


def _new_passphrase() -> str:
    """The new passphrase from the environment, or asked twice; refused with zxcvbn's reasons."""
    from casusprep.cli.case import _ask
    from casusprep.store import passphrase_problems

    new = new_passphrase_from_env()
    if new is None:
        new = _ask(CLI.ASK_NEW_PASSPHRASE)
        problems = passphrase_problems(new)
        if problems:
            raise CliError(" ".join(problems) + " " + CLI.NOTHING_CHANGED)
        if _ask(CLI.ASK_NEW_PASSPHRASE_AGAIN) != new:
            raise CliError(CLI.PASSPHRASES_DIFFER + " " + CLI.NOTHING_CHANGED)
    problems = passphrase_problems(new)
    if problems:
        raise CliError(" ".join(problems) + " " + CLI.NOTHING_CHANGED)
    return new


def _require_store() -> None:
    from casusprep.store import Store

    if not Store.exists():
        raise CliError(STORE.NO_STORE_YET)


def cmd_change(args: argparse.Namespace) -> int:
    from casusprep.cli.case import _ask, unlock

    _require_store()
    old = passphrase_from_env() or _ask(CLI.ASK_CURRENT_PASSPHRASE)
    store = unlock(lambda: old)
    try:
        new = _new_passphrase()
        store.change_passphrase(old, new)
    finally:
        store.close()
    print(CLI.PASSPHRASE_CHANGED)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from casusprep.cli.case import _ask
    from casusprep.store import Store, StoreError

    _require_store()
    key = recovery_key_from_env() or _ask(CLI.ASK_RECOVERY_KEY)
    new = _new_passphrase()
    try:
        Store.recover(key, new).close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    print(CLI.PASSPHRASE_RECOVERED)
    return 0


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    from casusprep.cli.case import _ask, unlock

    _require_store()
    passphrase = passphrase_from_env() or _ask(CLI.ASK_PASSPHRASE)
    store = unlock(lambda: passphrase)
    try:
        key = store.rotate_recovery_key()
    finally:
        store.close()
    print(CLI.NEW_RECOVERY_KEY, file=sys.stderr)
    print(key)
    return 0
