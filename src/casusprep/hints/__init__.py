"""Objectivity hints: mark interpretations, judgements, diagnoses, generalisations and hearsay in observations.

Public API::

    from casusprep.hints import find_hints, Hint, HintKind, move_to_interpretation

    hints = find_hints(text)             # list[Hint], in text order, not overlapping
    obs, interp = move_to_interpretation(observation, interpretation, hints[0])
    observation_hints(case)              # {"signals[0].observation": [Hint, ...], ...}
    question_hints(question)             # list[QuestionHint]: leading yes/no questions in "Wat vroeg ik?"

The lexicon is data (``data/objectiviteit.toml``), readable and editable by a coach.
"""

from casusprep.hints.engine import (
    Hint,
    find_hints,
    heard_regions,
    move_to_interpretation,
    observation_hints,
    pipeline,
    sentence_bounds,
)
from casusprep.hints.lexicon import HintKind, load_lexicon
from casusprep.hints.questions import QuestionHint, question_hints

__all__ = [
    "Hint",
    "HintKind",
    "find_hints",
    "heard_regions",
    "load_lexicon",
    "move_to_interpretation",
    "observation_hints",
    "pipeline",
    "QuestionHint",
    "question_hints",
    "sentence_bounds",
]
