"""Atomic writes: the old content survives a failed write; errors name the file in French."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from diag_app import fileio
from diag_app.errors import StorageError
from diag_app.fileio import write_bytes_atomic, write_text_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "rapport.txt"
    write_text_atomic(target, "premier")
    write_text_atomic(target, "second é")
    assert target.read_text(encoding="utf-8") == "second é"
    assert [p.name for p in target.parent.iterdir()] == ["rapport.txt"]


def test_failure_keeps_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "registre.csv"
    target.write_bytes(b"ancien")

    def broken_replace(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(StorageError, match=r"registre\.csv"):
        write_bytes_atomic(target, b"nouveau")
    assert target.read_bytes() == b"ancien"
    assert [p.name for p in tmp_path.iterdir()] == ["registre.csv"]


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulated: CI runs as root, for whom folder permissions do not apply.
    def denied(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(StorageError, match=r"Impossible d'écrire le fichier .*x\.txt"):
        write_text_atomic(tmp_path / "x.txt", "x")


def test_new_file_gets_umask_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Shared exports must be readable by colleagues: not mkstemp's private 0600.
    monkeypatch.setattr(fileio, "_UMASK", 0o022)
    write_text_atomic(tmp_path / "export.csv", "a;b")
    assert (tmp_path / "export.csv").stat().st_mode & 0o777 == 0o644
