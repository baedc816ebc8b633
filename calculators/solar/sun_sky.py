"""Everything about sun and sky that does not depend on the roof, computed once per year.

The batch (:mod:`.batch`) runs many roofs at one place: the sun position, the Perez sky
coefficients and the weather of the hours with light are the same for all of them, so they
are computed here once and kept as plain arrays over those hours only.

The Perez et al. (1990) brightness coefficients F1 (circumsolar) and F2 (horizon band)
depend on the hour only. They follow Perez, Ineichen, Seals, Michalsky & Stewart (1990),
« Modeling daylight availability and irradiance components from direct and global
irradiance », Solar Energy 44(5), 271–289: sky clearness ε and brightness Δ, eight ε bins,
table 6 « all sites composite » coefficients; they reproduce
:func:`pvlib.irradiance.perez` (``allsitescomposite1990``), which the tests check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from pvlib import atmosphere, irradiance
from pvlib.location import Location

from calculators.solar.weather.year import TypicalYear

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

PEREZ_EPSILON_BINS = (1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2)
"""Upper bounds of the sky clearness bins 1–7 (bin 8 is open), Perez et al. 1990, table 1."""

PEREZ_1990_ALL_SITES = np.array(
    [
        [-0.0080, 0.5880, -0.0620, -0.0600, 0.0720, -0.0220],
        [0.1300, 0.6830, -0.1510, -0.0190, 0.0660, -0.0290],
        [0.3300, 0.4870, -0.2210, 0.0550, -0.0640, -0.0260],
        [0.5680, 0.1870, -0.2950, 0.1090, -0.1520, -0.0140],
        [0.8730, -0.3920, -0.3620, 0.2260, -0.4620, 0.0010],
        [1.1320, -1.2370, -0.4120, 0.2880, -0.8230, 0.0560],
        [1.0600, -1.6000, -0.3590, 0.2640, -1.1270, 0.1310],
        [0.6780, -0.3270, -0.2500, 0.1560, -1.3770, 0.2510],
    ]
)
"""F11, F12, F13, F21, F22, F23 per clearness bin (Perez et al. 1990, table 6, all sites)."""

PEREZ_KAPPA = 1.041
"""Constant of the clearness formula for the zenith angle in radians (Perez et al. 1990)."""

COS_85 = math.cos(math.radians(85.0))
"""Floor of cos z in the circumsolar term (Perez et al. 1990, eq. 9)."""


def perez_coefficients(
    dhi: FloatArray,
    dni: FloatArray,
    dni_extra: FloatArray,
    zenith_deg: FloatArray,
    airmass: FloatArray,
) -> tuple[FloatArray, FloatArray]:
    """F1, F2 of each hour from DHI, DNI, extraterrestrial DNI [W/m²], apparent zenith [°]
    and relative air mass; NaN where the clearness is undefined (no diffuse, no direct)."""
    z = np.radians(zenith_deg)
    with np.errstate(invalid="ignore", divide="ignore"):
        epsilon = ((dhi + dni) / dhi + PEREZ_KAPPA * z**3) / (1.0 + PEREZ_KAPPA * z**3)
    delta = dhi * airmass / dni_extra
    bins = np.digitize(epsilon, (0.0, *PEREZ_EPSILON_BINS)) - 1
    bins[np.isnan(epsilon)] = -1
    table = np.vstack([PEREZ_1990_ALL_SITES, np.full(6, np.nan)])
    c = table[bins]
    f1 = np.maximum(c[:, 0] + c[:, 1] * delta + c[:, 2] * z, 0.0)
    f2 = c[:, 3] + c[:, 4] * delta + c[:, 5] * z
    return f1, f2


@dataclass(frozen=True, eq=False)
class SkyHours:
    """Sun and sky of the hours with any irradiance (the others produce nothing).

    ``hours``: positions of those hours in the 8,760; ``month_starts``: index of each
    month's first kept hour; ``sun_vector``: rows cos z, sin z·cos a, sin z·sin a of the
    apparent sun direction (a: azimuth from north); ``circumsolar_w_m2`` = DHI·F1/max(cos z,
    cos 85°), ``isotropic_w_m2`` = DHI·(1 − F1), ``horizon_w_m2`` = DHI·F2; ``sky_valid`` is
    false where Perez gives no sky diffuse (sun below the horizon, undefined clearness).
    """

    source: str
    hours: IntArray
    month_starts: IntArray
    sun_vector: FloatArray
    elevation_deg: FloatArray
    azimuth_deg: FloatArray
    ghi_w_m2: FloatArray
    dni_w_m2: FloatArray
    circumsolar_w_m2: FloatArray
    isotropic_w_m2: FloatArray
    horizon_w_m2: FloatArray
    sky_valid: npt.NDArray[np.bool_]
    temp_air_c: FloatArray
    wind_speed_m_s: FloatArray

    @property
    def count(self) -> int:
        """Number of hours kept."""
        return len(self.hours)


def prepare_sky(year: TypicalYear) -> SkyHours:
    """Compute the roof-independent part of the chain for ``year`` (same models as :mod:`.pv`)."""
    site = year.site
    times = year.solar_times
    weather = year.hourly
    location = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    sun = location.get_solarposition(times, temperature=weather["temp_air"].to_numpy())
    ghi, dhi, dni = (weather[c].to_numpy(dtype=float) for c in ("ghi", "dhi", "dni"))
    lit = (ghi > 0) | (dhi > 0) | (dni > 0)
    keep = np.flatnonzero(lit)

    zenith = sun["apparent_zenith"].to_numpy()[keep]
    azimuth = sun["azimuth"].to_numpy()[keep]
    airmass = np.asarray(atmosphere.get_relative_airmass(zenith), dtype=float)
    dni_extra = np.asarray(irradiance.get_extra_radiation(times), dtype=float)[keep]
    dhi, dni, ghi = dhi[keep], dni[keep], ghi[keep]
    f1, f2 = perez_coefficients(dhi, dni, dni_extra, zenith, airmass)
    valid = np.isfinite(airmass) & np.isfinite(f1) & np.isfinite(f2)
    f1, f2 = np.where(valid, f1, 0.0), np.where(valid, f2, 0.0)

    z, a = np.radians(zenith), np.radians(azimuth)
    months = weather.index.month.to_numpy()[keep]
    return SkyHours(
        source=year.source,
        hours=keep.astype(np.int64),
        month_starts=np.searchsorted(months, np.arange(1, 13)).astype(np.int64),
        sun_vector=np.vstack([np.cos(z), np.sin(z) * np.cos(a), np.sin(z) * np.sin(a)]),
        elevation_deg=90.0 - zenith,
        azimuth_deg=azimuth,
        ghi_w_m2=ghi,
        dni_w_m2=dni,
        circumsolar_w_m2=dhi * f1 / np.maximum(np.cos(z), COS_85),
        isotropic_w_m2=dhi * (1.0 - f1),
        horizon_w_m2=dhi * f2,
        sky_valid=valid,
        temp_air_c=weather["temp_air"].to_numpy(dtype=float)[keep],
        wind_speed_m_s=weather["wind_speed"].to_numpy(dtype=float)[keep],
    )
