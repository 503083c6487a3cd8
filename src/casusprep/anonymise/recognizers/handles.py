"""Social media handles and user names: '@lotte.v', a name with underscores ('sien_x_19'), and a word with a
year or a number ('kobe2014') when Presidio's context step finds a word such as 'instagram', 'account' or
'tiktok' before it (vocabulary, ``context.handle``)."""

from __future__ import annotations

from casusprep.anonymise.recognizers.patterns import CheckedPattern

NAME = "handle"
AT = r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?"
UNDERSCORED = r"(?<![\w@./-])[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,5}(?![\w@])"
NUMBERED = r"(?<![\w@./-])[a-zA-Z]{3,30}[._]?\d{2,4}(?![\w@/-])"

RECOGNIZER = CheckedPattern(NAME, "HANDLE", AT, 0.9, "[account]")
UNDERSCORE = CheckedPattern("handle_underscore", "HANDLE", UNDERSCORED, 0.7, "[account]")
NUMBERED_NAME = CheckedPattern("handle_numbered", "HANDLE", NUMBERED, 0.3, "[account]", score_threshold=0.5)


def find(text: str) -> list:
    return sorted(RECOGNIZER.find(text) + UNDERSCORE.find(text), key=lambda d: d.start)
