"""The one place for unavoidable uses of a library's private parts (names with a leading underscore, internal
module layouts, undocumented behaviour); each section says what it relies on and why no public hook does it.

``tests/test_compat.py`` is the canary: when a library is upgraded it fails with a precise message naming the use
to re-check, instead of the program failing at a coach's keyboard. It runs every use registered here as a
``PrivateUse`` (library and version checked against, where, what, why, and a ``probe``), and it checks that
the installed versions are the ones pinned in pyproject.toml, since every use here holds for those only.

Code that uses a private part either lives here or calls a function from here; a use that becomes possible
through a public API leaves this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata

# --- The registry ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrivateUse:
    library: str  # the distribution's name, as pinned in pyproject.toml
    version: str  # the version the use was checked against
    where: str  # the module that relies on it
    what: str  # the private name or layout relied on
    why: str  # why no public API does it
    probe: Callable[[], bool]  # True while the private part is as expected (cheap, no side effects)


PRIVATE_USES: list[PrivateUse] = []


def register(use: PrivateUse) -> PrivateUse:
    PRIVATE_USES.append(use)
    return use


def problems(use: PrivateUse) -> list[str]:
    """What no longer holds for one use, as messages that say what to re-check; empty when all is well."""
    found: list[str] = []
    try:
        installed = metadata.version(use.library)
    except metadata.PackageNotFoundError:
        return [f"{use.library} is not installed, but {use.where} relies on its {use.what}"]
    if installed != use.version:
        found.append(
            f"{use.library} is {installed}, but {use.where} relies on its {use.what} as in {use.version}: "
            f"re-check that use ({use.why}) and update its version in casusprep.compat"
        )
    try:
        holds = use.probe()
    except Exception as exc:  # noqa: BLE001 - any failure of the probe means the private part changed
        holds, detail = False, f" ({type(exc).__name__}: {exc})"
    else:
        detail = ""
    if not holds:
        found.append(f"{use.library} {installed}: {use.what} is no longer as {use.where} expects{detail}")
    return found


# --- confusable-homoglyphs (casusprep.textnorm) ----------------------------------------------------------


def _confusables_data_present() -> bool:
    from importlib import resources

    data = resources.files("confusable_homoglyphs").joinpath("confusables.json")
    return data.is_file() and data.read_text("utf-8").lstrip().startswith("{")


register(
    PrivateUse(
        library="confusable-homoglyphs",
        version="3.3.1",
        where="casusprep.textnorm",
        what="package data file confusables.json (a JSON object per character)",
        why="the library's API answers per string; textnorm builds one folding table from the whole data at once",
        probe=_confusables_data_present,
    )
)


# --- belgian-deduce (casusprep.anonymise.lexicon, training.generator.names) -----------------------------------


def _deduce_lists_present() -> bool:
    from casusprep.anonymise.lexicon import DEDUCE_MINIMUM, _deduce_root

    root = _deduce_root()
    return all(any((root.joinpath(*parts)).rglob("items.txt")) for parts in DEDUCE_MINIMUM)


register(
    PrivateUse(
        library="belgian-deduce",
        version="5.0.0",
        where="casusprep.anonymise.lexicon",
        what="the layout of its word lists (data/lookup/src/<group>/<list>/items.txt and exceptions.txt)",
        why="the package offers its lists only through its own deidentification pipeline; the engine needs the "
        "plain first names, surnames, places, streets and common words (a shrunken list fails at start-up)",
        probe=_deduce_lists_present,
    )
)


# --- Textual (casusprep.app) -------------------------------------------------------------------------------
# 1. The crash report. Textual's own report prints the local variables of every frame (a coach's notes, names)
#    and the exception message (validation errors quote the input). No public setting turns that off, so the
#    app replaces the two private methods that build and print it: ``_handle_exception`` (remembers the error)
#    and ``_fatal_error`` (prints it), appending to ``_exit_renderables`` and closing with
#    ``_close_messages_no_wait``, as Textual's own ``_fatal_error`` does.
# 2. The Select overlay's footer text. Textual's SelectOverlay (a private module) binds Escape with the English
#    description "Dismiss menu"; an app can change it only by replacing that class's bindings and the merged
#    map Textual builds from them when the class is created (``_merged_bindings`` from ``_merge_bindings``).
# 3. A widget removed while it is still being mounted. The case screen mounts the steps she has not visited in
#    the background; when she leaves the case (or quits) during such a mount, Textual prunes the subtree while
#    the widgets' Mount handlers are still to run, and a handler that looks up its own parts (a step's
#    ``after_compose``, Textual's own Select set-up) finds them gone and takes the app down. Textual marks every
#    node of a subtree being removed with ``_pruning`` (in ``App._prune``) before it removes any; no public
#    property says so (``is_attached`` stays true until the removal is done).

TEXTUAL_APP_PRIVATE = ("_handle_exception", "_fatal_error", "_close_messages_no_wait")


class QuietCrashReport:
    """Mixin for the App: on a crash, print ``crash_report(error)`` instead of Textual's report."""

    _crash: BaseException | None = None

    def crash_report(self, error: BaseException | None):  # pragma: no cover - the app defines it
        raise NotImplementedError

    def _handle_exception(self, error: Exception) -> None:
        self._crash = error
        super()._handle_exception(error)  # type: ignore[misc]

    def _fatal_error(self) -> None:
        from rich.segment import Segments

        self.bell()  # type: ignore[attr-defined]
        rendered = self.console.render(self.crash_report(self._crash))  # type: ignore[attr-defined]
        self._exit_renderables.append(Segments(rendered))  # type: ignore[attr-defined]
        self._close_messages_no_wait()  # type: ignore[attr-defined]


def dutch_select_overlay(dismiss: str) -> None:
    """Give the Select overlay's Escape binding a Dutch description in the footer."""
    from textual.binding import Binding
    from textual.widgets._select import SelectOverlay

    SelectOverlay.BINDINGS = [Binding("escape", "dismiss", dismiss)]
    SelectOverlay._merged_bindings = SelectOverlay._merge_bindings()


def being_removed(widget: object) -> bool:
    """True while Textual is removing ``widget`` (its parts may already be gone): set-up has nothing to do."""
    return bool(getattr(widget, "_pruning", False))


def _textual_crash_hooks_present() -> bool:
    import inspect

    from textual.app import App

    if not all(hasattr(App, name) for name in TEXTUAL_APP_PRIVATE):
        return False
    if "_exit_renderables" not in inspect.getsource(App.__init__):
        return False
    return list(inspect.signature(App._handle_exception).parameters) == ["self", "error"]


def _textual_select_overlay_present() -> bool:
    from textual.widgets import _select

    overlay = getattr(_select, "SelectOverlay", None)
    return overlay is not None and hasattr(overlay, "_merge_bindings") and hasattr(overlay, "action_dismiss")


def _textual_pruning_flag_present() -> bool:
    import inspect

    from textual.app import App
    from textual.widget import Widget

    return "._pruning = True" in inspect.getsource(App._prune) and Widget()._pruning is False


register(
    PrivateUse(
        library="textual",
        version="8.2.8",
        where="casusprep.app.app (QuietCrashReport)",
        what="App._handle_exception, App._fatal_error, App._exit_renderables, App._close_messages_no_wait",
        why="Textual's crash report prints local variables and messages (case data); no public switch",
        probe=_textual_crash_hooks_present,
    )
)
register(
    PrivateUse(
        library="textual",
        version="8.2.8",
        where="casusprep.app.app (dutch_select_overlay)",
        what="textual.widgets._select.SelectOverlay bindings and DOMNode._merge_bindings",
        why="the Escape description of a Select's menu is fixed English text in the footer",
        probe=_textual_select_overlay_present,
    )
)
register(
    PrivateUse(
        library="textual",
        version="8.2.8",
        where="casusprep.app.widgets (being_removed)",
        what="Widget._pruning, set by App._prune on a whole subtree before it is removed",
        why="no public property tells a Mount handler that its widget is already being removed",
        probe=_textual_pruning_flag_present,
    )
)


# --- pyrage (casusprep.handover) ---------------------------------------------------------------------------

_AGE_NO_KEY_MESSAGE = "Decryption failed"


def age_wrong_passphrase(error: Exception) -> bool:
    """Whether pyrage's DecryptError means that no stanza opened with the passphrase (a wrong passphrase),
    as opposed to a damaged or truncated file. pyrage has one exception class for both; only the text of
    rage's error tells them apart."""
    return str(error) == _AGE_NO_KEY_MESSAGE


def _age_wrong_passphrase_message() -> bool:
    import base64
    import os

    import pyrage

    def b64(data: bytes) -> bytes:
        return base64.b64encode(data).rstrip(b"=")

    # A well-formed header with a scrypt stanza of the lowest work factor: any passphrase fails to open it,
    # in a millisecond, as a wrong passphrase on a real handover does.
    header = b"age-encryption.org/v1\n-> scrypt " + b64(os.urandom(16)) + b" 2\n" + b64(os.urandom(32))
    sample = header + b"\n--- " + b64(os.urandom(32)) + b"\n" + os.urandom(40)
    try:
        pyrage.passphrase.decrypt(sample, "proef")
    except pyrage.DecryptError as exc:
        return age_wrong_passphrase(exc)
    return False


register(
    PrivateUse(
        library="pyrage",
        version="1.4.0",
        where="casusprep.handover (unseal)",
        what="the text 'Decryption failed' of DecryptError when no stanza opens with the passphrase",
        why="pyrage raises one DecryptError for a wrong passphrase and for damage; the Dutch message differs",
        probe=_age_wrong_passphrase_message,
    )
)
