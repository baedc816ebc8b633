"""Far horizon of a roof (hills, buildings, trees) and what it hides of the sky.

A profile is up to 48 (azimuth, elevation) points, azimuth in degrees from north clockwise,
elevation in degrees above the horizontal, linearly interpolated around the circle (as the
PVGIS horizon files are). It blocks the direct beam and the circumsolar diffuse when the sun
is below it, and removes from the rest of the sky diffuse the share of the sky it hides,
weighted by how the tilted plane sees each direction (isotropic radiance, cosine response):

    ratio = ∫∫_{e > h(φ)} max(n·s, 0) cos e de dφ  /  ∫∫_{e > 0} max(n·s, 0) cos e de dφ

integrated numerically on a 2° × 1° grid of the sky dome.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from calculators.solar.errors import SolarInputError

MAX_POINTS = 48
FIELD = "masque d'horizon"

_AZIMUTH_STEP_DEG = 2.0
_ELEVATION_STEP_DEG = 1.0
_SKY_AZIMUTHS_DEG = np.arange(0.0, 360.0, _AZIMUTH_STEP_DEG) + _AZIMUTH_STEP_DEG / 2
_SKY_ELEVATIONS_DEG = np.arange(0.0, 90.0, _ELEVATION_STEP_DEG) + _ELEVATION_STEP_DEG / 2
_AZ, _EL = np.radians(_SKY_AZIMUTHS_DEG)[:, None], np.radians(_SKY_ELEVATIONS_DEG)[None, :]
_EAST, _NORTH, _UP = np.cos(_EL) * np.sin(_AZ), np.cos(_EL) * np.cos(_AZ), np.sin(_EL)
_SOLID_ANGLE_WEIGHT = np.cos(_EL)
"""Sky-dome cells (azimuth × elevation): unit vectors east, north, up and the cos e of dΩ."""

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class HorizonProfile:
    """Horizon elevation [°] at azimuths [° from north clockwise], sorted by azimuth in [0, 360)."""

    azimuths_deg: tuple[float, ...]
    elevations_deg: tuple[float, ...]

    @classmethod
    def from_points(cls, points: Iterable[tuple[float, float]]) -> HorizonProfile:
        """Check and sort (azimuth, elevation) pairs; 360° is read as 0°."""
        pairs = list(points)
        if not 1 <= len(pairs) <= MAX_POINTS:
            raise SolarInputError(
                f"Le masque d'horizon doit compter de 1 à {MAX_POINTS} points "
                f"({len(pairs)} reçus).",
                field=FIELD,
            )
        by_azimuth: dict[float, float] = {}
        for rank, pair in enumerate(pairs, start=1):
            azimuth, elevation = _number_pair(pair, rank)
            if not 0.0 <= azimuth <= 360.0:
                raise SolarInputError(
                    f"Masque d'horizon, point {rank} : azimut {azimuth:g}° hors de [0 ; 360].",
                    field=FIELD,
                )
            if not 0.0 <= elevation <= 90.0:
                raise SolarInputError(
                    f"Masque d'horizon, point {rank} : hauteur {elevation:g}° hors de [0 ; 90].",
                    field=FIELD,
                )
            key = azimuth % 360.0
            if key in by_azimuth:
                raise SolarInputError(
                    f"Masque d'horizon, point {rank} : l'azimut {azimuth:g}° est déjà donné.",
                    field=FIELD,
                )
            by_azimuth[key] = elevation
        ordered = sorted(by_azimuth.items())
        return cls(tuple(a for a, _ in ordered), tuple(e for _, e in ordered))

    def elevation_at(self, azimuth_deg: npt.ArrayLike) -> FloatArray:
        """Horizon elevation [°] seen at ``azimuth_deg``, interpolated around the circle."""
        return np.interp(
            np.asarray(azimuth_deg, dtype=float),
            self.azimuths_deg,
            self.elevations_deg,
            period=360.0,
        )

    def sky_view_ratio(self, tilt_deg: float, azimuth_deg: float) -> float:
        """Share [0–1] of the isotropic sky diffuse a plane still receives behind this horizon."""
        beta, gamma = math.radians(tilt_deg), math.radians(azimuth_deg)
        incidence = np.maximum(
            math.sin(beta) * (math.sin(gamma) * _EAST + math.cos(gamma) * _NORTH)
            + math.cos(beta) * _UP,
            0.0,
        )
        weight = incidence * _SOLID_ANGLE_WEIGHT
        hidden = _SKY_ELEVATIONS_DEG[None, :] <= self.elevation_at(_SKY_AZIMUTHS_DEG)[:, None]
        total = float(weight.sum())
        return float(weight[~hidden].sum()) / total if total > 0.0 else 1.0


def _number_pair(pair: object, rank: int) -> tuple[float, float]:
    if not isinstance(pair, tuple | list) or len(pair) != 2:
        raise SolarInputError(
            f"Masque d'horizon, point {rank} : attendu un couple (azimut, hauteur).", field=FIELD
        )
    values = []
    for value in pair:
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not math.isfinite(value):
            raise SolarInputError(
                f"Masque d'horizon, point {rank} : {value!r} n'est pas un nombre.", field=FIELD
            )
        values.append(float(value))
    return values[0], values[1]
