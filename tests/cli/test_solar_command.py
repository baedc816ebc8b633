"""``diag-app solar`` end to end through ``cli.main``: JSON and text outputs, every bad input.

Yield references as in tests/services/test_solar_service.py (DESIGN.md « Solar facts »): a 35°
south roof yields 950–1,100 kWh/kWc in the region; flat and east/west roofs yield less.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app import cli
from diag_app.city import load_city_profile
from diag_app.services.weather import city_weather
from tests.calculators.solar.weather_files import pvgis_table, write_pvgis_csv

ROUNDING_KWH = 12 * 0.05 + 0.05
"""JSON rounds the annual and each month to 0.1 kWh: their sum may differ by this much."""

REFERENCE_TMY = "tmy_50.811_3.310_2005_2020.csv"


def _solar(capsys: pytest.CaptureFixture[str], *options: str) -> dict[str, Any]:
    assert cli.main(["solar", *options, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
    return json.loads(out)


def _fails(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    """Run a failing command; argparse's usage errors exit through SystemExit(2)."""
    try:
        code = cli.main(["solar", *options])
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    assert code != 0 and captured.out == ""
    assert "Traceback" not in captured.err
    return captured.err


def test_json_for_a_35_degree_south_roof(capsys: pytest.CaptureFixture[str]) -> None:
    data = _solar(capsys, "--tilt", "35", "--azimuth", "180", "--kwp", "3")
    assert 950 <= data["specific_yield_kwh_kwp"] <= 1100
    assert len(data["monthly_kwh"]) == 12
    assert sum(data["monthly_kwh"]) == pytest.approx(data["annual_kwh"], abs=ROUNDING_KWH)
    assert data["annual_kwh"] == pytest.approx(3 * data["specific_yield_kwh_kwp"], abs=0.2)
    assert [step["key"] for step in data["losses"]][-2:] == ["system", "inverter"]
    assert data["losses"][-2]["pct"] == 14.0
    assert set(data["optimal"]) >= {"tilt_deg", "azimuth_deg", "specific_yield_kwh_kwp"}
    assert data["weather_source"].startswith("année type synthétique (")
    assert "à vérifier" in data["weather_source"]
    assert data["disclaimer"] == "Pré-diagnostic indicatif, non opposable"
    assert (data["latitude_deg"], data["longitude_deg"]) == (50.5308, 2.6394)


def test_flat_and_east_west_yield_less(capsys: pytest.CaptureFixture[str]) -> None:
    def specific(tilt: str, azimuth: str) -> float:
        data = _solar(capsys, "--tilt", tilt, "--azimuth", azimuth, "--kwp", "1")
        return float(data["specific_yield_kwh_kwp"])

    south = specific("35", "180")
    assert specific("0", "180") < south
    assert specific("35", "90") < south and specific("35", "270") < south


def test_text_summary_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(
        ["solar", "--tilt", "35,0", "--azimuth", "180", "--area", "16", "--mounting", "chassis"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Pré-diagnostic indicatif, non opposable")
    assert "kWh/an" in out and "kWh/kWc" in out and "(sud)" in out
    assert "\u202f" in out  # thousands separator: « 2 886 kWh/an »
    assert "châssis ventilé" in out and "3,04 kWc" in out  # 16 m² × 19 %
    assert "janvier" in out and "décembre" in out and "Orientation optimale" in out


def test_reference_pvgis_year_replaces_the_city_year(
    capsys: pytest.CaptureFixture[str], shared_dir: Path
) -> None:
    path = shared_dir / "data" / "weather" / REFERENCE_TMY
    if not path.exists():
        pytest.skip(f"données de référence absentes : {path}")
    data = _solar(capsys, "--tilt", "35", "--azimuth", "180", "--kwp", "3", "--weather", str(path))
    assert REFERENCE_TMY in data["weather_source"]
    assert data["attribution"] == "PVGIS © European Union"
    assert 950 <= data["specific_yield_kwh_kwp"] <= 1100


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--tilt", "95", "--azimuth", "180", "--kwp", "3"], "« inclinaison » : 95°"),
        (["--tilt", "-5", "--azimuth", "180", "--kwp", "3"], "« inclinaison »"),
        (["--tilt", "35", "--azimuth", "365", "--kwp", "3"], "« orientation (azimut) » : 365°"),
        (["--tilt", "35", "--azimuth", "180", "--area", "-4"], "« surface utile » ne peut pas"),
        (["--tilt", "35", "--azimuth", "180", "--kwp", "0"], "strictement positive"),
        (["--tilt", "35", "--azimuth", "180", "--kwp", "3", "--loss", "120"], "pertes système"),
        (["--tilt", "35", "--azimuth", "180", "--kwp", "3", "--lat", "43.3", "--lon", "5.4"], "km"),
        (["--tilt", "trente", "--azimuth", "180", "--kwp", "3"], "« trente » n'est pas un nombre"),
        (["--tilt", "35", "--azimuth", "180"], "puissance crête (kWc) ou la surface utile"),
        (["--tilt", "35", "--azimuth", "180", "--kwp", "3", "--area", "9"], "pas les deux"),
        (["--azimuth", "180", "--kwp", "3"], "Indiquez l'inclinaison (--tilt)"),
    ],
)
def test_bad_input_is_a_french_error(
    capsys: pytest.CaptureFixture[str], options: list[str], words: str
) -> None:
    assert words in _fails(capsys, *options)


def _weather_file(tmp_path: Path, edit: Any) -> Path:
    year = city_weather(load_city_profile()).year
    path = write_pvgis_csv(
        tmp_path / "météo.csv", pvgis_table(year), latitude=50.53, longitude=2.64, elevation=25
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    return path


def _blank_ghi(lines: list[str]) -> list[str]:
    row = lines[3000].split(",")
    row[3] = ""
    return [*lines[:3000], ",".join(row), *lines[3001:]]


def _data_start(lines: list[str]) -> int:
    return next(i for i, line in enumerate(lines) if line.startswith("time(UTC)")) + 1


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (_blank_ghi, "valeur manquante dans la colonne G(h), ligne 3001"),
        (lambda ls: ls[: _data_start(ls) + 100] + ls[_data_start(ls) + 124 :], "8736 heures"),
        (lambda ls: [*ls[: _data_start(ls)], *ls[_data_start(ls) :][:8000]], "heures de données"),
        (lambda ls: [line.replace("Gd(h)", "DHI") for line in ls], "colonnes inconnues : DHI"),
    ],
    ids=["trou", "heures-manquantes", "année-incomplète", "colonne-inconnue"],
)
def test_broken_weather_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, edit: Any, words: str
) -> None:
    path = _weather_file(tmp_path, edit)
    err = _fails(capsys, "--tilt", "35", "--azimuth", "180", "--kwp", "3", "--weather", str(path))
    assert "météo.csv" in err and words in err


def test_missing_weather_and_malformed_horizon(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["--tilt", "35", "--azimuth", "180", "--kwp", "3"]
    assert "introuvable" in _fails(capsys, *base, "--weather", str(tmp_path / "absent.csv"))
    horizon = tmp_path / "horizon.csv"
    horizon.write_text("azimut;hauteur\n90;5\n180;haut\n", encoding="utf-8")
    err = _fails(capsys, *base, "--horizon", str(horizon))
    assert "horizon.csv, ligne 3 : hauteur « haut » n'est pas un nombre" in err
