"""The review of the anonymisation: what was found and what the coach keeps or removes (the jump to a field
is the case screen's, :meth:`CaseScreen.jump_to_field`, so this package imports no step).

Nothing here imports the NLP at import time; :func:`review_case` does, and runs in a thread worker.
"""

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
    "remove_extra",
    "review_case",
    "toggle",
]
