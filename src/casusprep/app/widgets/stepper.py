"""The visible stepper of the guided flow: every step of the registry, the current one highlighted, all clickable."""

from __future__ import annotations

import contextlib

from textual.app import ComposeResult
from textual.containers import HorizontalScroll
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Button

from casusprep.app.flow import steps
from casusprep.compat import being_removed


class Stepper(HorizontalScroll):
    """One button per step; pressing one asks the screen to go there (free movement)."""

    current: reactive[int] = reactive(0)

    class Chosen(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def compose(self) -> ComposeResult:
        for spec in steps():
            yield Button(f"{spec.number} {spec.title}", id=f"step-{spec.index}", classes="step", compact=True)

    FULL_WIDTH = 130  # below this, only the current step shows its name: all eight stay visible

    def watch_current(self, value: int) -> None:
        full = self.size.width >= self.FULL_WIDTH
        for spec, button in zip(steps(), self.query(".step").results(Button), strict=True):
            i = spec.index
            button.set_class(i == value, "-current")
            button.set_class(i < value, "-before")
            button.label = f"{spec.number} {spec.title}" if full or i == value else f"{spec.number}"
            button.tooltip = spec.title
            button.refresh(layout=True)
        self.refresh(layout=True)
        if self.is_mounted:
            with contextlib.suppress(Exception):  # scrolling is cosmetic
                self.scroll_to_widget(self.query_one(f"#step-{value}"), animate=False)

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        self.watch_current(self.current)

    def on_resize(self) -> None:
        self.watch_current(self.current)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Chosen(int(str(event.button.id).split("-")[1])))
