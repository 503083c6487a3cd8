"""The one place for unavoidable use of libraries' private parts; each section has a canary test.

Each section says what it relies on and why no public hook does the job. When a library changes, the
canary (``check_*``) fails with a precise message instead of the app silently behaving differently.
"""

from __future__ import annotations

# --- Textual (the app) ------------------------------------------------------------------------------
# 1. The crash report. Textual's own report prints the local variables of every frame (a coach's notes,
#    names) and the exception message (validation errors quote the input). There is no public setting
#    for this, so the app replaces the two private methods that build and print it: ``_handle_exception``
#    (remembers the error) and ``_fatal_error`` (prints it), writing to ``_exit_renderables`` and
#    closing with ``_close_messages_no_wait``, as Textual's own ``_fatal_error`` does.
# 2. The Select overlay's footer text. Textual's SelectOverlay (private module) binds Escape with the English
#    description "Dismiss menu"; an app can set the description only by replacing the class's bindings
#    (and the merged map Textual builds from them when the class is created).

TEXTUAL_APP_PRIVATE = ("_handle_exception", "_fatal_error", "_exit_renderables", "_close_messages_no_wait")


class QuietCrashReport:
    """Mixin for the App: on a crash, print ``crash_report(error)`` instead of Textual's report."""

    _crash: BaseException | None = None

    def crash_report(self, error: BaseException | None):  # pragma: no cover - overridden
        raise NotImplementedError

    def _handle_exception(self, error: Exception) -> None:
        self._crash = error
        super()._handle_exception(error)  # type: ignore[misc]

    def _fatal_error(self) -> None:
        from rich.segment import Segments

        self.bell()  # type: ignore[attr-defined]
        console = self.console  # type: ignore[attr-defined]
        self._exit_renderables.append(Segments(console.render(self.crash_report(self._crash))))  # type: ignore[attr-defined]
        self._close_messages_no_wait()  # type: ignore[attr-defined]


def dutch_select_overlay(dismiss: str) -> None:
    """Give the Select overlay's Escape binding a Dutch description in the footer."""
    from textual.binding import Binding
    from textual.widgets._select import SelectOverlay

    SelectOverlay.BINDINGS = [Binding("escape", "dismiss", dismiss)]
    SelectOverlay._merged_bindings = SelectOverlay._merge_bindings()


def check_textual() -> None:
    """Canary: the private parts above still exist in the installed Textual."""
    import inspect

    from textual.app import App

    missing = [name for name in TEXTUAL_APP_PRIVATE if not hasattr(App, name) and name != "_exit_renderables"]
    if missing:
        raise AssertionError(f"Textual App lacks {', '.join(missing)}: casusprep's crash report needs them")
    if "_exit_renderables" not in inspect.getsource(App.__init__):
        raise AssertionError("Textual App no longer sets _exit_renderables: casusprep's crash report prints there")
    if list(inspect.signature(App._handle_exception).parameters) != ["self", "error"]:
        raise AssertionError("Textual App._handle_exception changed its signature")
    from textual.widgets import _select

    overlay = getattr(_select, "SelectOverlay", None)
    if overlay is None or not hasattr(overlay, "_merge_bindings") or not hasattr(overlay, "action_dismiss"):
        raise AssertionError("Textual's SelectOverlay changed: casusprep's Dutch footer text for Escape needs it")
