"""Where casusprep keeps and finds things: the data directory and the shipped resources.

The data directory follows the platform's conventions (platformdirs) and can be moved with
``CASUSPREP_DATA_DIR`` (read by ``casusprep.settings``). Shipped resources (``models/``, ``templates/``) are
found in the installed wheel (``casusprep/_shipped``) or, for a source checkout or editable install, at the
repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "casusprep"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The user's data directory, created readable by the user only."""
    from casusprep.settings import settings

    override = settings().data_dir
    path = override.expanduser() if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def database_path() -> Path:
    return data_dir() / "casusprep.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


@cache  # the installation does not move while the program runs; the engine asks for the model per text
def _shipped(name: str) -> Path:
    installed = _PACKAGE_DIR / "_shipped" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parents[1] / name


def models_dir() -> Path:
    return _shipped("models")


def templates_dir() -> Path:
    return _shipped("templates")
