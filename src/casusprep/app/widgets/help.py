"""The help panel: short, practical guidance per step, loaded from app/help/steps.toml at runtime."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Markdown

from casusprep.app import strings as S

HELP_FILE = Path(__file__).resolve().parent.parent / "help" / "steps.toml"


@cache
def help_texts() -> dict[str, str]:
    with HELP_FILE.open("rb") as fh:
        return {str(k): str(v).strip() for k, v in tomllib.load(fh).items()}


def help_for(key: str) -> str:
    return help_texts().get(key, S.HELP_MISSING)


class HelpPanel(VerticalScroll):
    """Docked at the right; toggled with F1 or ?."""

    def __init__(self, key: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.key = key

    def compose(self):
        yield Markdown(help_for(self.key), id="help-text")

    def show(self, key: str) -> None:
        self.key = key
        self.query_one("#help-text", Markdown).update(help_for(key))
