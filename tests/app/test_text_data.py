"""The app's texts and its steps are data: every key in app.toml is used, every S.NAME used exists, every
step of the registry has its widget, and the review package does not import the steps (no import cycle)."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.text_keys import SRC, used_keys

from casusprep.app import strings as S
from casusprep.app.flow import step_of, steps
from casusprep.app.widgets.steps import step_classes


def test_every_text_key_is_used_and_every_used_key_exists() -> None:
    keys = set(S.texts())
    used = set(used_keys("S", re.compile(r"strings as S\b")))
    assert used - keys == set(), "used in the code, missing in app.toml"
    assert keys - used == set(), "in app.toml, used nowhere"


def test_a_missing_key_fails_loudly() -> None:
    try:
        S.NO_SUCH_TEXT  # noqa: B018
    except AttributeError as exc:
        assert "no_such_text" in str(exc)
    else:
        raise AssertionError("a missing text must not pass silently")


def test_every_step_of_the_registry_has_its_widget_and_the_paths_find_their_step() -> None:
    keys = [s.key for s in steps()]
    assert len(keys) == len(set(keys)) and set(keys) == set(step_classes())
    assert all(s.title and s.help for s in steps())
    assert steps()[step_of("signals[2].observation")].key == "signalen"
    assert steps()[step_of("parent_meeting.goal")].key == "documenten"
    assert steps()[step_of("persons[1].birth_date")].key == "betrokkenen"
    assert step_of("no_such_field") is None


def test_the_review_package_imports_no_step() -> None:
    code = (
        "import sys, casusprep.app.widgets.review\n"
        "print(any(m.startswith('casusprep.app.widgets.steps') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=SRC.parent)
    assert out.stdout.strip() == "False"


def test_textual_private_parts_the_app_relies_on_still_exist() -> None:
    from casusprep.compat import PRIVATE_USES, problems

    uses = [u for u in PRIVATE_USES if u.library == "textual"]
    assert {u.where.split(" (")[1].rstrip(")") for u in uses} == {
        "QuietCrashReport",
        "dutch_select_overlay",
        "being_removed",
        "keep_editing_keys_in_order",
        "escape_then_key_as_typed",
        "DutchCommandPalette",
    }
    assert all(problems(u) == [] for u in uses)
