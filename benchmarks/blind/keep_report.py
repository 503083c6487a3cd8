"""What the anonymiser takes away that should stay: lost keep phrases and over-redacted ordinary words, each with
the recognizer that took it, on the dev notes and the seen blind sets.

    python benchmarks/blind/keep_report.py [--no-roster] [--json OUT.json] NOTES.json [NOTES.json ...]

Prints per file the scores (leak_recall, preservation, keep) and then every lost keep phrase and every ordinary
word token that did not survive, with the recognizer and entity type of the detection that covered it. Measuring
only: the notes are read to find classes of failure, never copied anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = next(
    (up / "shared" / "benchmark" for up in HERE.parents if (up / "shared" / "benchmark").is_dir()),
    HERE.parents[2] / "shared" / "benchmark",
)


def _load(path: str, notes_mod):
    sys.path.insert(0, str(HERE))
    from score_anon import load_classed

    return load_classed(path, notes_mod)


def _covering(detections, start: int, end: int) -> str:
    hits = [d for d in detections if d.start < end and start < d.end]
    return ",".join(sorted({f"{d.recognizer}/{d.entity_type}" for d in hits})) or "?"


def report(path: str, no_roster: bool, no_model: bool) -> dict:
    sys.path.insert(0, str(BENCH))
    import notes as notes_mod
    import score as score_mod

    from casusprep.anonymise import anonymise_text
    from casusprep.case import Person, Role

    roles = {r.value: r for r in Role}
    notes = _load(path, notes_mod)
    outputs, lost_keep, lost_tokens = {}, [], []
    for note in notes:
        persons = (
            []
            if no_roster
            else [Person(name=p["name"], role=roles.get(p.get("role", ""), Role.OTHER)) for p in note["persons"]]
        )
        done = anonymise_text(note["plain"], persons, use_model=not no_model)
        outputs[note["id"]] = done.text
        plain = note["plain"]
        low_out = done.text.casefold()
        for k in note.get("keep", []):
            if k.casefold() in low_out:
                continue
            at = plain.casefold().find(k.casefold())
            by = _covering(done.detections, at, at + len(k)) if at >= 0 else "not-in-text"
            ctx = plain[max(0, at - 40) : at + len(k) + 40].replace("\n", " ") if at >= 0 else ""
            lost_keep.append({"id": note["id"], "keep": k, "by": by, "context": ctx})
        src = score_mod.tokens(plain)
        kept = score_mod.preserved_mask(src, score_mod.tokens(done.text))
        gold = [(s["start"], s["end"]) for s in note["spans"]]
        for i, (_tok, a, b) in enumerate(src):
            if kept[i] or any(a >= s and b <= e for s, e in gold):
                continue
            by = _covering(done.detections, a, b)
            lost_tokens.append(
                {
                    "id": note["id"],
                    "token": plain[a:b],
                    "by": by,
                    "context": plain[max(0, a - 30) : b + 30].replace("\n", " "),
                }
            )
    scores = score_mod.score(notes, outputs, verbose=True)
    leaks = scores.pop("leaks")
    scores.pop("lost_keep")
    return {"file": path, "scores": scores, "leaks": leaks, "lost_keep": lost_keep, "lost_tokens": lost_tokens}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("notes", nargs="+")
    parser.add_argument("--no-roster", action="store_true")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--json", default="")
    args = parser.parse_args()
    results = []
    for path in args.notes:
        r = report(path, args.no_roster, args.no_model)
        results.append(r)
        s = r["scores"]
        print(
            f"== {Path(path).name}: leak_recall {s['leak_recall']} ({s['leaked']} leaked) "
            f"preservation {s['preservation']} keep {s['keep']}",
            flush=True,
        )
        for k in r["lost_keep"]:
            print(f"  KEEP  {k['keep']!r:32} by {k['by']:40} | {k['context']}")
        for t in r["lost_tokens"]:
            print(f"  TOKEN {t['token']!r:32} by {t['by']:40} | {t['context']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
