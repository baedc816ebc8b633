"""``diag-app demo --out DIR``: a register and its exports, headless, through ``cli.main``."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from pathlib import Path

import pytest

from diag_app import cli
from tests.db.unprivileged import run_as_nobody


def _rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for Excel
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_demo_writes_register_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "démo"
    assert cli.main(["demo", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "LISEZMOI.txt",
        "dossiers.csv",
        "registre.csv",
        "registre.sqlite3",
    ]  # no temporary file left behind by the atomic writes
    dwellings = _rows(out / "registre.csv")
    assert dwellings[0][:4] == ["Adresse", "Quartier", "Type", "Année de construction"]
    assert len(dwellings) == 51
    assert {row[1] for row in dwellings[1:]} >= {"Mont-Liébaut", "Centre-ville"}
    heights = {row[6] for row in dwellings[1:]}
    assert "2,5" in heights  # decimal comma for a French-locale Excel
    labels = {row[8] for row in dwellings[1:]}
    assert labels - {""} and labels - {""} <= set("ABCDEFG")
    cases = _rows(out / "dossiers.csv")
    assert cases[0][0] == "N° de permis" and len(cases) == 11
    readme = (out / "LISEZMOI.txt").read_text(encoding="utf-8")
    assert "pré-diagnostics non opposables" in readme and "registre.csv" in readme
    assert "50 logements" in capsys.readouterr().out


def test_demo_reuses_an_existing_register(tmp_path: Path) -> None:
    assert cli.main(["demo", "--out", str(tmp_path)]) == 0
    assert cli.main(["demo", "--out", str(tmp_path)]) == 0
    assert len(_rows(tmp_path / "registre.csv")) == 51
    readme = (tmp_path / "LISEZMOI.txt").read_text(encoding="utf-8")
    assert "aucune donnée de démonstration n'a été ajoutée" in readme


def test_demo_on_the_global_db(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "sorties"
    assert cli.main(["--db", db_url, "demo", "--out", str(out)]) == 0
    assert not (out / "registre.sqlite3").exists()
    assert len(_rows(out / "registre.csv")) == 51


def test_output_folder_that_cannot_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    code = cli.main(["demo", "--out", str(blocker / "sous-dossier")])
    err = capsys.readouterr().err
    assert code == 3
    assert "Impossible de créer le dossier de sortie" in err and "Traceback" not in err


def _demo_exit_and_stderr(folder: Path) -> str:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main(["demo", "--out", str(folder)])
    return f"{code}|{err.getvalue()}"


def test_output_folder_without_write_permission() -> None:
    folder = Path(tempfile.mkdtemp(prefix="diag-ro-"))
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            answer = run_as_nobody(lambda: _demo_exit_and_stderr(folder))
        else:
            answer = _demo_exit_and_stderr(folder)
        code, err = answer.split("|", 1)
        assert code == "3", answer
        assert "n'est pas accessible en écriture" in err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        folder.rmdir()
