"""Orientation grid: interpolation error against the direct chain, optimum, instant answers.

References: DESIGN.md « Solar facts » (optimal tilt ≈ 37–40°, flat within 1.5 % from 30° to
45°; grid pattern ≈ 0.2 % error); the direct chain (batch, itself checked against pvlib).
"""

from __future__ import annotations

import numpy as np
import pytest

from calculators.solar.batch import simulate_roofs
from calculators.solar.errors import SolarInputError
from calculators.solar.grid import OrientationGrid
from calculators.solar.horizon import HorizonProfile
from calculators.solar.parameters import Mounting
from calculators.solar.sun_sky import SkyHours
from calculators.solar.system import RoofFace
from tests.calculators.solar.tolerances import GRID_MAX_REL, GRID_USEFUL_REL


@pytest.fixture(scope="module")
def grid(reference_sky: SkyHours) -> OrientationGrid:
    return OrientationGrid.build(reference_sky)


def test_interpolation_error_against_direct_chain(
    grid: OrientationGrid, reference_sky: SkyHours
) -> None:
    rng = np.random.default_rng(7)
    points = list(zip(rng.uniform(0, 90, 300), rng.uniform(0, 360, 300), strict=True))
    direct = simulate_roofs(
        reference_sky, [RoofFace(float(t), float(a), peak_power_kwp=1.0) for t, a in points]
    ).annual_kwh
    interpolated = np.array([grid.specific_yield(float(t), float(a)) for t, a in points])
    error = np.abs(interpolated / direct - 1.0)
    useful = direct > 0.6 * grid.optimum().specific_yield_kwh_kwp
    assert error.max() < GRID_MAX_REL
    assert error[useful].max() < GRID_USEFUL_REL


def test_grid_nodes_are_exact(grid: OrientationGrid, reference_sky: SkyHours) -> None:
    direct = simulate_roofs(reference_sky, [RoofFace(35.0, 180.0, peak_power_kwp=1.0)])
    assert grid.specific_yield(35.0, 180.0) == pytest.approx(direct.annual_kwh[0], rel=1e-12)
    assert grid.specific_yield(20.0, 360.0) == pytest.approx(grid.specific_yield(20.0, 0.0))


def test_optimum_and_plateau(grid: OrientationGrid) -> None:
    # DESIGN.md: optimum ≈ 37–40° (± one 5° grid step here), due south (± two 5° steps);
    # yield within 1.5 % of the optimum from 30° to 45° south.
    best = grid.optimum()
    assert 32.0 <= best.tilt_deg <= 45.0
    assert 170.0 <= best.azimuth_deg <= 190.0
    for tilt in (30.0, 45.0):
        assert grid.specific_yield(tilt, 180.0) >= 0.985 * best.specific_yield_kwh_kwp
    assert best.specific_yield_kwh_kwp >= grid.specific_yield_kwh_kwp.max()


def test_answer_for_a_roof(grid: OrientationGrid) -> None:
    roof = RoofFace(32.0, 197.0, peak_power_kwp=4.5)
    assert grid.annual_kwh(roof) == pytest.approx(4.5 * grid.specific_yield(32.0, 197.0))
    shaded = RoofFace(32.0, 197.0, peak_power_kwp=4.5, horizon=HorizonProfile.from_points([(0, 5)]))
    other = RoofFace(32.0, 197.0, peak_power_kwp=4.5, mounting=Mounting.OPEN_RACK)
    assert not grid.matches(shaded)
    with pytest.raises(ValueError, match="autre conception"):
        grid.annual_kwh(other)


def test_orientation_outside_the_grid_is_refused(grid: OrientationGrid) -> None:
    with pytest.raises(SolarInputError) as caught:
        grid.specific_yield(95.0, 180.0)
    assert caught.value.field == "inclinaison"
