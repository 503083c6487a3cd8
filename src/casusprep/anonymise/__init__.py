"""The one anonymisation interface used by the app, the documents and the command line.

Import from here: :func:`anonymise_case`, :func:`anonymise_text` and the result types. The
implementation behind it may change (rules, Presidio, the project's spaCy model); callers don't.

The engine (spaCy, Presidio) loads on first use of one of these names, not when the package is
imported: the app's screens import the review model from this package, and the first screen must stay
light (the NLP loads in a worker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from casusprep.anonymise.detection import Detection

if TYPE_CHECKING:
    from casusprep.anonymise.api import (
        AnonymisedCase,
        AnonymisedText,
        anonymise_case,
        anonymise_text,
        anonymise_texts,
        warm_up,
    )

_FROM_API = frozenset(
    {"AnonymisedCase", "AnonymisedText", "anonymise_case", "anonymise_text", "anonymise_texts", "warm_up"}
)


def __getattr__(name: str) -> Any:
    if name in _FROM_API:
        from casusprep.anonymise import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AnonymisedCase",
    "AnonymisedText",
    "Detection",
    "anonymise_case",
    "anonymise_text",
    "anonymise_texts",
    "warm_up",
]
