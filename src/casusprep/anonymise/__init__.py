"""The one anonymisation interface used by the app, the documents and the command line.

Import from here: :func:`anonymise_case`, :func:`anonymise_text` and the result types. The
implementation behind it may change (rules, Presidio, the project's spaCy model); callers don't.
"""

from casusprep.anonymise.api import (
    AnonymisedCase,
    AnonymisedText,
    anonymise_case,
    anonymise_text,
    anonymise_texts,
    warm_up,
)
from casusprep.anonymise.detection import Detection

__all__ = [
    "AnonymisedCase",
    "AnonymisedText",
    "Detection",
    "anonymise_case",
    "anonymise_text",
    "anonymise_texts",
    "warm_up",
]
