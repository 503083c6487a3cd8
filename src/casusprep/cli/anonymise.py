"""``casusprep anonymise [BESTAND|-] [--persons PERSONEN.json] [--format text|json]`` and
``casusprep anonymise --batch IN.jsonl``.

Why a command: scripting, benchmarks and checks run the same engine as the app. Batch mode reads
lines {"id", "text", "persons"?} and writes {"id", "text", "entities"} per line in one process, so
the engine loads once. Nothing is written to disk; messages never repeat the text.
"""

from __future__ import annotations

import argparse
import json
import sys

from casusprep.cli import CliError
from casusprep.cli.io import MAX_INPUT_CHARS, load_json, read_text, visible
from casusprep.cli.texts import CLI


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("anonymise", help=CLI.HELP_ANONYMISE)
    p.add_argument("source", nargs="?", default="-", metavar=CLI.METAVAR_FILE_OR_STDIN, help=CLI.HELP_TEXT_SOURCE)
    p.add_argument("--persons", metavar=CLI.METAVAR_PERSONS, help=CLI.HELP_PERSONS)
    p.add_argument("--format", choices=("text", "json"), default="text", help=CLI.HELP_FORMAT)
    p.add_argument("--batch", metavar="IN.jsonl", help=CLI.HELP_BATCH)
    p.add_argument("--no-model", action="store_true", help=CLI.HELP_NO_MODEL)
    p.set_defaults(func=cmd_anonymise)


def _persons(raw: object) -> list:
    from pydantic import ValidationError

    from casusprep.case import Person

    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CliError(CLI.PERSONS_NOT_A_LIST)
    out: list[Person] = []
    for item in raw:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            raise CliError(CLI.PERSON_WITHOUT_NAME)
        try:
            out.append(
                Person(
                    name=str(item["name"]),
                    role=_role(item.get("role"), len(out) + 1),
                    pseudonym=str(item.get("pseudonym", "")),
                )
            )
        except ValidationError as exc:
            # pydantic's own text quotes the refused value (a name): only field and rule are named.
            from casusprep.cli.case import _problem

            first = exc.errors(include_input=False, include_url=False)[0]
            loc = tuple(first.get("loc", ()))
            known = loc[:-1] if first.get("type") == "extra_forbidden" else loc  # an unknown key is typed input
            field = ".".join(str(p) for p in known) or CLI.PERSON
            problem = _problem(dict(first))
            raise CliError(CLI.PERSON_FIELD_PROBLEM.format(number=len(out) + 1, field=field, problem=problem)) from None
    return out


def _role(raw: object, number: int):
    """The role as written ('moeder', 'Moeder', 'CLB-medewerker'); none given is 'andere'. An unknown role is
    refused with the valid ones listed: taken as 'andere' it silently gave the person a vaguer pseudonym."""
    from casusprep.case import Role
    from casusprep.labels import label

    if raw is None or not str(raw).strip():
        return Role.OTHER
    known = {r.value.casefold(): r for r in Role} | {label(r).casefold(): r for r in Role}
    role = known.get(str(raw).strip().casefold())
    if role is None:  # the value itself is not repeated: it may be a name put in the wrong place
        roles = [f"'{r.value}'" for r in Role]
        choices = ", ".join(roles[:-1]) + CLI.INVALID_CHOICES_OR + roles[-1]
        raise CliError(CLI.PERSON_UNKNOWN_ROLE.format(number=number, roles=choices))
    return role


def _read(source: str, *, limit: int | None = MAX_INPUT_CHARS) -> str:
    return read_text(source, CLI.THE_TEXT if source == "-" else CLI.THE_FILE, limit=limit)


def _entities(done) -> list[dict]:
    return [
        {"start": d.start, "end": d.end, "type": d.entity_type, "score": round(d.score, 3),
         "recognizer": d.recognizer, "replacement": d.replacement}
        for d in done.detections
    ]  # fmt: skip


def cmd_anonymise(args: argparse.Namespace) -> int:
    from casusprep.anonymise import anonymise_text

    use_model = not args.no_model
    if args.batch:
        from casusprep.anonymise.api import anonymise_texts

        items = []
        for n, line in enumerate(_read(args.batch, limit=None).splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = load_json(line, CLI.LINE.format(number=n))
                text = str(item["text"])
                ident = item.get("id")
                if len(text) > MAX_INPUT_CHARS:
                    limit = f"{MAX_INPUT_CHARS:,}".replace(",", ".")
                    raise CliError(CLI.BATCH_LINE_TOO_LONG.format(number=n, limit=limit))
                try:
                    persons = _persons(item.get("persons"))
                except CliError as exc:
                    raise CliError(CLI.BATCH_LINE_PROBLEM.format(number=n, problem=exc)) from None
                items.append((ident, text, persons))
            except (KeyError, TypeError, AttributeError):
                raise CliError(CLI.BATCH_LINE_INVALID.format(number=n)) from None
        for start in range(0, len(items), 256):  # batches keep memory flat on large inputs
            chunk = items[start : start + 256]
            done = anonymise_texts([(text, persons) for _, text, persons in chunk], use_model=use_model)
            for (ident, _, _), result in zip(chunk, done, strict=True):
                out = {"id": ident, "text": result.text, "entities": _entities(result)}
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0
    persons = []
    if args.persons:
        persons = _persons(load_json(_read(args.persons, limit=None), CLI.THE_PERSONS_FILE))
    done = anonymise_text(_read(args.source), persons, use_model=use_model)
    if args.format == "json":
        sys.stdout.write(json.dumps({"text": done.text, "entities": _entities(done)}, ensure_ascii=False) + "\n")
    else:
        text = visible(done.text)  # control characters shown, never executed by the terminal
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
