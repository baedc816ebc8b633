"""Fixtures of this folder: registers on SQLite and on a throwaway PostgreSQL server."""

from tests.pg import db_url as db_url
from tests.pg import pg_cluster as pg_cluster
