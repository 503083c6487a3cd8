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
from casusprep.cli.io import visible
from casusprep.settings import passphrase_from_env

if TYPE_CHECKING:
    from pydantic import ValidationError

    from casusprep.case import Case
    from casusprep.store import Store

MAX_ERRORS_SHOWN = 15


def register(sub: argparse._SubParsersAction) -> None:
    case = sub.add_parser("case", help="casussen importeren, bekijken en verwijderen")
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTIE", required=True)

    p = case_sub.add_parser("import", help="een casus uit een JSON-bestand of een overdracht van een collega bewaren")
    p.add_argument(
        "file", metavar="BESTAND", help="een JSON-bestand of een overdrachtsbestand ('-' leest van standaardinvoer)"
    )
    p.add_argument("--rol", metavar="ROL", help="bij een overdracht: van wie ze komt (een rol, geen naam)")
    p.add_argument(
        "--vervangen",
        action="store_true",
        help="bij een overdracht: ook vervangen wanneer de casus hier nieuwer is of na de laatste overdracht wijzigde",
    )
    p.set_defaults(func=cmd_import)

    p = case_sub.add_parser("handover", help="een volledige casus versleuteld overdragen aan een collega")
    p.add_argument("id", metavar="NUMMER")
    p.add_argument(
        "-o", "--output", metavar="BESTAND", help="het overdrachtsbestand (standaard overdracht-<willekeurig>.age)"
    )
    p.add_argument("--rol", metavar="ROL", help="aan wie ze gaat (een rol, geen naam)")
    p.set_defaults(func=cmd_handover)

    p = case_sub.add_parser("list", help="alle casussen tonen")
    p.set_defaults(func=cmd_list)

    p = case_sub.add_parser("show", help="één casus tonen")
    p.add_argument("id", metavar="NUMMER")
    p.add_argument("--json", action="store_true", help="de volledige casus als JSON tonen")
    p.set_defaults(func=cmd_show)

    p = case_sub.add_parser("delete", help="een casus definitief verwijderen (ook uit de reservekopieën)")
    p.add_argument("id", metavar="NUMMER")
    p.add_argument("--ja", dest="yes", action="store_true", help="niet om bevestiging vragen")
    p.set_defaults(func=cmd_delete)

    p = case_sub.add_parser("example", help="een volledig ingevulde voorbeeldcasus als JSON tonen")
    p.set_defaults(func=cmd_example)

    p = case_sub.add_parser("backups", help="de automatische reservekopieën tonen")
    p.set_defaults(func=cmd_backups)

    p = case_sub.add_parser("restore", help="een reservekopie terugzetten (bv. na een beschadigd bestand)")
    p.add_argument("backup", metavar="RESERVEKOPIE", nargs="?", help="bestandsnaam; zonder: de recentste")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("schema", help="het JSON-schema van een casus tonen")
    p.set_defaults(func=cmd_schema)


# ------------------------------------------------------------------ passphrase


def _ask(prompt: str) -> str:
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(
            "Geen wachtwoord ontvangen. Typ het in een terminal, of zet de omgevingsvariabele CASUSPREP_PASSPHRASE."
        ) from None


def open_store(*, create: bool) -> Store:
    """Unlock the store for one command: from the environment, or by asking (first use: set up)."""
    from casusprep.store import Store, StoreError

    try:
        passphrase = passphrase_from_env()
        if passphrase:
            if Store.exists():
                return unlock(lambda: passphrase)
            return Store.open_from_env()
        if not Store.exists():
            if not create:
                raise CliError("Er zijn nog geen casussen bewaard.")
            return _first_use()
        return unlock(lambda: _ask("Wachtwoord van casusprep: "), attempts=3)
    except StoreError as exc:
        raise CliError(str(exc)) from None


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
    raise CliError("Het wachtwoord klopt niet.")


def _first_use() -> Store:
    from casusprep.store import Store, passphrase_problems

    print(
        "Welkom bij casusprep. Je casussen worden versleuteld bewaard op deze computer.\n"
        "Kies een wachtwoord dat moeilijk te raden is, liefst een zin van een paar woorden. Zonder wachtwoord of "
        "herstelsleutel kan niemand ze nog lezen, ook jij niet.",
        file=sys.stderr,
    )
    first = _ask("Nieuw wachtwoord: ")
    problems = passphrase_problems(first)
    if problems:
        raise CliError(" ".join(problems) + " Er is niets bewaard.")
    if _ask("Typ het wachtwoord nog eens: ") != first:
        raise CliError("De twee wachtwoorden zijn niet gelijk. Er is niets bewaard.")
    store, recovery_key = Store.create(first)
    print(
        "\nJe herstelsleutel (je ziet hem maar één keer):\n\n"
        f"    {recovery_key}\n\n"
        "Schrijf hem op papier en bewaar hem op een veilige plaats, apart van deze computer. Ben je je wachtwoord\n"
        "kwijt, dan kan je met deze sleutel opnieuw aan je casussen.\n",
        file=sys.stderr,
    )
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
    from casusprep.labels import FIELD_LABELS

    nouns = {"signals": "Signaal", "persons": "Betrokkene", "actions": "Actie"}
    parts = path.split(".")
    name, _, index = parts[0].rstrip("]").partition("[")
    known = FIELD_LABELS.get(spec_of(path))
    if name in nouns and index.isdigit():
        item = f"{nouns[name]} {int(index) + 1}"
        return item if len(parts) == 1 else f"{item} - {known or parts[-1]}"
    if known:
        return known
    if index.isdigit() and name in FIELD_LABELS and len(parts) == 1:
        return f"{FIELD_LABELS[name]}, waarde {int(index) + 1}"
    return path


def _problem(error: dict[str, Any]) -> str:
    """Pydantic's error type in Dutch. The input value is never repeated."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "ontbreekt"
    if kind == "extra_forbidden":
        return "bevat een veld dat casusprep niet kent (schrijffout?)"
    if kind == "enum":
        expected = str(ctx.get("expected", "")).replace(" or ", " of ")
        return f"ongeldige waarde; kies uit {expected}"
    if kind.startswith("date") and not kind.startswith("datetime"):
        return "is geen geldige datum (schrijf JJJJ-MM-DD, bv. 2026-03-15)"
    if kind.startswith("datetime"):
        return "is geen geldig tijdstip (schrijf bv. 2026-03-15T14:30:00Z)"
    if kind.startswith("bool"):
        return "moet true of false zijn"
    if kind.startswith("int"):
        return "moet een geheel getal zijn"
    if kind == "less_than_equal":
        return f"mag niet groter zijn dan {ctx.get('le')}"
    if kind == "greater_than_equal":
        return f"mag niet kleiner zijn dan {ctx.get('ge')}"
    if kind == "string_too_short":
        return "mag niet leeg zijn"
    if kind == "string_too_long":
        return f"is te lang (maximaal {ctx.get('max_length')} tekens)"
    if kind == "string_type":
        return "moet tekst zijn (tussen aanhalingstekens)"
    if kind == "list_type":
        return "moet een lijst zijn ([...])"
    if kind in {"model_type", "dict_type", "model_attributes_type"}:
        return "moet een object zijn ({...})"
    if kind == "value_error":
        message = str(error.get("msg", ""))
        return message.removeprefix("Value error, ") or "ongeldige waarde"
    return "ongeldige waarde"


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
        name = _label_of(path) if path else "De casus"
        where = f"{name} ({path})" if path and name != path else name
        lines.append(f"- {where}: {problem}")
    if len(errors) > MAX_ERRORS_SHOWN:
        lines.append(f"- ... en nog {len(errors) - MAX_ERRORS_SHOWN} andere fout(en)")
    count = len(errors)
    head = f"De casus is niet geldig ({count} {'fout' if count == 1 else 'fouten'}); er is niets bewaard:"
    return "\n".join([head, *lines])


def parse_case(text: str) -> Case:
    """JSON text -> a validated Case, or CliError with a Dutch message naming the field."""
    from pydantic import ValidationError

    from casusprep.cli.io import load_json
    from casusprep.migrations import MigrationError, load_case

    try:
        data = load_json(text, "De casus")
    except CliError as exc:
        raise CliError(f"{exc} Er is niets bewaard.") from None
    if not isinstance(data, dict):
        raise CliError("Een casus moet een JSON-object zijn ({...}). Er is niets bewaard.")
    try:
        return load_case(data)
    except ValidationError as exc:
        raise CliError(describe_validation_error(exc)) from None
    except MigrationError as exc:
        raise CliError(f"{exc}. Er is niets bewaard.") from None
    except RecursionError:
        raise CliError("De casus is te diep genest om te lezen. Er is niets bewaard.") from None


def _read_input(name: str) -> str:
    """The JSON text of a case; the file name is never repeated (it could hold a name)."""
    from casusprep.cli.io import read_text

    return read_text(name, "Het bestand", limit=None)


# ----------------------------------------------------------------- commands


def cmd_import(args: argparse.Namespace) -> int:
    from casusprep.case import new_id
    from casusprep.cli.io import decode_text, read_bytes
    from casusprep.handover import looks_like_handover

    data = read_bytes(args.file, "Het bestand")
    if looks_like_handover(data):
        return _import_handover(args, data)
    case = parse_case(decode_text(data, "Het bestand"))  # validate before the store is even opened
    from casusprep.store import valid_case_id

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


def _date(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "-"


def _local(moment: Any) -> Any:
    """A stored time in the local time zone; at the calendar's edge (year 9999) as it is."""
    try:
        return moment.astimezone()
    except (OverflowError, ValueError, OSError):
        return moment


def cmd_list(args: argparse.Namespace) -> int:
    from casusprep.labels import label
    from casusprep.store import Store

    if not Store.exists() and not passphrase_from_env():
        print("Nog geen casussen.")
        return 0
    store = open_store(create=False)
    try:
        summaries = store.list()
    finally:
        store.close()
    if not summaries:
        print("Nog geen casussen.")
        return 0
    header = f"{'Nummer':<14}{'Status':<14}{'Gewijzigd':<12}{'Opvolging':<12}{'Open acties':<13}{'Verwijderen op':<16}"
    print(header + "Werktitel")
    for s in summaries:
        print(
            f"{s.id:<14}{label(s.status):<14}{_date(_local(s.updated_at)):<12}{_date(s.next_follow_up):<12}"
            f"{s.open_actions:<13}{_date(s.removal_on):<16}{visible(s.title or '(zonder titel)')}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from casusprep.labels import label
    from casusprep.store import StoreError

    store = open_store(create=False)
    try:
        case = store.load(args.id)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    if args.json:
        print(case.model_dump_json(indent=2))
        return 0
    rows = [
        ("Werktitel", case.title or "(zonder titel)"),
        ("Nummer", case.id),
        ("Status", label(case.status)),
        ("Soort opvang", label(case.setting)),
        ("Soort situatie", label(case.situation_kind)),
        ("Urgentie", label(case.urgency)),
        ("Betrokkenen", str(len(case.persons))),
        ("Signalen", str(len(case.signals))),
        ("Open acties", str(len(case.open_actions()))),
        ("Volgende opvolgdatum", _date(case.next_follow_up)),
        ("Vraag voor het overleg", case.question or "-"),
    ]
    width = max(len(k) for k, _ in rows) + 2
    for key, value in rows:
        print(f"{key + ':':<{width}}{visible(value)}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from casusprep.store import StoreError

    store = open_store(create=False)
    try:
        if not store.has_case(args.id):
            raise CliError("Er is geen casus met dat nummer. 'casusprep case list' toont de nummers.")
        if not args.yes and sys.stdin.isatty():
            answer = input(
                "De casus wordt definitief verwijderd, ook uit de reservekopieën. Typ 'ja' om door te gaan: "
            )
            if answer.strip().lower() != "ja":
                print("Niets verwijderd.")
                return 1
        store.delete(args.id)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print("De casus is verwijderd.")
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
        print("Nog geen reservekopieën.")
        return 0
    print(f"{'Genomen op (UTC)':<22}{'Grootte':>10}  Bestand")
    for b in backups:
        print(f"{b.taken_at.strftime('%d/%m/%Y %H:%M:%S'):<22}{b.size // 1024:>7} kB  {b.path.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from casusprep.store import Store, StoreError

    backups = Store.list_backups()
    if args.backup is None:
        if not backups:
            raise CliError("Er zijn geen reservekopieën om terug te zetten.")
        chosen: Path = backups[0].path
    else:
        chosen = Path(args.backup)
    passphrase = passphrase_from_env() or _ask("Wachtwoord van casusprep: ")
    try:
        store = Store.restore_backup(chosen, passphrase)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    count = len(store.list())
    store.close()
    print(f"Reservekopie teruggezet: {count} casus(sen) beschikbaar.")
    return 0


# ------------------------------------------------------------------ handover


def _handover_text(key: str) -> str:
    from casusprep.handover import text

    return text("opdrachtregel", key)


def _ask_handover_passphrase(prompt: str) -> str:
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CliError(_handover_text("geen_wachtwoord")) from None


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
        raise CliError(_handover_text("rol_nodig").format(rollen=", ".join(roles())))
    print(_handover_text(question), file=sys.stderr)
    for number, name in enumerate(table, 1):
        print(f"  {number}. {name}", file=sys.stderr)
    try:
        answer = input(_handover_text("keuze")).strip()
    except EOFError:
        answer = ""
    if not answer.isdigit() or not 1 <= int(answer) <= len(table):
        raise CliError(_handover_text("geen_keuze"))
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
            raise CliError(f"{problem} {handover.text('berichten', 'niets_geschreven')}")
        role = _role(args.rol, "kies_rol_aan")
        nothing = handover.text("berichten", "niets_geschreven")
        passphrase = handover_passphrase_from_env()
        asked = passphrase is None
        if passphrase is None:
            print(_handover_text("wachtwoord_uitleg"), file=sys.stderr)
            passphrase = _ask_handover_passphrase(_handover_text("wachtwoord"))
        problems = handover.passphrase_problems(case, passphrase, store)
        if problems:
            raise CliError(" ".join([*problems, nothing]))
        if asked and _ask_handover_passphrase(_handover_text("wachtwoord_opnieuw")) != passphrase:
            raise CliError(f"{_handover_text('niet_gelijk')} {nothing}")
        print(_handover_text("bezig"), file=sys.stderr)
        written = handover.write_handover(store, args.id, target, passphrase, role)
    except (handover.HandoverError, StoreError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(handover.text("berichten", "geschreven").format(bestand=written.name), file=sys.stderr)
    print(written)
    return 0


def _open_handover(data: bytes):
    """The handover opened with its passphrase: from the environment, or asked (three tries at a terminal)."""
    from casusprep import handover
    from casusprep.settings import handover_passphrase_from_env

    given = handover_passphrase_from_env()
    attempts = 1 if given is not None or not sys.stdin.isatty() else 3
    for attempt in range(attempts):
        passphrase = given if given is not None else _ask_handover_passphrase(_handover_text("wachtwoord"))
        print(_handover_text("bezig"), file=sys.stderr)
        try:
            return handover.unseal(data, passphrase)
        except handover.WrongHandoverPassphrase as exc:
            if attempt == attempts - 1:
                raise CliError(str(exc)) from None
            print(str(exc), file=sys.stderr)
        except handover.HandoverError as exc:
            raise CliError(str(exc)) from None
    raise CliError(handover.text("berichten", "fout_wachtwoord"))


def _import_handover(args: argparse.Namespace, data: bytes) -> int:
    """``case import`` of a handover file: opened before the store is, then a new case or an update."""
    from casusprep import handover
    from casusprep.store import StoreError

    opened = _open_handover(data)
    role = _role(args.rol, "kies_rol_van")
    store = open_store(create=True)
    try:
        plan = handover.plan_import(store, opened)
        replace = args.vervangen
        if plan.kind == "conflict" and not replace:
            print(plan.reason, file=sys.stderr)
            if not sys.stdin.isatty():
                raise CliError(_handover_text("geweigerd"))
            try:
                answer = input(_handover_text("vraag_vervangen"))
            except EOFError:
                answer = ""
            if answer.strip().lower() != "ja":
                raise CliError(_handover_text("niets_ingelezen"))
            replace = True
        result = handover.import_handover(store, opened, role, replace=replace)
    except (handover.HandoverError, StoreError) as exc:
        raise CliError(str(exc)) from None
    finally:
        store.close()
    print(result.message, file=sys.stderr)
    print(result.case_id)
    return 0
