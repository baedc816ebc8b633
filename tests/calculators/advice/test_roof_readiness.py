"""Solar readiness of the roof, against the orientation grid of a synthetic year at Béthune.

References: the optimum of the grid (DESIGN.md: 37–40° due south at Béthune, flat within
1.5 % from 30° to 45°; east/west about 80 % of the optimum); the rating thresholds, module
density and masses of ``bioclimatic.json``; directive (UE) 2024/1275, article 10.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic import BioclimaticProject
from calculators.advice.bioclimatic.roof_readiness import (
    RoofPlane,
    RoofSolarInput,
    RoofStructure,
    SolarRating,
    assess_roof_readiness,
)
from calculators.solar.grid import OrientationGrid
from tests.calculators.advice.projects import badly_designed, well_designed

ON = date(2026, 3, 1)


def roof_of(project: BioclimaticProject) -> RoofSolarInput:
    assert project.roof is not None
    return project.roof


def test_optimum_is_south_at_thirty_five_to_forty_degrees(grid: OrientationGrid) -> None:
    best = grid.optimum()
    assert 30.0 <= best.tilt_deg <= 42.0
    assert abs(best.azimuth_deg - 180.0) <= 10.0


def test_south_roof_ready_east_west_acceptable(grid: OrientationGrid) -> None:
    good = assess_roof_readiness(roof_of(well_designed()), grid, ON)
    assert good.best.label == "pan sud"
    assert good.best.rating is SolarRating.TRES_FAVORABLE
    # 60 m² × 80 % usable × 0.20 kWc/m² = 9.6 kWc; the north plane is not worth it.
    assert good.best.peak_kwp == pytest.approx(9.6)
    assert good.planes[-1].rating is SolarRating.PEU_FAVORABLE
    assert good.total_kwp == pytest.approx(9.6)
    assert good.total_kwh == pytest.approx(good.best.annual_kwh)
    assert all(check.ok for check in good.checks)

    bad = assess_roof_readiness(roof_of(badly_designed()), grid, ON)
    assert {p.rating for p in bad.planes} == {SolarRating.ACCEPTABLE}
    assert 0.75 <= bad.best.ratio_to_optimum < 0.85
    # (60 − 12) m² × 80 % × 0.20 kWc/m² per plane.
    assert bad.best.peak_kwp == pytest.approx(7.68)
    assert sum(not check.ok for check in bad.checks) == 4


def test_flat_roof_counts_tilted_rows(grid: OrientationGrid) -> None:
    roof = RoofSolarInput((RoofPlane("terrasse", 0.0, 0.0, 100.0),), RoofStructure.TERRASSE_BETON)
    result = assess_roof_readiness(roof, grid, ON)
    # Rows at 10° due south on 60 % of the area; ballasted frames need 35 kg/m².
    assert result.best.usable_area_m2 == pytest.approx(60.0)
    assert result.best.specific_yield_kwh_kwp == pytest.approx(grid.specific_yield(10.0, 180.0))
    assert "35 kg/m²" in result.checks[0].text


def test_directive_note_is_dated(grid: OrientationGrid) -> None:
    roof = roof_of(well_designed())
    assert "2024/1275" in (assess_roof_readiness(roof, grid, ON).regulation_note or "")
    assert assess_roof_readiness(roof, grid, date(2023, 6, 1)).regulation_note is None


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: RoofPlane("pan", 95.0, 180.0, 50.0), "toiture.inclinaison_deg"),
        (lambda: RoofPlane("pan", 35.0, 400.0, 50.0), "toiture.azimut_deg"),
        (lambda: RoofPlane("pan", 35.0, 180.0, 50.0, 60.0), "toiture.obstacles_m2"),
        (lambda: RoofSolarInput((), RoofStructure.FERMETTES), "toiture.pans"),
        (
            lambda: RoofSolarInput(
                (RoofPlane("pan", 35.0, 180.0, 50.0),), RoofStructure.FERMETTES, -5.0
            ),
            "toiture.reserve_charge_kg_m2",
        ),
    ],
)
def test_bad_roof_input_is_refused(build: Callable[[], object], field: str) -> None:
    with pytest.raises(AdviceInputError) as caught:
        build()
    assert caught.value.field == field
