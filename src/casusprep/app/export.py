"""Export from the app: folder checks and the guarded write, run in a worker thread.

Heavy imports (docxtpl, python-docx, the anonymiser) happen inside the functions, so the first
screen never pays for them. The anonymised documents pass the same name check as the CLI.
"""

from __future__ import annotations

import os
from pathlib import Path

from casusprep.app import strings as S
from casusprep.case import Case

DOC_CHOICES: tuple[tuple[str, str], ...] = (
    ("vk", "VK-consult (geanonimiseerd)"),
    ("kindbespreking", "Teamoverschrijdende kindbespreking (geanonimiseerd)"),
    ("oudergesprek", "Plan van aanpak oudergesprek (vertrouwelijk)"),
)
RECIPIENT_KIND = {"vk": "VK", "kindbespreking": "ander team", "oudergesprek": "ouders"}


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


def target_path(folder: Path, case: Case, kind: str) -> Path:
    """A file name without personal data (kind and case number), never overwriting an earlier export."""
    base = f"casusprep-{kind}-{case.id}"
    path = folder / f"{base}.docx"
    n = 2
    while path.exists():
        path = folder / f"{base}-{n}.docx"
        n += 1
    return path


def export_to_folder(case: Case, kind: str, folder: str) -> tuple[bool, str]:
    """Render, check and write one document. Returns (ok, Dutch message with the path)."""
    from casusprep.documents import DocKind, TemplateError, render_document, write_private_atomic

    doc = DocKind(kind)
    try:
        data = render_document(case, doc)
    except TemplateError as exc:
        return False, S.DOC_FAILED.format(error=exc)
    except Exception as exc:  # noqa: BLE001 - never crash the app on an export
        return False, S.DOC_FAILED.format(error=type(exc).__name__)
    if doc.anonymised:
        from casusprep.documents import DOC_TITLES
        from casusprep.guard import check_export, leak_message

        leaks = check_export(data, case)
        if leaks:
            return False, leak_message(leaks, DOC_TITLES[doc])
    try:
        path = write_private_atomic(data, target_path(Path(folder.strip()).expanduser(), case, kind))
    except OSError as exc:
        return False, S.DOC_FAILED.format(error=exc.strerror or type(exc).__name__)
    return True, S.DOC_DONE.format(path=path)
