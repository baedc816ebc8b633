"""Which register to open: database URLs as people give them, checked before any connection.

``None`` means the embedded SQLite register in the user's data folder. ``postgresql://`` URLs are
sent to the psycopg 3 driver (SQLAlchemy would otherwise pick psycopg2, which we do not ship).
Problems a person can fix (a missing folder, no write permission, a driver not installed, a
database kind we do not support) are reported in French before anything is created.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from diag_app.errors import StorageError
from diag_app.paths import default_database_url

SUPPORTED = ("sqlite", "postgresql")


def resolve_url(url: str | None) -> URL:
    """The SQLAlchemy URL to open, after the checks that need no connection."""
    text = url.strip() if url else default_database_url()
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise StorageError(
            f"Adresse de base de données illisible : « {text} ». Exemples : "
            "« sqlite:////chemin/registre.sqlite3 » ou « postgresql://utilisateur@serveur/base »."
        ) from exc
    backend = parsed.get_backend_name()
    if backend == "postgres":
        parsed, backend = parsed.set(drivername="postgresql"), "postgresql"
    if backend not in SUPPORTED:
        raise StorageError(
            f"Type de base de données non pris en charge : « {backend} ». Diag Habitat utilise "
            "SQLite (registre local) ou PostgreSQL (registre partagé)."
        )
    if backend == "postgresql":
        return _postgres(parsed)
    _check_sqlite_file(parsed)
    return parsed


def is_memory(url: URL) -> bool:
    """True for an in-memory SQLite database (tests, throwaway registers)."""
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL, or ``None`` for an in-memory database."""
    return None if is_memory(url) else Path(url.database or "")


def _postgres(url: URL) -> URL:
    driver = url.get_driver_name()
    if driver not in ("psycopg", "psycopg2", ""):
        raise StorageError(
            f"Pilote PostgreSQL non pris en charge : « {driver} ». Utilisez « postgresql:// »."
        )
    if importlib.util.find_spec("psycopg") is None:
        raise StorageError(
            "Le registre partagé PostgreSQL demande le module « psycopg », absent de cette "
            "installation. Installez-le (pip install \"diag-app[postgres]\") ou utilisez le "
            "registre local SQLite."
        )
    return url.set(drivername="postgresql+psycopg")


def _check_sqlite_file(url: URL) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    folder = path.parent
    if path.is_dir():
        raise StorageError(f"« {path} » est un dossier, pas un fichier de registre.")
    if not folder.is_dir():
        raise StorageError(
            f"Le dossier « {folder} » n'existe pas : créez-le ou choisissez un autre emplacement "
            "pour le registre."
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise StorageError(
            f"Le fichier de registre « {path} » n'est pas accessible en lecture et écriture. "
            "Vérifiez ses droits d'accès."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageError(
            f"Le dossier « {folder} » n'est pas accessible en écriture : le registre ne peut pas "
            "y être créé ni mis à jour (SQLite y écrit son journal). Vérifiez les droits d'accès "
            "ou choisissez un autre dossier."
        )
