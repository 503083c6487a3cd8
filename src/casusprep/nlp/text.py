"""The text the shared pipeline reads: same length and offsets, without the tokenizer's length pathology."""

from __future__ import annotations

import re

# A run of this many characters without a space or a letter is cut for the pipeline: spaCy's tokenizer strips
# punctuation one character at a time, so 5,000 '$' or '=' in a row took as long as a whole batch of notes.
_LONG_RUN = re.compile(r"\S{64,}")


def _break_run(m: re.Match[str]) -> str:
    run = m.group(0)
    chars, last = list(run), 0
    for i, c in enumerate(chars):
        if c.isalnum():
            continue
        lonely = not (i and run[i - 1].isalnum()) and not (i + 1 < len(run) and run[i + 1].isalnum())
        if lonely or i - last >= 16:
            chars[i], last = " ", i
    return "".join(chars)


def model_text(text: str) -> str:
    """The text the pipeline reads: the same length, every character where it was, except inside a run of 64 or
    more characters without a space: there punctuation that touches no letter or digit becomes a space, and so
    does a punctuation mark every sixteen characters or so (no name is that long, and a long URL or code is found
    by the patterns on the text itself). 5,000 '$' in a row took spaCy's tokenizer ten seconds."""
    return _LONG_RUN.sub(_break_run, text) if len(text) >= 64 else text
