"""Everything of a case in date order: signals, conversations with the parents, consultations, reports,
actions and the next follow-up, one item each.

Why: the recording guidance asks to "alles op een rijtje zetten"; a gap of weeks between signals, or a
series of similar ones, shows only when they stand in one list with what was done in between. The
VK-consult and the kindbespreking show it as a table near the top; the app shows the same list on its own
screen. Each item names the field it comes from (``path``), the field a screen opens for it (``open_path``)
and the app step that edits it. Which action is a consultation or a report, which signals form a series and
from how many days a gap counts is data (``procedures/data/chronologie.toml``), not code.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from pathlib import Path

from casusprep.case import Action, Case, CaseStep, Signal
from casusprep.labels import label

DATA_FILE = Path(__file__).resolve().parent / "procedures" / "data" / "chronologie.toml"
_SHORT = 120  # characters of the short text; a screen or a table cell shortens it further
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


class ChronologyKind(StrEnum):
    """The kinds of item; the Dutch words the reader sees are their labels in ``data/labels.toml``."""

    SIGNAL = "signal"
    PARENTS = "parents"
    CONSULTATION = "consultation"
    REPORT = "report"
    ACTION = "action"
    FOLLOW_UP = "follow_up"


# What an action can be besides a plain action; the data file's keys under [action_kind].
ACTION_KINDS = {"melding": ChronologyKind.REPORT, "overleg": ChronologyKind.CONSULTATION}
_ORDER = {kind: n for n, kind in enumerate(ChronologyKind)}  # on the same day: what happened, then what followed


@dataclass(frozen=True, slots=True)
class ChronologyItem:
    """One line: its date (None: not filled in), kind, the case field it comes from and, for signals and
    actions, the item's id (stable when the anonymised copy reorders the lists).

    ``text`` is a short line of what it is; ``by`` the role of who registered it (the case's "Wie vraagt
    advies?": the one who keeps the case in casusprep) and ``told_by`` the role of who told a hearsay
    signal. ``gap_days`` is set on a signal that comes a long time (the data file's ``gap_days``) after the
    previous dated signal; ``series`` names the theme a signal shares with other signals, ``series_no`` its
    place in that series and ``series_len`` how many there are.
    """

    date: dt.date | None
    kind: ChronologyKind
    path: str
    step: CaseStep
    ref: str = ""
    done: bool | None = None
    text: str = ""
    by: str = ""
    told_by: str = ""
    open_path: str = ""
    gap_days: int | None = None
    series: str = ""
    series_no: int = 0
    series_len: int = 0


@dataclass(frozen=True)
class _Rules:
    gap_days: int
    action_kinds: tuple[tuple[ChronologyKind, re.Pattern[str]], ...]
    themes: tuple[tuple[str, re.Pattern[str]], ...]
    parents_text: str
    follow_up_text: str


def _words(words: list[str]) -> re.Pattern[str]:
    """One pattern for a list of words, each matched at the start of a word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w.strip().lower()) for w in words) + ")", re.IGNORECASE)


@cache
def rules() -> _Rules:
    with DATA_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    kinds = data["action_kind"]
    if set(kinds) != set(ACTION_KINDS):
        raise ValueError(f"{DATA_FILE.name}: [action_kind] must name exactly {', '.join(sorted(ACTION_KINDS))}")
    return _Rules(
        gap_days=int(data["gap_days"]),
        action_kinds=tuple((ACTION_KINDS[key], _words(kinds[key])) for key in ACTION_KINDS),
        themes=tuple((str(name), _words(words)) for name, words in data["theme"].items()),
        parents_text=str(data["text"]["parents"]),
        follow_up_text=str(data["text"]["follow_up"]),
    )


def short_text(value: str, limit: int = _SHORT) -> str:
    """The first sentence of a text on one line, shortened at a word."""
    cleaned = " ".join(value.split())
    sentence = _SENTENCE_END.split(cleaned, maxsplit=1)[0] if cleaned else ""
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return sentence


def action_kind(action: Action) -> ChronologyKind:
    """A report (melding aan Opgroeien), a consultation (VK, CLB, school) or a plain action, by its wording."""
    for kind, pattern in rules().action_kinds:
        if pattern.search(action.description):
            return kind
    return ChronologyKind.ACTION


def signal_themes(signal: Signal) -> list[str]:
    """The themes (data file order) whose words occur in what was seen and its situation."""
    text = f"{signal.observation}\n{signal.situation}"
    return [name for name, pattern in rules().themes if pattern.search(text)]


def chronology(case: Case) -> list[ChronologyItem]:
    """The case's dated items by date (stable: the order entered on the same day and kind); undated
    signals and actions come last, in the order entered, so nothing registered is left out."""
    r = rules()
    by = label(case.asker, "") if case.asker else ""
    items: list[ChronologyItem] = []
    for i, s in enumerate(case.signals):
        teller = case.person(s.told_by) if s.told_by else None
        items.append(
            ChronologyItem(
                s.date,
                ChronologyKind.SIGNAL,
                f"signals[{i}]",
                CaseStep.SIGNALS,
                s.id,
                text=short_text(s.observation) or short_text(s.situation),
                by=by,
                told_by=label(teller.role) if teller else "",
                open_path=f"signals[{i}].observation",
            )
        )
    if case.parents.spoken_to_on is not None:
        items.append(
            ChronologyItem(
                case.parents.spoken_to_on,
                ChronologyKind.PARENTS,
                "parents.spoken_to_on",
                CaseStep.PARENTS,
                text=r.parents_text,
                by=by,
                open_path="parents.spoken_to_on",
            )
        )
    for i, a in enumerate(case.actions):
        items.append(
            ChronologyItem(
                a.due,
                action_kind(a),
                f"actions[{i}]",
                CaseStep.QUESTION_OVERVIEW,
                a.id,
                a.done,
                text=short_text(a.description),
                by=by,
                open_path=f"actions[{i}].description",
            )
        )
    if case.next_follow_up is not None:
        items.append(
            ChronologyItem(
                case.next_follow_up,
                ChronologyKind.FOLLOW_UP,
                "next_follow_up",
                CaseStep.QUESTION_OVERVIEW,
                text=r.follow_up_text,
                by=by,
                open_path="next_follow_up",
            )
        )
    dated = sorted((it for it in items if it.date), key=lambda it: (it.date, _ORDER[it.kind]))
    ordered = dated + [it for it in items if not it.date]
    return _mark_series(_mark_gaps(ordered, r.gap_days), case)


def _mark_gaps(items: list[ChronologyItem], gap_days: int) -> list[ChronologyItem]:
    """Set ``gap_days`` on each dated signal that comes ``gap_days`` or more after the previous one."""
    out, previous = [], None
    for it in items:
        if it.kind is ChronologyKind.SIGNAL and it.date is not None:
            if previous is not None and (it.date - previous).days >= gap_days:
                it = replace(it, gap_days=(it.date - previous).days)
            previous = it.date
        out.append(it)
    return out


def _mark_series(items: list[ChronologyItem], case: Case) -> list[ChronologyItem]:
    """Mark the signals that share a theme with at least one other signal, numbered in chronology order."""
    signals = {s.id: s for s in case.signals}
    themes = {it.ref: signal_themes(signals[it.ref]) for it in items if it.kind is ChronologyKind.SIGNAL}
    counts: dict[str, int] = {}
    for found in themes.values():
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    seen: dict[str, int] = {}
    out = []
    for it in items:
        shared = [t for t in themes.get(it.ref, []) if counts[t] > 1] if it.kind is ChronologyKind.SIGNAL else []
        name = shared[0] if shared else ""
        if name:
            seen[name] = seen.get(name, 0) + 1
            it = replace(it, series=name, series_no=seen[name], series_len=counts[name])
        out.append(it)
    return out
