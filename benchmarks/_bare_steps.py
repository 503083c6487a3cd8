"""The yardstick for benchmarks/step_changes.py: a bare Textual app of the same shape as casusprep's flow.

Eight panes in a ContentSwitcher, each with about 60 form widgets (labels, inputs, text areas, selects),
a header whose subtitle says "Stap n/8: title", a help panel, F3/F2 to move. Nothing else.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import ContentSwitcher, Footer, Header, Input, Label, Select, Static, TextArea

TITLES = [
    "Situatie",
    "Betrokkenen",
    "Signalen",
    "Krachten en noden",
    "Ouders",
    "Vraag en overzicht",
    "Anonimiseren",
    "Documenten",
]


class Bare(App):
    CSS = "#help { width: 38; dock: right; } TextArea { height: 4; } VerticalScroll { height: 1fr; }"
    BINDINGS = [
        Binding("f3", "move(1)", "Volgende"),
        Binding("f2", "move(-1)", "Vorige"),
        Binding("ctrl+q", "quit", "Afsluiten"),
    ]
    index = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with ContentSwitcher(initial="pane-0"):
                for i, title in enumerate(TITLES):
                    with VerticalScroll(id=f"pane-{i}"):
                        yield Label(f"{title}")
                        for n in range(15):
                            yield Label(f"Veld {n}")
                            yield Input(f"{title} {n}")
                            yield TextArea(f"{title} tekst {n}") if n % 3 == 0 else Select([("a", 1), ("b", 2)])
                            yield Static("")
            yield Static(TITLES[0], id="help")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"Stap 1/8: {TITLES[0]}"

    def action_move(self, delta: int) -> None:
        self.index = max(0, min(7, self.index + delta))
        self.query_one(ContentSwitcher).current = f"pane-{self.index}"
        self.query_one("#help", Static).update(TITLES[self.index])
        self.sub_title = f"Stap {self.index + 1}/8: {TITLES[self.index]}"


if __name__ == "__main__":
    Bare().run()
