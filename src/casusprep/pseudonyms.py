"""Pseudonyms proposed from a person's role: "het kind", "moeder", "broer 1", "begeleider A" (a letter that is
never the person's own initial).

The coach can overwrite any proposal in the case; :func:`effective_pseudonyms` gives what the
anonymised output uses, with the coach's choice first.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter

from casusprep.case import Person, Role

# Roles that usually occur once per case get a plain label; the others are numbered or lettered.
_SINGLE = {
    Role.CHILD: "het kind",
    Role.MOTHER: "moeder",
    Role.FATHER: "vader",
    Role.STEP_PARENT: "plusouder",
    Role.MANAGER: "verantwoordelijke",
    Role.CLB: "CLB-medewerker",
}
_NUMBERED = {Role.BROTHER: "broer", Role.SISTER: "zus", Role.GRANDPARENT: "grootouder"}
_LETTERED = {
    Role.CAREGIVER: "begeleider",
    Role.TEACHER: "leerkracht",
    Role.OTHER: "betrokkene",  # not "persoon": persons nobody registered are "persoon A", "persoon B"
    Role.CHILD: "kind",
}


def role_words() -> set[str]:
    """The words pseudonyms are made of ("moeder", "broer", "begeleider" ...): role titles are checked against them."""
    return {w for label in (*_SINGLE.values(), *_NUMBERED.values(), *_LETTERED.values()) for w in [label.split()[-1]]}


def _letter(i: int) -> str:
    letters = string.ascii_uppercase
    return letters[i] if i < len(letters) else f"{letters[i % 26]}{i // 26}"


def own_letters(name: str) -> set[str]:
    """The letters a reader could take for a person's initials: each word's first letter, and every letter of
    initials written as such ('KV', 'J.M.'), accents dropped."""
    out: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", name):
        plain = "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii()).upper()
        out.update(plain if word.isupper() and len(word) <= 4 else plain[:1])
    return out


def next_letter(used: set[str], own: set[str]) -> str:
    """The first letter (A, B ... then A1 ...) not used yet and none of the person's own initials: 'begeleider A'
    for Annelies, or 'persoon J' for Jan Maes, would read as the initial itself."""
    i = 0
    while True:
        letter = _letter(i)
        if letter not in used and (letter[0] not in own or i >= 26 * 4):
            return letter
        i += 1


def propose(persons: list[Person]) -> dict[str, str]:
    """Proposed pseudonym per person id, from roles alone (ignores chosen pseudonyms)."""
    counts = Counter(p.role for p in persons)
    seen: Counter[Role] = Counter()
    letters: dict[Role, set[str]] = {}
    out: dict[str, str] = {}
    for p in persons:
        n = seen[p.role]
        seen[p.role] += 1
        if p.role in _SINGLE and counts[p.role] == 1:
            out[p.id] = _SINGLE[p.role]
        elif p.role in _NUMBERED:
            out[p.id] = _NUMBERED[p.role] if counts[p.role] == 1 else f"{_NUMBERED[p.role]} {n + 1}"
        elif p.role in _LETTERED:
            used = letters.setdefault(p.role, set())
            letter = next_letter(used, own_letters(p.name))
            used.add(letter)
            out[p.id] = f"{_LETTERED[p.role]} {letter}"
        else:
            out[p.id] = f"{_SINGLE[p.role]} {n + 1}"
    return out


def effective_pseudonyms(persons: list[Person]) -> dict[str, str]:
    """The pseudonym used per person id: the chosen one, else the proposal."""
    proposed = propose(persons)
    return {p.id: (p.pseudonym.strip() or proposed[p.id]) for p in persons}
