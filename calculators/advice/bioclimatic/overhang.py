"""Fixed overhang (casquette, débord de toit) over a window: sizing and shading geometry.

Why: at Béthune (50.5° N) the sun is 63° high at noon on the summer solstice and only 16°
on the winter solstice. A horizontal overhang of the right depth over a south window cuts
the high summer sun and lets the low winter sun in — free heating in winter, no overheating
in summer. Geometry (2D section through a south window, infinitely wide overhang):

- a horizontal edge at depth D and at height g above the window head shades the top
  D·tan Ω − g metres of the window, Ω being the profile angle (:func:`.sun.profile_angle_deg`,
  equal to the sun elevation for a south façade at solar noon);
- full shade of a window of height H at solar noon of the summer solstice needs
  D = (H + g) / tan αété; the sunlit part at noon of the winter solstice follows;
- the sky diffuse reaching the window mid-height is reduced in the ratio sin ε, ε being the
  elevation of the overhang edge seen from there (view factor of a vertical strip to the sky
  band below ε is sin ε / 2, against 1/2 unobstructed; Hottel's crossed strings).

Sun elevations come from pvlib's SPA at the city's coordinates (:func:`.sun.noon_elevation_deg`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from calculators.advice.bioclimatic.sun import noon_elevation_deg
from calculators.advice.errors import AdviceInputError
from calculators.solar.weather.year import REFERENCE_YEAR, Site

FloatArray = npt.NDArray[np.float64]

SUMMER_SOLSTICE = (6, 21)
WINTER_SOLSTICE = (12, 21)
SPRING_EQUINOX = (3, 20)
"""Month and day of the solstices and equinox (the exact day moves by at most one, which
changes the noon elevation by less than 0.01° at the solstices)."""


@dataclass(frozen=True)
class OverhangSizing:
    """Depth [m] of a horizontal overhang fully shading a south window at noon on the summer
    solstice, the noon elevations [°] it was sized from, and the sunlit share of the window
    [%] at noon on the winter solstice and the spring equinox."""

    window_height_m: float
    gap_above_window_m: float
    depth_m: float
    summer_noon_elevation_deg: float
    winter_noon_elevation_deg: float
    winter_noon_sunlit_pct: float
    equinox_noon_sunlit_pct: float


def size_south_overhang(
    site: Site,
    window_height_m: float,
    gap_above_window_m: float = 0.0,
    year: int = REFERENCE_YEAR,
) -> OverhangSizing:
    """Overhang depth for a south window of ``window_height_m``, its edge ``gap_above_window_m``
    above the window head (see module docstring)."""
    _check_dimensions(0.0, window_height_m, gap_above_window_m)
    summer = noon_elevation_deg(site, date(year, *SUMMER_SOLSTICE))
    winter = noon_elevation_deg(site, date(year, *WINTER_SOLSTICE))
    equinox = noon_elevation_deg(site, date(year, *SPRING_EQUINOX))
    depth = (window_height_m + gap_above_window_m) / math.tan(math.radians(summer))

    def sunlit_pct(elevation_deg: float) -> float:
        fraction = sunlit_fraction(depth, window_height_m, gap_above_window_m, elevation_deg)
        return 100.0 * float(fraction)

    return OverhangSizing(
        window_height_m=window_height_m,
        gap_above_window_m=gap_above_window_m,
        depth_m=depth,
        summer_noon_elevation_deg=summer,
        winter_noon_elevation_deg=winter,
        winter_noon_sunlit_pct=sunlit_pct(winter),
        equinox_noon_sunlit_pct=sunlit_pct(equinox),
    )


def sunlit_fraction(
    depth_m: float,
    window_height_m: float,
    gap_above_window_m: float,
    profile_angle_deg: FloatArray | float,
) -> FloatArray:
    """Share of the window (0–1) in the sun for each profile angle [°]; 0 where NaN (sun
    behind the façade or set)."""
    _check_dimensions(depth_m, window_height_m, gap_above_window_m)
    angle = np.asarray(profile_angle_deg, dtype=float)
    shaded = depth_m * np.tan(np.radians(np.nan_to_num(angle))) - gap_above_window_m
    fraction = 1.0 - np.clip(shaded, 0.0, window_height_m) / window_height_m
    result: FloatArray = np.where(np.isnan(angle), 0.0, fraction)
    return result


def sky_view_ratio(depth_m: float, window_height_m: float, gap_above_window_m: float) -> float:
    """Sky diffuse on the window with the overhang / without it (0–1), at mid-height."""
    _check_dimensions(depth_m, window_height_m, gap_above_window_m)
    if depth_m == 0.0:
        return 1.0
    edge = math.atan2(gap_above_window_m + window_height_m / 2, depth_m)
    return math.sin(edge)


def _check_dimensions(depth_m: float, height_m: float, gap_m: float) -> None:
    for name, label, value, strict in (
        ("profondeur_casquette_m", "La profondeur de la casquette", depth_m, False),
        ("hauteur_fenetre_m", "La hauteur de la fenêtre", height_m, True),
        ("retombee_m", "La hauteur entre le linteau et la casquette", gap_m, False),
    ):
        bad_type = isinstance(value, bool) or not isinstance(value, int | float)
        if bad_type or not math.isfinite(value) or value < 0 or (strict and value == 0):
            bound = "strictement positive" if strict else "positive ou nulle"
            raise AdviceInputError(
                f"{label} doit être une longueur {bound} en mètres (reçu « {value} »).",
                field=name,
            )
        if value > 20:
            raise AdviceInputError(
                f"{label} ({value:g} m) est invraisemblable : indiquez-la en mètres.", field=name
            )
