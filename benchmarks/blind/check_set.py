"""Check a new blind set's form and print its counts per label and class, for the writer of the set.

    python benchmarks/blind/check_set.py NEW_SET.json

The writer works from ``WRITER.md`` (copied out of the repository for them: a writer must not read the code, the
word lists or earlier sets) and runs this copy until it reports no errors.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CLASSES = {
    "PER": {"registered", "unregistered", "initials", "lowercase", "nickname", "reader", "handle"},
    "LOC": {"municipality", "street"},
    "ORG": {"institution", "institution_no_type"},
    "DATE": {"date", "date_variant"},
    "PHONE": {"phone"},
    "EMAIL": {"email"},
    "ID": {"id"},
    "URL": {"url"},
}
ROLES = {
    "kind", "moeder", "vader", "plusouder", "broer", "zus", "grootouder", "begeleider", "verantwoordelijke",
    "leerkracht", "clb", "andere",
}  # fmt: skip
MARK = re.compile(r"\[\[([A-Z]+):([^\[\]]*?)\]\]")


def check(notes: list[dict]) -> tuple[list[str], Counter]:
    """The form errors of a set and its marks counted by (label, class)."""
    errors: list[str] = []
    counts: Counter = Counter()
    ids: set[str] = set()
    for note in notes:
        errors += [
            f"{note.get('id')}: missing {k}" for k in ("id", "style", "persons", "keep", "text") if k not in note
        ]
        if note.get("id") in ids:
            errors.append(f"duplicate id {note.get('id')}")
        ids.add(note.get("id"))
        errors += [
            f"{note['id']}: bad role {p.get('role')}" for p in note.get("persons", []) if p.get("role") not in ROLES
        ]
        text = note.get("text", "")
        for m in MARK.finditer(text):
            label, body = m.groups()
            surface, bar, cls = body.rpartition("|")
            if not bar or label not in CLASSES or cls not in CLASSES[label] or not surface.strip():
                errors.append(f"{note['id']}: bad mark {m.group(0)}")
            counts[(label, cls)] += 1
        rest = MARK.sub("", text)
        if "[[" in rest or "]]" in rest:
            errors.append(f"{note['id']}: unbalanced or nested mark")
        plain = MARK.sub(lambda m: m.group(2).rpartition("|")[0], text)
        errors += [f"{note['id']}: keep phrase not in text: {k!r}" for k in note.get("keep", []) if k not in plain]
    return errors, counts


def main() -> int:
    notes = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    errors, counts = check(notes)
    for error in errors:
        print("ERROR", error)
    print(len(notes), "notes", sum(counts.values()), "marks")
    for (label, cls), n in counts.most_common():
        print(f"  {label}:{cls} {n}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
