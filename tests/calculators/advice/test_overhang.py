"""South overhang sizing at Béthune (50.53 N, 2.64 E) against hand-computed solar angles.

Reference (hand computation): at solar noon of a solstice the sun's elevation is
90° − φ ± δ with δ = 23.4365° (obliquity of 2021), i.e. 62.9065° in June and 16.0335° in
December at φ = 50.53°; Bennett's refraction (Meeus, « Astronomical Algorithms », eq. 16.4)
adds 0.0086° and 0.0567°. A window of height H fully shaded at noon in June by an overhang
at its head needs D = H / tan(h_June).
"""

from __future__ import annotations

import math

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic.overhang import (
    size_south_overhang,
    sky_view_ratio,
    sunlit_fraction,
)
from calculators.advice.bioclimatic.sun import profile_angle_deg
from tests.calculators.advice.projects import BETHUNE
from tests.calculators.advice.tolerances import OVERHANG_DEPTH_M, SOLAR_ANGLE_DEG

LATITUDE = 50.53
OBLIQUITY = 23.4365


def bennett_refraction_deg(elevation_deg: float) -> float:
    """Meeus eq. 16.4, in degrees (standard pressure and temperature)."""
    return 1 / math.tan(math.radians(elevation_deg + 7.31 / (elevation_deg + 4.4))) / 60


SUMMER_NOON = 90 - LATITUDE + OBLIQUITY + bennett_refraction_deg(90 - LATITUDE + OBLIQUITY)
WINTER_NOON = 90 - LATITUDE - OBLIQUITY + bennett_refraction_deg(90 - LATITUDE - OBLIQUITY)


def test_noon_elevations_match_the_hand_computation() -> None:
    sizing = size_south_overhang(BETHUNE, 2.2)
    assert (round(SUMMER_NOON, 3), round(WINTER_NOON, 3)) == (62.915, 16.09)
    assert sizing.summer_noon_elevation_deg == pytest.approx(SUMMER_NOON, abs=SOLAR_ANGLE_DEG)
    assert sizing.winter_noon_elevation_deg == pytest.approx(WINTER_NOON, abs=SOLAR_ANGLE_DEG)


def test_overhang_for_a_2_2_m_south_window() -> None:
    sizing = size_south_overhang(BETHUNE, 2.2)
    # 2.2 / tan(62.915°) = 1.125 m; at noon in December tan(16.09°) × 1.125 = 0.325 m of
    # the window is shaded, 85 % stays in the sun.
    depth = 2.2 / math.tan(math.radians(SUMMER_NOON))
    assert depth == pytest.approx(1.125, abs=1e-3)
    assert sizing.depth_m == pytest.approx(depth, abs=OVERHANG_DEPTH_M)
    winter_sunlit = 1 - depth * math.tan(math.radians(WINTER_NOON)) / 2.2
    assert sizing.winter_noon_sunlit_pct == pytest.approx(100 * winter_sunlit, abs=0.1)
    # At the equinox (h ≈ 39.5°) the window is part sun, part shade.
    assert sizing.winter_noon_sunlit_pct > sizing.equinox_noon_sunlit_pct > 40


def test_a_gap_above_the_window_deepens_the_overhang_and_frees_the_winter_sun() -> None:
    flush = size_south_overhang(BETHUNE, 2.2)
    raised = size_south_overhang(BETHUNE, 2.2, gap_above_window_m=0.3)
    assert raised.depth_m == pytest.approx(
        2.5 / math.tan(math.radians(SUMMER_NOON)), abs=OVERHANG_DEPTH_M
    )
    assert raised.winter_noon_sunlit_pct > flush.winter_noon_sunlit_pct


def test_shading_geometry() -> None:
    # Profile angle 45°, depth 1 m, edge 0.5 m above the head: shadow 1 × tan 45° − 0.5 = 0.5 m
    # on a 2 m window → 75 % in the sun; sun behind the façade (NaN) → nothing.
    assert sunlit_fraction(1.0, 2.0, 0.5, 45.0) == pytest.approx(0.75)
    assert sunlit_fraction(1.0, 2.0, 0.5, float("nan")) == 0.0
    assert sunlit_fraction(1.0, 2.0, 0.0, 80.0) == pytest.approx(0.0)
    # Sun at azimuth 225°, 30° high, on a south façade: tan Ω = tan 30° / cos 45°.
    angle = profile_angle_deg(30.0, 225.0, 180.0)
    assert angle == pytest.approx(
        math.degrees(math.atan(math.tan(math.radians(30)) / math.cos(math.radians(45))))
    )
    assert math.isnan(float(profile_angle_deg(30.0, 20.0, 180.0)))
    # Overhang edge seen at 45° from mid-height: sky view sin 45°.
    assert sky_view_ratio(1.0, 2.0, 0.0) == pytest.approx(math.sqrt(0.5))
    assert sky_view_ratio(0.0, 2.0, 0.0) == 1.0


@pytest.mark.parametrize(
    ("height", "gap", "field"),
    [
        (0.0, 0.0, "hauteur_fenetre_m"),
        (-2.2, 0.0, "hauteur_fenetre_m"),
        (2.2, -0.1, "retombee_m"),
        (220.0, 0.0, "hauteur_fenetre_m"),
    ],
)
def test_bad_dimensions_are_refused(height: float, gap: float, field: str) -> None:
    with pytest.raises(AdviceInputError) as caught:
        size_south_overhang(BETHUNE, height, gap)
    assert caught.value.field == field
