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

import importlib.util
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

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


# The smallest size each belgian-deduce list may have, about 80% of the pinned version's (1,007 common words, 101
# stop words, 50,270 first names, 14,522 surnames, 9,672 places, 92,586 streets): a list that shrank, or a changed
# folder layout, stops the engine instead of leaving names in the text.
DEDUCE_MINIMUM: dict[tuple[str, ...], int] = {
    ("whitelist", "lst_common_word"): 800,
    ("whitelist", "lst_stop_word"): 80,
    ("names", "lst_first_name"): 40_000,
    ("names", "lst_surname"): 11_500,
    ("locations", "lst_placename"): 7_700,
    ("locations", "lst_street"): 74_000,
}


def deduce_lists_root() -> Path | None:
    """Where belgian-deduce keeps its word lists, found without importing the package (its import compiles 0.3 s
    of regexes); None when it is not installed. The folder may be missing if a release moved it."""
    spec = importlib.util.find_spec("belgian_deduce")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup" / "src"


def _deduce_lists_present() -> bool:
    root = deduce_lists_root()
    return root is not None and all(any(root.joinpath(*parts).rglob("items.txt")) for parts in DEDUCE_MINIMUM)


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


def keep_editing_keys_in_order() -> None:
    """Run an Input's or TextArea's own key bindings (Backspace, Home, Ctrl+U ...) where its typed characters are
    handled, in the order the keys came.

    Textual inserts a typed character in the editor's ``_on_key`` but runs a bound key's action only when the key
    has bubbled up to the app, so keys that arrive together (fast typing, a machine under load) are applied out of
    order: 'abc', Backspace, 'x' gave 'abc' instead of 'abx', and Home then 'Q' put the Q at the end (Textual issue
    6605). The editor's own bindings are the first the app would look at, so running them here changes nothing
    else. Idempotent."""
    from textual.widgets import Input, TextArea

    for cls in (Input, TextArea):
        original = cls.__dict__["_on_key"]
        if getattr(original, "_casusprep_ordered", False):
            continue

        async def _on_key(self, event, _original=original) -> None:
            if not event.is_printable:
                for binding in self._bindings.key_to_bindings.get(event.key, ()):
                    if not binding.priority and await self.app.run_action(binding.action, self):
                        event.stop()
                        event.prevent_default()
                        return
            await _original(self, event)

        _on_key._casusprep_ordered = True  # type: ignore[attr-defined]  # the marker that makes this idempotent
        cls._on_key = _on_key  # type: ignore[method-assign]  # the patch this function exists for


# Escape sequences that continue past their second character (CSI, SS3, DCS, OSC, APC, PM, SOS): after one of
# these the parser must go on reading; after any other character the sequence is complete.
_SEQUENCE_INTRODUCERS = frozenset("[OP]_^X")


def escape_then_key_as_typed() -> None:
    """Read Escape followed at once by a key that starts no escape sequence (Enter, a letter) as those two keys.

    Textual's terminal parser keeps reading after ``ESC`` + Enter as if a longer sequence could follow; when the
    next key is Escape again (Esc, Enter, Esc typed quickly) it gives the first ``ESC`` up as the character "^"
    (``reissue_sequence_as_keys`` inside ``XTermParser.parse``), which went into the focused field, and Enter went
    with it; without a following Escape the first Escape is silently dropped. The parser asks
    ``XTermParser._sequence_to_key_events`` whether the sequence read so far is a key; answering "Escape, then
    that key" for such a two-character sequence ends it there. Sequences Textual itself knows (Alt+Backspace, the
    macOS word keys) keep their meaning. Idempotent."""
    from textual import events
    from textual._xterm_parser import XTermParser

    original = XTermParser.__dict__["_sequence_to_key_events"]
    if getattr(original, "_casusprep_escape", False):
        return

    def _sequence_to_key_events(self, sequence: str, alt: bool = False, _original=original):
        known = list(_original(self, sequence, alt))
        if known or len(sequence) != 2 or sequence[0] != "\x1b" or sequence[1] in _SEQUENCE_INTRODUCERS:
            yield from known
            return
        yield events.Key("escape", "\x1b")
        yield from _original(self, sequence[1])

    _sequence_to_key_events._casusprep_escape = True  # type: ignore[attr-defined]  # the marker that makes this idempotent
    XTermParser._sequence_to_key_events = _sequence_to_key_events  # type: ignore[method-assign]  # the patch this function exists for


def keys_from_terminal(data: str) -> list[Any]:
    """The key events Textual's terminal parser makes of ``data`` arriving in one read (then the input pauses), as
    the driver hands them to the app: how a test types like a terminal."""
    from textual import events
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    return [token for token in [*parser.feed(data), *parser.feed("")] if isinstance(token, events.Key)]


def palette_still_searching(palette: Any) -> bool:
    """Whether the command palette is still searching for what was typed (its gathering worker runs)."""
    group = type(palette)._GATHER_COMMANDS_GROUP
    return any(w.node is palette and w.group == group and not w.is_finished for w in palette.app.workers)


def palette_choose(palette: Any) -> None:
    """Do what Enter does in the command palette: run the highlighted command (or the only one)."""
    palette._select_or_command()


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


def _textual_editor_keys_present() -> bool:
    import inspect

    from textual.widgets import Input, TextArea

    for cls in (Input, TextArea):
        handler = cls.__dict__.get("_on_key")
        if handler is None or not inspect.iscoroutinefunction(handler):
            return False
    return "backspace" in Input()._bindings.key_to_bindings


register(
    PrivateUse(
        library="textual",
        version="8.2.8",
        where="casusprep.app.app (keep_editing_keys_in_order)",
        what="Input._on_key and TextArea._on_key (async key handlers) and DOMNode._bindings.key_to_bindings",
        why="Textual runs an editor's bound keys after the typed characters that follow them (issue 6605); "
        "no public hook runs a widget's bindings where its key arrives",
        probe=_textual_editor_keys_present,
    )
)


def _textual_escape_parse_hook_present() -> bool:
    import inspect

    from textual._xterm_parser import XTermParser

    source = inspect.getsource(XTermParser.parse)
    return "sequence_to_key_events = self._sequence_to_key_events" in source and "key_events = list(" in source


register(
    PrivateUse(
        library="textual",
        version="8.2.8",
        where="casusprep.app.app (escape_then_key_as_typed)",
        what="textual._xterm_parser.XTermParser._sequence_to_key_events, asked by parse() for each sequence read",
        why="Esc, Enter, Esc typed quickly put a '^' in the focused field and dropped the Escape; the parser has "
        "no public setting for an Escape followed by a key",
        probe=_textual_escape_parse_hook_present,
    )
)


def _textual_palette_parts_present() -> bool:
    import inspect

    from textual.command import CommandPalette

    group = getattr(CommandPalette, "_GATHER_COMMANDS_GROUP", None)
    gather = inspect.getsource(CommandPalette._gather_commands)
    select = getattr(CommandPalette, "_select_or_command", None)
    return isinstance(group, str) and "_refresh_command_list" in gather and callable(select)


register(
    PrivateUse(
        library="textual",
        version="8.2.8",
        where="casusprep.app.app (DutchCommandPalette)",
        what="CommandPalette._GATHER_COMMANDS_GROUP (its search worker's group) and CommandPalette._select_or_command",
        why="Enter typed right after the letters ran the command shown for the letters before (the search runs in a "
        "worker); no public way to wait for the search or to choose as Enter does",
        probe=_textual_palette_parts_present,
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


# --- spaCy and Presidio, imported for a quick start (casusprep.nlp.spacy_import) ------------------------------
# A batch run (``casusprep anonymise --batch``) starts a fresh process that imports both before its first text;
# two parts of those imports are work casusprep never uses, 0.3-0.4 s of CPU together.
# 1. spaCy's package imports its whole command line (typer, weasel, httpx, jinja2, ...) only to offer
#    ``spacy.info``. While spaCy itself is imported, placeholder modules stand in for ``spacy.cli`` and
#    ``spacy.cli.info`` (the names its ``__init__`` imports); they are removed right after, so a later
#    ``import spacy.cli`` (the training scripts) loads the real one, and ``spacy.info`` calls the real function.
# 2. Presidio's package creates the patterns of all its predefined recognizers when it is imported, and
#    ``Pattern.__init__`` compiles each regex (the private ``_Pattern__validate_regex``) only to check it: the
#    pattern is compiled again when used. The URL recognizer's regex alone lists 1,500 top-level domains. The check
#    is off only while Presidio's own modules load (casusprep's patterns are created after and are checked).

SPACY_CLI_MODULES = ("spacy.cli.info", "spacy.cli")


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


@contextmanager
def spacy_without_cli() -> Iterator[None]:
    """While spaCy is first imported inside this block, its command line is not (see above)."""
    if "spacy" in sys.modules or any(name in sys.modules for name in SPACY_CLI_MODULES):
        yield  # imported already: nothing to save
        return
    placeholders = {name: ModuleType(name) for name in SPACY_CLI_MODULES}
    placeholders["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    placeholders["spacy.cli"].info = placeholders["spacy.cli.info"]  # type: ignore[attr-defined]
    sys.modules.update(placeholders)
    try:
        yield
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _presidio_pattern_module() -> ModuleType:
    """Presidio's ``pattern`` module, loaded on its own without running the package's ``__init__``."""
    spec = importlib.util.find_spec("presidio_analyzer")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("presidio_analyzer is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "pattern.py"
    pattern_spec = importlib.util.spec_from_file_location("presidio_analyzer.pattern", path)
    if pattern_spec is None or pattern_spec.loader is None:
        raise ImportError(f"no module at {path}")
    module = importlib.util.module_from_spec(pattern_spec)
    pattern_spec.loader.exec_module(module)
    return module


def import_presidio_unchecked() -> None:
    """Import Presidio without compiling its predefined recognizers' regexes only to check them (see above).
    Should Presidio's layout not be as expected, it is imported as it comes."""
    if "presidio_analyzer" in sys.modules:
        return
    try:
        module = _presidio_pattern_module()
        pattern_class = module.Pattern
        check = pattern_class.__dict__["_Pattern__validate_regex"]
    except Exception:  # noqa: BLE001 - not the layout this expects: import Presidio as it comes
        import presidio_analyzer  # noqa: F401

        return
    sys.modules["presidio_analyzer.pattern"] = module
    pattern_class._Pattern__validate_regex = staticmethod(lambda pattern: None)
    try:
        import presidio_analyzer
    except BaseException:
        sys.modules.pop("presidio_analyzer.pattern", None)
        raise
    finally:
        pattern_class._Pattern__validate_regex = check
    presidio_analyzer.pattern = module


def _spacy_cli_imported_by_init_only() -> bool:
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return False
    source = Path(spec.origin).read_text(encoding="utf-8")
    # The package's __init__ takes only ``info`` from the CLI; nothing else of spaCy imports it at module level.
    return "from .cli.info import info" in source and source.count(".cli") == 1


def _presidio_pattern_check_present() -> bool:
    check = _presidio_pattern_module().Pattern.__dict__.get("_Pattern__validate_regex")
    return isinstance(check, staticmethod)


register(
    PrivateUse(
        library="spacy",
        version="3.8.18",
        where="casusprep.nlp.spacy_import",
        what="its __init__ importing only spacy.cli.info.info from the command line (placeholder modules)",
        why="spaCy offers no way to import it without its command line (0.15-0.2 s of CPU at every start)",
        probe=_spacy_cli_imported_by_init_only,
    )
)
register(
    PrivateUse(
        library="presidio-analyzer",
        version="2.2.366",
        where="casusprep.nlp.spacy_import",
        what="presidio_analyzer/pattern.py with Pattern._Pattern__validate_regex (a staticmethod)",
        why="Presidio's package creates every predefined recognizer when imported and compiles each regex only to "
        "check it (0.15-0.2 s of CPU at every start); no public switch",
        probe=_presidio_pattern_check_present,
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
