"""The speakers of a chat export whose name is also a word ('[07:52] zomer: ...', '08:03 - Hemel: ...').

A chat export opens each line with a time and the sender before a colon. Where a first name is no word,
:mod:`.context_persons` takes it on one line; a name that is also a word (or that no list knows) is a sender when it
opens two lines or more of the chat, and another sender of the same chat is a first name of the lists: a word does
not speak line after line among people. A chat copied without its times ('roos: nee nog niet') shows its senders
the same way, typed in lower case before the colon, two of them each on two lines or more; there only a first name
of the lists is a sender ('adres:' and 'tel:' open a form's lines too). Role words ('mama: ...'), words that are
never personal and the labels of a log (vocabulary ``chat_labels``: 'opmerking', 'update') are no senders.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex as re

from casusprep.anonymise.lexicon import fold, folded_words, lexicon
from casusprep.anonymise.recognizers.base import Detection

NAME = "chat_speakers"
# '[14/02/25, 08:05] zomer: ...', '07:52 - zomer: ...', '[07:52] Zomer 🌸: ...'
_SENDER = re.compile(
    r"(?m)^[ \t]*\[?[\d/.\-]*,?[ \t]*\d{1,2}[:.h]\d{2}(?::\d{2})?\]?[ \t]*(?:[-–—][ \t]*)?~?[ \t]?"
    r"(?P<name>[\p{L}][\p{Ll}'’-]+)(?=(?:[ \t]*[^\w\s:]{1,3})?[ \t]*:)"
)
# 'elke: hoi! ...' opening a line of a chat copied without its times: a lower-case word, then the colon and a space.
_BARE_SENDER = re.compile(r"(?m)^[ \t]*(?P<name>\p{Ll}[\p{Ll}'’-]+)(?=[ \t]*:[ \t])")


@cache
def _labels() -> frozenset[str]:
    return folded_words("chat_labels")


def _no_sender(folded: str) -> bool:
    lex = lexicon()
    return (
        len(folded) < 3
        or folded in lex.roles
        or folded in lex.never
        or folded in lex.institution_types
        or folded in lex.places
        or folded in _labels()
    )


def find(text: str) -> list[Detection]:
    if ":" not in text:
        return []
    senders = [(m, fold(m.group("name"))) for m in _SENDER.finditer(text)]
    timed = len(senders) >= 3
    if not timed:
        senders = [(m, fold(m.group("name"))) for m in _BARE_SENDER.finditer(text)]
    if len(senders) < 3:
        return []
    counts = Counter(f for _, f in senders)
    lex = lexicon()
    named = {f for f in counts if f in lex.first_names and not _no_sender(f)}
    # Without times two senders take turns, each on two lines or more ('tetiana: ...', 'elke: ...').
    others = named if timed else {f for f in counts if counts[f] >= 2 and not _no_sender(f)}
    out = []
    for m, folded in senders:
        if counts[folded] < 2 or _no_sender(folded) or not others - {folded}:
            continue
        if not timed and folded not in lex.first_names:
            continue  # without times only a first name of the lists speaks: 'adres:', 'tel:' open a form's lines
        out.append(Detection(m.start("name"), m.end("name"), "PERSON", 0.7, NAME))
    return out
