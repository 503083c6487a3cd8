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
from pathlib import Path

from casusprep.cli import CliError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("anonymise", help="een tekst anonimiseren (namen, plaatsen, data, nummers)")
    p.add_argument("source", nargs="?", default="-", metavar="BESTAND|-", help="tekstbestand of - (invoer)")
    p.add_argument("--persons", metavar="PERSONEN.json", help='geregistreerde personen: [{"name": ..., "role": ...}]')
    p.add_argument("--format", choices=("text", "json"), default="text", help="uitvoer als tekst of als JSON")
    p.add_argument("--batch", metavar="IN.jsonl", help="veel teksten: één JSON-object per regel")
    p.add_argument("--no-model", action="store_true", help="zonder het spaCy-model (alleen regels en lijsten)")
    p.set_defaults(func=cmd_anonymise)


def _persons(raw: object) -> list:
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
        out.append(
            Person(
                name=str(item["name"]),
                role=roles.get(str(item.get("role", "")), Role.OTHER),
                pseudonym=str(item.get("pseudonym", "")),
            )
        )
    return out


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError("het bestand kan niet gelezen worden") from exc


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
        for n, line in enumerate(_read(args.batch).splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                items.append((item.get("id"), str(item["text"]), _persons(item.get("persons"))))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                raise CliError(f"regel {n} is geen geldig object met 'text'") from exc
        for start in range(0, len(items), 256):  # batches keep memory flat on large inputs
            chunk = items[start : start + 256]
            done = anonymise_texts([(text, persons) for _, text, persons in chunk], use_model=use_model)
            for (ident, _, _), result in zip(chunk, done, strict=True):
                out = {"id": ident, "text": result.text, "entities": _entities(result)}
                sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0
    persons = []
    if args.persons:
        try:
            persons = _persons(json.loads(_read(args.persons)))
        except json.JSONDecodeError as exc:
            raise CliError("het personenbestand is geen geldige JSON") from exc
    done = anonymise_text(_read(args.source), persons, use_model=use_model)
    if args.format == "json":
        sys.stdout.write(json.dumps({"text": done.text, "entities": _entities(done)}, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(done.text if done.text.endswith("\n") else done.text + "\n")
    return 0
