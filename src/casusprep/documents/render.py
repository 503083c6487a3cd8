"""Render the three Word documents and write them safely.

Why this shape: VK and kindbespreking documents leave the organisation, so they are rendered only
from :func:`casusprep.anonymise.anonymise_case` (the one anonymisation interface), never from the
case itself. Rendering happens in memory; the only file ever written is the export the user asked
for, written atomically with mode 0600, and scrubbed of document metadata.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import os
import tempfile
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any

from casusprep.case import Case, Use
from casusprep.documents.scrub import scrub_docx
from casusprep.documents.texts import DOC
from casusprep.labels import label
from casusprep.locations import templates_dir

TEMP_PREFIX, TEMP_SUFFIX = ".casusprep-", ".tmp"


class DocKind(StrEnum):
    VK = "vk"
    KINDBESPREKING = "kindbespreking"
    OUDERGESPREK = "oudergesprek"

    @property
    def anonymised(self) -> bool:
        return self is not DocKind.OUDERGESPREK

    @property
    def title(self) -> str:
        return DOC_TITLES[self]


# A document's title is the label of the use it is made for (one wording, in data/labels.toml).
DOC_TITLES: dict[DocKind, str] = {kind: label(Use(kind.value)) for kind in DocKind}


class TemplateError(Exception):
    """A template cannot be used (missing, not a .docx, or a broken tag after editing in Word). Dutch message."""


def template_path(kind: DocKind) -> Path:
    """The organisation's own template when present (``<data dir>/templates/<kind>.docx``), else the shipped one."""
    from casusprep.locations import data_dir

    own = data_dir() / "templates" / f"{kind.value}.docx"
    if own.is_file():
        return own
    return templates_dir() / f"{kind.value}.docx"


def document_context(
    case: Case, kind: DocKind, anonymised=None, *, today: dt.date | None = None, revision: int | None = None
) -> dict:
    """The values one document shows. VK and kindbespreking take them from the anonymised copy
    (:func:`casusprep.anonymise.anonymise_case`, passed in or made here), never from the case itself.
    ``revision`` is the stored case revision the document is made from (its footer names it)."""
    from casusprep.documents import context as ctx

    kind = DocKind(kind)
    today = today or dt.date.today()
    if kind is DocKind.OUDERGESPREK:
        values = ctx.oudergesprek_context(case, today)
    else:
        if anonymised is None:
            from casusprep.anonymise import anonymise_case

            anonymised = anonymise_case(case)
        if kind is DocKind.VK:
            values = ctx.vk_context(case, anonymised, today)
        else:
            values = ctx.kindbespreking_context(case, anonymised, today)
    values["revision_line"] = ctx.revision_line(revision)
    return values


@functools.lru_cache(maxsize=3)
def reference_context(kind: DocKind) -> dict:
    """What the code fills for a case where every section applies (the example case, every share chosen):
    the shape a template is checked against. The example is invented, so no anonymisation is needed here."""
    from casusprep.anonymise import AnonymisedCase
    from casusprep.example import example_case

    case = example_case()
    for s in case.signals:
        s.share_school_interpretation = s.share_school_gut_feeling = True
    case.signals[0].told_by = case.persons[-1].id
    case.signals[-1].share_school = False
    labels = {s.id: f"dag {n}" for n, s in enumerate(case.signals, 1)}
    anonymised = AnonymisedCase(case=case, date_labels=labels)
    return document_context(case, kind, anonymised, today=dt.date(2026, 1, 1), revision=1)


@functools.lru_cache(maxsize=16)
def _checked(path: Path, kind: DocKind, _stamp: tuple[int, int]) -> None:
    from casusprep.documents.template_check import check_template

    check_template(path, reference_context(kind), kind.title)


def check_template_for(kind: DocKind, path: Path | None = None) -> Path:
    """The template to use for ``kind``, checked once per version of the file; TemplateError (Dutch) if unusable."""

    from casusprep.documents.template_check import TemplateTagError

    kind = DocKind(kind)
    path = Path(path) if path is not None else template_path(kind)
    try:
        stat = path.stat()
        _checked(path, kind, (stat.st_mtime_ns, stat.st_size))
    except FileNotFoundError:
        raise TemplateError(DOC.TEMPLATE_MISSING.format(title=kind.title, file=path.name)) from None
    except TemplateTagError as exc:
        raise TemplateError(str(exc)) from None
    except Exception as exc:
        raise _unusable(kind, exc) from None
    return path


def _unusable(kind: DocKind, exc: Exception) -> TemplateError:
    """A template that jinja2 or python-docx cannot use, said in Dutch (the template's own text, no case data)."""
    from jinja2 import TemplateError as JinjaError

    if isinstance(exc, JinjaError):
        return TemplateError(DOC.TEMPLATE_BROKEN_TAG.format(title=kind.title, error=exc))
    # python-docx / zip errors: the file is no usable Word document
    return TemplateError(DOC.TEMPLATE_NOT_WORD.format(title=kind.title, error=type(exc).__name__))


def render_context(context: dict, kind: DocKind, path: Path | None = None) -> bytes:
    """Fill a checked template with ``context``; the .docx as bytes, metadata scrubbed. Nothing touches the disk."""
    from docxtpl import DocxTemplate

    from casusprep.documents.template_check import environment

    kind = DocKind(kind)
    path = check_template_for(kind, path)
    try:
        template = DocxTemplate(path)
        template.render(_with_images(context, template), jinja_env=environment(), autoescape=True)
        buffer = io.BytesIO()
        template.save(buffer)
    except Exception as exc:
        raise _unusable(kind, exc) from None
    return scrub_docx(buffer.getvalue())


def _with_images(value: Any, template: Any) -> Any:
    """The context with every :class:`~casusprep.documents.figure.Figure` made a docxtpl image of ``template``
    (an image belongs to the one document it is rendered into, so it is made only here)."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    from casusprep.documents.figure import Figure

    if isinstance(value, Figure):
        return InlineImage(template, io.BytesIO(value.png), width=Mm(value.width_mm))
    if isinstance(value, dict):
        return {k: _with_images(v, template) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_images(v, template) for v in value]
    return value


def render_document(
    case: Case, kind: DocKind, *, today: dt.date | None = None, anonymised=None, revision: int | None = None
) -> bytes:
    """The finished .docx as bytes, metadata scrubbed. Nothing touches the disk."""
    kind = DocKind(kind)
    return render_context(document_context(case, kind, anonymised, today=today, revision=revision), kind)


def _has_fcntl() -> bool:
    try:
        import fcntl  # noqa: F401
    except ImportError:
        return False
    return True


def _lock(fd: int, *, wait: bool) -> bool:
    """An exclusive advisory lock on an open temporary file: held while an export is alive, so a sweep can
    tell a live export's file from one left by an export that was killed. False when another holds it."""
    try:
        import fcntl
    except ImportError:  # no advisory locks: the sweep falls back to the file's age
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks
        return True
    return True


STALE_WITHOUT_LOCKS = 3600  # seconds; only where advisory locks do not exist


def sweep_stale_temp(folder: Path) -> int:
    """Remove temporary files of casusprep's own pattern that an interrupted export left in ``folder``.

    Such a file can hold a whole document (for the parent plan, with names). A file whose export is still
    running is locked and stays. Returns how many were removed; never raises.
    """
    removed = 0
    try:
        candidates = list(Path(folder).glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"))
    except OSError:
        return 0
    for candidate in candidates:
        try:
            if not candidate.is_file() or candidate.is_symlink():
                continue
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if _has_fcntl():
                if not _lock(fd, wait=False):
                    continue
            elif time.time() - os.fstat(fd).st_mtime < STALE_WITHOUT_LOCKS:
                continue
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed += 1
        finally:
            os.close(fd)
    return removed


def write_private_atomic(
    data: bytes, path: Path, *, commit: Callable[[Callable[[], None]], None] | None = None
) -> Path:
    """Write ``data`` to ``path`` readable by the user only, all or nothing.

    A temporary file in the same directory (created 0600, locked while the export lives), fsync, then
    ``os.replace``: a crash or a full disk leaves either the old file or the new one, never half a
    document. ``commit`` receives the final move and runs it (the export service runs it inside the
    audit log's transaction, so the log entry exists exactly when the document does).
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    moved = False
    try:
        _lock(fd, wait=True)
        with contextlib.suppress(OSError):  # not every file system knows modes
            os.chmod(tmp, 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)

        def move() -> None:
            nonlocal moved
            os.replace(tmp, path)
            moved = True

        if commit is None:
            move()
        else:
            commit(move)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path if moved else tmp)  # the log could not record it: the document goes too
        raise
    finally:
        os.close(fd)
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    return path


def export_document(case: Case, kind: DocKind, path: Path) -> Path:
    """Render and write one document; returns the path written."""
    return write_private_atomic(render_document(case, kind), Path(path))
