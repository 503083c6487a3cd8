"""Pseudonyms proposed from a person's role: "het kind", "moeder", "broer 1", "begeleider A".

The coach can overwrite any proposal in the case; :func:`effective_pseudonyms` gives what the
anonymised output uses, with the coach's choice first.
"""

from __future__ import annotations

import string
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


def propose(persons: list[Person]) -> dict[str, str]:
    """Proposed pseudonym per person id, from roles alone (ignores chosen pseudonyms)."""
    counts = Counter(p.role for p in persons)
    seen: Counter[Role] = Counter()
    out: dict[str, str] = {}
    for p in persons:
        n = seen[p.role]
        seen[p.role] += 1
        if p.role in _SINGLE and counts[p.role] == 1:
            out[p.id] = _SINGLE[p.role]
        elif p.role in _NUMBERED:
            out[p.id] = _NUMBERED[p.role] if counts[p.role] == 1 else f"{_NUMBERED[p.role]} {n + 1}"
        elif p.role in _LETTERED:
            out[p.id] = f"{_LETTERED[p.role]} {_letter(n)}"
        else:
            out[p.id] = f"{_SINGLE[p.role]} {n + 1}"
    return out


def effective_pseudonyms(persons: list[Person]) -> dict[str, str]:
    """The pseudonym used per person id: the chosen one, else the proposal."""
    proposed = propose(persons)
    return {p.id: (p.pseudonym.strip() or proposed[p.id]) for p in persons}
