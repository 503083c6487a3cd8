"""The one detection model: what a recognizer found, how the engine resolved it, and what the review shows.

Recognizers create them (Presidio's ``RecognizerResult`` carries them through its ``AnalyzerEngine``),
the engine fills in the replacement and the text, and flags as ``kept`` what the coach chose to leave
in the text, so the review learns what was kept from the same single detection pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Detection:
    start: int
    end: int
    # PERSON, LOCATION, ADDRESS, ORGANIZATION, DATE, PHONE, EMAIL, URL, IBAN, RRN, PLATE, ID, EXTRA, INDIRECT
    entity_type: str
    score: float
    recognizer: str
    key: str = ""  # identity for consistent replacement (person id)
    replacement: str = ""  # fixed replacement when the recognizer knows it; the engine fills in the rest
    meta: dict = field(default_factory=dict)
    text: str = ""  # the detected text as written (set by the engine)
    kept: bool = False  # the coach chose to keep it ("laten staan"): the text is not replaced
