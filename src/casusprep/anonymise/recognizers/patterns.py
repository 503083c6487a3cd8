"""Pattern recognizers as Presidio means them: a ``PatternRecognizer`` per kind of number or address, with
``validate_result`` for the checks a maintained library knows (IBAN and rijksregisternummer checksums through
python-stdnum, phone numbers through phonenumbers) and ``invalidate_result`` for what looks alike but is not.

Entity types are namespaced by recognizer (``phone/PHONE``): Presidio's duplicate removal then never lets one
recognizer's span swallow another's; the engine's own overlap rules decide (with priorities).
"""

from __future__ import annotations

from collections.abc import Callable

import regex as regex_engine  # the engine Presidio compiles patterns with

from casusprep.anonymise.detection import Detection
from casusprep.nlp.spacy_import import import_spacy

import_spacy()  # before Presidio imports spaCy: leaves out spaCy's command line (see that module)

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult  # noqa: E402
from presidio_analyzer.nlp_engine import NlpArtifacts  # noqa: E402

Check = Callable[[str], bool | None]


class CheckedPattern(PatternRecognizer):
    """One regular expression for one entity type, with an optional check and a fixed replacement.

    ``validate``: True raises the score to 1.0, False drops the match, None keeps the pattern's score.
    ``invalidate``: True drops the match. The expressions carry their own flags (no global IGNORECASE).
    ``trigger``: an expression every match needs near it (a piece of the pattern's own: the @ of an e-mail address, the
    label word before a dossier number); a text without it is not scanned. The costly patterns try a long
    look-behind or a run of up to 64 letters at every word of a note, while most notes hold no e-mail address,
    no web address and no dossier number, and a search for the trigger costs a fraction of that. A test checks
    that every match of every pattern in the tests' invented texts has its trigger around it.
    """

    def __init__(
        self,
        name: str,
        entity: str,
        regex: str,
        score: float,
        replacement: str,
        *,
        validate: Check | None = None,
        invalidate: Check | None = None,
        context: list[str] | None = None,
        score_threshold: float | None = None,
        trigger: str | None = None,
    ):
        self.entity = entity
        self.name: str = name
        self.replacement = replacement
        self._validate = validate
        self._invalidate = invalidate
        # Compiled as Presidio compiles the pattern (the regex module, no global flags): the same letters match.
        self.trigger = regex_engine.compile(trigger) if trigger else None
        super().__init__(
            supported_entity=f"{name}/{entity}",
            name=name,
            supported_language="nl",
            patterns=[Pattern(name=name, regex=regex, score=score)],
            context=list(context or []),
            global_regex_flags=0,
        )
        if score_threshold is not None:
            self.score_thresholds = {"default": score_threshold}

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        if self.trigger is not None and self.trigger.search(text) is None:
            return []  # no match can be without its trigger
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str) -> bool | None:
        return self._validate(pattern_text) if self._validate else None

    def invalidate_result(self, pattern_text: str) -> bool | None:
        return self._invalidate(pattern_text) if self._invalidate else None

    def detection(self, result: RecognizerResult) -> Detection:
        return Detection(result.start, result.end, self.entity, result.score, self.name, replacement=self.replacement)

    def find(self, text: str) -> list[Detection]:
        """This recognizer alone on ``text`` (no context step): what the tests and the tools use."""
        results = self.analyze(text, self.supported_entities)
        return sorted((self.detection(r) for r in results), key=lambda d: (d.start, d.end))
