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


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("anonymise", help="een tekst anonimiseren (namen, plaatsen, data, nummers)")
    p.add_argument("source", nargs="?", default="-", metavar="BESTAND|-", help="tekstbestand of - (invoer)")
    p.add_argument("--persons", metavar="PERSONEN.json", help='geregistreerde personen: [{"name": ..., "role": ...}]')
    p.add_argument("--format", choices=("text", "json"), default="text", help="uitvoer als tekst of als JSON")
    p.add_argument("--batch", metavar="IN.jsonl", help="veel teksten: één JSON-object per regel")
    p.add_argument("--no-model", action="store_true", help="zonder het spaCy-model (alleen regels en lijsten)")
    p.set_defaults(func=cmd_anonymise)


def _persons(raw: object) -> list:
    from pydantic import ValidationError

    from casusprep.case import Person, Role

    if raw is None:
        return []
    if not isinstance(raw, list):
        raise CliError("de personen moeten een lijst zijn")
    roles = {r.value: r for r in Role}
    out = []
    for item in raw:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not str(item.get("name", "")).strip():
            raise CliError("elke persoon heeft een naam nodig")
        try:
            out.append(
                Person(
                    name=str(item["name"]),
                    role=roles.get(str(item.get("role", "")), Role.OTHER),
                    pseudonym=str(item.get("pseudonym", "")),
                )
            )
        except ValidationError as exc:
            # pydantic's own text quotes the refused value (a name): only field and rule are named.
            from casusprep.cli.case import _problem

            first = exc.errors(include_input=False, include_url=False)[0]
            loc = tuple(first.get("loc", ()))
            known = loc[:-1] if first.get("type") == "extra_forbidden" else loc  # an unknown key is typed input
            field = ".".join(str(p) for p in known) or "persoon"
            raise CliError(f"persoon {len(out) + 1}, veld '{field}': {_problem(dict(first))}") from None
    return out


def _read(source: str, *, limit: int | None = MAX_INPUT_CHARS) -> str:
    return read_text(source, "De tekst" if source == "-" else "Het bestand", limit=limit)


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
                item = load_json(line, f"Regel {n}")
                text = str(item["text"])
                ident = item.get("id")
                if len(text) > MAX_INPUT_CHARS:
                    raise CliError(f"regel {n}: de tekst is langer dan {MAX_INPUT_CHARS:,} tekens".replace(",", "."))
                items.append((ident, text, _persons(item.get("persons"))))
            except (KeyError, TypeError, AttributeError):
                raise CliError(f"regel {n} is geen geldig object met 'text'") from None
        for start in range(0, len(items), 256):  # batches keep memory flat on large inputs
            chunk = items[start : start + 256]
            done = anonymise_texts([(text, persons) for _, text, persons in chunk], use_model=use_model)
            for (ident, _, _), result in zip(chunk, done, strict=True):
                out = {"id": ident, "text": result.text, "entities": _entities(result)}
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0
    persons = []
    if args.persons:
        persons = _persons(load_json(_read(args.persons, limit=None), "Het personenbestand"))
    done = anonymise_text(_read(args.source), persons, use_model=use_model)
    if args.format == "json":
        sys.stdout.write(json.dumps({"text": done.text, "entities": _entities(done)}, ensure_ascii=False) + "\n")
    else:
        text = visible(done.text)  # control characters shown, never executed by the terminal
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
