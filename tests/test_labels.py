"""Every value a user can choose has its own Dutch label."""

from __future__ import annotations

from enum import StrEnum

import casusprep.case as case_module
from casusprep.labels import ENUM_LABELS, label


def _enums() -> list[type[StrEnum]]:
    return [
        v for v in vars(case_module).values() if isinstance(v, type) and issubclass(v, StrEnum) and v is not StrEnum
    ]


def test_every_enum_member_has_a_label():
    missing = [f"{e.__name__}.{m.name}" for e in _enums() for m in e if (e, m.value) not in ENUM_LABELS]
    assert missing == []


def test_enums_sharing_a_value_keep_their_own_label():
    assert case_module.Setting.OTHER.value == case_module.Role.OTHER.value
    assert label(case_module.Setting.OTHER) == "Andere opvang"
    assert label(case_module.Role.OTHER) == "andere"
