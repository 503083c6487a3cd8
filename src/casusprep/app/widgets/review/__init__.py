"""The review of the anonymisation: what was found, what the coach keeps or removes, and jumping to a field.

Nothing here imports the NLP at import time; :func:`review_case` does, and runs in a thread worker.
"""

from casusprep.anonymise.review import (
    CaseReview,
    FieldReview,
    Mention,
    add_extra,
    remove_extra,
    review_case,
    toggle,
)
from casusprep.app.widgets.review.jump import jump_to_field, step_of

__all__ = [
    "CaseReview",
    "FieldReview",
    "Mention",
    "add_extra",
    "jump_to_field",
    "remove_extra",
    "review_case",
    "step_of",
    "toggle",
]
