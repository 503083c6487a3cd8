"""The one place for unavoidable uses of a library's private parts (names with a leading underscore, internal
module layouts, undocumented behaviour); each section says what it relies on and why no public hook does it.

``tests/test_compat.py`` is the canary: when a library is upgraded it fails with a precise message naming the use
to re-check, instead of the program failing at a coach's keyboard. It runs every ``check_*`` function of this
module (each raises AssertionError with that message) and every use registered as a ``PrivateUse`` (library and
version checked against, where, what, why, and a ``probe``), and it checks that the installed versions are the
ones pinned in pyproject.toml, since every use here holds for those only.

Code that uses a private part either lives here or calls a function from here; a use that becomes possible
through a public API leaves this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

# --- The registry ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrivateUse:
    library: str  # the distribution's name, as pinned in pyproject.toml
    version: str  # the version the use was checked against
    where: str  # the module that relies on it
    what: str  # the private name or layout relied on
    why: str  # why no public API does it
    probe: Callable[[], bool]  # True while the private part is as expected (cheap, no side effects)


PRIVATE_USES: list[PrivateUse] = []


def register(use: PrivateUse) -> PrivateUse:
    PRIVATE_USES.append(use)
    return use


def problems(use: PrivateUse) -> list[str]:
    """What no longer holds for one use, as messages that say what to re-check; empty when all is well."""
    found: list[str] = []
    try:
        installed = metadata.version(use.library)
    except metadata.PackageNotFoundError:
        return [f"{use.library} is not installed, but {use.where} relies on its {use.what}"]
    if installed != use.version:
        found.append(
            f"{use.library} is {installed}, but {use.where} relies on its {use.what} as in {use.version}: "
            f"re-check that use ({use.why}) and update its version in casusprep.compat"
        )
    try:
        holds = use.probe()
    except Exception as exc:  # noqa: BLE001 - any failure of the probe means the private part changed
        holds, detail = False, f" ({type(exc).__name__}: {exc})"
    else:
        detail = ""
    if not holds:
        found.append(f"{use.library} {installed}: {use.what} is no longer as {use.where} expects{detail}")
    return found


# --- confusable-homoglyphs (casusprep.textnorm) ----------------------------------------------------------


def _confusables_data_present() -> bool:
    from importlib import resources

    data = resources.files("confusable_homoglyphs").joinpath("confusables.json")
    return data.is_file() and data.read_text("utf-8").lstrip().startswith("{")


register(
    PrivateUse(
        library="confusable-homoglyphs",
        version="3.3.1",
        where="casusprep.textnorm",
        what="package data file confusables.json (a JSON object per character)",
        why="the library's API answers per string; textnorm builds one folding table from the whole data at once",
        probe=_confusables_data_present,
    )
)


# --- belgian-deduce (casusprep.anonymise.lexicon, training.generator.names) -----------------------------------


def _deduce_lists_present() -> bool:
    from casusprep.anonymise.lexicon import DEDUCE_MINIMUM, _deduce_root

    root = _deduce_root()
    return all(any((root.joinpath(*parts)).rglob("items.txt")) for parts in DEDUCE_MINIMUM)


register(
    PrivateUse(
        library="belgian-deduce",
        version="5.0.0",
        where="casusprep.anonymise.lexicon",
        what="the layout of its word lists (data/lookup/src/<group>/<list>/items.txt and exceptions.txt)",
        why="the package offers its lists only through its own deidentification pipeline; the engine needs the "
        "plain first names, surnames, places, streets and common words (a shrunken list fails at start-up)",
        probe=_deduce_lists_present,
    )
)
