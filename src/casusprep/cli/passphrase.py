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
from casusprep.settings import new_passphrase_from_env, passphrase_from_env, recovery_key_from_env


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("passphrase", help="wachtwoord wijzigen, herstellen met de herstelsleutel, nieuwe sleutel")
    actions = p.add_subparsers(dest="passphrase_command", metavar="ACTIE", required=True)
    actions.add_parser("change", help="het wachtwoord wijzigen (het huidige is nodig)").set_defaults(func=cmd_change)
    actions.add_parser(
        "recover", help="wachtwoord vergeten: met de herstelsleutel een nieuw wachtwoord instellen"
    ).set_defaults(func=cmd_recover)
    actions.add_parser(
        "new-recovery-key", help="een nieuwe herstelsleutel maken (de oude werkt daarna niet meer)"
    ).set_defaults(func=cmd_new_recovery_key)


def _new_passphrase() -> str:
    """The new passphrase from the environment, or asked twice; refused with zxcvbn's reasons."""
    from casusprep.cli.case import _ask
    from casusprep.store import passphrase_problems

    new = new_passphrase_from_env()
    if new is None:
        new = _ask("Nieuw wachtwoord: ")
        problems = passphrase_problems(new)
        if problems:
            raise CliError(" ".join(problems) + " Er is niets gewijzigd.")
        if _ask("Typ het nieuwe wachtwoord nog eens: ") != new:
            raise CliError("De twee wachtwoorden zijn niet gelijk. Er is niets gewijzigd.")
    problems = passphrase_problems(new)
    if problems:
        raise CliError(" ".join(problems) + " Er is niets gewijzigd.")
    return new


def _require_store() -> None:
    from casusprep.store import Store

    if not Store.exists():
        raise CliError("Er is nog geen casusbestand. Start casusprep om een wachtwoord in te stellen.")


def cmd_change(args: argparse.Namespace) -> int:
    from casusprep.cli.case import _ask, unlock
    from casusprep.store import StoreError

    _require_store()
    old = passphrase_from_env() or _ask("Huidig wachtwoord: ")
    store = unlock(lambda: old)
    try:
        new = _new_passphrase()
        store.change_passphrase(old, new)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print("Het wachtwoord is gewijzigd. Je herstelsleutel blijft dezelfde.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from casusprep.cli.case import _ask
    from casusprep.store import Store, StoreError

    _require_store()
    key = recovery_key_from_env() or _ask("Herstelsleutel (32 tekens, streepjes mogen): ")
    new = _new_passphrase()
    try:
        Store.recover(key, new).close()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    print("Er is een nieuw wachtwoord ingesteld. Je herstelsleutel blijft geldig.")
    return 0


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    from casusprep.cli.case import _ask, unlock
    from casusprep.store import StoreError

    _require_store()
    passphrase = passphrase_from_env() or _ask("Wachtwoord van casusprep: ")
    store = unlock(lambda: passphrase)
    try:
        key = store.rotate_recovery_key()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(
        "Je nieuwe herstelsleutel (je ziet hem maar één keer; de vorige werkt niet meer). Schrijf hem op papier en "
        "bewaar hem veilig, apart van deze computer:",
        file=sys.stderr,
    )
    print(key)
    return 0
