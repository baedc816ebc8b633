"""Data folders follow DIAG_HABITAT_HOME and fail with a French message when unusable."""

from __future__ import annotations

from pathlib import Path

import pytest

from diag_app.errors import StorageError
from diag_app.paths import HOME_ENV, config_dir, data_dir, default_database_url


def test_home_override(isolated_home: Path) -> None:
    assert data_dir() == isolated_home / "data"
    assert config_dir() == isolated_home / "config"
    assert default_database_url() == f"sqlite:///{isolated_home / 'data' / 'registre.sqlite3'}"


def test_uncreatable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("je suis un fichier")
    monkeypatch.setenv(HOME_ENV, str(blocker))
    with pytest.raises(StorageError, match="Impossible de créer le dossier"):
        data_dir()
