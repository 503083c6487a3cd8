"""Score the anonymiser of a source tree on the blind note sets, overall and per failure class.

    python benchmarks/blind/score_anon.py --notes benchmarks/blind/anon_set1.json [--tree .] [--no-roster]
        [--leaks] [--out OUT.jsonl]

``--leaks`` lists each leaked mention (note, class, label, text) and each lost keep phrase, to read for classes of
failure; ``--out`` keeps the engine's output to compare two trees token by token.

The notes use the benchmark's markup with a class after a bar inside each mark (``[[PER:JT|initials]]``);
the class is stripped before scoring with ../shared/benchmark/score.py. Measuring only: these sets were
written by writers who had not seen the rules, and tuning to them would make them worthless.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

BENCH = next(
    (up / "shared" / "benchmark" for up in Path(__file__).resolve().parents if (up / "shared" / "benchmark").is_dir()),
    Path(__file__).resolve().parents[3] / "shared" / "benchmark",
)
MARK = re.compile(r"\[\[(PER|LOC|ORG|DATE|PHONE|EMAIL|ID|URL):(.+?)\]\]")
RUNNER = """
import json, sys
from casusprep.anonymise import anonymise_text
from casusprep.case import Person, Role
roles = {r.value: r for r in Role}
args = json.loads(sys.argv[1])
with open(args["out"], "w") as fh:
    for n in json.load(open(args["notes"])):
        persons = [] if args["no_roster"] else [
            Person(name=p["name"], role=roles.get(p.get("role", ""), Role.OTHER)) for p in n["persons"]]
        done = anonymise_text(n["plain"], persons, use_model=not args["no_model"])
        fh.write(json.dumps({"id": n["id"], "text": done.text}, ensure_ascii=False) + "\\n")
"""


def load_classed(path: str, notes_mod) -> list[dict]:
    out = []
    for note in json.loads(Path(path).read_text(encoding="utf-8")):
        classes: list[str] = []

        def strip(m: re.Match, classes: list[str] = classes) -> str:
            surface, bar, cls = m.group(2).rpartition("|")
            if not bar:
                surface, cls = m.group(2), "plain"
            classes.append(cls)
            return f"[[{m.group(1)}:{surface}]]"

        marked = MARK.sub(strip, note["text"])
        text, spans = notes_mod.parse(marked)
        out.append({**note, "text": marked, "plain": text, "spans": spans, "classes": classes})
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tree", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--notes", required=True)
    parser.add_argument("--no-roster", action="store_true")
    parser.add_argument("--no-model", action="store_true")
    parser.add_argument("--leaks", action="store_true", help="list each leaked mention with its class")
    parser.add_argument("--out", default="", help="keep the engine's output (JSONL) at this path")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    import notes as notes_mod
    import score as score_mod

    notes = load_classed(args.notes, notes_mod)
    tmp = Path(tempfile.mkdtemp())
    (tmp / "notes.json").write_text(json.dumps(notes, ensure_ascii=False), encoding="utf-8")
    out = Path(args.out) if args.out else tmp / "out.jsonl"
    params = {"notes": str(tmp / "notes.json"), "out": str(out), "no_roster": args.no_roster, "no_model": args.no_model}
    env = {**os.environ, "PYTHONPATH": str(Path(args.tree) / "src")}
    subprocess.run([sys.executable, "-c", RUNNER, json.dumps(params)], check=True, env=env)
    outputs = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        outputs[row["id"]] = row["text"]
    report = score_mod.score(notes, outputs)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    leaks: list[str] = []
    lost: list[str] = []
    for note in notes:
        results, *_, missing = score_mod.score_note(note, outputs[note["id"]])
        for (span, leaked), cls in zip(results, note["classes"], strict=True):
            per[cls][1] += 1
            per[cls][0] += 0 if leaked else 1
            if leaked:
                leaks.append(f"{note['id']}\t{cls}\t{span['label']}\t{span['text']}")
        lost += [f"{note['id']}\tkeep\t{k}" for k in missing]
    report["by_class"] = {k: f"{v[0]}/{v[1]}" for k, v in sorted(per.items())}
    if args.leaks:
        report["leaks"] = leaks
        report["lost_keep"] = lost
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
