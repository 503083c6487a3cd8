"""The step registry of the guided flow.

Why one registry: the stepper, the step titles ("Stap 3/8"), the help, the command palette and the jump
from a field path to its step all derive from it, so a step is added, moved or renamed in one place. The
steps and their order are the case model's (:class:`casusprep.case.CaseStep`, and every field names the
step that edits it); ``procedures/data/steps.toml`` gives each step its title and help. This module
imports no widgets (the jump and the domain can use it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from casusprep.case import FIELD_META, CaseStep, spec_of

STEPS_FILE = Path(__file__).resolve().parent.parent / "procedures" / "data" / "steps.toml"


@dataclass(frozen=True)
class StepSpec:
    index: int
    key: str
    title: str
    help: str

    @property
    def number(self) -> int:
        return self.index + 1


@cache
def steps() -> tuple[StepSpec, ...]:
    with STEPS_FILE.open("rb") as fh:
        data = {str(s["key"]): s for s in tomllib.load(fh)["step"]}
    if set(data) != {s.value for s in CaseStep}:
        raise ValueError(f"{STEPS_FILE.name} must describe exactly the steps of casusprep.case.CaseStep")
    return tuple(
        StepSpec(i, step.value, str(data[step.value]["title"]), str(data[step.value]["help"]).strip())
        for i, step in enumerate(CaseStep)
    )


def step_count() -> int:
    return len(steps())


def last_index() -> int:
    return step_count() - 1


def index_of(key: str) -> int:
    return list(CaseStep).index(CaseStep(key))


def step_of(path: str) -> int | None:
    """The index of the step that edits the field at ``path`` (``signals[2].observation`` -> Signalen)."""
    spec = spec_of(path)
    meta = FIELD_META.get(spec)
    while meta is None and "." in spec:  # a group such as "sharing": the step of its first field
        spec = spec.rsplit(".", 1)[0]
        meta = FIELD_META.get(spec)
    if meta is None:
        meta = next((m for s, m in FIELD_META.items() if s.startswith(spec + ".") and m.step), None)
    if meta is None or meta.step is None:
        return None
    return index_of(meta.step.value)
