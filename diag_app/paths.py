"""Where the application keeps its files: per-user folders from platformdirs.

``DIAG_HABITAT_HOME`` moves everything under one folder (tests, portable installs, field laptops
with an encrypted partition). The folders are created on first use; a folder that cannot be created
or written gives a :class:`StorageError` naming it, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from diag_app.errors import StorageError

APP_NAME = "DiagHabitat"
APP_AUTHOR = "VilleDeBethune"
HOME_ENV = "DIAG_HABITAT_HOME"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, APP_AUTHOR)


def _ensure(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"Impossible de créer le dossier « {path} » : {exc.strerror or exc}. "
            "Vérifiez les droits d'accès ou choisissez un autre dossier (variable "
            f"{HOME_ENV})."
        ) from exc
    if not os.access(path, os.W_OK):
        raise StorageError(
            f"Le dossier « {path} » n'est pas accessible en écriture. Vérifiez les droits "
            f"d'accès ou choisissez un autre dossier (variable {HOME_ENV})."
        )
    return path


def data_dir() -> Path:
    """Per-user data folder: the embedded register, exports, logs."""
    home = os.environ.get(HOME_ENV)
    return _ensure(Path(home) / "data" if home else Path(_dirs().user_data_dir))


def config_dir() -> Path:
    """Per-user settings folder."""
    home = os.environ.get(HOME_ENV)
    return _ensure(Path(home) / "config" if home else Path(_dirs().user_config_dir))


def default_database_url() -> str:
    """The embedded SQLite register in the data folder."""
    return f"sqlite:///{data_dir() / 'registre.sqlite3'}"
