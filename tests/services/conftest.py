"""Fixtures of this folder: a register service on SQLite and on a throwaway PostgreSQL server."""

from collections.abc import Iterator

import pytest

from diag_app.services.register import RegisterService
from tests.pg import db_url as db_url
from tests.pg import pg_cluster as pg_cluster


@pytest.fixture
def service(db_url: str) -> Iterator[RegisterService]:
    """A new, empty register (Béthune profile) on each backend."""
    opened = RegisterService.open(db_url)
    yield opened
    opened.close()
