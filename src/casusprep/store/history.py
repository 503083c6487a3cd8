"""What changed between two versions of a case, field by field, for the case's revision history.

Why a diff of the stored JSON rather than hooks in the editor: every path that saves a case (the app's
autosave, ``case import --update``, an imported handover) goes through :meth:`Store.save`, so the
history is complete without each caller having to report its changes.

Items of a list that carry an ``id`` (signals, persons, actions) are matched by that id, not by their
place, so removing signal 1 does not show as every later signal being rewritten; the concrete path
(``signals[2].observation``) is the item's place at the time of the change.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from casusprep.case import FIELD_META, UNCLASSIFIED, spec_of

# Bookkeeping, not content: a change here is no revision of what the coach registered.
IGNORED = frozenset({"schema_version", "id", "created_at", "updated_at", "last_step"})


@dataclass
class Change:
    """One field changed: ``item`` is the id of the signal, person or action it belongs to ("" for none)."""

    key: str
    path: str
    item: str
    old: Any
    new: Any
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"key": self.key, "path": self.path, "item": self.item, "old": self.old, "new": self.new,
                "reason": self.reason}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        return cls(
            key=str(data["key"]),
            path=str(data["path"]),
            item=str(data["item"]),
            old=data["old"],
            new=data["new"],
            reason=str(data.get("reason", "")),
        )


@dataclass
class Revision:
    """One entry of a case's history: the case revision it led to, when, and what changed."""

    number: int
    case_revision: int
    at: str
    session: str
    note: str = ""
    changes: list[Change] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "case_revision": self.case_revision,
            "at": self.at,
            "session": self.session,
            "note": self.note,
            "changes": [c.as_json() for c in self.changes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Revision:
        return cls(
            number=int(data["number"]),
            case_revision=int(data["case_revision"]),
            at=str(data["at"]),
            session=str(data["session"]),
            note=str(data.get("note", "")),
            changes=[Change.from_json(c) for c in data["changes"]],
        )


def _items_with_ids(value: Any) -> bool:
    """A list matched by id: every item has one, and no two the same (a file can repeat an id; matching by
    it would then fold two items into one key and a change to one of them would go unseen, even unsaved)."""
    if not (isinstance(value, list) and value and all(isinstance(x, dict) and "id" in x for x in value)):
        return False
    ids = [str(x["id"]) for x in value]
    return len(set(ids)) == len(ids)


@functools.cache
def _containers() -> frozenset[str]:
    """The specs that hold fields of their own (``strengths``, ``signals[]``). Any other dict is one value:
    the keys of ``anonymisation.replacements`` are texts from the case, never a field path."""
    out: set[str] = set()
    for spec in (*FIELD_META, *UNCLASSIFIED):
        parts = spec.split(".")
        out.update(".".join(parts[:i]) for i in range(1, len(parts)))
    return frozenset(out)


def flatten(data: dict[str, Any] | None) -> dict[str, tuple[str, str, Any]]:
    """Every leaf of a case's JSON: stable key -> (concrete path, item id, value)."""
    out: dict[str, tuple[str, str, Any]] = {}

    def walk(value: Any, path: str, key: str, item: str) -> None:
        if isinstance(value, dict) and spec_of(path) in _containers():
            for name, sub in value.items():
                if name == "id" and item:
                    continue
                walk(sub, f"{path}.{name}", f"{key}.{name}", item)
        elif _items_with_ids(value):
            # A list inside an item (a signal's marks) belongs to that item: its history and its reasons.
            for index, sub in enumerate(value):
                walk(sub, f"{path}[{index}]", f"{key}#{sub['id']}", item or str(sub["id"]))
        elif isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            for index, sub in enumerate(value):
                walk(sub, f"{path}[{index}]", f"{key}[{index}]", item)
        else:
            out[key] = (path, item, value)

    for name, value in (data or {}).items():
        if name not in IGNORED:
            walk(value, name, name, "")
    return out


def is_empty(value: Any) -> bool:
    """An absent field and an empty one are the same to a reader: no revision between them."""
    return value is None or value == "" or value == [] or value is False


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> list[Change]:
    """The changes from ``old`` (None: a new case) to ``new``, in the order of the new case."""
    before, after = flatten(old), flatten(new)
    changes = []
    for key in [*after, *(k for k in before if k not in after)]:
        old_value = before[key][2] if key in before else None
        new_value = after[key][2] if key in after else None
        if old_value == new_value or (is_empty(old_value) and is_empty(new_value)):
            continue
        path, item, _ = after[key] if key in after else before[key]
        changes.append(Change(key, path, item, old_value, new_value))
    return changes


def merge(earlier: list[Change], later: list[Change]) -> list[Change]:
    """Fold the changes of a later save into the same session's entry: the old value stays the one from
    before the session, the new value and path follow the latest save, and a field typed back to what it
    was drops out."""
    by_key = {c.key: c for c in earlier}
    for change in later:
        if change.key in by_key:
            kept = by_key[change.key]
            kept.new, kept.path = change.new, change.path
            kept.reason = change.reason or kept.reason
        else:
            by_key[change.key] = change
    return [c for c in by_key.values() if not (c.old == c.new or (is_empty(c.old) and is_empty(c.new)))]


def apply_reasons(changes: list[Change], reasons: dict[str, str]) -> None:
    """Give each change of an item the reason the coach gave for correcting that item."""
    for change in changes:
        if change.item in reasons and reasons[change.item]:
            change.reason = reasons[change.item]
