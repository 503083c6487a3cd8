"""The step registry of the guided flow, read from ``procedures/data/steps.toml``.

Why one registry: the stepper, the step titles ("Stap 3/8"), the help, the command palette and the jump
from a field path to its step all derive the order and the names from this one list, so a step is added,
moved or renamed in one place. This module imports no widgets (the jump and the domain can use it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

STEPS_FILE = Path(__file__).resolve().parent.parent / "procedures" / "data" / "steps.toml"


@dataclass(frozen=True)
class StepSpec:
    index: int
    key: str
    title: str
    help: str
    edits: tuple[str, ...]

    @property
    def number(self) -> int:
        return self.index + 1


@cache
def steps() -> tuple[StepSpec, ...]:
    with STEPS_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    return tuple(
        StepSpec(i, str(s["key"]), str(s["title"]), str(s["help"]).strip(), tuple(s.get("edits", ())))
        for i, s in enumerate(data["step"])
    )


def step_count() -> int:
    return len(steps())


def index_of(key: str) -> int:
    for spec in steps():
        if spec.key == key:
            return spec.index
    raise KeyError(key)


def step_of(path: str) -> int | None:
    """The index of the step that edits the field at ``path`` (``signals[2].observation`` -> Signalen)."""
    head = path.split(".")[0].split("[")[0]
    for spec in steps():
        if head in spec.edits:
            return spec.index
    return None


def last_index() -> int:
    return step_count() - 1
