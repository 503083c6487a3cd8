"""The meldplicht draft is written by hand (procedures/advice.py), so its fields are tied to the model's
metadata here: changing a field changes the draft exactly when the field's metadata names the draft
(``Use.MELDPLICHT``). A field the draft starts to use without saying so, or one it claims and no longer
shows, fails this test. A registered name (``persons[].name``, not named) never changes it."""

from __future__ import annotations

import datetime as dt
import types
import typing
from enum import StrEnum
from typing import Any

import pytest

from casusprep.case import FIELD_META, Case, Use, get_path, set_path
from casusprep.example import example_case
from casusprep.procedures import meldplicht_draft

# Lists of items: their own fields are checked one by one.
_CONTAINERS = {spec for spec in FIELD_META if any(other.startswith(spec + "[].") for other in FIELD_META)}


def _annotation(spec: str) -> Any:
    model: Any = Case
    *parents, last = spec.split(".")
    for part in parents:
        annotation = model.model_fields[part.removesuffix("[]")].annotation
        model = typing.get_args(annotation)[0] if part.endswith("[]") else annotation
    return model.model_fields[last].annotation


def _other_values(annotation: Any, current: Any) -> list[Any]:
    """Values different from ``current`` that the field accepts, most telling first."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return [v for a in args for v in _other_values(a, current)] + ([None] if current is not None else [])
    if typing.get_origin(annotation) is list:
        (item,) = args
        if isinstance(item, type) and issubclass(item, StrEnum):
            return [[m for m in item if m not in current][:1] or []]
        return []
    if annotation is str:
        return [f"{current} veldmerk"]
    if annotation is bool:
        return [not current]
    if annotation is dt.date:
        return [(current or dt.date(2026, 10, 1)) + dt.timedelta(days=40)]
    if annotation is int:
        return [((current or 0) + 3) % 10]
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return [m for m in annotation if m != current]
    return []


def _case(spec: str) -> Case:
    case = example_case()
    if spec == "situation_kind":
        case.gog_direction = None  # only a GOG case has a direction: without it every kind can be chosen
    return case


def _first_path(case: Case, spec: str) -> str:
    """``spec`` in the first item that exists (a signal's marks are in the example's second signal)."""
    import itertools

    holes = spec.count("[]")
    for indices in itertools.product(range(6), repeat=holes):
        path = spec
        for index in indices:
            path = path.replace("[]", f"[{index}]", 1)
        try:
            get_path(case, path)
        except (LookupError, ValueError, AttributeError):
            continue
        return path
    raise AssertionError(f"the example case has no item for {spec}")


def _changed(spec: str) -> bool | None:
    """Whether changing ``spec`` (in the first item of a list) changes the draft; None when it cannot be changed."""
    base = _case(spec)
    path = _first_path(base, spec)
    before = meldplicht_draft(base)
    for value in _other_values(_annotation(spec), get_path(base, path)):
        case = _case(spec)
        try:
            set_path(case, path, value)
        except ValueError:  # e.g. a situation kind that forbids the direction already chosen
            continue
        return meldplicht_draft(case) != before
    return None


@pytest.mark.parametrize(
    "spec",
    [
        s
        for s, m in FIELD_META.items()
        if not m.internal and s not in _CONTAINERS and not s.startswith("anonymisation.")
    ],
)
def test_the_draft_shows_a_field_exactly_when_its_metadata_says_so(spec: str) -> None:
    changed = _changed(spec)
    if changed is None:
        pytest.skip(f"{spec}: no other value to try")
    assert changed is (Use.MELDPLICHT in FIELD_META[spec].docs), spec
