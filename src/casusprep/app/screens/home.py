"""The case list: open follow-ups first, search, new, open, delete with confirmation, hand a case over to a
colleague (Ctrl+O) and take one over (Ctrl+R).

Every letter typed on the list searches: the list's shortcuts are Ctrl keys, Delete and Enter, never a bare
letter, so a coach typing a name ('Nora', 'Ilias', 'Sami') before looking where the cursor is never
makes a case, opens a dialog or deletes one.

A closed case shows the date it will be removed (the store's retention setting); once after each
unlock, cases whose date has come are offered for removal (RetentionScreen, then ConfirmScreen).
"""

from __future__ import annotations

import datetime as dt
import weakref
from contextlib import suppress
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, DataTable, Footer, Input, Label, Static

from casusprep.app import strings as S
from casusprep.app.widgets.fields import format_be_date
from casusprep.app.widgets.header import AppHeader
from casusprep.app.widgets.help import HelpPanel
from casusprep.case import Status
from casusprep.compat import being_removed
from casusprep.labels import label

if TYPE_CHECKING:
    from textual import getters

    from casusprep.app.app import CasusprepApp


def order_key(summary) -> tuple:
    """Open follow-ups first (earliest follow-up date first), then the most recently changed."""
    has_follow_up = summary.status is not Status.CLOSED and (summary.open_actions > 0 or summary.next_follow_up)
    follow = summary.next_follow_up or dt.date.max
    return (0 if has_follow_up else 1, follow, -summary.updated_at.timestamp())


# Widths (cell padding included) that decide whether the removal date gets a column of its own.
_OTHER_COLUMNS = 48  # status 12, changed 10, follow-up 10, actions 6, and 2 padding each
_REMOVAL_COLUMN = 16
_TITLE_MIN, _TITLE_MAX, _TITLE_WITH_REMOVAL = 16, 90, 24
HELP_MIN_WIDTH = 120  # the case list needs the room more than the home help below this width

# The unlocked stores for which the removal was already offered: "Later" means at the next unlock.
_removal_offered: weakref.WeakSet = weakref.WeakSet()


class HomeScreen(Screen):
    if TYPE_CHECKING:
        app = getters.app(CasusprepApp)  # the typed app: its own attributes are known

    BINDINGS = [
        Binding("ctrl+n", "new", S.KEY_NEW, key_display="^N"),
        Binding("enter", "open", S.KEY_OPEN, show=True),
        Binding("delete", "delete", S.KEY_DELETE, key_display="Del"),
        Binding("ctrl+o", "handover", S.KEY_HANDOVER, key_display="^O"),
        Binding("ctrl+r", "take_over", S.KEY_TAKE_OVER, key_display="^R", show=False),  # no room at 80 columns
        Binding("slash", "search", S.KEY_SEARCH, key_display="/", show=False),
        Binding("f1,question_mark", "toggle_help", S.KEY_HELP, key_display="F1"),
        Binding("escape", "clear_search", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with Horizontal(id="main"):
            with Vertical(id="home-body"):
                yield Label(S.HOME_TITLE, classes="step-title")
                # no select-all on focus: a letter typed on the list is its first letter (on_key)
                yield Input(placeholder=S.SEARCH_PLACEHOLDER, id="search", select_on_focus=False)
                yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
                yield Static(S.NO_CASES, id="no-cases", classes="muted")
                yield Static("", id="case-removal", classes="muted")
                with Horizontal(classes="buttons"):
                    yield Button(S.NEW_CASE, id="new", variant="primary")
                    yield Button(S.OPEN_CASE, id="open")
                    yield Button(S.DELETE_CASE, id="delete", variant="error")
                    yield Button(S.SETTINGS_TITLE, id="settings")
            yield HelpPanel("home", id="help")
        yield Footer(compact=True)

    help_chosen: bool | None = None  # F1 on this screen decides, whatever the width

    def help_shown(self) -> bool:
        if self.help_chosen is not None:
            return self.help_chosen
        return bool(self.app.help_visible) and self.size.width >= HELP_MIN_WIDTH

    def on_mount(self) -> None:
        if being_removed(self):  # closed (or the app quit) before it finished mounting: nothing to set up
            return
        table = self.query_one("#cases", DataTable)
        self.query_one("#case-removal").display = False
        self.query_one("#help").display = self.help_shown()
        self.reload()
        table.focus()
        self.offer_removal()

    summaries: list = []
    months: int = 12
    wide_columns: bool | None = None

    def table_room(self) -> int:
        """Columns left for the table: the screen minus the padding and, when shown, the help panel."""
        help_width = 38 if self.help_shown() else 0
        return self.size.width - 2 - help_width

    def title_width(self) -> int:
        other = _OTHER_COLUMNS + (_REMOVAL_COLUMN if self.wide_columns else 0)
        return max(_TITLE_MIN, min(_TITLE_MAX, self.table_room() - other - 2))

    def set_columns(self, table: DataTable) -> None:
        """The removal date gets its own column when there is room; otherwise (80 columns, or the
        help panel open) the line under the table shows it for the highlighted case, as it always does."""
        longest = max((len(s.title.strip() or S.UNTITLED) for s in self.summaries), default=0)
        wanted = max(_TITLE_WITH_REMOVAL, min(longest, _TITLE_MAX))  # a whole title comes before that column
        wide = self.table_room() - _OTHER_COLUMNS - _REMOVAL_COLUMN - 2 >= wanted
        if wide == self.wide_columns:
            return
        self.wide_columns = wide
        table.clear(columns=True)
        table.add_column(S.COL_TITLE, key="title")
        table.add_column(S.COL_STATUS, key="status")
        table.add_column(S.COL_UPDATED, key="updated")
        table.add_column(S.COL_FOLLOW_UP, key="follow")
        table.add_column(S.COL_OPEN_ACTIONS, key="actions")
        if wide:
            table.add_column(S.COL_REMOVAL, key="removal")

    def on_resize(self) -> None:
        if self.is_mounted:
            self.query_one("#help").display = self.help_shown()
            self.fill()

    def on_key(self, event: events.Key) -> None:
        """Typing on the list searches: every printable key but the two bound ones ('/' and '?', which no name
        starts with) goes to the search box, with the letters typed after it in the same burst."""
        search = self.query_one("#search", Input)
        if self.focused is search or not event.is_printable or not event.character:
            return
        if not self._typing_search and (event.character.isspace() or event.key in ("slash", "question_mark")):
            return
        # Keys typed in one burst arrive before the focus has moved: they follow the first one into the box.
        self._typing_search = True
        search.focus()
        search.insert_text_at_cursor(event.character)
        event.stop()
        event.prevent_default()

    _typing_search = False

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is not self.query_one("#search"):
            self._typing_search = False  # back on the list: '/' and '?' are its keys again

    def on_screen_resume(self) -> None:
        self.query_one("#help").display = self.help_shown()
        self.reload()

    def reload(self) -> None:
        store = self.app.store
        self.summaries = sorted(store.list(), key=order_key) if store else []
        self.months = store.retention_months() if store else self.months
        self.wide_columns = None  # columns sized afresh: a DataTable column does not grow back on its own
        self.fill()

    def fill(self) -> None:
        needle = self.query_one("#search", Input).value.strip().lower()
        table = self.query_one("#cases", DataTable)
        self.set_columns(table)
        table.clear()
        for s in self.summaries:
            title = s.title.strip() or S.UNTITLED
            status = label(s.status)
            if s.damaged:
                title, status = s.id, S.DAMAGED_STATUS
            if needle and needle not in title.lower() and needle not in status.lower():
                continue
            width = self.title_width()
            shown = title if len(title) <= width else title[: width - 1] + "…"
            cells = [
                Text(shown),
                status,
                "" if s.damaged else s.updated_at.astimezone().strftime("%d/%m/%Y"),
                format_be_date(s.next_follow_up),
                str(s.open_actions) if s.open_actions else "",
            ]
            if self.wide_columns:
                cells.append(format_be_date(s.removal_on))
            table.add_row(*cells, key=s.id)
        empty = self.query_one("#no-cases", Static)
        empty.display = not self.summaries or table.row_count == 0
        empty.update(S.NO_CASES if not self.summaries else S.NO_CASES_FOUND)
        self.show_removal()

    @on(DataTable.RowHighlighted)
    def show_removal(self) -> None:
        """Under the table: when the highlighted case is closed, the date it will be removed."""
        case_id = self.selected_id()
        summary = next((s for s in self.summaries if s.id == case_id), None)
        line = self.query_one("#case-removal", Static)
        if summary is not None and summary.damaged:  # the same line says how to get it back
            line.display = True
            line.update(S.DAMAGED_LINE)
            return
        if summary is None or summary.removal_on is None or summary.closed_on is None:
            line.display = False
            return
        line.display = True
        line.update(
            S.REMOVAL_LINE.format(
                closed=format_be_date(summary.closed_on),
                removal=format_be_date(summary.removal_on),
                months=self.months,
            )
        )

    @on(Input.Changed, "#search")
    def search_changed(self) -> None:
        self.fill()

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.query_one("#cases").focus()

    def selected_id(self) -> str | None:
        table = self.query_one("#cases", DataTable)
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    @on(DataTable.RowSelected)
    def row_selected(self) -> None:
        self.action_open()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        actions = {
            "new": self.action_new,
            "open": self.action_open,
            "delete": self.action_delete,
            "settings": self.action_settings,
        }
        actions[str(event.button.id)]()

    def action_settings(self) -> None:
        from casusprep.app.screens.settings import SettingsScreen

        self.app.switch_screen(SettingsScreen())

    def action_new(self) -> None:
        self.app.new_case()

    def action_open(self) -> None:
        case_id = self.selected_id()
        if case_id:
            self.app.open_case(case_id)

    def action_search(self) -> None:
        self.query_one("#search").focus()

    def action_clear_search(self) -> None:
        """Escape empties the search and goes back to the whole list (a search that found nothing looked
        like every case was gone)."""
        search = self.query_one("#search", Input)
        search.value = ""
        self.query_one("#cases").focus()

    def action_toggle_help(self) -> None:
        self.help_chosen = not self.help_shown()
        self.query_one("#help").display = self.help_chosen
        self.fill()  # the table's room changed

    def action_delete(self) -> None:
        case_id = self.selected_id()
        if not case_id:
            return
        title = next((s.title for s in self.summaries if s.id == case_id), "") or S.UNTITLED

        def answer(yes: bool | None) -> None:
            if yes:
                self.app.open_store.delete(case_id)
                self.notify(S.DELETED)
                self.reload()

        self.app.push_screen(ConfirmScreen(S.CONFIRM_DELETE.format(title=title[:60]), S.YES_DELETE), answer)

    # ------------------------------------------------------------------- handover

    def action_handover(self) -> None:
        """Write the highlighted case as an encrypted file for a colleague (screens/handover.py)."""
        from casusprep.app.screens.handover import HandoverScreen

        case_id = self.selected_id()
        if not case_id:
            self.notify(S.HANDOVER_NO_CASE)
            return

        def done(message: str | None) -> None:
            if message:
                self.notify(message, timeout=15)

        title = next((s.title for s in self.summaries if s.id == case_id), "") or S.UNTITLED
        self.app.push_screen(HandoverScreen(case_id, title), done)

    def action_take_over(self) -> None:
        """Import a colleague's handover file: a new case, or the update of the same case."""
        from casusprep.app.screens.handover import TakeOverScreen

        def done(result) -> None:
            if result is None:
                return
            self.notify(result.message, timeout=10)
            self.reload()
            self.highlight_case(result.case_id)

        self.app.push_screen(TakeOverScreen(), done)

    def highlight_case(self, case_id: str) -> None:
        table = self.query_one("#cases", DataTable)
        with suppress(KeyError, Exception):
            table.move_cursor(row=table.get_row_index(case_id))

    # ------------------------------------------------------------------ retention

    def offer_removal(self) -> None:
        """Once per unlock: offer to remove the closed cases whose retention date has come."""
        from casusprep.app.screens.retention import RetentionScreen

        store = self.app.store
        if store is None or store in _removal_offered:
            return
        _removal_offered.add(store)
        due = store.due_for_removal()
        if not due:
            return
        titles = [(s.id, s.title) for s in due]
        self.app.push_screen(RetentionScreen(titles, store.retention_months()), self._removal_chosen)

    def _removal_chosen(self, chosen: list[str] | None) -> None:
        from casusprep.app.screens.retention import count_cases

        if not chosen:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.notify(S.RETENTION_BUSY)
                self.remove_cases(chosen)

        question = S.RETENTION_CONFIRM.format(cases=count_cases(len(chosen)))
        self.app.push_screen(ConfirmScreen(question, S.RETENTION_YES), answer)

    @work(thread=True, exclusive=True, group="retention")
    def remove_cases(self, case_ids: list[str]) -> None:
        """Each removal rewrites the file and cleans every backup: off the UI thread."""
        from casusprep.app.screens.retention import count_cases
        from casusprep.store import StoreError

        store = self.app.open_store
        removed = 0
        error = None
        for case_id in case_ids:
            try:
                store.delete(case_id)
                removed += 1
            except StoreError as exc:  # e.g. already removed from the command line meanwhile
                error = str(exc)
        self.app.call_from_thread(self._removed, count_cases(removed), error)

    def _removed(self, cases: str, error: str | None) -> None:
        if error:
            self.notify(S.RETENTION_FAILED.format(error=error), severity="error")
        self.notify(S.RETENTION_DONE.format(cases=cases))
        self.reload()


from casusprep.app.dialogs import ConfirmScreen  # noqa: E402
