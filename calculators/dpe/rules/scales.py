"""Label scales: the class bounds of the energy and climate labels, and which ones apply.

Source: arrêté du 31 mars 2021 (DPE des logements), annexe 5 — § 1.2 (energy, kWhEP/m²/an) and
§ 2.2 (climate, kgCO2eq/m²/an), with the variant for zones H1b, H1c, H2d above 800 m and, since
1 July 2024 (arrêté du 25 mars 2024), the table for reference surfaces of 40 m² or less. The values
themselves are data (``label_thresholds.json``, ``small_surface_thresholds.json``).

A bound is the strict upper limit of its class, compared to the value floored to an integer
("valeurs arrondies à l'entier inférieur"): with A < 70, 69.9 is A and 70 is B.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

from calculators.dpe.rules.errors import RulesError
from calculators.dpe.rules.sources import Source, Validity

DPE_CLASSES = "ABCDEFG"
"""The seven classes, best first; a bound list holds the six upper bounds of A to F."""

CLIMATE_ZONES = ("H1a", "H1b", "H1c", "H2a", "H2b", "H2c", "H2d", "H3")
"""The eight climate zones of the 3CL-DPE 2021 method (annexe 1, § 18)."""

Bounds = tuple[int, int, int, int, int, int]
"""Strict upper bounds of classes A, B, C, D, E, F (G has none)."""


@dataclass(frozen=True)
class LabelScale:
    """The national scale: bounds for energy (kWhEP/m²/an) and for climate (kgCO2eq/m²/an)."""

    id: str
    energy: Bounds
    climate: Bounds
    validity: Validity
    source: Source


@dataclass(frozen=True)
class MountainVariant:
    """Replacement bounds for classes E and F above ``altitude_above_m`` in ``climate_zones``."""

    id: str
    climate_zones: frozenset[str]
    altitude_above_m: float
    energy: Mapping[str, int]
    climate: Mapping[str, int]
    validity: Validity
    source: Source

    def applies(self, altitude_m: float | None, climate_zone: str | None) -> bool:
        """True for a dwelling strictly above the altitude and in one of the zones."""
        return (
            altitude_m is not None
            and altitude_m > self.altitude_above_m
            and climate_zone in self.climate_zones
        )

    def adjust(self, energy: Bounds, climate: Bounds) -> tuple[Bounds, Bounds]:
        """The national bounds with this variant's classes replaced."""
        return _replace(energy, self.energy), _replace(climate, self.climate)


@dataclass(frozen=True)
class SmallSurfaceTable:
    """Bounds per whole square metre of reference surface, from ``min_surface_m2`` to the maximum.

    ``rows`` maps a surface in m² to its (energy, climate) bounds. Below the minimum the minimum's
    row applies; a surface is looked up by its integer part. Only altitudes up to
    ``max_altitude_m`` are transcribed.
    """

    id: str
    min_surface_m2: int
    max_surface_m2: int
    max_altitude_m: float
    rows: Mapping[int, tuple[Bounds, Bounds]]
    validity: Validity
    source: Source

    def covers(self, surface_m2: float) -> bool:
        """True for a reference surface of at most ``max_surface_m2``."""
        return surface_m2 <= self.max_surface_m2

    def row_surface_m2(self, surface_m2: float) -> int:
        """The row used for ``surface_m2``: its integer part, at least the minimum row."""
        return max(self.min_surface_m2, math.floor(surface_m2))

    def bounds_for(self, surface_m2: float) -> tuple[Bounds, Bounds]:
        """(energy, climate) bounds for a covered reference surface."""
        return self.rows[self.row_surface_m2(surface_m2)]


@dataclass(frozen=True)
class Thresholds:
    """The bounds a label is computed with, and why (French ``description``, ``sources``)."""

    energy: Bounds
    climate: Bounds
    description: str
    sources: tuple[Source, ...]


def class_of(value: float, bounds: Bounds) -> str:
    """The class letter of ``value`` (floored to an integer) against strict upper ``bounds``."""
    floored = math.floor(value)
    for letter, bound in zip(DPE_CLASSES, bounds, strict=False):
        if floored < bound:
            return letter
    return DPE_CLASSES[-1]


def upper_bound(letter: str, bounds: Bounds) -> int | None:
    """The strict upper bound of class ``letter`` (``None`` for G, which has none)."""
    index = DPE_CLASSES.index(letter)
    return bounds[index] if index < len(bounds) else None


def check_bounds(bounds: list[int], where: str) -> Bounds:
    """Six strictly increasing positive integers, or a :class:`RulesError` naming ``where``."""
    if len(bounds) != 6 or any(not isinstance(b, int) or b <= 0 for b in bounds):
        raise RulesError(f"{where} : six bornes entières positives attendues, lu {bounds}.")
    if any(low >= high for low, high in pairwise(bounds)):
        raise RulesError(f"{where} : bornes non strictement croissantes {bounds}.")
    return (bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5])


def _replace(bounds: Bounds, replacements: Mapping[str, int]) -> Bounds:
    values = list(bounds)
    for letter, bound in replacements.items():
        values[DPE_CLASSES.index(letter)] = bound
    return check_bounds(values, "variante d'altitude")
