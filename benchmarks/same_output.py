"""Whether a change to the engine left its output as it was: digests of every anonymised note, saved or compared.

    python benchmarks/same_output.py --save BEFORE.json     # on the old code
    python benchmarks/same_output.py --compare BEFORE.json  # on the new code: prints what differs, exit 1 if any

Runs the shared dev notes and the committed seen sets (benchmarks/blind/anon_set*.json) three ways: one text at a
time with the notes' registered persons, one at a time without them, and in batch mode (``anonymise_texts``, forked
helpers) with them. Per note it keeps a SHA-256 of the anonymised text and of the detections (offsets, type,
recognizer, replacement, kept): only digests go to disk, never a note's text. A speed change must leave every
digest the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from pathlib import Path

BENCH = Path("/work/shared/benchmark")
SETS = Path(__file__).resolve().parent / "blind"
_CLASS = re.compile(r"\[\[(PER|LOC|ORG|DATE|PHONE|EMAIL|ID|URL):(.+?)(?:\|[^\]|]*)?\]\]")


def _notes() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(set, id, plain text, [(name, role)]) of the dev notes and every seen set."""
    sys.path.insert(0, str(BENCH))
    import notes as notes_mod  # the benchmark's own loader: markup -> plain text

    files = [("dev", BENCH / "dev" / "notes_dev.json")] + [(p.stem, p) for p in sorted(SETS.glob("anon_set*.json"))]
    out = []
    for name, path in files:
        for note in json.loads(path.read_text(encoding="utf-8")):
            plain, _ = notes_mod.parse(_CLASS.sub(r"[[\1:\2]]", note["text"]))
            persons = [(p["name"], p.get("role", "")) for p in note["persons"]]
            out.append((name, str(note["id"]), plain, persons))
    return out


def _digest(done) -> str:
    parts = [done.text] + [
        f"{d.start}:{d.end}:{d.entity_type}:{d.recognizer}:{d.replacement}:{d.kept}"
        for d in (*done.detections, *done.kept)
    ]
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def run() -> dict[str, str]:
    from casusprep.anonymise import anonymise_text, anonymise_texts
    from casusprep.case import Person, Role

    roles = {r.value: r for r in Role}
    notes = _notes()

    def persons(roster: list[tuple[str, str]]) -> list[Person]:
        return [Person(name=n, role=roles.get(r, Role.OTHER)) for n, r in roster]

    out: dict[str, str] = {}
    for s, i, plain, roster in notes:
        out[f"{s}/{i}/roster"] = _digest(anonymise_text(plain, persons(roster)))
        out[f"{s}/{i}/no-roster"] = _digest(anonymise_text(plain, []))
    batch = anonymise_texts([(plain, persons(roster)) for _, _, plain, roster in notes])
    for (s, i, _, _), done in zip(notes, batch, strict=True):
        out[f"{s}/{i}/batch"] = _digest(done)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", help="write the digests to this file")
    group.add_argument("--compare", help="compare with the digests in this file")
    args = parser.parse_args()
    t0 = time.perf_counter()
    now = run()
    print(f"{len(now)} outputs in {time.perf_counter() - t0:.1f}s")
    if args.save:
        Path(args.save).write_text(json.dumps(now, indent=0, sort_keys=True), encoding="utf-8")
        return 0
    before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in differ:
        print("differs:", key)
    print(f"{len(differ)} of {len(before)} outputs differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
