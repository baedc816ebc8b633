"""Bring a register's schema to this version of the app, or refuse it without touching it.

The schema revision is Alembic's ``alembic_version`` row. Before anything is written:

- a revision this app does not know comes from a newer app: refused (upgrade the app);
- tables without ``alembic_version`` are some other program's database: refused;
- otherwise migrations run up to the head revision in one transaction (on PostgreSQL under an
  advisory lock, so two people opening a new shared register at once do not collide).
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from diag_app.errors import StorageError
from diag_app.migrations import SCRIPT_LOCATION

# Arbitrary constant naming the "register migration" lock among PostgreSQL advisory locks.
_PG_MIGRATION_LOCK = 6_211_962_400


def alembic_config(connection: Connection | None = None) -> Config:
    """The configuration an ``alembic.ini`` would hold, built in code."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this app knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migration found in diag_app/migrations/versions")
    return head


def current_revisions(connection: Connection) -> tuple[str, ...]:
    """The revisions recorded in the database (empty for a new one)."""
    return tuple(MigrationContext.configure(connection).get_current_heads())


def check_revisions(connection: Connection, where: str) -> None:
    """Refuse a register from a newer app or a database that is not a register at all."""
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    current = current_revisions(connection)
    unknown = [rev for rev in current if rev not in known]
    if unknown:
        raise StorageError(
            f"Le registre « {where} » a été créé ou mis à jour par une version plus récente de "
            f"Diag Habitat (schéma « {', '.join(unknown)} », inconnu de cette version). Il n'a pas "
            "été modifié. Mettez Diag Habitat à jour pour l'ouvrir."
        )
    if not current and inspect(connection).get_table_names():
        raise StorageError(
            f"La base « {where} » contient déjà des tables mais n'est pas un registre Diag Habitat."
            " Elle n'a pas été modifiée. Choisissez un fichier vide ou un autre emplacement."
        )


def upgrade(connection: Connection, where: str) -> None:
    """Check, then migrate ``connection``'s database to the head revision and commit."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    check_revisions(connection, where)
    if current_revisions(connection) != (head_revision(),):
        command.upgrade(alembic_config(connection), "head")
    connection.commit()


def new_revision(message: str, rev_id: str) -> None:
    """Developers: write a migration from the difference between the models and the head schema.

    Runs against a throwaway SQLite database migrated to the current head; review the file it
    writes in ``diag_app/migrations/versions/`` (batch mode, types) before committing it.
    """
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        if ScriptDirectory.from_config(alembic_config()).get_current_head() is not None:
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
        command.revision(
            alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id
        )
    engine.dispose()
