"""Opening a register: what is created, and what is refused (and left exactly as it was)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from diag_app.db import open_database
from diag_app.db.urls import resolve_url
from diag_app.errors import StorageError
from tests.db.unprivileged import run_as_nobody
from tests.pg import PgCluster


def _snapshot(path: Path) -> dict[str, bytes]:
    """Every file of the folder with its bytes (a refused register must not change at all)."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


def test_default_register_lives_in_the_data_folder(isolated_home: Path) -> None:
    db = open_database(None)
    try:
        assert db.url.database == str(isolated_home / "data" / "registre.sqlite3")
        assert (isolated_home / "data" / "registre.sqlite3").is_file()
    finally:
        db.close()


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            with pytest.raises(IntegrityError):
                connection.execute(
                    text(
                        "INSERT INTO diagnostic (id, dwelling_id, kind, inputs, outputs, label, "
                        "rules_version, engine_version, performed_at, created_at, updated_at, "
                        "version) VALUES ('1', 'missing', 'xml', '{}', '{}', 'A', 'r', 'e', "
                        "'2025-01-01', '2025-01-01', '2025-01-01', 1)"
                    )
                )
    finally:
        db.close()


def test_in_memory_register_works_across_threads() -> None:
    import threading

    db = open_database("sqlite://")
    seen: list[int] = []

    def count() -> None:
        with db.engine.connect() as connection:
            seen.append(connection.execute(text("SELECT count(*) FROM dwelling")).scalar_one())

    worker = threading.Thread(target=count)
    worker.start()
    worker.join()
    db.close()
    assert seen == [0]


def test_newer_schema_is_refused_and_untouched(db_url: str) -> None:
    open_database(db_url).close()
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    path = Path(resolve_url(db_url).database or "")
    before = _snapshot(path) if db_url.startswith("sqlite") else None

    with pytest.raises(StorageError) as exc:
        open_database(db_url)
    assert "version plus récente" in exc.value.message
    assert "9999_from_the_future" in exc.value.message
    assert "n'a pas été modifié" in exc.value.message

    if before is not None:
        assert _snapshot(path) == before
    engine = create_engine(resolve_url(db_url))
    with engine.connect() as connection:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert revision == "9999_from_the_future"


def test_another_programs_database_is_refused(db_url: str) -> None:
    engine = create_engine(resolve_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(StorageError) as exc:
        open_database(db_url)
    assert "n'est pas un registre Diag Habitat" in exc.value.message
    engine = create_engine(resolve_url(db_url))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM invoices")).scalar() == 0
        with pytest.raises(Exception, match="dwelling"):
            connection.execute(text("SELECT count(*) FROM dwelling"))
    engine.dispose()


@pytest.mark.parametrize("content", [os.urandom(8192), b"adresse;quartier\n12 rue;Centre\n"])
def test_corrupt_or_foreign_file_is_refused_and_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "registre.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StorageError) as exc:
        open_database(f"sqlite:///{path}")
    assert "n'est pas un registre lisible" in exc.value.message
    assert "n'a pas été modifié" in exc.value.message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registre.sqlite3"]
    assert path.read_bytes() == content


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="n'existe pas"):
        open_database(f"sqlite:///{tmp_path / 'absent' / 'r.sqlite3'}")
    assert not (tmp_path / "absent").exists()


def test_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    with pytest.raises(StorageError, match="n'existe pas"):
        open_database(f"sqlite:///{tmp_path / 'plain' / 'r.sqlite3'}")


def test_path_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="est un dossier"):
        open_database(f"sqlite:///{tmp_path}")


def test_folder_without_write_permission() -> None:
    folder = Path(tempfile.mkdtemp(prefix="diag-ro-"))
    folder.chmod(0o555)
    target = f"sqlite:///{folder / 'r.sqlite3'}"
    try:
        if os.geteuid() == 0:
            create_engine("sqlite://").connect().close()  # load the dialect while root
            message = run_as_nobody(lambda: open_database(target).close())
        else:
            with pytest.raises(StorageError) as exc:
                open_database(target)
            message = exc.value.message
        assert "n'est pas accessible en écriture" in message
        assert not (folder / "r.sqlite3").exists()
    finally:
        folder.chmod(0o755)
        folder.rmdir()


def test_unwritable_folder_is_reported_before_sqlite_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_access = os.access
    monkeypatch.setattr(
        "diag_app.db.urls.os.access",
        lambda path, mode: False if Path(path) == tmp_path else real_access(path, mode),
    )
    with pytest.raises(StorageError, match="n'est pas accessible en écriture"):
        open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")


def test_unreachable_postgres_server() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(StorageError) as exc:
        open_database(f"postgresql://diag:secret@127.0.0.1:{port}/registre")
    assert "Impossible de joindre le serveur PostgreSQL" in exc.value.message
    assert "secret" not in exc.value.message


def test_postgres_without_psycopg(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        "diag_app.db.urls.importlib.util.find_spec",
        lambda name, *a: None if name == "psycopg" else real_find_spec(name, *a),
    )
    with pytest.raises(StorageError, match="psycopg"):
        open_database("postgresql://diag@serveur/registre")


@pytest.mark.parametrize(
    ("url", "words"),
    [("mysql://u@h/db", "non pris en charge"), ("pas une url", "illisible")],
)
def test_unsupported_or_garbled_url(url: str, words: str) -> None:
    with pytest.raises(StorageError, match=words):
        open_database(url)


def test_postgres_database_that_does_not_exist(pg_cluster: PgCluster) -> None:
    with pytest.raises(StorageError) as exc:
        open_database(pg_cluster.url("absente"))
    assert "absente" in exc.value.message and "n'existe pas" in exc.value.message
