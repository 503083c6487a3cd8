"""Which text keys the code uses, for the tests that tie each data file of texts to the code.

One reader for every accessor: the app's ``S.NAME`` (``app.toml``) and each area's ``TextFile``
(``DOC.NAME``, ``GATE.NAME`` ...). A key counts as used where a module that imports the accessor names it.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "casusprep"
# An accessor: a module-level ``NAME = TextFile(...)``.
_ACCESSOR = re.compile(r"^([A-Z][A-Z0-9_]*) = TextFile\(", re.MULTILINE)


def used_keys(alias: str, imported_by: re.Pattern[str]) -> dict[str, set[Path]]:
    """Key (lower case) -> the source files that read ``alias.KEY``, in files whose text matches ``imported_by``."""
    use = re.compile(rf"\b{re.escape(alias)}\.([A-Z][A-Z0-9_]*)\b")
    found: dict[str, set[Path]] = {}
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if imported_by.search(text):
            for name in use.findall(text):
                found.setdefault(name.lower(), set()).add(path)
    return found


def accessors() -> dict[str, object]:
    """Every ``TextFile`` accessor in the package, by its name, found in the source (so a new one is covered)."""
    out: dict[str, object] = {}
    for path in SRC.rglob("*.py"):
        for name in _ACCESSOR.findall(path.read_text(encoding="utf-8")):
            module = ".".join(path.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")
            assert name not in out, f"two accessors named {name}: the key check could not tell them apart"
            out[name] = getattr(importlib.import_module(module), name)
    return out


def imports(name: str) -> re.Pattern[str]:
    """A module that imports the accessor ``name`` (``from casusprep.x import A, NAME``)."""
    return re.compile(rf"^\s*from casusprep[\w.]* import [^\n]*\b{name}\b", re.MULTILINE)
