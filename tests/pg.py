"""A throwaway PostgreSQL server for the test session, shared by every test folder that needs it.

Found with ``initdb``/``pg_ctl`` from ``/usr/lib/postgresql/*/bin`` or PATH; started in a temp
folder on a free localhost port with its unix socket in that folder, with durability off (tests
need speed, not crash safety). As root, the server runs as the ``postgres`` user (initdb refuses
root). Each test gets its own fresh database, dropped afterwards.

When no server can be started the tests are skipped with the reason, unless
``DIAG_REQUIRE_POSTGRES=1`` (set by CI), where they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REQUIRE_ENV = "DIAG_REQUIRE_POSTGRES"
SERVER_START_TIMEOUT_S = 60


class PgCluster:
    """One running cluster; ``url(dbname)`` gives a SQLAlchemy URL to one of its databases."""

    def __init__(self) -> None:
        self.bindir = _find_bindir()
        self.run_as = "postgres" if os.geteuid() == 0 else None
        self.root = Path(tempfile.mkdtemp(prefix="diag-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        if self.run_as:
            account = pwd.getpwnam(self.run_as)
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "-t", str(SERVER_START_TIMEOUT_S), "start")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def admin(self, sql: str) -> None:
        """Run one statement on the maintenance database (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        name = f"t_{uuid.uuid4().hex[:12]}"
        self.admin(f"CREATE DATABASE {name}")
        try:
            yield self.url(name)
        finally:
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True,
                       cwd=self.root, timeout=SERVER_START_TIMEOUT_S + 30)


def _find_bindir() -> Path:
    def major(folder: Path) -> int:
        return int(folder.parent.name) if folder.parent.name.isdigit() else 0

    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=major, reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise FileNotFoundError("initdb/pg_ctl introuvables (/usr/lib/postgresql/*/bin ni PATH)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class _Shared:
    """Start the cluster at most once per session, whichever conftest asks first."""

    cluster: PgCluster | None = None
    failure: str | None = None
    users = 0


def acquire() -> PgCluster:
    if _Shared.cluster is None and _Shared.failure is None:
        try:
            _Shared.cluster = PgCluster()
        except (OSError, subprocess.SubprocessError, KeyError) as exc:
            detail = getattr(exc, "stderr", "") or ""
            _Shared.failure = f"serveur PostgreSQL de test impossible à démarrer : {exc} {detail}"
    if _Shared.cluster is None:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{_Shared.failure} ({REQUIRE_ENV}=1)", pytrace=False)
        pytest.skip(_Shared.failure or "PostgreSQL indisponible")
    _Shared.users += 1
    return _Shared.cluster


def release() -> None:
    _Shared.users -= 1
    if _Shared.users == 0 and _Shared.cluster is not None:
        _Shared.cluster.stop()
        _Shared.cluster = None


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The session's PostgreSQL cluster (skips, or fails under CI, when none can start)."""
    cluster = acquire()
    yield cluster
    release()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to a new, empty register: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registre.sqlite3'}"
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    with cluster.database() as url:
        yield url
