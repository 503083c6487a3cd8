"""Dutch texts as data: one TOML file per area, read through one small typed accessor per file.

Why data: wording is changed by whoever knows the field, in one place, without touching code. An area's
accessor is a module-level :class:`TextFile` (``GATE = TextFile(...)``); code reads ``GATE.LEAK_MESSAGE``
(key ``leak_message``) and fills placeholders with ``str.format``. A missing key fails loudly, and
``tests/test_text_files.py`` checks for every file that each key is used in the code and each key the code
uses exists. Tables (``[fields]``, ``[enum.role]``) hold texts looked up by a data key instead of by name;
their own tests tie them to what they label.

This package also holds the data files of the top-level domain modules: ``labels.toml`` (field and enum
labels, :mod:`casusprep.labels`), ``export.toml`` (:mod:`casusprep.export_service`) and ``gate.toml``
(:mod:`casusprep.guard`).
"""

from __future__ import annotations

import tomllib
from functools import cached_property
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


class TextFile:
    """The texts of one TOML file: top-level ``key = "text"`` by attribute, tables of texts by :meth:`table`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def data(self) -> dict[str, str | dict]:
        with self.path.open("rb") as fh:
            data = tomllib.load(fh)
        bad = list(_not_text(data, ""))
        if bad:
            raise ValueError(f"{self.path.name}: every value must be a text or a table of texts: {', '.join(bad)}")
        return data

    def texts(self) -> dict[str, str]:
        """The top-level texts, read by attribute name (``NOT_FILLED`` reads ``not_filled``)."""
        return {key: value for key, value in self.data.items() if isinstance(value, str)}

    def table(self, name: str) -> dict[str, str]:
        """A table of texts keyed by data (``table("enum.role")``); a missing table fails loudly."""
        node: object = self.data
        for part in name.split("."):
            if not isinstance(node, dict) or not isinstance(node.get(part), dict):
                raise KeyError(f"{self.path.name} has no table [{name}]")
            node = node[part]
        assert isinstance(node, dict)
        return node

    def __getattr__(self, name: str) -> str:
        if not name.isupper():
            raise AttributeError(name)
        value = self.data.get(name.lower())
        if not isinstance(value, str):
            raise AttributeError(f"{self.path.name} has no text {name.lower()!r}")
        return value


def _not_text(node: dict, prefix: str):
    for key, value in node.items():
        if isinstance(value, dict):
            yield from _not_text(value, f"{prefix}{key}.")
        elif not isinstance(value, str):
            yield prefix + key


LABELS = TextFile(DATA_DIR / "labels.toml")
EXPORT = TextFile(DATA_DIR / "export.toml")
GATE = TextFile(DATA_DIR / "gate.toml")
