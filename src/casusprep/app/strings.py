"""The app's Dutch texts, read from ``procedures/data/app.toml`` (``S.NEW_CASE`` reads key ``new_case``).

Why a data file: wording is changed by whoever knows the field, in one place, without touching code;
a test checks that every key in the file is used and every ``S.NAME`` in the code exists there.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

TEXT_FILE = Path(__file__).resolve().parent.parent / "procedures" / "data" / "app.toml"


@cache
def texts() -> dict[str, str]:
    with TEXT_FILE.open("rb") as fh:
        data = tomllib.load(fh)
    bad = [key for key, value in data.items() if not isinstance(value, str)]
    if bad:
        raise ValueError(f"{TEXT_FILE.name}: every value must be a text: {', '.join(bad)}")
    return data


def __getattr__(name: str) -> str:
    if not name.isupper():
        raise AttributeError(name)
    try:
        return texts()[name.lower()]
    except KeyError:
        raise AttributeError(f"{TEXT_FILE.name} has no key {name.lower()!r}") from None
