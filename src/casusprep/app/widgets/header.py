"""The app's title bar: Textual's Header with a Dutch tooltip, safe to close while it is still mounting."""

from __future__ import annotations

from textual import events
from textual.widgets import Header

from casusprep.app import strings as S
from casusprep.compat import being_removed


class AppHeader(Header):
    """Header whose icon says in Dutch what it does, and that skips its set-up when already being removed.

    Textual's Header looks up its title part when it mounts; when she leaves a screen (or quits) while it
    mounts, that part is gone and the look-up would take the app down. Its icon's tooltip is English.
    """

    def on_mount(self, event: events.Mount) -> None:
        if being_removed(self):
            event.prevent_default()  # skips Header's own set-up (it runs after this class's handler)
            return
        self.call_after_refresh(self._dutch_icon)

    def _dutch_icon(self) -> None:
        for icon in self.query("HeaderIcon"):
            icon.tooltip = S.PALETTE_TOOLTIP
