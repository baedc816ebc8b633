"""Horizon profile: interpolation, sky-view ratio against closed forms, effect on the chain.

Closed forms for a uniform horizon of elevation h under an isotropic sky (radiance L):
horizontal plane, ∫_h^{π/2} sin e cos e de / ∫_0^{π/2} … = cos² h; vertical plane (the
azimuthal factor cancels), ∫_h^{π/2} cos² e de / ∫_0^{π/2} … = 1 − (2h + sin 2h)/π.
"""

from __future__ import annotations

import math

import pytest

from calculators.solar.horizon import HorizonProfile
from calculators.solar.pv import simulate_roof
from calculators.solar.system import RoofFace
from calculators.solar.weather import TypicalYear

# The 2° × 1° midpoint grid integrates smooth integrands to ~1e-4; h = 20° falls on a cell
# edge so the hidden band is exact: 0.2 % relative leaves room for the quadrature only.
QUADRATURE_REL = 0.002


def test_interpolation_wraps_around_north() -> None:
    profile = HorizonProfile.from_points([(350.0, 10.0), (10.0, 30.0), (180.0, 0.0)])
    assert profile.elevation_at(0.0) == pytest.approx(20.0)
    assert profile.elevation_at([355.0, 95.0]) == pytest.approx([15.0, 15.0])


def test_clear_horizon_hides_nothing() -> None:
    assert HorizonProfile.from_points([(0.0, 0.0)]).sky_view_ratio(35.0, 180.0) == 1.0


@pytest.mark.parametrize("tilt", [0.0, 90.0])
def test_uniform_horizon_matches_closed_form(tilt: float) -> None:
    h = math.radians(20.0)
    expected = math.cos(h) ** 2 if tilt == 0.0 else 1.0 - (2 * h + math.sin(2 * h)) / math.pi
    profile = HorizonProfile.from_points([(0.0, 20.0)])
    assert profile.sky_view_ratio(tilt, 123.0) == pytest.approx(expected, rel=QUADRATURE_REL)


def test_horizon_behind_the_plane_hides_little() -> None:
    # A wall to the north barely matters to a south-facing 35° plane: it sees that part of
    # the sky at grazing angles only.
    north_wall = HorizonProfile.from_points([(0.0, 40.0), (90.0, 0.0), (270.0, 0.0)])
    south_wall = HorizonProfile.from_points([(180.0, 40.0), (90.0, 0.0), (270.0, 0.0)])
    assert north_wall.sky_view_ratio(35.0, 180.0) > 0.97
    assert south_wall.sky_view_ratio(35.0, 180.0) < 0.9


def test_closed_horizon_leaves_ground_light_only(illustrative_year: TypicalYear) -> None:
    closed = HorizonProfile.from_points([(0.0, 90.0)])
    dark = RoofFace(35.0, 180.0, peak_power_kwp=1.0, albedo=0.0, horizon=closed)
    assert simulate_roof(illustrative_year, dark).annual_kwh == 0.0


def test_southern_hill_costs_more_in_winter(illustrative_year: TypicalYear) -> None:
    hill = HorizonProfile.from_points([(120.0, 0.0), (150.0, 15.0), (210.0, 15.0), (240.0, 0.0)])
    shaded = simulate_roof(illustrative_year, RoofFace(35, 180, peak_power_kwp=1, horizon=hill))
    open_sky = simulate_roof(illustrative_year, RoofFace(35, 180, peak_power_kwp=1))
    december = 1 - shaded.monthly_kwh[11] / open_sky.monthly_kwh[11]
    june = 1 - shaded.monthly_kwh[5] / open_sky.monthly_kwh[5]
    assert december > 0.3  # the December sun culminates at 16° at 50.5° N, behind the hill
    assert june < 0.05
    assert shaded.losses.shading_kwh > 0.0
    assert open_sky.losses.shading_kwh == 0.0
