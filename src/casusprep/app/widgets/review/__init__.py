"""The review of the anonymisation: what was found, what the coach keeps or removes, and jumping to a field.

Nothing here imports the NLP at import time; :func:`review_case` does, and runs in a thread worker.
"""

from casusprep.app.widgets.review.jump import jump_to_field, step_of
from casusprep.app.widgets.review.model import (
    CaseReview,
    FieldReview,
    Found,
    Mention,
    add_extra,
    remove_extra,
    review_case,
    toggle,
)

__all__ = [
    "CaseReview",
    "FieldReview",
    "Found",
    "Mention",
    "add_extra",
    "jump_to_field",
    "remove_extra",
    "review_case",
    "step_of",
    "toggle",
]
