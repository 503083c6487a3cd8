"""Export from the app: folder checks and the guarded write, run in a worker thread.

Heavy imports (docxtpl, python-docx, the anonymiser) happen inside the functions, so the first
screen never pays for them. The anonymised documents pass the same name check as the CLI.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from casusprep.app import strings as S
from casusprep.case import Case

DOC_CHOICES: tuple[tuple[str, str], ...] = (
    ("vk", "VK-consult (geanonimiseerd)"),
    ("kindbespreking", "Teamoverschrijdende kindbespreking (geanonimiseerd)"),
    ("oudergesprek", "Plan van aanpak oudergesprek (vertrouwelijk)"),
)
# Audit entries: kinds and fixed purposes only, never anything typed (it could name someone).
RECIPIENT_KIND = {"vk": "VK", "kindbespreking": "ander team", "oudergesprek": "ouders", "samenvatting": "VK"}
PURPOSE = {
    "vk": "anoniem advies bij het VK",
    "kindbespreking": "teamoverschrijdende kindbespreking",
    "oudergesprek": "gesprek met de ouders",
    "samenvatting": "geanonimiseerde samenvatting voor mail of telefoon",
}
AUDIT_DOCUMENT = {
    "vk": "VK-consult",
    "kindbespreking": "Kindbespreking",
    "oudergesprek": "Oudergesprek",
    "samenvatting": "Samenvatting",
}


@dataclass
class ExportResult:
    """What an export did: ``ok`` and a Dutch message; on a leak the field paths to jump to."""

    ok: bool
    message: str
    path: Path | None = None
    fields: list[str] = field(default_factory=list)
    text: str = ""  # the summary itself (for the clipboard)


def _leak_fields(leaks) -> list[str]:
    out: list[str] = []
    for leak in leaks:
        for path in leak.fields:
            if path not in out:
                out.append(path)
    return out


def default_folder() -> Path:
    """~/Documenten when it exists (Dutch desktops), else ~/Documents, else the home folder."""
    home = Path.home()
    for name in ("Documenten", "Documents"):
        if (home / name).is_dir():
            return home / name
    return home


def check_folder(text: str) -> str | None:
    """A Dutch problem with the chosen folder, or None when it can be written to."""
    try:
        folder = Path(text.strip()).expanduser()
        if not text.strip() or not folder.is_dir():
            return S.DOC_FOLDER_MISSING
        if not os.access(folder, os.W_OK | os.X_OK):
            return S.DOC_FOLDER_NOT_WRITABLE
    except (OSError, ValueError):
        return S.DOC_FOLDER_MISSING
    return None


def target_path(folder: Path, case: Case, kind: str, suffix: str = ".docx") -> Path:
    """A file name without personal data (kind and case number), never overwriting an earlier export."""
    base = f"casusprep-{kind}-{case.id}"
    path = folder / f"{base}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}{suffix}"
        n += 1
    return path


def export_to_folder(case: Case, kind: str, folder: str) -> ExportResult:
    """Render, check and write one document: ok and a Dutch message with the path, or what went wrong."""
    from casusprep.documents import DocKind, TemplateError, render_document, write_private_atomic

    doc = DocKind(kind)
    try:
        data = render_document(case, doc)
    except TemplateError as exc:
        return ExportResult(False, S.DOC_FAILED.format(error=exc))
    except Exception as exc:  # noqa: BLE001 - never crash the app on an export
        return ExportResult(False, S.DOC_FAILED.format(error=type(exc).__name__))
    if doc.anonymised:
        from casusprep.documents import DOC_TITLES
        from casusprep.guard import check_export, leak_message

        leaks = check_export(data, case)
        if leaks:
            return ExportResult(False, leak_message(leaks, DOC_TITLES[doc]), fields=_leak_fields(leaks))
    try:
        path = write_private_atomic(data, target_path(Path(folder.strip()).expanduser(), case, kind))
    except OSError as exc:
        return ExportResult(False, S.DOC_FAILED.format(error=exc.strerror or type(exc).__name__))
    return ExportResult(True, S.DOC_DONE.format(path=path), path=path)


def summary_to_folder(case: Case, folder: str) -> ExportResult:
    """The anonymised summary: built from the anonymised copy, through the leak check, then written
    user-only as a .txt. Nothing is written (and nothing should be copied) when the check finds a leak."""
    from casusprep.anonymise import anonymise_case
    from casusprep.documents import write_private_atomic
    from casusprep.guard import check_summary, leak_message
    from casusprep.summary import summary_text

    try:
        text = summary_text(anonymise_case(case))
    except Exception as exc:  # noqa: BLE001 - never crash the app on an export
        return ExportResult(False, S.DOC_FAILED.format(error=type(exc).__name__))
    leaks = check_summary(text, case)
    if leaks:
        return ExportResult(False, leak_message(leaks, S.SUMMARY_TITLE), fields=_leak_fields(leaks))
    try:
        target = target_path(Path(folder.strip()).expanduser(), case, "samenvatting", ".txt")
        path = write_private_atomic(text.encode("utf-8"), target)
    except OSError as exc:
        return ExportResult(False, S.DOC_FAILED.format(error=exc.strerror or type(exc).__name__))
    return ExportResult(True, S.SUMMARY_DONE.format(path=path), path=path, text=text)
