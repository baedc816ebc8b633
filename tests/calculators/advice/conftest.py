"""Fixtures of the advice tests: the hot day of zone H1a at Béthune and a solar orientation
grid from a synthetic year (no external file needed)."""

from __future__ import annotations

import pytest

from calculators.advice.bioclimatic.hot_day import HotDay, hot_day
from calculators.dpe.engine.climate import ClimateZone
from calculators.solar.grid import OrientationGrid
from calculators.solar.weather import MonthlyClimate, synthetic_year
from tests.calculators.advice.projects import BETHUNE

ILLUSTRATIVE_CLIMATE = MonthlyClimate(
    ghi_kwh_m2=(25.0, 40.0, 75.0, 120.0, 150.0, 155.0, 155.0, 135.0, 95.0, 60.0, 30.0, 20.0),
    temp_air_c=(4.0, 4.5, 7.5, 10.0, 13.5, 16.5, 18.5, 18.5, 15.5, 12.0, 7.5, 4.5),
    source="valeurs illustratives des tests (pas une donnée de référence)",
)
"""Plausible monthly figures for northern France (those of the solar tests)."""


@pytest.fixture(scope="session")
def h1a_day() -> HotDay:
    return hot_day(BETHUNE, ClimateZone.H1A)


@pytest.fixture(scope="session")
def grid() -> OrientationGrid:
    """1 kWc yields on the 5° × 5° orientation grid of a synthetic year at Béthune (~1 s)."""
    return OrientationGrid.build(synthetic_year(BETHUNE, ILLUSTRATIVE_CLIMATE))
