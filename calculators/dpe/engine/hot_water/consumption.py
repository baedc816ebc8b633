"""Hot-water consumption of the 3CL-DPE 2021 method (annex 1, §11.2 to §11.4).

Cecs = Becs × Iecs [kWh/yr] with Iecs = 1 / (Rs × Rd × Rg) (§11.2); with solar collectors
Cecs = Becs × (1 − Fecs) × Iecs and the solar production is Becs × Fecs × Iecs (§11.3); with two
different systems each serves half the need (§11.4). A thermodynamic water heater's COP stands for
Rs × Rg, a boiler's §14.1.2 efficiency for Rg × Rs and a network substation's for both (§14.3).
Monthly consumptions follow the monthly needs: Cecs_j = Becs_j / Becs × Cecs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, monthly_climate
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.systems_coefficients import (
    SystemsInputError,
    coefficients,
    require_non_negative,
)


@dataclass(frozen=True, slots=True)
class GeneratorEfficiency:
    """How a generator converts final energy into hot water at its outlet."""

    generation: float
    """Rg, or Rg × Rs when the method gives them together, or the COP [-]."""
    storage: float = 1.0
    """Rs when given apart (electric tanks, §11.6.3) [-]."""

    def inverse(self, distribution_efficiency: float) -> float:
        """Iecs = 1 / (Rs × Rd × Rg) [-]."""
        rd = require_non_negative(
            distribution_efficiency, "rendement de distribution", strictly=True
        )
        rg = require_non_negative(self.generation, "rendement de génération", strictly=True)
        rs = require_non_negative(self.storage, "rendement de stockage", strictly=True)
        return 1.0 / (rs * rd * rg)


def hot_water_consumption_kwh(
    need_kwh: float,
    distribution_efficiency: float,
    efficiency: GeneratorEfficiency,
    *,
    solar_fraction: float = 0.0,
    share: float = 1.0,
) -> float:
    """Cecs = share × Becs × (1 − Fecs) × Iecs [kWh/yr] (§11.2–§11.4).

    ``need_kwh`` is Becs of the dwelling or building [kWh/yr], ``share`` the part this generator
    serves (0.5 each for two systems), ``solar_fraction`` Fecs [-].
    """
    need = require_non_negative(need_kwh, "besoin d'ECS")
    fraction = _fraction(solar_fraction, "facteur de couverture solaire")
    part = _fraction(share, "part du besoin d'ECS")
    return part * need * (1.0 - fraction) * efficiency.inverse(distribution_efficiency)


def solar_production_kwh(
    need_kwh: float,
    distribution_efficiency: float,
    efficiency: GeneratorEfficiency,
    solar_fraction: float,
) -> float:
    """Prodecs_solaire = Becs × Fecs × Iecs [kWh/yr] (§11.3)."""
    need = require_non_negative(need_kwh, "besoin d'ECS")
    fraction = _fraction(solar_fraction, "facteur de couverture solaire")
    return need * fraction * efficiency.inverse(distribution_efficiency)


def system_shares(systems: int) -> tuple[float, ...]:
    """Share of the need of each system (§11.4): one system 1, two systems 0.5 each."""
    if systems == 1:
        return (1.0,)
    if systems == 2:
        half = coefficients().eau_chaude.part_deux_systemes
        return (half, half)
    raise SystemsInputError(
        f"ECS : {systems} systèmes décrits, la méthode en traite un ou deux par logement (§11.4).",
        field="systèmes d'ECS",
    )


@cache
def monthly_weights(zone: ClimateZone, altitude: AltitudeClass) -> tuple[float, ...]:
    """Becs_j / Becs [-] of the zone: (40 − Tefs_j) × njj normalised (§11.1), January first."""
    c = needs_coefficients().eau_chaude
    cold = monthly_climate(ClimateZone(zone), AltitudeClass(altitude)).tefs
    raw = [
        (c.temperature_eau_chaude - float(t or 0.0)) * days
        for t, days in zip(cold, c.jours_occupation, strict=True)
    ]
    total = sum(raw)
    return tuple(r / total for r in raw)


def _fraction(value: float, field: str) -> float:
    number = require_non_negative(value, field)
    if number > 1:
        raise SystemsInputError(f"{field} : valeur « {number:g} » supérieure à 1.", field=field)
    return number
