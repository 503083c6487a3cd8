"""``casusprep case ...`` and ``casusprep schema``: the store from the command line.

For scripting and tests the passphrase comes from ``CASUSPREP_PASSPHRASE``; otherwise it is asked
with getpass (at first use twice, and the recovery key is shown once). Messages are Dutch and never
repeat case content: what the user typed into a case stays in the encrypted store.
Heavy imports (pydantic models, cryptography) happen inside the command functions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casusprep.cli import CliError
from casusprep.cli.io import ask_secret, visible
from casusprep.cli.texts import CLI
from casusprep.handover.texts import HANDOVER
from casusprep.settings import PASSPHRASE_ENV, passphrase_from_env

if TYPE_CHECKING:
    from pydantic import ValidationError

    from casusprep.case import Case
    from casusprep.store import Store

MAX_ERRORS_SHOWN = 15


def register(sub: argparse._SubParsersAction) -> None:
    case = sub.add_parser("case", help=CLI.HELP_CASE)
    case_sub = case.add_subparsers(dest="case_command", metavar=CLI.METAVAR_ACTION, required=True)

    p = case_sub.add_parser("import", help=CLI.HELP_CASE_IMPORT)
    p.add_argument("file", metavar=CLI.METAVAR_FILE, help=CLI.HELP_CASE_IMPORT_FILE)
    p.add_argument("--rol", metavar=CLI.METAVAR_ROLE, help=CLI.HELP_HANDOVER_ROLE_FROM)
    p.add_argument("--vervangen", action="store_true", help=CLI.HELP_HANDOVER_REPLACE)
    p.add_argument("--update", action="store_true", help=CLI.HELP_CASE_IMPORT_UPDATE)
    p.set_defaults(func=cmd_import)

    p = case_sub.add_parser("handover", help=CLI.HELP_CASE_HANDOVER)
    p.add_argument("id", metavar=CLI.METAVAR_NUMBER)
    p.add_argument("-o", "--output", metavar=CLI.METAVAR_FILE, help=CLI.HELP_HANDOVER_OUTPUT)
    p.add_argument("--rol", metavar=CLI.METAVAR_ROLE, help=CLI.HELP_HANDOVER_ROLE_TO)
    p.set_defaults(func=cmd_handover)

    p = case_sub.add_parser("list", help=CLI.HELP_CASE_LIST)
    p.set_defaults(func=cmd_list)

    p = case_sub.add_parser("show", help=CLI.HELP_CASE_SHOW)
    p.add_argument("id", metavar=CLI.METAVAR_NUMBER)
    p.add_argument("--json", action="store_true", help=CLI.HELP_CASE_SHOW_JSON)
    p.set_defaults(func=cmd_show)

    p = case_sub.add_parser("history", help=CLI.HELP_CASE_HISTORY)
    p.add_argument("id", metavar=CLI.METAVAR_NUMBER)
    p.add_argument("--json", action="store_true", help=CLI.HELP_CASE_HISTORY_JSON)
    p.set_defaults(func=cmd_history)

    p = case_sub.add_parser("delete", help=CLI.HELP_CASE_DELETE)
    p.add_argument("id", metavar=CLI.METAVAR_NUMBER)
    p.add_argument("--ja", dest="yes", action="store_true", help=CLI.HELP_CASE_DELETE_YES)
    p.set_defaults(func=cmd_delete)

    p = case_sub.add_parser("example", help=CLI.HELP_CASE_EXAMPLE)
    p.set_defaults(func=cmd_example)

    p = case_sub.add_parser("backups", help=CLI.HELP_CASE_BACKUPS)
    p.set_defaults(func=cmd_backups)

    p = case_sub.add_parser("restore", help=CLI.HELP_CASE_RESTORE)
    p.add_argument("backup", metavar=CLI.METAVAR_BACKUP, nargs="?", help=CLI.HELP_CASE_RESTORE_BACKUP)
    p.add_argument("--casus", metavar=CLI.METAVAR_NUMBER, help=CLI.HELP_CASE_RESTORE_CASE)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("schema", help=CLI.HELP_SCHEMA)
    p.set_defaults(func=cmd_schema)


# ------------------------------------------------------------------ passphrase


def _ask(prompt: str) -> str:
    try:
        return ask_secret(prompt)
    except EOFError:
        raise CliError(CLI.NO_PASSPHRASE_RECEIVED.format(variable=PASSPHRASE_ENV)) from None


def open_store(*, create: bool) -> Store:
    """Unlock the store for one command: from the environment, or by asking (first use: set up)."""
    from casusprep.store import Store, StoreError

    try:
        passphrase = passphrase_from_env()
        if passphrase:
            store = unlock(lambda: passphrase) if Store.exists() else Store.open_from_env()
        elif not Store.exists():
            if not create:
                raise CliError(CLI.NO_CASES_STORED)
            return _first_use()
        else:
            store = unlock(lambda: _ask(CLI.ASK_PASSPHRASE), attempts=3)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    warn_damaged(store)
    return store


def warn_damaged(store: Store, already: set[str] | frozenset[str] = frozenset()) -> None:
    """Damage is never passed over in silence: every command names the damaged cases first (and the list
    names those it finds itself, such as a hand-edited index column)."""
    from casusprep.store import DamagedCase

    for case_id, detail in sorted(store.damaged.items()):
        if case_id in already:
            continue
        print(CLI.DAMAGED_WARNING.format(message=DamagedCase(case_id, detail)), file=sys.stderr)


def unlock(get_passphrase: Callable[[], str], attempts: int = 1) -> Store:
    """Open the store with a passphrase, asking up to ``attempts`` times. After a few wrong attempts
    the store makes the next one wait (never a lockout); at a terminal that wait is sat out here,
    a script gets the Dutch message and can retry later."""
    import time

    from casusprep.store import Store, StoreError, TooManyAttempts, WrongPassphrase

    for attempt in range(attempts):
        passphrase = get_passphrase()
        while True:
            try:
                return Store.open(passphrase)
            except TooManyAttempts as exc:
                if not sys.stdin.isatty():
                    raise CliError(str(exc)) from None
                print(str(exc), file=sys.stderr)
                time.sleep(exc.wait_seconds)
            except WrongPassphrase as exc:
                if attempt == attempts - 1:
                    raise CliError(str(exc)) from None
                print(str(exc), file=sys.stderr)
                break
            except StoreError as exc:
                raise CliError(str(exc)) from None
    raise CliError(CLI.WRONG_PASSPHRASE)


def _first_use() -> Store:
    from casusprep.store import Store, passphrase_problems

    print(CLI.WELCOME, file=sys.stderr)
    first = _ask(CLI.ASK_NEW_PASSPHRASE)
    problems = passphrase_problems(first)
    if problems:
        raise CliError(" ".join(problems) + " " + CLI.NOTHING_SAVED)
    if _ask(CLI.ASK_PASSPHRASE_AGAIN) != first:
        raise CliError(CLI.PASSPHRASES_DIFFER + " " + CLI.NOTHING_SAVED)
    store, recovery_key = Store.create(first)
    print(CLI.FIRST_RECOVERY_KEY.format(recovery_key=recovery_key), file=sys.stderr)
    return store


# --------------------------------------------------------------- validation


def _path_of(loc: tuple[Any, ...]) -> str:
    """pydantic's ``('signals', 0, 'date')`` -> ``signals[0].date``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _label_of(path: str) -> str:
    """Dutch name of a field path, e.g. ``Signaal 1 - Datum``; the raw path when it is no known field."""
    from casusprep.case import spec_of
    from casusprep.data import LABELS
    from casusprep.labels import FIELD_LABELS

    nouns = LABELS.table("item")
    parts = path.split(".")
    name, _, index = parts[0].rstrip("]").partition("[")
    known = FIELD_LABELS.get(spec_of(path))
    if name in nouns and index.isdigit():
        number = int(index) + 1
        if len(parts) == 1:
            return CLI.ITEM.format(noun=nouns[name], number=number)
        return LABELS.LOCATION.format(noun=nouns[name], number=number, label=known or parts[-1])
    if known:
        return known
    if index.isdigit() and name in FIELD_LABELS and len(parts) == 1:
        return CLI.VALUE_OF_LIST.format(label=FIELD_LABELS[name], number=int(index) + 1)
    return path


def _problem(error: dict[str, Any]) -> str:
    """Pydantic's error type in Dutch. The input value is never repeated."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return CLI.INVALID_MISSING
    if kind == "extra_forbidden":
        return CLI.INVALID_UNKNOWN_FIELD
    if kind == "enum":
        expected = str(ctx.get("expected", "")).replace(" or ", CLI.INVALID_CHOICES_OR)
        return CLI.INVALID_CHOICE.format(expected=expected)
    if kind.startswith("date") and not kind.startswith("datetime"):
        return CLI.INVALID_DATE
    if kind.startswith("datetime"):
        return CLI.INVALID_DATETIME
    if kind.startswith("bool"):
        return CLI.INVALID_BOOL
    if kind.startswith("int"):
        return CLI.INVALID_INT
    if kind == "less_than_equal":
        return CLI.INVALID_TOO_LARGE.format(limit=ctx.get("le"))
    if kind == "greater_than_equal":
        return CLI.INVALID_TOO_SMALL.format(limit=ctx.get("ge"))
    if kind == "string_too_short":
        return CLI.INVALID_EMPTY
    if kind == "string_too_long":
        return CLI.INVALID_TOO_LONG.format(limit=ctx.get("max_length"))
    if kind == "string_type":
        return CLI.INVALID_NOT_TEXT
    if kind == "list_type":
        return CLI.INVALID_NOT_LIST
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return CLI.INVALID_NOT_OBJECT
    if kind == "value_error":
        message = str(error.get("msg", ""))
        return message.removeprefix("Value error, ") or CLI.INVALID_VALUE
    return CLI.INVALID_VALUE


def describe_validation_error(exc: ValidationError) -> str:
    """A Dutch list of what is wrong, one line per field: label, JSON path, problem."""
    lines = []
    errors = exc.errors(include_input=False, include_url=False)
    for error in errors[:MAX_ERRORS_SHOWN]:
        loc = tuple(error.get("loc", ()))
        if error.get("type") == "extra_forbidden":
            loc = loc[:-1]  # the unknown key is typed input (it could be a name): only where it stands is named
        path = _path_of(loc)
        problem = _problem(error)
        if not path and ": " in problem:  # a model-level check names its field itself ("gog_direction: ...")
            path, problem = problem.split(": ", 1)
        name = _label_of(path) if path else CLI.THE_CASE
        where = f"{name} ({path})" if path and name != path else name
        lines.append(f"- {where}: {problem}")
    if len(errors) > MAX_ERRORS_SHOWN:
        lines.append(CLI.INVALID_MORE.format(count=len(errors) - MAX_ERRORS_SHOWN))
    count = len(errors)
    head = (CLI.INVALID_CASE_ONE if count == 1 else CLI.INVALID_CASE).format(count=count)
    return "\n".join([head, *lines])


def parse_case(text: str) -> Case:
    """JSON text -> a validated Case, or CliError with a Dutch message naming the field."""
    from pydantic import ValidationError

    from casusprep.cli.io import load_json
    from casusprep.migrations import MigrationError, load_case

    try:
        data = load_json(text, CLI.THE_CASE)
    except CliError as exc:
        raise CliError(f"{exc} {CLI.NOTHING_SAVED}") from None
    if not isinstance(data, dict):
        raise CliError(CLI.CASE_NOT_AN_OBJECT + " " + CLI.NOTHING_SAVED)
    try:
        return load_case(data)
    except ValidationError as exc:
        raise CliError(describe_validation_error(exc)) from None
    except MigrationError as exc:
        raise CliError(f"{exc}. {CLI.NOTHING_SAVED}") from None
    except RecursionError:
        raise CliError(CLI.CASE_TOO_DEEP + " " + CLI.NOTHING_SAVED) from None


def _read_input(name: str) -> str:
    """The JSON text of a case; the file name is never repeated (it could hold a name)."""
    from casusprep.cli.io import read_text

    return read_text(name, CLI.THE_FILE, limit=None)


# ----------------------------------------------------------------- commands


def cmd_import(args: argparse.Namespace) -> int:
    from casusprep.case import new_id
    from casusprep.cli.io import decode_text, read_bytes
    from casusprep.handover import looks_like_handover

    data = read_bytes(args.file, CLI.THE_FILE)
    if looks_like_handover(data):
        return _import_handover(args, data)
    case = parse_case(decode_text(data, CLI.THE_FILE))  # validate before the store is even opened
    from casusprep.store import valid_case_id

    if args.update:
        return _update(case)
    store = open_store(create=True)
    try:
        # A new id when it is taken, or when it is not a generated one (the id is stored in plaintext).
        if not valid_case_id(case.id) or store.has_case(case.id):
            case.id = new_id()
        store.save(case)
    finally:
        store.close()
    print(case.id)
    return 0


def _update(case: Case) -> int:
    """Update the stored case with the same id; what changed becomes a revision in its history."""
    from casusprep.store import StoreError, history

    store = open_store(create=False)
    try:
        if not store.has_case(case.id) and case.id not in store.damaged:
            raise CliError(CLI.UPDATE_NO_SUCH_CASE)
        stored = store.load(case.id)
        changes = history.diff(stored.model_dump(mode="json"), case.model_dump(mode="json"))
        if not changes:
            print(CLI.UPDATE_UNCHANGED)
            return 0
        store.save(case, note=CLI.IMPORT_NOTE)
        revision = store.revision(case.id)
    except StoreError as exc:
        raise CliError(CLI.UPDATE_FAILED.format(error=exc)) from None
    finally:
        store.close()
    count = len(changes)
    done = CLI.UPDATED_ONE_FIELD if count == 1 else CLI.UPDATED_FIELDS
    print(done.format(case_id=case.id, count=count, revision=revision))
    return 0


# What ``case show`` prints is what ``case history`` shows the old and new values of; every other field
# is named with its label only (``--json`` shows everything, as ``case show --json`` does).
SHOWN_FIELDS = frozenset({"title", "status", "setting", "situation_kind", "urgency", "next_follow_up", "question"})


def cmd_history(args: argparse.Namespace) -> int:
    from casusprep.labels import field_location, history_value

    store = open_store(create=False)
    try:
        revisions = store.history(args.id)
    finally:
        store.close()
    if args.json:
        print(json.dumps([r.as_json() for r in revisions], indent=2, ensure_ascii=False))
        return 0
    if not revisions:
        print(CLI.HISTORY_NONE)
        return 0
    hidden = False
    for revision in revisions:
        when = _local(datetime_of(revision.at))
        head = CLI.HISTORY_HEAD.format(
            number=revision.number, when=when.strftime("%d/%m/%Y %H:%M"), revision=revision.case_revision
        )
        print(CLI.HISTORY_HEAD_NOTE.format(head=head, note=revision.note) if revision.note else head)
        items: dict[str, list[str]] = {}  # "Signaal 2" -> the labels of its changed fields, in order
        for change in revision.changes:
            name = visible(field_location(change.path))
            if change.path in SHOWN_FIELDS:
                old, new = history_value(change.path, change.old), history_value(change.path, change.new)
                print(f"  {name}: {visible(old)} -> {visible(new)}")
                continue
            hidden = True
            item, _, field = name.partition(" - ")
            items.setdefault(item, [])
            if field:
                items[item].append(CLI.HISTORY_WITH_REASON.format(field=field) if change.reason else field)
        for item, fields in items.items():
            if fields:
                print(CLI.HISTORY_ITEM_FIELDS.format(item=item, fields=", ".join(dict.fromkeys(fields))))
            else:
                print(CLI.HISTORY_ITEM.format(item=item))
    if hidden:
        print("\n" + CLI.HISTORY_HIDDEN.format(case_id=args.id))
    return 0


def datetime_of(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text)


def _date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "-"


def _local(moment: Any) -> Any:
    """A stored time in the local time zone; at the calendar's edge (year 9999) as it is."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


def cmd_list(args: argparse.Namespace) -> int:
    from casusprep.labels import FIELD_LABELS, label
    from casusprep.store import Store

    if not Store.exists() and not passphrase_from_env():
        print(CLI.NO_CASES_YET)
        return 0
    store = open_store(create=False)
    try:
        named = set(store.damaged)
        summaries = store.list()
        warn_damaged(store, named)
    finally:
        store.close()
    if not summaries:
        print(CLI.NO_CASES_YET)
        return 0
    header = f"{CLI.COL_NUMBER:<14}{FIELD_LABELS['status']:<14}{CLI.COL_CHANGED:<12}{CLI.COL_FOLLOW_UP:<12}"
    header += f"{CLI.OPEN_ACTIONS:<13}{CLI.COL_REMOVAL_ON:<16}"
    print(header + CLI.WORKING_TITLE)
    for s in summaries:
        if s.damaged:
            print(f"{s.id:<14}{CLI.LIST_DAMAGED:<14}{'-':<12}{'-':<12}{'-':<13}{'-':<16}{CLI.LIST_DAMAGED_SEE_ABOVE}")
            continue
        print(
            f"{s.id:<14}{label(s.status):<14}{_date(_local(s.updated_at)):<12}{_date(s.next_follow_up):<12}"
            f"{s.open_actions:<13}{_date(s.removal_on):<16}{visible(s.title or CLI.NO_TITLE)}"
        )
    return 2 if any(s.damaged for s in summaries) else 0  # a script sees the damage too


def cmd_show(args: argparse.Namespace) -> int:
    from casusprep.labels import FIELD_LABELS, label

    store = open_store(create=False)
    try:
        case = store.load(args.id)
    finally:
        store.close()
    if args.json:
        print(case.model_dump_json(indent=2))
        return 0
    rows = [
        (CLI.WORKING_TITLE, case.title or CLI.NO_TITLE),
        (CLI.COL_NUMBER, case.id),
        (FIELD_LABELS["status"], label(case.status)),
        (FIELD_LABELS["setting"], label(case.setting)),
        (FIELD_LABELS["situation_kind"], label(case.situation_kind)),
        (FIELD_LABELS["urgency"], label(case.urgency)),
        (FIELD_LABELS["persons"], str(len(case.persons))),
        (FIELD_LABELS["signals"], str(len(case.signals))),
        (CLI.OPEN_ACTIONS, str(len(case.open_actions()))),
        (FIELD_LABELS["next_follow_up"], _date(case.next_follow_up)),
        (CLI.QUESTION, case.question or "-"),
    ]
    width = max(len(k) for k, _ in rows) + 2
    for key, value in rows:
        print(f"{key + ':':<{width}}{visible(value)}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casusprep.store.texts import STORE

    store = open_store(create=False)
    try:
        if not store.has_case(args.id):
            raise CliError(STORE.CASE_NOT_FOUND)
        if not args.yes and sys.stdin.isatty():
            answer = input(CLI.CONFIRM_DELETE.format(yes=CLI.YES))
            if answer.strip().lower() != CLI.YES:
                print(CLI.NOTHING_DELETED)
                return 1
        store.delete(args.id)
    finally:
        store.close()
    print(CLI.CASE_DELETED)
    return 0


def cmd_example(args: argparse.Namespace) -> int:
    from casusprep.example import example_json

    print(example_json())
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from casusprep.case import Case

    print(json.dumps(Case.model_json_schema(), indent=2, ensure_ascii=False))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from casusprep.store import Store

    backups = Store.list_backups()
    if not backups:
        print(CLI.NO_BACKUPS_YET)
        return 0
    print(f"{CLI.COL_TAKEN_AT:<22}{CLI.COL_SIZE:>10}  {CLI.COL_FILE}")
    for b in backups:
        print(f"{b.taken_at.strftime('%d/%m/%Y %H:%M:%S'):<22}{b.size // 1024:>7} kB  {b.path.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casusprep.store import Store, StoreError

    if args.casus:
        return _restore_case(args.casus, args.backup)
    backups = Store.list_backups()
    if args.backup is None:
        if not backups:
            raise CliError(CLI.NO_BACKUP_TO_RESTORE)
        chosen: Path = backups[0].path
    else:
        chosen = Path(args.backup)
    passphrase = passphrase_from_env() or _ask(CLI.ASK_PASSPHRASE)
    try:
        store = Store.restore_backup(chosen, passphrase)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    count = len(store.list())
    store.close()
    print(CLI.RESTORED.format(count=count))
    return 0


# ------------------------------------------------------------------ handover


def _ask_handover_passphrase(prompt: str) -> str:
    try:
        return ask_secret(prompt)
    except EOFError:
        raise CliError(CLI.HANDOVER_NO_PASSPHRASE) from None


def _role(given: str | None, question: str) -> str:
    """The role of the other person: ``--rol``, or chosen from a numbered list at a terminal (never a name)."""
    from casusprep.handover import HandoverError, role_label, roles

    if given is not None:
        try:
            return role_label(given)
        except HandoverError as exc:
            raise CliError(str(exc)) from None
    table = list(roles().values())
    if not sys.stdin.isatty():
        raise CliError(HANDOVER.ROLE_NEEDED.format(roles=", ".join(roles())))
    print(question, file=sys.stderr)
    for number, name in enumerate(table, 1):
        print(f"  {number}. {name}", file=sys.stderr)
    try:
        answer = input(CLI.HANDOVER_CHOICE).strip()
    except EOFError:
        answer = ""
    if not answer.isdigit() or not 1 <= int(answer) <= len(table):
        raise CliError(CLI.HANDOVER_NO_CHOICE)
    return table[int(answer) - 1]


def cmd_handover(args: argparse.Namespace) -> int:
    from casusprep import handover
    from casusprep.settings import handover_passphrase_from_env
    from casusprep.store import StoreError

    store = open_store(create=False)
    try:
        case = store.load(args.id)
        target = Path(args.output) if args.output else Path(handover.default_file_name())
        problem = handover.file_name_problem(target, case)
        if problem:
            raise CliError(f"{problem} {HANDOVER.NOTHING_WRITTEN}")
        role = _role(args.rol, CLI.HANDOVER_CHOOSE_ROLE_TO)
        nothing = HANDOVER.NOTHING_WRITTEN
        passphrase = handover_passphrase_from_env()
        asked = passphrase is None
        if passphrase is None:
            print(CLI.HANDOVER_PASSPHRASE_ADVICE, file=sys.stderr)
            passphrase = _ask_handover_passphrase(CLI.HANDOVER_PASSPHRASE)
        problems = handover.passphrase_problems(case, passphrase, store)
        if problems:
            raise CliError(" ".join([*problems, nothing]))
        if asked and _ask_handover_passphrase(CLI.HANDOVER_PASSPHRASE_AGAIN) != passphrase:
            raise CliError(f"{CLI.HANDOVER_NOT_SAME} {nothing}")
        print(CLI.HANDOVER_BUSY, file=sys.stderr)
        written = handover.write_handover(store, args.id, target, passphrase, role)
    except (handover.HandoverError, StoreError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(HANDOVER.WRITTEN.format(file=written.name), file=sys.stderr)
    print(written)
    return 0


def _open_handover(data: bytes):
    """The handover opened with its passphrase: from the environment, or asked (three tries at a terminal)."""
    from casusprep import handover
    from casusprep.settings import handover_passphrase_from_env

    given = handover_passphrase_from_env()
    attempts = 1 if given is not None or not sys.stdin.isatty() else 3
    for attempt in range(attempts):
        passphrase = given if given is not None else _ask_handover_passphrase(CLI.HANDOVER_PASSPHRASE)
        print(CLI.HANDOVER_BUSY, file=sys.stderr)
        try:
            return handover.unseal(data, passphrase)
        except handover.WrongHandoverPassphrase as exc:
            if attempt == attempts - 1:
                raise CliError(str(exc)) from None
            print(str(exc), file=sys.stderr)
        except handover.HandoverError as exc:
            raise CliError(str(exc)) from None
    raise CliError(HANDOVER.WRONG_PASSPHRASE)


def _import_handover(args: argparse.Namespace, data: bytes) -> int:
    """``case import`` of a handover file: opened before the store is, then a new case or an update."""
    from casusprep import handover
    from casusprep.store import StoreError

    opened = _open_handover(data)
    role = _role(args.rol, CLI.HANDOVER_CHOOSE_ROLE_FROM)
    store = open_store(create=True)
    try:
        plan = handover.plan_import(store, opened)
        replace = args.vervangen
        if plan.kind == "conflict" and not replace:
            print(plan.reason, file=sys.stderr)
            if not sys.stdin.isatty():
                raise CliError(CLI.HANDOVER_REFUSED)
            try:
                answer = input(CLI.HANDOVER_ASK_REPLACE)
            except EOFError:
                answer = ""
            if answer.strip().lower() != "ja":
                raise CliError(CLI.HANDOVER_NOTHING_IMPORTED)
            replace = True
        result = handover.import_handover(store, opened, role, replace=replace)
    except (handover.HandoverError, StoreError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(result.message, file=sys.stderr)
    print(result.case_id)
    return 0


def _restore_case(case_id: str, backup: str | None) -> int:
    """Put back one case from a backup (the newest in which it is intact, unless one is named)."""
    from casusprep.store import Store, StoreError

    candidates = [Path(backup)] if backup else [b.path for b in Store.list_backups()]
    if not candidates:
        raise CliError(CLI.RESTORE_CASE_NO_BACKUPS)
    store = open_store(create=False)
    try:
        problem = ""
        for candidate in candidates:
            try:
                store.restore_case(case_id, candidate)
            except StoreError as exc:
                problem = str(exc)
                continue
            print(CLI.RESTORE_CASE_DONE.format(case_id=case_id, backup=candidate.name))
            return 0
    finally:
        store.close()
    if backup is None:
        problem = CLI.RESTORE_CASE_NOWHERE
    raise CliError(problem)
