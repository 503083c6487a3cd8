"""Schema migrations for stored and imported cases.

A case dict is brought up to :data:`casusprep.case.SCHEMA_VERSION` one step at a time before
validation, so cases saved by an older casusprep keep opening. Add a function to ``_STEPS`` for
each new version: ``_STEPS[n]`` turns a version-n dict into a version-(n+1) dict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casusprep.case import SCHEMA_VERSION, Case
from casusprep.data import LABELS

_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class MigrationError(ValueError):
    pass


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or version < 1:
        raise MigrationError(LABELS.SCHEMA_VERSION_INVALID)
    if version > SCHEMA_VERSION:
        raise MigrationError(LABELS.SCHEMA_VERSION_NEWER.format(version=version))
    while version < SCHEMA_VERSION:
        data = _STEPS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def load_case(data: dict[str, Any], *, stored: bool = False) -> Case:
    """Migrate then validate: the one way a dict becomes a Case.

    ``stored``: the case comes from the store, where it was valid when saved; range checks that
    new input must pass (dates, text length) are not applied again, so a stored case always opens.
    """
    return Case.model_validate(migrate(dict(data)), context={"stored": stored})
