"""The app's title bar: Textual's Header with a Dutch tooltip, safe to close while it mounts or its title changes."""

from __future__ import annotations

from textual import events
from textual.widgets import Header

from casusprep.app import strings as S
from casusprep.compat import being_removed


class AppHeader(Header):
    """Header whose icon says in Dutch what it does, and that never looks for parts it no longer has.

    Textual's Header looks up its title part when it mounts and whenever the app's or the screen's title
    changes; when she leaves a screen (or quits) while it mounts, or the title changes while the screen is
    being closed (Esc, Enter, Esc ... in one burst), that part is gone and the look-up took the app down. This
    class sets the title the same way, through the public watchers, from the parts that are still there. Its
    icon's tooltip is English.
    """

    def on_mount(self, event: events.Mount) -> None:
        event.prevent_default()  # Header's own set-up (it runs after this class's handler) is the one below
        if being_removed(self):
            return
        for owner in (self.app, self.screen):
            for name in ("title", "sub_title"):
                self.watch(owner, name, self._show_title)
        self.call_after_refresh(self._dutch_icon)

    def _show_title(self) -> None:
        if being_removed(self) or not self.is_attached:
            return
        for part in self.query("HeaderTitle"):
            part.update(self.format_title())  # type: ignore[attr-defined]  # Textual's HeaderTitle is a Static

    def _dutch_icon(self) -> None:
        for icon in self.query("HeaderIcon"):
            icon.tooltip = S.PALETTE_TOOLTIP
