"""Export from the app: folder checks and file names; the pipeline itself is :mod:`casusprep.export_service`.

Heavy imports (docxtpl, python-docx, the anonymiser) happen inside the functions, so the first
screen never pays for them. The app runs these in a worker thread.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from casusprep.app import strings as S
from casusprep.case import Case
from casusprep.export_service import AUDIT_DOCUMENT, PURPOSE, RECIPIENT_KIND, ExportResult

if TYPE_CHECKING:
    from casusprep.store import Store

__all__ = [
    "AUDIT_DOCUMENT",
    "DOC_CHOICES",
    "PURPOSE",
    "RECIPIENT_KIND",
    "ExportResult",
    "check_folder",
    "default_folder",
    "export_to_folder",
    "summary_to_folder",
    "target_path",
]

DOC_CHOICES: tuple[tuple[str, str], ...] = (
    ("vk", "VK-consult (geanonimiseerd)"),
    ("kindbespreking", "Teamoverschrijdende kindbespreking (geanonimiseerd)"),
    ("oudergesprek", "Plan van aanpak oudergesprek (vertrouwelijk)"),
)
FORCE_HINT = "Vul aan wat ontbreekt (Ga naar), of kies 'Toch exporteren': dat wordt in het logboek genoteerd."


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


def _run(case: Case, kind: str, folder: str, store: Store | None, force: bool, suffix: str) -> ExportResult:
    from casusprep.export_service import export

    try:
        target = target_path(Path(folder.strip()).expanduser(), case, kind, suffix)
        result = export(case, kind, target, store=store, force=force, how_to_force=FORCE_HINT)
    except Exception as exc:  # noqa: BLE001 - never crash the app on an export
        return ExportResult(False, S.DOC_FAILED.format(error=type(exc).__name__))
    if result.ok and result.path is not None:
        done = S.SUMMARY_DONE if kind == "samenvatting" else S.DOC_DONE
        result.message = done.format(path=result.path)
    return result


def export_to_folder(
    case: Case, kind: str, folder: str, *, store: Store | None = None, force: bool = False
) -> ExportResult:
    """Readiness, render, gate and write one document (and its audit entry when ``store`` is given)."""
    return _run(case, kind, folder, store, force, ".docx")


def summary_to_folder(case: Case, folder: str, *, store: Store | None = None, force: bool = False) -> ExportResult:
    """The anonymised summary: built from the anonymised copy, through the leak check, then written
    user-only as a .txt. Nothing is written (and nothing should be copied) when the check finds a leak."""
    return _run(case, "samenvatting", folder, store, force, ".txt")
