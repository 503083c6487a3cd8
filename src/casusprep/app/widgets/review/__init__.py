"""The review of the anonymisation in the app: what the engine found (casusprep.review) shown
highlighted, and the coach's decisions. The jump to a field is the case screen's
(:meth:`CaseScreen.jump_to_field`), so this package imports no step.

Nothing here imports the NLP at import time; :func:`review_case` does, and runs in a thread worker.
"""

from casusprep.review import (
    CaseReview,
    FieldReview,
    Mention,
    add_extra,
    remove_extra,
    review_case,
    toggle,
)

__all__ = [
    "CaseReview",
    "FieldReview",
    "Mention",
    "add_extra",
    "remove_extra",
    "review_case",
    "toggle",
]
