"""Lighting consumption of the 3CL-DPE 2021 method (annex 1, §16.1).

Lighting is conventional in dwellings: 1.4 W/m² switched by hand (use coefficient 0.9) during
the monthly hours of the climate zone, whatever the lamps. For a whole building (§17.1.6) the
same formula applies to the building's living area. Self-consumed PV electricity is deducted
later (:mod:`calculators.dpe.engine.pv_deduction`), not here.
"""

from __future__ import annotations

from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.systems_coefficients import coefficients, require_non_negative

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""


def monthly_lighting_kwh(living_area_m2: float, zone: ClimateZone) -> tuple[float, ...]:
    """Cecl_j × Sh for the twelve months [kWh], January first (§16.1).

    Cecl_j = C × Pecl × Nh_j / 1000 [kWh/m²], C = 0.9, Pecl = 1.4 W/m², Nh_j the hours of the
    zone's table.
    """
    area = require_non_negative(living_area_m2, "surface habitable")
    c = coefficients().eclairage
    hours = c.heures_mensuelles[ClimateZone(zone).value]
    return tuple([
        c.coefficient_utilisation * c.puissance_w_m2 * h / WH_PER_KWH * area for h in hours
    ])


def lighting_kwh(living_area_m2: float, zone: ClimateZone) -> float:
    """Yearly lighting consumption Cecl × Sh [kWh/yr] of a dwelling or building (§16.1)."""
    return sum(monthly_lighting_kwh(living_area_m2, zone))
