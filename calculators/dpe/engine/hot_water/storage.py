"""Storage losses and storage efficiency of hot-water tanks (3CL-DPE 2021, annex 1, §11.6).

- Any tank except an electric one: Qg,w = 67662 × Vs^0.55 [Wh/yr] (§11.6.1).
- Electric tank: Qg,w = 8592 × 45 / 24 × Vs × Cr [Wh/yr] (§11.6.2), Cr [Wh/(L·°C·day)] by tank
  kind and volume from ADEME's table ``pertes_stockage``.
- Electric storage efficiency Rs = 1 / (1 + Qg,w × Rd / Becs), times 1.08 for a vertical tank of
  category C or 3 stars (§11.6.3). Tanks of boilers and gas accumulators enter their generation
  efficiency instead (§14.1.2, §14.1.3); thermodynamic water heaters have theirs in the COP.

The two loss formulas are shared with the recovered-losses stage of the heating need
(:mod:`calculators.dpe.engine.recovered_losses`), which owns them: one formula, one place.
"""

from __future__ import annotations

from enum import IntEnum
from functools import lru_cache

from calculators.dpe.engine.recovered_losses import (
    storage_losses_accumulation_wh,
    storage_losses_electric_wh,
)
from calculators.dpe.engine.systems_coefficients import (
    SystemsInputError,
    coefficients,
    require_non_negative,
)
from calculators.dpe.tables import find_rows

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""

__all__ = [
    "ElectricTank",
    "electric_storage_efficiency",
    "electric_tank_losses_wh",
    "storage_losses_accumulation_wh",
    "tank_loss_coefficient",
]


class ElectricTank(IntEnum):
    """Electric tank kinds of §11.6.2; values are ADEME ``enum_type_generateur_ecs_id``."""

    HORIZONTAL = 68
    VERTICAL_AUTRE_OU_INCONNUE = 69
    VERTICAL_CATEGORIE_B = 70
    """Category B or 2 stars."""
    VERTICAL_CATEGORIE_C = 71
    """Category C or 3 stars (the 1.08 bonus of §11.6.3)."""


@lru_cache(maxsize=256, typed=True)  # a table row per (tank kind, volume)
def tank_loss_coefficient(tank: ElectricTank, volume_l: float) -> float:
    """Cr [Wh/(L·°C·day)] of an electric tank of ``volume_l`` litres (§11.6.2 table)."""
    volume = require_non_negative(volume_l, "volume du ballon")
    for row in find_rows("pertes_stockage", enum_type_generateur_ecs_id=int(tank)):
        bounds = row.bounds("volume_ballon_bornes")
        if bounds is not None and bounds.contains(volume):
            return row.number("cr")
    raise SystemsInputError(
        f"ballon électrique : pas de coefficient de pertes pour {volume:g} L.",
        field="volume du ballon",
    )


def electric_tank_losses_wh(tank: ElectricTank, volume_l: float) -> float:
    """Qg,w = 8592 × 45 / 24 × Vs × Cr [Wh/yr] of an electric tank (§11.6.2)."""
    return storage_losses_electric_wh(volume_l, tank_loss_coefficient(tank, volume_l))


def electric_storage_efficiency(
    losses_wh: float, need_kwh: float, distribution_efficiency: float, tank: ElectricTank
) -> float:
    """Rs [-] of an electric tank (§11.6.3): 1 / (1 + Qg,w × Rd / Becs), × 1.08 for category C.

    ``losses_wh`` is Qg,w [Wh/yr] (for a flat on a collective tank, already scaled by the flat's
    share, §17.2.1); ``need_kwh`` the need Becs the tank serves [kWh/yr].
    """
    losses = require_non_negative(losses_wh, "pertes de stockage")
    need_wh = require_non_negative(need_kwh, "besoin d'ECS", strictly=True) * WH_PER_KWH
    rd = require_non_negative(distribution_efficiency, "rendement de distribution", strictly=True)
    efficiency = 1.0 / (1.0 + losses * rd / need_wh)
    if tank is ElectricTank.VERTICAL_CATEGORIE_C:
        efficiency *= coefficients().eau_chaude.bonus_ballon_categorie_c
    return efficiency
