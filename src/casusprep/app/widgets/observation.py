"""The observation field ("Wat heb ik gezien en gehoord?") with the objectivity hints marked in place.

Why a TextArea subclass: the hints (casusprep.hints, computed in a worker by the signals step) must be
visible where the coach writes, not only in a list. TextArea's public ``get_line`` hook returns each line as
Rich text "to stylize": this widget underlines the marked phrases there. Its public edit methods (``edit``,
``undo``, ``redo``, ``load_text``) carry the marks along with the text, so a mark never sits on the wrong
characters while the worker checks the new text. The style comes from the CSS component class
``observation--hint`` (bold + underline, so it reads without colour too, plus a theme colour).

Hints are plain objects with ``start``, ``end``, ``text`` (and the advice); this module never imports
casusprep.hints (that would load the NLP on the UI import path).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea

from casusprep.app import strings as S
from casusprep.app.widgets.fields import BoundText

FALLBACK_STYLE = Style(bold=True, underline=True)


def follow_hints(hints: list[Any], text: str, delta: int) -> list[Any]:
    """The hints that still mark their phrase in ``text`` after an edit that changed its length by ``delta``.

    A phrase before the edit keeps its offsets; a phrase after it moved by ``delta``; a phrase that was
    edited itself is dropped (the next check in the worker marks it again if it still is one).
    """
    kept = []
    for hint in hints:
        if text[hint.start : hint.end] == hint.text:
            kept.append(hint)
        elif delta and hint.start + delta >= 0 and text[hint.start + delta : hint.end + delta] == hint.text:
            kept.append(dataclasses.replace(hint, start=hint.start + delta, end=hint.end + delta))
    return kept


class ObservationArea(BoundText):
    """A BoundText that underlines the objectivity hints and explains the one under the cursor."""

    COMPONENT_CLASSES = BoundText.COMPONENT_CLASSES | {"observation--hint"}
    DEFAULT_CSS = """
    ObservationArea > .observation--hint {
        text-style: bold underline;
        color: $text-warning;
        background: $warning-muted;
    }
    """
    # F8 is named in the footer only where it fits: at 80 columns its long name pushed the privacy key (^L) off
    # the row. The hint under the cursor says F8 itself. check_action enables one of the two.
    BINDINGS = [
        Binding("f8,ctrl+r", "move_hint", S.KEY_HINT_MOVE, key_display="F8"),
        Binding("f8,ctrl+r", "move_hint_unlisted", S.KEY_HINT_MOVE, key_display="F8", show=False),
    ]
    FOOTER_ROOM_FOR_F8 = 120  # columns from which the footer holds F8 with its name next to the case keys

    class HintAtCursor(Message):
        """The hint under the cursor changed (``hint`` is None when the cursor left all marks)."""

        def __init__(self, area: ObservationArea, hint: Any | None) -> None:
            super().__init__()
            self.area = area
            self.hint = hint

    class MoveRequested(Message):
        """The coach asked to move the sentence holding ``hint`` to "Wat denk ik?"."""

        def __init__(self, area: ObservationArea, hint: Any) -> None:
            super().__init__()
            self.area = area
            self.hint = hint

    def __init__(self, path: str, value: str, **kwargs: Any) -> None:
        self._hints: list[Any] = []
        self._hint_text_len = len(value or "")
        self._marks: dict[int, list[tuple[int, int]]] = {}
        self._cursor_hint: Any | None = None
        super().__init__(path, value, **kwargs)

    # --- the marks ---------------------------------------------------------------------------
    @property
    def hints(self) -> list[Any]:
        """The hints currently marked, with offsets into the current text."""
        return list(self._hints)

    @property
    def cursor_hint(self) -> Any | None:
        return self._cursor_hint

    def set_hints(self, hints: list[Any], analysed_text: str | None = None) -> None:
        """Mark these hints, found in ``analysed_text`` (default: the current text).

        The coach may have typed on while the worker ran: hints are carried over to the current text
        or dropped, never drawn over the wrong characters.
        """
        text = self.text
        delta = 0 if analysed_text is None else len(text) - len(analysed_text)
        self._hints = follow_hints(list(hints), text, delta)
        self._hint_text_len = len(text)
        self._place_marks()
        self.notify_style_update()  # TextArea caches drawn lines; this public hook empties that cache
        self.refresh()
        self._update_cursor_hint()

    def hint_ranges(self) -> list[tuple[int, int, int]]:
        """The marked ranges as they are drawn: ``(row, start_column, end_column)`` per line."""
        return [(row, start, end) for row, spans in sorted(self._marks.items()) for start, end in spans]

    def _follow_edit(self) -> None:
        """After any change of the text: keep the marks that still fit, at their new place."""
        if self._hints:
            text = self.text
            self._hints = follow_hints(self._hints, text, len(text) - self._hint_text_len)
            self._hint_text_len = len(text)
            self._place_marks()
        else:
            self._marks = {}
        if self.is_mounted:
            self._update_cursor_hint()

    def _place_marks(self) -> None:
        marks: dict[int, list[tuple[int, int]]] = {}
        document = self.document
        for hint in self._hints:
            try:
                start_row, start_col = document.get_location_from_index(hint.start)
                end_row, end_col = document.get_location_from_index(hint.end)
            except (ValueError, IndexError):
                continue
            for row in range(start_row, end_row + 1):
                first = start_col if row == start_row else 0
                last = end_col if row == end_row else len(document.get_line(row))
                if last > first:
                    marks.setdefault(row, []).append((first, last))
        self._marks = marks

    def edit(self, edit):
        result = super().edit(edit)
        self._follow_edit()
        return result

    def undo(self) -> None:
        super().undo()
        self._follow_edit()

    def redo(self) -> None:
        super().redo()
        self._follow_edit()

    def load_text(self, text: str) -> None:
        super().load_text(text)
        if hasattr(self, "_marks"):
            self._hints, self._marks, self._hint_text_len = [], {}, len(text)

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        spans = self._marks.get(line_index)
        if spans:
            style = self.get_component_rich_style("observation--hint", partial=True, default=FALLBACK_STYLE)
            for start, end in spans:
                line.stylize(style, start, end)
        return line

    # --- the hint under the cursor, and the key that moves it ----------------------------------
    def hint_at(self, index: int) -> Any | None:
        """The hint whose phrase holds (or ends right before) the character ``index``."""
        return next((h for h in self._hints if h.start <= index <= h.end), None)

    def _update_cursor_hint(self) -> None:
        try:
            index = self.document.get_index_from_location(self.cursor_location)
        except (ValueError, IndexError):
            index = -1
        hint = self.hint_at(index) if index >= 0 else None
        if hint != self._cursor_hint:
            self._cursor_hint = hint
            self.refresh_bindings()
            self.post_message(self.HintAtCursor(self, hint))

    @on(TextArea.SelectionChanged)
    def _selection_changed(self, event: TextArea.SelectionChanged) -> None:
        if event.text_area is self:
            self._update_cursor_hint()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("move_hint", "move_hint_unlisted"):
            if (action == "move_hint") != (self.screen.size.width >= self.FOOTER_ROOM_FOR_F8):
                return False  # the other of the two bindings is the one in use at this width
            return True if self._cursor_hint is not None else None  # None: shown, but dimmed
        return super().check_action(action, parameters)

    def action_move_hint(self) -> None:
        if self._cursor_hint is not None:
            self.post_message(self.MoveRequested(self, self._cursor_hint))

    def action_move_hint_unlisted(self) -> None:
        self.action_move_hint()
