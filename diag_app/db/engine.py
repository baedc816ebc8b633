"""Open a register: engine, connection checks, migrations, session factory.

Every failure a person can act on becomes a French :class:`StorageError`, and a file that is not
a readable register is never written to: the only statement run before the checks is a read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from diag_app.db import migrate
from diag_app.db.urls import is_memory, resolve_url, sqlite_path
from diag_app.errors import StorageError

# Seconds a SQLite writer waits for another (UI thread vs worker) before giving up.
SQLITE_BUSY_TIMEOUT_S = 30
# Seconds to wait for a PostgreSQL server before saying it cannot be reached.
PG_CONNECT_TIMEOUT_S = 5
_PROBE = {"sqlite": "SELECT count(*) FROM sqlite_master", "postgresql": "SELECT 1"}


@dataclass
class Database:
    """An open register: the engine and a factory of short-lived sessions (one per call)."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def where(self) -> str:
        """The register's location for messages, password hidden."""
        return describe(self.url)

    def close(self) -> None:
        self.engine.dispose()


def describe(url: URL) -> str:
    """A file path for SQLite, the URL without password otherwise."""
    path = sqlite_path(url) if url.get_backend_name() == "sqlite" else None
    if path is not None:
        return str(path)
    if is_memory(url):
        return "base en mémoire"
    return url.set(drivername=url.get_backend_name()).render_as_string(hide_password=True)


def open_database(url: str | None = None) -> Database:
    """Open (and create or migrate) the register at ``url``; ``None``: the local SQLite one."""
    resolved = resolve_url(url)
    engine = _create_engine(resolved)
    try:
        _prepare(engine, resolved)
    except BaseException:
        engine.dispose()
        raise
    return Database(resolved, engine, sessionmaker(engine, expire_on_commit=False))


def _create_engine(url: URL) -> Engine:
    options: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        # Sessions are opened from worker threads as well as the UI thread.
        options["connect_args"] = {"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S}
        if is_memory(url):
            options["poolclass"] = StaticPool
    else:
        options["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
        options["pool_pre_ping"] = True
    engine = create_engine(url, **options)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """SQLite leaves foreign keys off unless each connection asks (this PRAGMA writes nothing)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _prepare(engine: Engine, url: URL) -> None:
    where = describe(url)
    try:
        with engine.connect() as connection:
            # A read that fails on a file that is not a SQLite database, before any write.
            connection.execute(text(_PROBE[url.get_backend_name()])).scalar()
            migrate.check_revisions(connection, where)
            connection.rollback()
            if url.get_backend_name() == "sqlite" and not is_memory(url):
                # WAL lets the UI read while a worker writes; the mode is stored in the file.
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            migrate.upgrade(connection, where)
    except DBAPIError as exc:
        raise _translate(exc, url, where) from exc
    except SQLAlchemyError as exc:
        raise StorageError(
            f"Le registre « {where} » n'a pas pu être ouvert : {_first_line(exc)}."
        ) from exc


def _translate(exc: DBAPIError, url: URL, where: str) -> StorageError:
    detail = _first_line(exc.orig or exc)
    if url.get_backend_name() == "sqlite":
        if "not a database" in detail or "malformed" in detail:
            return StorageError(
                f"Le fichier « {where} » n'est pas un registre lisible (fichier endommagé ou "
                "d'un autre type). Il n'a pas été modifié. Restaurez une sauvegarde ou choisissez "
                "un autre fichier."
            )
        return StorageError(f"Le registre « {where} » n'a pas pu être ouvert : {detail}.")
    lowered = detail.lower()
    if "authentication" in lowered or "password" in lowered:
        return StorageError(
            f"Le serveur PostgreSQL « {where} » a refusé l'identifiant ou le mot de passe : "
            f"{detail}."
        )
    if "does not exist" in lowered:
        return StorageError(
            f"La base PostgreSQL « {where} » n'existe pas sur ce serveur : {detail}. Demandez à "
            "l'administrateur de la créer (vide) ; Diag Habitat y crée ensuite ses tables."
        )
    if "connect" in lowered or "timeout" in lowered:
        return StorageError(
            f"Impossible de joindre le serveur PostgreSQL « {where} » : {detail}. Vérifiez "
            "l'adresse, le port, le réseau et que le serveur est démarré ; ou utilisez le "
            "registre local."
        )
    return StorageError(f"Le serveur PostgreSQL « {where} » a refusé l'ouverture : {detail}.")


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].strip().rstrip(".") if lines else type(exc).__name__
