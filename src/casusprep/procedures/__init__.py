"""The Flemish procedures as data: meldplicht to Opgroeien, information sharing, nazorg and evaluation.

Public API::

    from casusprep.procedures import (
        meldplicht_for, meldplicht_draft, sharing_advice, Requester, Decision,
        share_with_care, share_with_care_unmet, crisis_now, nazorg, evaluation_questions,
    )

The texts live in ``data/meldplicht.toml``, ``data/informatiedeling.toml`` and ``data/nazorg.toml``.
"""

from casusprep.procedures.advice import (
    MeldplichtAdvice,
    SharingAdvice,
    crisis_examples,
    crisis_now,
    evaluation_questions,
    meldplicht_draft,
    meldplicht_for,
    nazorg,
    nazorg_for,
    opgroeipunt_emergency_line_open,
    other_reportable_events,
    requester_labels,
    share_with_care,
    share_with_care_missing,
    share_with_care_unmet,
    sharing_advice,
)
from casusprep.procedures.data_models import (
    Decision,
    NazorgSection,
    Requester,
    meldplicht_data,
    nazorg_data,
    sharing_data,
)

__all__ = [
    "Decision",
    "MeldplichtAdvice",
    "NazorgSection",
    "Requester",
    "SharingAdvice",
    "crisis_examples",
    "crisis_now",
    "evaluation_questions",
    "meldplicht_data",
    "meldplicht_draft",
    "meldplicht_for",
    "nazorg",
    "nazorg_data",
    "nazorg_for",
    "opgroeipunt_emergency_line_open",
    "other_reportable_events",
    "requester_labels",
    "share_with_care",
    "share_with_care_missing",
    "share_with_care_unmet",
    "sharing_advice",
    "sharing_data",
]
