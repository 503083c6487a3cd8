"""The canary for casusprep.compat: the installed libraries are the pinned ones, constraints.txt agrees with the
pins, and every registered use of a library's private parts still holds. Each failure names what to re-check."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from casusprep.compat import PRIVATE_USES, PrivateUse, problems

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?==([^\s;]+)$")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _exact_pins(extras: tuple[str, ...] | None = None) -> dict[str, str]:
    """The == pins of the dependencies and of the named extras (all extras when None)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for name, extra in project.get("optional-dependencies", {}).items():
        if extras is None or name in extras:
            requirements += extra
    pins = {}
    for requirement in requirements:
        match = PIN.match(requirement.strip())
        if match:
            pins[_canonical(match[1])] = match[2]
    return pins


def _constraints() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if match:
            out[_canonical(match[1])] = match[2]
    return out


def test_the_close_dependencies_are_pinned_exactly():
    pins = _exact_pins()
    for name in ("textual", "spacy", "thinc", "presidio-analyzer", "pydantic", "python-docx", "docxtpl"):
        assert name in pins, f"{name} must be pinned with == in pyproject.toml"


def test_constraints_agree_with_the_pins():
    constraints = _constraints()
    wrong = {
        name: (version, constraints.get(name)) for name, version in _exact_pins().items()
        if constraints.get(name) != version
    }  # fmt: skip
    assert not wrong, f"pyproject.toml pin vs constraints.txt: {wrong}; regenerate constraints.txt with .ci/freeze"


def test_the_installed_libraries_are_the_pinned_ones():
    # What the README's test command installs: the dependencies and the test extra. The data extra (only to
    # rebuild a derived word list) is pinned and in constraints.txt, but not installed for the tests.
    wrong = []
    for name, version in _exact_pins(extras=("test",)).items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            wrong.append(f"{name} is not installed (pinned {version})")
            continue
        if installed != version:
            wrong.append(f"{name} is {installed} but pyproject.toml pins {version}")
    assert not wrong, (
        "; ".join(wrong) + ". Install from constraints.txt, or, to upgrade: re-check the uses in casusprep.compat "
        "and the snapshots, then change the pin and run .ci/freeze"
    )


@pytest.mark.parametrize("use", PRIVATE_USES, ids=lambda use: f"{use.library}:{use.what}")
def test_each_private_use_still_holds(use: PrivateUse):
    assert not problems(use), "\n".join(problems(use))


def test_a_changed_library_is_reported_precisely():
    """The canary's own positive control: a use recorded for another version, and one whose probe fails."""
    installed = metadata.version("spacy")
    stale = PrivateUse("spacy", "0.0.1", "casusprep.nlp", "spacy.example._thing", "no public hook", lambda: True)
    [message] = problems(stale)
    assert f"spacy is {installed}, but casusprep.nlp relies on its spacy.example._thing as in 0.0.1" in message
    gone = PrivateUse("spacy", installed, "casusprep.nlp", "spacy.example._thing", "no public hook", lambda: 1 / 0)
    [message] = problems(gone)
    assert "spacy.example._thing is no longer as casusprep.nlp expects (ZeroDivisionError" in message
    missing = PrivateUse("no-such-library", "1.0", "casusprep.nlp", "_x", "why", lambda: True)
    assert problems(missing) == ["no-such-library is not installed, but casusprep.nlp relies on its _x"]
