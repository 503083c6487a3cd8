"""The name a mail program shows before an address, in any case: 'Van: kim de smet <kimdesmet@...>', 'Cc: "Claes
Lore" <lore.claes@...>'. A word alone could be anything; the address spells the same words (joined, dotted, in any
order), which a name typed in lower case or in capitals says nowhere else. Roles, services and words that are never
personal ('directie <directie@...>', 'onthaal <onthaal@...>') are no display names.
"""

from __future__ import annotations

import regex as re

from casusprep.anonymise.lexicon import fold, lexicon
from casusprep.anonymise.recognizers.base import PARTICLES, Detection

NAME = "display_names"
# Letters, spaces, hyphens and apostrophes right before '<local@', maybe in quotes: the display name.
_DISPLAYED = re.compile(
    r"(?P<name>[\p{L}][\p{L}'’\-]*(?:[ \t]+[\p{L}][\p{L}'’\-]*){0,4})\"?[ \t]*<(?P<local>[\w.+\-]{2,64})@"
)


_PART = re.compile(r"[\p{L}][\p{L}'’\-]*")


def _no_name(words: list[str]) -> bool:
    """A role, a service or an ordinary word: 'directie', 'info', 'onthaal'."""
    lex = lexicon()
    if any(w in lex.roles or w in lex.never or w in lex.institution_types for w in words):
        return True
    # one word alone only when it is a first name of the lists ('roos <roos@...>', not 'directie <directie@...>')
    return len(words) == 1 and (words[0] in lex.common or words[0] not in lex.first_names)


def find(text: str) -> list[Detection]:
    if "<" not in text or "@" not in text:
        return []
    out = []
    for m in _DISPLAYED.finditer(text):
        local = re.sub(r"[^a-z]", "", fold(m.group("local")))
        parts = list(_PART.finditer(m.group("name")))
        # The longest run of words before the address that it spells, particles aside: 'Mail van kim van hoof
        # <kimvanhoof@...>' is 'kim van hoof'.
        for k in range(len(parts)):
            words = [w for p in parts[k:] for w in re.split(r"[\-'’]+", fold(p.group())) if w]
            core = [w for w in words if w not in PARTICLES]
            if not core or fold(parts[k].group()) in PARTICLES or _no_name(core) or sum(map(len, core)) < 4:
                continue
            if all(len(w) >= 2 and w in local for w in core):
                start = m.start("name") + parts[k].start()
                out.append(Detection(start, m.end("name"), "PERSON", 0.85, NAME))
                break
    return out
