"""A registered name inside a user name or a tag: 'xXsvenXx', 'svenG_07', 'lotte.v2012', '#teamlotte'.

Only a run of text that is shaped like an account (a digit, an underscore, an @ or # sign, or a capital after a
lower-case letter inside it) is searched, and only for the registered name words of four letters or more that
are not ordinary words: a run such as 'Sinterklaasfeest' is never read for names.
"""

from __future__ import annotations

import re

from casusprep.anonymise.recognizers.base import Detection

NAME = "joined_names"
_RUN = re.compile(r"[#@]?[\w.\-]*\w")
_ACCOUNT_SHAPE = re.compile(r"\d|_|^[#@]|[a-z][A-Z]|[A-Z]{2}[a-z]+[A-Z]")


def find(text: str, words: dict[str, str]) -> list[Detection]:
    """Runs shaped like an account that contain one of ``words`` (folded name word -> person id)."""
    from casusprep.anonymise.lexicon import fold
    from casusprep.anonymise.vocabulary import vocabulary

    if not words:
        return []
    endings = vocabulary().not_user_name_endings
    out: list[Detection] = []
    for m in _RUN.finditer(text):
        run = m.group(0)
        if len(run) < 5 or "@" in run[1:] or not _ACCOUNT_SHAPE.search(run):
            continue
        if "." in run and run.rsplit(".", 1)[1].lower() in endings:
            continue  # a file name ('observatie_lotte0312.docx'): the name in it is found as a word, the rest stays
        folded = fold(run)
        for word, pid in words.items():
            if word in folded and len(folded) > len(word):
                out.append(Detection(m.start(), m.end(), "HANDLE", 0.9, NAME, key=pid, replacement="[account]"))
                break
    return out
