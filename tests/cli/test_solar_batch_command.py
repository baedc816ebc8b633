"""``diag-app solar-batch ROOFS.csv --out OUT.csv`` end to end through ``cli.main``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from diag_app import cli

HEADER = "id;lat;lon;tilt;azimuth;kwp;loss"
ROOFS = [
    "maison-1;50,5308;2,6394;35;180;3;14",
    "maison-2;50,54;2,62;30;135;6;14",
    "immeuble;50,52;2,66;0;180;9;10",
]


def _roofs(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "toitures.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def _rows(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_batch_writes_results_and_shows_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "résultats.csv"
    assert cli.main(["solar-batch", str(_roofs(tmp_path, *ROOFS)), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Calcul : 0 %" in captured.err and "Calcul : 100 %" in captured.err
    assert "3 toitures calculées" in captured.out and "non opposable" in captured.out
    rows = _rows(out)
    assert [r["id"] for r in rows] == ["maison-1", "maison-2", "immeuble"]
    # 35° south within the regional 950–1,100 kWh/kWc (DESIGN.md, as in test_solar_command.py).
    assert 950 <= float(rows[0]["specific_yield_kwh_kwp"].replace(",", ".")) <= 1100
    assert "nan" not in out.read_text(encoding="utf-8-sig").lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["résultats.csv", "toitures.csv"]


def test_bad_line_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    roofs = _roofs(tmp_path, ROOFS[0], "maison-2;50,54;2,62;120;135;6;14", ROOFS[2])
    out = tmp_path / "résultats.csv"
    assert cli.main(["solar-batch", str(roofs), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "toitures.csv, ligne 3, colonne « tilt » :" in err and "aucun fichier écrit" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_skip_invalid_reports_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    roofs = _roofs(tmp_path, ROOFS[0], "maison-2;50,54;2,62;35;135;-6;14")
    out = tmp_path / "résultats.csv"
    assert cli.main(["solar-batch", str(roofs), "--out", str(out), "--skip-invalid"]) == 0
    assert "1 ligne(s) rejetée(s)" in capsys.readouterr().err
    assert [r["id"] for r in _rows(out)] == ["maison-1"]
    assert _rows(tmp_path / "résultats.rejets.csv")[0]["colonne"] == "kwp"


def test_unwritable_output_is_a_french_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("", encoding="utf-8")
    roofs = _roofs(tmp_path, *ROOFS)
    assert cli.main(["solar-batch", str(roofs), "--out", str(blocker / "r.csv")]) == 3
    err = capsys.readouterr().err
    assert err.startswith("Erreur : Impossible de créer le dossier") and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pas-un-dossier", "toitures.csv"]


def test_missing_roofs_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["solar-batch", str(tmp_path / "absent.csv"), "--out", str(tmp_path / "r.csv")])
    assert code == 2 and "introuvable" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_reference_weather_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_dir: Path
) -> None:
    path = shared_dir / "data" / "weather" / "tmy_50.811_3.310_2005_2020.csv"
    if not path.exists():
        pytest.skip(f"données de référence absentes : {path}")
    out = tmp_path / "résultats.csv"
    roofs = str(_roofs(tmp_path, *ROOFS))
    assert cli.main(["solar-batch", roofs, "--out", str(out), "--weather", str(path)]) == 0
    source = _rows(out)[0]["source_meteo"]
    assert "tmy_50.811_3.310_2005_2020.csv" in source and "PVGIS © European Union" in source
    assert "PVGIS © European Union" in capsys.readouterr().out
