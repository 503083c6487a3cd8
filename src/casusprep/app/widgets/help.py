"""The help panel: short, practical guidance per step, from the step registry (procedures/data/steps.toml).

Why a Static with Rich's Markdown and not Textual's Markdown widget: the help must change in the same
frame as the step (the widget rebuilds its children asynchronously, which lagged behind on fast steps).
"""

from __future__ import annotations

from functools import cache

from rich.markdown import Markdown
from textual.containers import VerticalScroll
from textual.widgets import Static

from casusprep.app import strings as S
from casusprep.app.flow import steps


@cache
def _rendered(key: str) -> Markdown:
    if key == "home":
        return Markdown(S.HELP_HOME.strip())
    spec = next(s for s in steps() if s.key == key)
    return Markdown(spec.help)


class HelpPanel(VerticalScroll):
    """Docked at the right; toggled with F1 or ?. ``which`` is a step index or ``"home"``."""

    def __init__(self, which: int | str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.key = self._key(which)

    @staticmethod
    def _key(which: int | str) -> str:
        return which if isinstance(which, str) else steps()[which].key

    def compose(self):
        yield Static(_rendered(self.key), id="help-text")

    def show(self, which: int | str) -> None:
        self.key = self._key(which)
        self.query_one("#help-text", Static).update(_rendered(self.key))
        self.scroll_home(animate=False)
