"""The register's storage: open a SQLite or PostgreSQL database and keep its schema current."""

from diag_app.db.engine import Database, open_database

__all__ = ["Database", "open_database"]
