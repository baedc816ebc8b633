"""Hot-water need of the 3CL-DPE 2021 method (annex 1, §11.1).

The need is set by convention from the number of equivalent adults ``Nadeq`` (itself a function
of the mean living area of the dwellings), the monthly cold-water temperature of the zone and a
daily volume at 40 °C: 56 L per equivalent adult (conventional behaviour) or 79 L (*dépensier*).
The dwelling is empty from 24 to 30 December (24 days counted in December).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from calculators.dpe.engine.coefficients import coefficients
from calculators.dpe.engine.needs_errors import NeedsInputError, require_positive

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""


class HousingKind(StrEnum):
    """Which Nmax law of §11.1 applies."""

    INDIVIDUEL = "individuel"
    """Houses (« logements individuels »)."""
    COLLECTIF = "collectif"
    """Flats and blocks of flats (« logements collectifs »)."""


@dataclass(frozen=True, slots=True)
class HotWaterNeed:
    """Monthly and annual hot-water needs [kWh], conventional and *dépensier*."""

    nadeq: float
    """Equivalent adults of the whole description (all dwellings) [-]."""
    monthly_kwh: tuple[float, ...]
    monthly_depensier_kwh: tuple[float, ...]

    @property
    def annual_kwh(self) -> float:
        """Becs [kWh/yr], conventional behaviour."""
        return sum(self.monthly_kwh)

    @property
    def annual_depensier_kwh(self) -> float:
        """Becs [kWh/yr], *dépensier* behaviour."""
        return sum(self.monthly_depensier_kwh)


def nmax(mean_living_area_m2: float, kind: HousingKind) -> float:
    """Maximal occupancy coefficient Nmax of one mean dwelling [-] (§11.1).

    Houses: 1 below 30 m², 1.75 − 0.01875 × (70 − Shmoy) up to 70 m², 0.025 × Shmoy above.
    Flats: 1 below 10 m², 1.75 − 0.01875 × (50 − Shmoy) up to 50 m², 0.035 × Shmoy above.
    """
    area = require_positive(mean_living_area_m2, "surface habitable moyenne")
    c = coefficients().eau_chaude
    if kind is HousingKind.INDIVIDUEL:
        low, high, slope = (
            c.nmax_individuel_surface_min,
            c.nmax_individuel_surface_max,
            c.nmax_individuel_pente_surfacique,
        )
    else:
        low, high, slope = (
            c.nmax_collectif_surface_min,
            c.nmax_collectif_surface_max,
            c.nmax_collectif_pente_surfacique,
        )
    if area < low:
        return c.nmax_minimum
    if area < high:
        return c.nmax_palier - c.nmax_pente_palier * (high - area)
    return slope * area


def nadeq(living_area_m2: float, kind: HousingKind, dwellings: int = 1) -> float:
    """Number of equivalent adults Nadeq [-] (§11.1).

    ``living_area_m2`` is the total living area Sh of the house or building described and
    ``dwellings`` the number of dwellings Nblgt (1 for a single house or a flat): Nmax is
    computed for the mean dwelling Sh / Nblgt, then Nadeq = Nblgt × Nmax below 1.75 and
    Nblgt × (1.75 + 0.3 × (Nmax − 1.75)) above.
    """
    if isinstance(dwellings, bool) or not isinstance(dwellings, int) or dwellings < 1:
        raise NeedsInputError(
            f"nombre de logements : valeur « {dwellings} » invalide (entier ≥ 1 attendu).",
            field="nombre de logements",
        )
    area = require_positive(living_area_m2, "surface habitable")
    c = coefficients().eau_chaude
    n = nmax(area / dwellings, kind)
    if n < c.nmax_palier:
        return dwellings * n
    return dwellings * (c.nmax_palier + c.nadeq_part_au_dela_du_palier * (n - c.nmax_palier))


def hot_water_need(nadeq_value: float, cold_water_c: Sequence[float | None]) -> HotWaterNeed:
    """Monthly hot-water needs Becsj = 1.163 × Nadeq × V × (40 − Tefsj) × njj [Wh] (§11.1),
    returned in kWh.

    ``cold_water_c`` holds the twelve monthly cold-water temperatures Tefs [°C] of the zone
    (:attr:`~calculators.dpe.engine.climate.MonthlyClimate.tefs`).
    """
    adults = require_positive(nadeq_value, "Nadeq", allow_zero=True)
    rises = _temperature_rises(tuple(cold_water_c))
    c = coefficients().eau_chaude
    heat = c.chaleur_massique_eau

    def monthly(volume_l: float) -> tuple[float, ...]:
        return tuple([
            heat * adults * volume_l * rise * days / WH_PER_KWH
            for rise, days in zip(rises, c.jours_occupation, strict=True)
        ])

    return HotWaterNeed(
        nadeq=adults,
        monthly_kwh=monthly(c.volume_conventionnel_l_jour),
        monthly_depensier_kwh=monthly(c.volume_depensier_l_jour),
    )


@lru_cache(maxsize=64)
def _temperature_rises(cold_water_c: tuple[float | None, ...]) -> tuple[float, ...]:
    """40 − Tefsj [°C] for each month, the twelve temperatures checked (once per climate)."""
    if len(cold_water_c) != 12 or any(t is None for t in cold_water_c):
        raise NeedsInputError(
            "température d'eau froide : douze valeurs mensuelles attendues", field="Tefs"
        )
    hot = coefficients().eau_chaude.temperature_eau_chaude
    return tuple([hot - float(t or 0) for t in cold_water_c])
