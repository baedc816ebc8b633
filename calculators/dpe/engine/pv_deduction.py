"""Photovoltaic production and the self-consumed part deducted from electricity (3CL-DPE 2021,
annex 1, §16.2).

- Production: Ppv = Σ_i k_i × S_i × r × Σ_j Epv_j × C [kWh/yr] with r = 17 %, C = 0.86, Epv_j the
  zone's monthly irradiation (§18.2), k_i the orientation/tilt coefficient (ADEME table
  ``coef_orientation_pv``) and S_i the modules' area (1.6 m² per module when unknown). A flat
  on a collective installation takes its share of the area.
- Self-consumption: Tap = 1 / (1/Tcv + 1/Tapl), Tcv = Ppv / Celec_tot, Tapl the mean of the
  partial rates Taplp_i weighted by each use's electricity; Celec_ac = Tap × Celec_tot, shared
  between uses in proportion to Taplp_i × Celec_tot_i. Celec_tot covers the five uses plus
  household appliances and, in a block of flats, common-area lighting; only the five uses'
  shares are deducted from the final energy used for the labels.

The method writes the quantities per m²; Tap and the shares are ratios, so this module works in
kWh/yr of the whole dwelling and gives the same result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from calculators.dpe.engine.climate import ClimateZone, pv_irradiation
from calculators.dpe.engine.systems_coefficients import (
    SystemsInputError,
    coefficients,
    require_non_negative,
)
from calculators.dpe.tables import find_rows


class ElectricUse(StrEnum):
    """Uses of electricity of the §16.2 Taplp table (keys of ``systems_coefficients.json``)."""

    CHAUFFAGE = "chauffage"
    """Heating, with its generation auxiliaries."""
    REFROIDISSEMENT = "refroidissement"
    ECS = "ecs"
    """Hot water, with its generation auxiliaries."""
    ECLAIRAGE = "eclairage"
    AUXILIAIRES_VENTILATION = "auxiliaires_ventilation"
    AUXILIAIRES_DISTRIBUTION = "auxiliaires_distribution"
    """Distribution pumps of heating, cooling and hot water."""
    AUTRES_USAGES = "autres_usages"
    """Household appliances and common-area lighting (not deducted from the five uses)."""


@dataclass(frozen=True, slots=True)
class PvField:
    """Modules with one orientation and tilt (ADEME ``enum_orientation_pv_id`` 1 east … 5 west,
    ``enum_inclinaison_pv_id`` 1 ≤ 15°, 2 ≤ 45°, 3 ≤ 75°, 4 above)."""

    orientation_id: int
    tilt_id: int
    area_m2: float | None = None
    """Modules' area [m²]; None when unknown (then 1.6 m² per module)."""
    modules: int | None = None


@dataclass(frozen=True, slots=True)
class SelfConsumption:
    """The self-consumed PV electricity [kWh/yr] and its split by use."""

    production_kwh: float
    total_electricity_kwh: float
    """Celec_tot, including household appliances."""
    coverage: float
    """Tcv [-]."""
    tapl: float
    """Tapl [-]."""
    rate: float
    """Tap [-]."""
    by_use_kwh: Mapping[ElectricUse, float]

    @property
    def self_consumed_kwh(self) -> float:
        """Celec_ac [kWh/yr]."""
        return sum(self.by_use_kwh.values())

    @property
    def deducted_kwh(self) -> float:
        """The part deducted from the five uses (all but household appliances) [kWh/yr]."""
        return self.self_consumed_kwh - self.by_use_kwh.get(ElectricUse.AUTRES_USAGES, 0.0)


def orientation_coefficient(orientation_id: int, tilt_id: int) -> float:
    """k [-] of §16.2 (1 for modules at 15° or less, 1.07 due south at 15–45°...)."""
    rows = find_rows(
        "coef_orientation_pv", enum_orientation_pv_id=orientation_id, enum_inclinaison_pv_id=tilt_id
    )
    if not rows:
        raise SystemsInputError(
            f"panneaux photovoltaïques : orientation {orientation_id} ou inclinaison {tilt_id} "
            "inconnue.",
            field="orientation des panneaux",
        )
    return rows[0].number("coef_orientation_pv")


def pv_production_kwh(fields: Iterable[PvField], zone: ClimateZone, share: float = 1.0) -> float:
    """Ppv [kWh/yr] of the fields (§16.2); ``share`` is a flat's part of a collective array
    (its living area over the building's)."""
    c = coefficients().production_pv
    irradiation = sum(pv_irradiation(ClimateZone(zone)))
    total = 0.0
    for item in fields:
        if item.area_m2 is not None:
            area = require_non_negative(item.area_m2, "surface des capteurs")
        elif item.modules is not None:
            area = c.surface_module_m2 * require_non_negative(item.modules, "nombre de modules")
        else:
            raise SystemsInputError(
                "panneaux photovoltaïques : surface ou nombre de modules requis.",
                field="surface des capteurs",
            )
        k = orientation_coefficient(item.orientation_id, item.tilt_id)
        total += k * area * c.rendement_modules * irradiation * c.coefficient_pertes
    return total * require_non_negative(share, "part de l'installation")


def other_uses_kwh(living_area_m2: float, house: bool) -> float:
    """Household appliances Cum, plus common-area lighting in a block of flats [kWh/yr]."""
    c = coefficients().production_pv
    key = "maison" if house else "collectif"
    area = require_non_negative(living_area_m2, "surface habitable")
    return (c.usages_mobiliers_kwh_m2[key] + c.eclairage_parties_communes_kwh_m2[key]) * area


def self_consumption(
    production_kwh: float, electricity_kwh: Mapping[ElectricUse, float]
) -> SelfConsumption:
    """Tap and Celec_ac of §16.2 from the production and the electricity of each use [kWh/yr]
    (``electricity_kwh`` must include :attr:`ElectricUse.AUTRES_USAGES`: :func:`other_uses_kwh`).
    A use that is not electric is simply absent or 0."""
    c = coefficients().production_pv
    production = require_non_negative(production_kwh, "production photovoltaïque")
    uses = {
        ElectricUse(use): require_non_negative(value, f"électricité ({use})")
        for use, value in electricity_kwh.items()
    }
    total = sum(uses.values())
    if production == 0 or total == 0:
        zero = MappingProxyType({use: 0.0 for use in uses})
        return SelfConsumption(production, total, 0.0, 0.0, 0.0, zero)
    weighted = {
        use: c.taux_autoproduction_partiel[use.value] * value for use, value in uses.items()
    }
    tapl = sum(weighted.values()) / total
    coverage = production / total
    rate = 1.0 / (1.0 / coverage + 1.0 / tapl)
    self_consumed = rate * total
    by_use = {use: self_consumed * w / (tapl * total) for use, w in weighted.items()}
    return SelfConsumption(production, total, coverage, tapl, rate, MappingProxyType(by_use))
