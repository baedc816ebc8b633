"""Migrations: the first revision creates exactly the ORM schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from diag_app.db import open_database
from diag_app.db.migrate import alembic_config, current_revisions, head_revision
from diag_app.models import Base

TABLES = {"alembic_version", "dwelling", "case_file", "diagnostic", "inspection"}


def test_open_migrates_an_empty_database_to_head(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            assert current_revisions(connection) == (head_revision(),)
            assert set(inspect(connection).get_table_names()) == TABLES
    finally:
        db.close()


def test_autogenerate_finds_no_difference_with_the_models(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()


def test_downgrade_to_nothing_and_up_again(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            command.downgrade(alembic_config(connection), "base")
            connection.commit()
            assert set(inspect(connection).get_table_names()) == {"alembic_version"}
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
            assert set(inspect(connection).get_table_names()) == TABLES
    finally:
        db.close()


def test_reopening_is_a_no_op(db_url: str) -> None:
    open_database(db_url).close()
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            assert current_revisions(connection) == (head_revision(),)
    finally:
        db.close()


def test_the_comparison_would_see_a_missing_column(db_url: str) -> None:
    """Guard for the test above: a model column absent from the migrations is reported."""
    from sqlalchemy import Column, Integer, MetaData

    models = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(models)
    models.tables["dwelling"].append_column(Column("rooms", Integer))
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, models)
    finally:
        db.close()
    assert [(op[0], op[3].name) for op in diff] == [("add_column", "rooms")]


def test_0002_fills_the_address_sort_key_of_existing_rows(db_url: str) -> None:
    # A register written by the first schema: rows without the key get it on upgrade.
    import uuid
    from datetime import UTC, datetime

    from sqlalchemy import text

    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            command.downgrade(alembic_config(connection), "0001_register")
            connection.commit()
            now = datetime.now(UTC)
            for label in ("103 rue d'Aire, 62400 Béthune", "12 rue d'Aire, 62400 Béthune"):
                connection.execute(
                    text(
                        "INSERT INTO dwelling (id, address_label, dwelling_type, heating_energy,"
                        " search, version, created_at, updated_at) VALUES (:id, :label, 'house',"
                        " 'unknown', '', 1, :now, :now)"
                    ),
                    {"id": uuid.uuid4().hex if "sqlite" in db_url else uuid.uuid4(),
                     "label": label, "now": now},
                )
            connection.commit()
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
            ordered = connection.execute(
                text("SELECT address_label FROM dwelling ORDER BY address_sort")
            ).scalars().all()
            assert ordered == ["12 rue d'Aire, 62400 Béthune", "103 rue d'Aire, 62400 Béthune"]
    finally:
        db.close()
