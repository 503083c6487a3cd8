"""Everything of a case in date order: signals, conversations with the parents, actions and the next
follow-up, one item each.

Why: the recording guidance asks to "alles op een rijtje zetten"; a gap of weeks between signals, or a
series of similar ones, shows only when they stand in one list with what was done in between. The
VK-consult and the kindbespreking show it as a table near the top; the app can show the same list.
Each item names the field it comes from (``path``) and the app step that edits it, so a screen can open
it there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from casusprep.case import Case, CaseStep


class ChronologyKind(StrEnum):
    """The kinds of item; the Dutch words the reader sees are their labels in ``data/labels.toml``."""

    SIGNAL = "signal"
    PARENTS = "parents"
    ACTION = "action"
    FOLLOW_UP = "follow_up"


_ORDER = {kind: n for n, kind in enumerate(ChronologyKind)}  # on the same day: what happened, then what followed


@dataclass(frozen=True, slots=True)
class ChronologyItem:
    """One line: its date (None: not filled in), kind, the case field it comes from and, for signals and
    actions, the item's id (stable when the anonymised copy reorders the lists)."""

    date: dt.date | None
    kind: ChronologyKind
    path: str
    step: CaseStep
    ref: str = ""
    done: bool | None = None


def chronology(case: Case) -> list[ChronologyItem]:
    """The case's dated items by date (stable: the order entered on the same day and kind); undated
    signals and actions come last, in the order entered, so nothing registered is left out."""
    items: list[ChronologyItem] = []
    for i, s in enumerate(case.signals):
        items.append(ChronologyItem(s.date, ChronologyKind.SIGNAL, f"signals[{i}]", CaseStep.SIGNALS, s.id))
    if case.parents.spoken_to_on is not None:
        items.append(
            ChronologyItem(case.parents.spoken_to_on, ChronologyKind.PARENTS, "parents.spoken_to_on", CaseStep.PARENTS)
        )
    for i, a in enumerate(case.actions):
        items.append(
            ChronologyItem(a.due, ChronologyKind.ACTION, f"actions[{i}]", CaseStep.QUESTION_OVERVIEW, a.id, a.done)
        )
    if case.next_follow_up is not None:
        items.append(
            ChronologyItem(case.next_follow_up, ChronologyKind.FOLLOW_UP, "next_follow_up", CaseStep.QUESTION_OVERVIEW)
        )
    dated = sorted((it for it in items if it.date), key=lambda it: (it.date, _ORDER[it.kind]))
    return dated + [it for it in items if not it.date]
