"""The steps of the guided flow, each a scrollable form over the same Case object, one module per step.

Plain fields are bound widgets (see :mod:`..fields`): the case screen writes them into the case and
autosaves. List edits (persons, signals) change the case in the step and post :class:`CaseEdited`.
"""

from casusprep.app.flow import steps
from casusprep.app.widgets.steps.anonymise import AnonymiseStep
from casusprep.app.widgets.steps.base import CaseEdited, Exported, Step
from casusprep.app.widgets.steps.documents import DocumentsStep
from casusprep.app.widgets.steps.overview import OverviewStep
from casusprep.app.widgets.steps.parents import ParentsStep
from casusprep.app.widgets.steps.persons import PersonsStep
from casusprep.app.widgets.steps.signals import SignalsStep, signal_title
from casusprep.app.widgets.steps.situation import SituationStep
from casusprep.app.widgets.steps.strengths import StrengthsStep

_BY_KEY: dict[str, type[Step]] = {
    cls.key: cls
    for cls in (
        SituationStep,
        PersonsStep,
        SignalsStep,
        StrengthsStep,
        ParentsStep,
        OverviewStep,
        AnonymiseStep,
        DocumentsStep,
    )
}


def step_class(index: int) -> type[Step]:
    """The widget of the step at ``index`` in the registry (casusprep.app.flow)."""
    return _BY_KEY[steps()[index].key]


def step_classes() -> dict[str, type[Step]]:
    return dict(_BY_KEY)


__all__ = [
    "AnonymiseStep",
    "CaseEdited",
    "DocumentsStep",
    "Exported",
    "OverviewStep",
    "ParentsStep",
    "PersonsStep",
    "SignalsStep",
    "SituationStep",
    "Step",
    "StrengthsStep",
    "signal_title",
    "step_class",
    "step_classes",
]
