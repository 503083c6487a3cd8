"""The full flow offline, and no personal data in logs or temporary files.

One run of the whole flow, shared by the tests below (the app and the spaCy model load once):

* the real app through Pilot: first run, the example case opened from the command palette,
  Anonimiseren (its worker result awaited), the VK, kindbespreking and oudergesprek documents
  exported from Documenten;
* the command line: import the example case, anonymise its observations, export the three documents.

It runs under two guards at once:

* **network**: the Python-level socket functions refuse (as the ``no_network`` fixture does) and,
  beneath them, an audit hook refuses every connect, name lookup, ``sendto``, bind beyond the
  loopback address, ``urllib``/``http.client`` request and process start, so code that bypasses
  the Python wrappers (or shells out) is caught too. Every attempt is recorded, also one a library
  would swallow; a deliberate connect at the start proves the guard is on.
* **logs and files**: the root logger at DEBUG to a file (with warnings), stdout and stderr to
  files, ``TMPDIR``, ``HOME`` and the XDG folders fresh directories, Textual's log file and
  devtools off (as for a user). Afterwards every log, every file under those directories, the
  data directory (the encrypted database and backups included) and every other file the process
  opened for writing are searched for the case's names and free texts.
"""

from __future__ import annotations

import _socket
import asyncio
import contextlib
import io
import json
import logging
import os
import re
import socket
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pytest
from tests.app.helpers import PASSPHRASE, click_visible, go_step, open_example
from textual import constants as textual_constants
from textual.widgets import Input, Static

from casusprep.app.app import CasusprepApp
from casusprep.app.screens.case import CaseScreen
from casusprep.case import iter_text_fields
from casusprep.cli import main
from casusprep.example import LOCATION, example_case

KINDS = ("vk", "kindbespreking", "oudergesprek")
ANONYMISED = ("vk", "kindbespreking")


class NetworkRefused(AssertionError):
    """Raised by the guard: the flow tried to reach the network (or start a process)."""


# ------------------------------------------------------------------ the guard

_BLOCKED_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "socket.sendmsg",
    "urllib.Request",
    "http.client.connect",
    "subprocess.Popen",
    "os.system",
    "os.posix_spawn",
    "os.exec",
    "webbrowser.open",
}
_INTERNET = {_socket.AF_INET, _socket.AF_INET6}


def _loopback(args: tuple) -> bool:
    """A bind that listens on this machine only (spaCy imports requests, whose urllib3 probes IPv6
    support by binding ``::1`` at import; nothing is sent)."""
    sock, address = args[0], args[1]
    if getattr(sock, "family", None) not in _INTERNET:
        return True
    return isinstance(address, tuple) and address[0] in {"127.0.0.1", "::1", "localhost"}


@dataclass
class _Guard:
    active: bool = False
    attempts: list[str] = field(default_factory=list)
    written: set[str] = field(default_factory=set)

    def hook(self, event: str, args: tuple) -> None:
        if not self.active:
            return
        if event == "open":
            self._note_write(args)
            return
        if event in _BLOCKED_EVENTS or (event == "socket.bind" and not _loopback(args)):
            self.attempts.append(f"{event} via {_caller()}")
            raise NetworkRefused(f"blocked during the offline flow: {event}")

    def _note_write(self, args: tuple) -> None:
        path, mode, flags = args
        if path is None or isinstance(path, int):  # an already open file descriptor
            return
        if isinstance(mode, str):
            writing = any(c in mode for c in "wax+")
        else:
            writing = bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
        if writing:
            self.written.add(os.path.abspath(os.fsdecode(path)))  # no file system calls inside the hook


def _caller() -> str:
    """Where the attempt came from: the innermost frames outside the socket module, for the message."""
    frames = [f for f in traceback.extract_stack()[:-3] if not f.filename.endswith(("socket.py", __file__))]
    return " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-4:]))


_GUARD = _Guard()
sys.addaudithook(_GUARD.hook)  # hooks cannot be removed; it does nothing while the guard is inactive


# ------------------------------------------------------------------ the run


@dataclass
class FlowRun:
    root: Path  # inputs/ holds the case as the user gives it to the CLI (not searched: it is the source)
    data: Path
    tmp: Path
    home: Path
    logs: Path
    exports: Path
    cli_out: Path
    probe: list[str]
    attempts: list[str]
    written: set[str]
    anonymised_rows: int
    app_results: dict[str, str]
    cli_codes: list[int]
    anonymised_cli: str
    seconds: float
    app_seconds: float
    searched: list[str] = field(default_factory=list)


def _refuse_python_level(mp: pytest.MonkeyPatch, attempts: list[str]) -> None:
    def refuse(*args, **kwargs):
        attempts.append("socket (python level)")
        raise NetworkRefused("network access attempted")

    mp.setattr(socket.socket, "connect", refuse)
    mp.setattr(socket.socket, "connect_ex", refuse)
    mp.setattr(socket, "create_connection", refuse)
    mp.setattr(socket, "getaddrinfo", refuse)


def _raw_connect() -> None:
    raw = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)  # the C socket, no Python wrapper
    try:
        raw.settimeout(1)
        raw.connect(("192.0.2.1", 80))
    finally:
        raw.close()


def _probe_guard() -> list[str]:
    """A deliberate connect, through Python and beneath it (the C socket): both must be refused."""
    attempts = (
        ("python level", lambda: socket.create_connection(("192.0.2.1", 80), timeout=1)),  # TEST-NET-1
        ("raw socket", _raw_connect),
    )
    outcome = []
    for name, attempt in attempts:
        try:
            attempt()
        except NetworkRefused:
            outcome.append(f"{name} refused")
        else:
            outcome.append(f"{name} NOT refused")
    return outcome


async def _app_flow(exports: Path) -> tuple[int, dict[str, str]]:
    app = CasusprepApp()
    results: dict[str, str] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.devtools is None and textual_constants.LOG_FILE is None  # Textual's developer logs are off
        await open_example(pilot)
        assert isinstance(app.screen, CaseScreen), "the example case did not open"
        await go_step(pilot, 6)
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        box = app.screen.query_one("#anon-result")
        rows = len(box.query(Static))
        errors = [str(w.render()) for w in app.screen.query(".error") if str(w.render()).strip()]
        assert not errors, errors
        await go_step(pilot, 7)
        app.screen.query_one("#doc-folder", Input).value = str(exports)
        await pilot.pause()
        for kind in KINDS:
            await click_visible(pilot, f"#doc-{kind}")
            await click_visible(pilot, "#doc-export")
            await app.workers.wait_for_complete()
            await pilot.pause()
            results[kind] = str(app.screen.query_one("#doc-result", Static).render())
        await pilot.press("ctrl+q")
    return rows, results


def _cli_flow(inputs: Path, exports: Path, out: io.StringIO) -> tuple[list[int], str]:
    """Import, anonymise, export: each command's output is read from ``out`` (its stdout)."""
    with contextlib.redirect_stdout(out):
        codes = [main(["case", "import", str(inputs / "casus.json")])]
        case_id = out.getvalue().split()[-1]
        start = out.tell()
        note, persons = str(inputs / "notitie.txt"), str(inputs / "personen.json")
        codes.append(main(["anonymise", note, "--persons", persons, "--format", "json"]))
        anonymised = json.loads(out.getvalue()[start:])["text"]
        for kind in KINDS:
            codes.append(main(["export", case_id, "--doc", kind, "-o", str(exports / f"cli-{kind}.docx")]))
    return codes, anonymised


@pytest.fixture(scope="module")
def flow(tmp_path_factory: pytest.TempPathFactory) -> FlowRun:
    root = tmp_path_factory.mktemp("full-flow")
    dirs = {name: root / name for name in ("data", "tmp", "home", "logs", "exports", "inputs")}
    for path in dirs.values():
        path.mkdir()
    case = example_case()
    (dirs["inputs"] / "casus.json").write_text(case.model_dump_json(), encoding="utf-8")
    (dirs["inputs"] / "notitie.txt").write_text("\n".join(s.observation for s in case.signals), encoding="utf-8")
    persons = [{"name": p.name, "role": p.role.value} for p in case.persons]
    (dirs["inputs"] / "personen.json").write_text(json.dumps(persons), encoding="utf-8")

    log_file = dirs["logs"] / "debug.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")  # what basicConfig(level=DEBUG, filename=...) sets up
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s"))
    handler.setLevel(logging.DEBUG)
    root_logger = logging.getLogger()
    started = time.perf_counter()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASUSPREP_DATA_DIR", str(dirs["data"]))
        mp.setenv("TMPDIR", str(dirs["tmp"]))
        mp.setattr(tempfile, "tempdir", None)  # recomputed from TMPDIR
        mp.setenv("HOME", str(dirs["home"]))
        for xdg in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            mp.setenv(xdg, str(dirs["home"] / xdg.lower()))
        for var in ("TEXTUAL", "TEXTUAL_LOG", "CASUSPREP_PASSPHRASE"):
            mp.delenv(var, raising=False)
        mp.setattr(textual_constants, "LOG_FILE", None)  # read at import: a developer's shell may have set it
        level_before = root_logger.level
        root_logger.setLevel(logging.DEBUG)  # setLevel, not an attribute: loggers cache isEnabledFor per level
        root_logger.addHandler(handler)
        logging.captureWarnings(True)
        attempts: list[str] = []
        _refuse_python_level(mp, attempts)
        _GUARD.attempts, _GUARD.written, _GUARD.active = attempts, set(), True
        out, err = io.StringIO(), io.StringIO()
        try:
            assert tempfile.gettempdir() == str(dirs["tmp"])
            probe = _probe_guard()
            attempts.clear()  # the probe's own attempts
            with contextlib.redirect_stderr(err):
                rows, results = asyncio.run(_app_flow(dirs["exports"]))
                app_seconds = time.perf_counter() - started
                mp.setenv("CASUSPREP_PASSPHRASE", PASSPHRASE)  # the CLI opens the same store
                codes, anonymised = _cli_flow(dirs["inputs"], dirs["exports"], out)
        finally:
            _GUARD.active = False
            root_logger.removeHandler(handler)
            root_logger.setLevel(level_before)
            handler.close()
            logging.captureWarnings(False)
            (dirs["logs"] / "stdout.txt").write_text(out.getvalue(), encoding="utf-8")
            (dirs["logs"] / "stderr.txt").write_text(err.getvalue(), encoding="utf-8")
    return FlowRun(
        root=root,
        data=dirs["data"],
        tmp=dirs["tmp"],
        home=dirs["home"],
        logs=dirs["logs"],
        exports=dirs["exports"],
        cli_out=dirs["logs"] / "stdout.txt",
        probe=probe,
        attempts=list(attempts),
        written=set(_GUARD.written),
        anonymised_rows=rows,
        app_results=results,
        cli_codes=codes,
        anonymised_cli=anonymised,
        seconds=time.perf_counter() - started,
        app_seconds=app_seconds,
    )


# ------------------------------------------------------------------ the search


def _names() -> set[str]:
    names = set()
    for person in example_case().persons:
        names.add(person.name)
        names.update(part for part in person.name.split() if len(part) > 3)
    return names | {LOCATION}


def _texts() -> set[str]:
    case = example_case()
    return {case.title} | {text for _, text in iter_text_fields(case) if len(text) >= 12}


def _patterns() -> list[tuple[str, re.Pattern[bytes]]]:
    """Names as whole words, free texts as they are; UTF-8 and UTF-16, case-insensitive."""
    out = []
    for name in _names():
        for encoded in (name.encode(), name.encode("utf-16-le")):
            out.append((name, re.compile(rb"(?<![\w])" + re.escape(encoded) + rb"(?![\w])", re.IGNORECASE)))
    for text in _texts():
        for encoded in (text.encode(), text.encode("utf-16-le")):
            out.append((text[:30], re.compile(re.escape(encoded), re.IGNORECASE)))
    return out


def _search(paths: set[Path]) -> tuple[list[str], int]:
    patterns = _patterns()
    found, size = [], 0
    for path in sorted(paths):
        data = path.read_bytes()
        size += len(data)
        found += [f"{what!r} in {path}" for what, pattern in patterns if pattern.search(data)]
    return found, size


# ------------------------------------------------------------------ the tests


def test_full_flow_works_offline(flow: FlowRun) -> None:
    assert flow.probe == ["python level refused", "raw socket refused"], "the network guard was not active"
    assert flow.attempts == [], f"network or process access during the flow: {flow.attempts}"
    assert flow.anonymised_rows > 0, "the Anonimiseren step showed no result"
    for kind, message in flow.app_results.items():
        assert message.startswith("Weggeschreven: "), (kind, message)
    assert flow.cli_codes == [0] * 5
    names = _names() - {LOCATION}
    assert flow.anonymised_cli.strip() and not [n for n in names if n in flow.anonymised_cli]
    written = sorted(p.name for p in flow.exports.iterdir())
    assert len(written) == 6 and all(n.endswith(".docx") for n in written), written  # no temporary left over
    for path in flow.exports.glob("*.docx"):
        if any(k in path.name for k in ANONYMISED):
            document = docx.Document(str(path))
            text = "\n".join(p.text for p in document.paragraphs)
            text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
            assert text.strip() and not [n for n in names if n in text], path.name
    print(f"full flow offline in {flow.seconds:.1f} s (app {flow.app_seconds:.1f} s)")


def test_no_personal_data_in_logs_temporary_or_data_files(flow: FlowRun) -> None:
    log = (flow.logs / "debug.log").read_text(encoding="utf-8")
    assert "DEBUG" in log and "casusprep.store" in log, "debug logging did not record the flow"
    roots = [flow.logs, flow.tmp, flow.home, flow.data]
    files = {p for root in roots for p in root.rglob("*") if p.is_file()}
    files.discard(flow.cli_out)  # the CLI's anonymised output holds observation texts by design: names only
    # Every other file the process opened for writing during the flow, wherever it is (bar the documents).
    others = {Path(p) for p in flow.written} - files
    others = {p for p in others if p.is_file() and flow.exports not in p.parents}
    assert any(p.parent.name == "backups" for p in files) and any(p.name == "casusprep.db" for p in files)
    found, size = _search(files | others)
    assert found == [], found
    cli_out = flow.cli_out.read_text(encoding="utf-8")
    assert cli_out.strip() and not [n for n in _names() - {LOCATION} if n in cli_out]
    # The search and the write tracking can find what they look for.
    assert _search({flow.root / "inputs" / "casus.json"})[0], "the search finds the names where they are"
    assert any(flow.exports in Path(p).parents for p in flow.written), "writes of the documents were seen"
    print(
        f"searched {len(files | others)} files ({size / 1e6:.1f} MB; {len(others)} written outside the roots) "
        f"for {len(_names())} names and {len(_texts())} texts"
    )
