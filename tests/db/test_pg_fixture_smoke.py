"""The database fixtures: a working, empty database on each backend, or a clear skip."""

import pytest
from sqlalchemy import create_engine, text

from diag_app.db.urls import resolve_url
from tests import pg


def test_fresh_database_is_empty(db_url: str) -> None:
    engine = create_engine(resolve_url(db_url))
    with engine.connect() as connection:
        dialect = connection.dialect.name
        if dialect == "sqlite":
            count = connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
        else:
            count = connection.execute(
                text("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'")
            ).scalar()
    engine.dispose()
    assert count == 0


def test_no_server_skips_unless_ci_requires_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg._Shared, "cluster", None)
    monkeypatch.setattr(pg._Shared, "failure", "initdb introuvable")
    monkeypatch.delenv(pg.REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="initdb introuvable"):
        pg.acquire()
    monkeypatch.setenv(pg.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="DIAG_REQUIRE_POSTGRES=1"):
        pg.acquire()
