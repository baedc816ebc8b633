"""The city's built-in weather, user weather files and horizon files, as the services read them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app.city import default_profile_path, load_city_profile
from diag_app.errors import ValidationError
from diag_app.services.weather import (
    MAX_DISTANCE_KM,
    city_weather,
    distance_km,
    file_weather,
    read_horizon_file,
    year_at,
)
from tests.calculators.solar.weather_files import pvgis_table, write_pvgis_csv

MONTHLY_SUM_ABS = 1e-6
"""kWh/m²: the synthetic year rescales each month to its figure exactly (docs/solar.md), so
only floating-point summation error remains."""


def _bethune_raw() -> dict[str, Any]:
    return json.loads(default_profile_path().read_text(encoding="utf-8"))


def test_bethune_monthly_climate_is_sourced_and_flagged() -> None:
    """12 + 12 values, a short label, full sources with their periods, « à vérifier »."""
    climate = load_city_profile().monthly_climate
    assert climate is not None
    assert len(climate.ghi_kwh_m2) == len(climate.temp_air_c) == 12
    # Regional figure of DESIGN.md (« Solar facts »): PVGIS typical years near Béthune ≈ 1,100.
    assert 1000 <= sum(climate.ghi_kwh_m2) <= 1200
    # Lille-Lesquin 1991–2020: annual normal 11.3 °C (climat-lille.fr); coldest January.
    assert sum(climate.temp_air_c) / 12 == pytest.approx(11.3, abs=0.05)
    assert min(climate.temp_air_c) == climate.temp_air_c[0]
    assert climate.to_verify and "à vérifier" in climate.source
    joined = " ".join(climate.references)
    for fact in ("PVGIS-SARAH2", "2005–2020", "Lille-Lesquin", "1991–2020", "À VÉRIFIER"):
        assert fact in joined


def test_city_synthetic_year_matches_its_months_and_is_cached() -> None:
    city = load_city_profile()
    weather = city_weather(city)
    assert weather.year.synthetic and weather.attribution is None
    assert weather.label.startswith("année type synthétique (")
    assert city.monthly_climate is not None and city.monthly_climate.source in weather.label
    for month, expected in zip(
        weather.year.monthly_ghi_kwh_m2(), city.monthly_climate.ghi_kwh_m2, strict=True
    ):
        assert month == pytest.approx(expected, abs=MONTHLY_SUM_ABS)
    assert city_weather(city).year is weather.year  # built once per profile and seed


def test_profile_without_climate_asks_for_a_weather_file(tmp_path: Path) -> None:
    raw = _bethune_raw()
    raw.pop("monthly_climate")
    path = tmp_path / "ville.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    city = load_city_profile(path)
    assert city.monthly_climate is None
    with pytest.raises(ValidationError, match="fichier météo") as caught:
        city_weather(city)
    assert caught.value.field == "fichier météo"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda block: block["ghi_kwh_m2"].pop(), "monthly_climate.ghi_kwh_m2"),
        (lambda block: block["ghi_kwh_m2"].__setitem__(3, "127"), "monthly_climate.ghi_kwh_m2[4]"),
        (lambda block: block["temp_air_c"].__setitem__(11, 80), "monthly_climate.temp_air_c[12]"),
        (lambda block: block.update(references=[]), "monthly_climate.references"),
        (lambda block: block.update(source=" "), "monthly_climate.source"),
        (lambda block: block.update(to_verify="oui"), "monthly_climate.to_verify"),
    ],
)
def test_invalid_monthly_climate_names_the_field(tmp_path: Path, change: Any, field: str) -> None:
    """Same style as the other profile checks: the message names the file and the field."""
    raw = _bethune_raw()
    change(raw["monthly_climate"])
    path = tmp_path / "ville.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_city_profile(path)
    assert caught.value.field == field
    assert f"« {field} »" in caught.value.message and "ville.json" in caught.value.message


def test_year_moves_to_nearby_places_only() -> None:
    weather = city_weather(load_city_profile())
    moved = year_at(weather, 50.55, 2.70)
    assert (moved.site.latitude_deg, moved.site.longitude_deg) == (50.55, 2.70)
    assert moved.hourly is weather.year.hourly and moved.source == weather.label
    # Lille is ~33 km away (within reach); Marseille is not.
    assert distance_km(weather.site, 50.63, 3.06) == pytest.approx(32, abs=2)
    with pytest.raises(ValidationError, match="fichier météo du lieu") as caught:
        year_at(weather, 43.30, 5.37)
    assert caught.value.field == "latitude"
    assert distance_km(weather.site, 43.30, 5.37) > MAX_DISTANCE_KM
    with pytest.raises(ValidationError, match="latitude"):
        year_at(weather, 95.0, 2.6)


def test_pvgis_file_is_named_and_attributed(tmp_path: Path) -> None:
    year = city_weather(load_city_profile()).year
    path = write_pvgis_csv(
        tmp_path / "tmy_béthune.csv",
        pvgis_table(year),
        latitude=50.53,
        longitude=2.64,
        elevation=25,
    )
    weather = file_weather(path)
    assert "tmy_béthune.csv" in weather.label
    assert weather.attribution == "PVGIS © European Union"
    assert not weather.year.synthetic


def test_missing_weather_file_is_a_french_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="introuvable"):
        file_weather(tmp_path / "absent.csv")
    with pytest.raises(ValidationError, match="dossier"):
        file_weather(tmp_path)


def test_simple_horizon_file(tmp_path: Path) -> None:
    path = tmp_path / "horizon.csv"
    path.write_text(
        "# relevé au clinomètre\nazimut;hauteur\n90;5\n180;12,5\n\n270;3\n0;0\n", encoding="utf-8"
    )
    horizon = read_horizon_file(path)
    assert horizon.profile.azimuths_deg == (0.0, 90.0, 180.0, 270.0)
    assert horizon.profile.elevations_deg == (0.0, 5.0, 12.5, 3.0)
    assert "horizon.csv" in horizon.label and "4 points" in horizon.label


def test_pvgis_horizon_export_is_turned_to_north_azimuths(tmp_path: Path) -> None:
    """PVGIS counts azimuth from south (0 = S, 90 = W, −90 = E) and repeats ±180 (north)."""
    rows = [f"{a:.1f}\t{(a + 180) / 30:.1f}\t0\t0\t0\t0" for a in range(-180, 181, 15)]
    text = "\n".join(
        [
            "Latitude (decimal degrees):\t50.531",
            "Longitude (decimal degrees):\t2.639",
            "",
            "A\tH_hor\tA_sun(w)\tH_sun(w)\tA_sun(s)\tH_sun(s)",
            *rows,
            "",
            "A: Azimuth (0 = S, 90 = W, -90 = E) (degree)",
            "PVGIS (c) European Union, 2001-2024",
        ]
    )
    path = tmp_path / "horizon_pvgis.csv"
    path.write_text(text, encoding="utf-8")
    horizon = read_horizon_file(path)
    assert len(horizon.profile.azimuths_deg) == 24  # 25 rows, north given twice
    assert horizon.profile.azimuths_deg[0] == 0.0 and horizon.profile.elevations_deg[0] == 0.0
    south = horizon.profile.azimuths_deg.index(180.0)
    assert horizon.profile.elevations_deg[south] == 6.0  # PVGIS A = 0 → (0 + 180) / 30
    assert "PVGIS © European Union" in horizon.label


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("azimut;hauteur\n90;5\n180;haut\n", 3, "n'est pas un nombre"),
        ("90;5\n180;12;3\n", 2, "deux valeurs"),
        ("90;5\n400;12\n", 2, "hors de [0 ; 360]"),
        ("90;5\n180;95\n", 2, "hors de [0 ; 90]"),
        ("90;5\n180;4\n90;3\n", 3, "déjà donné ligne 1"),
        ("".join(f"{a};1\n" for a in range(0, 360, 7)), 49, "plus de 48 points"),
    ],
)
def test_malformed_horizon_names_the_line(
    tmp_path: Path, content: str, line: int, words: str
) -> None:
    path = tmp_path / "horizon.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_horizon_file(path)
    assert f"horizon.csv, ligne {line} :" in caught.value.message
    assert words in caught.value.message
    assert caught.value.field == "masque d'horizon"


def test_empty_or_binary_horizon_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "vide.csv"
    empty.write_text("# rien\n\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="aucun point"):
        read_horizon_file(empty)
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(ValidationError, match="binaire"):
        read_horizon_file(binary)
