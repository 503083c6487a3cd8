"""Proposed pseudonyms: a letter never reads as the person's own initial."""

from __future__ import annotations

from casusprep.case import Person, Role
from casusprep.pseudonyms import propose


def test_a_proposed_letter_is_never_the_persons_own_initial() -> None:
    persons = [
        Person(name="Anke Vermeiren", role=Role.CAREGIVER),
        Person(name="Bjorn Lagae", role=Role.CAREGIVER),
        Person(name="Lise Goris", role=Role.CAREGIVER),
        Person(name="Ward Claes", role=Role.TEACHER),
    ]
    proposed = [propose(persons)[p.id] for p in persons]
    # Anke skips her own A and takes B; Bjorn takes A, free and not his; Lise takes C.
    assert proposed == ["begeleider B", "begeleider A", "begeleider C", "leerkracht A"]


def test_letters_of_initials_written_as_a_name_are_all_skipped() -> None:
    persons = [Person(name="AB", role=Role.OTHER), Person(name="Dina El Kaddouri", role=Role.OTHER)]
    assert [propose(persons)[p.id] for p in persons] == ["betrokkene C", "betrokkene A"]
