"""Fixtures of the solar tests: the PVGIS reference year (skipped when absent) and a
synthetic year that needs no external file."""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.solar.sun_sky import SkyHours, prepare_sky
from calculators.solar.weather import (
    MonthlyClimate,
    Site,
    TypicalYear,
    read_weather_file,
    synthetic_year,
)

REFERENCE_NAME = "tmy_50.811_3.310_2005_2020.csv"

ILLUSTRATIVE_CLIMATE = MonthlyClimate(
    ghi_kwh_m2=(25.0, 40.0, 75.0, 120.0, 150.0, 155.0, 155.0, 135.0, 95.0, 60.0, 30.0, 20.0),
    temp_air_c=(4.0, 4.5, 7.5, 10.0, 13.5, 16.5, 18.5, 18.5, 15.5, 12.0, 7.5, 4.5),
    source="valeurs illustratives des tests (pas une donnée de référence)",
)
"""Plausible monthly figures for northern France, to exercise the code without ../shared."""


@pytest.fixture(scope="session")
def reference_tmy_path(shared_dir: Path) -> Path:
    """The PVGIS typical year nearest to Béthune (../shared/data/weather, README there)."""
    path = shared_dir / "data" / "weather" / REFERENCE_NAME
    if not path.exists():
        pytest.skip(f"données de référence absentes : {path}")
    return path


@pytest.fixture(scope="session")
def reference_year(reference_tmy_path: Path) -> TypicalYear:
    return read_weather_file(reference_tmy_path)


@pytest.fixture(scope="session")
def reference_sky(reference_year: TypicalYear) -> SkyHours:
    return prepare_sky(reference_year)


@pytest.fixture(scope="session")
def illustrative_year() -> TypicalYear:
    """A synthetic year at Béthune from :data:`ILLUSTRATIVE_CLIMATE` (no external data)."""
    return synthetic_year(Site(50.53, 2.64, 25.0), ILLUSTRATIVE_CLIMATE)
