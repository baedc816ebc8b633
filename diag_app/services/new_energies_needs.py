"""The dwelling's heat figures the options share: heating need, design loss, CO2 of today.

Why: the heat pump's sizing, the wood quantities and the electric-heating load all start from
the same yearly heating need [kWh of heat]; it is taken, in this order, from the declared
consumption (× the generator's efficiency), the energy label, the declared insulation, or a
default per m² — each time saying which, with the assumption's source.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    base_temperature,
    monthly_climate,
)
from calculators.dpe.rules import heat_network_co2_factor, rules_at
from calculators.solar.data import SourcedValue
from diag_app.city.profile import CityProfile
from diag_app.services.new_energies_defaults import assumption, keyed
from diag_app.services.new_energies_request import ENERGIES, Dwelling

INDOOR_TEMPERATURE_C = 19.0
"""Conventional heating setpoint of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1,
§ 18: DH19 degree-hours are counted against 19 °C)."""


@dataclass(frozen=True)
class HeatNeed:
    """Yearly heating need [kWh of heat/an], how it was obtained, and the values it used."""

    kwh: float
    basis: str
    used: tuple[SourcedValue, ...]


def heating_need(dwelling: Dwelling) -> HeatNeed:
    """The dwelling's yearly heating need [kWh/an], from the best information given."""
    heating = dwelling.heating
    surface = dwelling.surface_m2
    if heating.consumption_kwh is not None:
        efficiency = keyed(
            "heating_efficiency_by_generator",
            heating.generator.value,
            f"Rendement saisonnier ({heating.generator.value.replace('_', ' ')})",
            "",
        )
        return HeatNeed(
            heating.consumption_kwh * efficiency.value,
            f"consommation déclarée ({_kwh(heating.consumption_kwh)} kWh/an) × rendement "
            f"{_fr(efficiency.value)}",
            (efficiency,),
        )
    if dwelling.energy_label is not None:
        per_m2 = keyed(
            "heating_need_kwh_per_m2_by_label",
            dwelling.energy_label,
            f"Besoin de chauffage d'un logement classé {dwelling.energy_label}",
            "kWh/m²/an",
        )
        basis = f"étiquette {dwelling.energy_label}"
    elif dwelling.insulation is not None:
        per_m2 = keyed(
            "heating_need_kwh_per_m2_by_insulation",
            dwelling.insulation.value,
            f"Besoin de chauffage, isolation {dwelling.insulation.value}",
            "kWh/m²/an",
        )
        basis = f"isolation {dwelling.insulation.value}"
    else:
        per_m2 = assumption(
            "heating_need_kwh_per_m2_unknown", "Besoin de chauffage par défaut", "kWh/m²/an"
        )
        basis = "ni consommation, ni étiquette, ni isolation connues"
    return HeatNeed(
        per_m2.value * surface,
        f"{basis} : {_fr(per_m2.value)} kWh/m²/an × {_fr(surface)} m²",
        (per_m2,),
    )


def design_heat_loss_kw(need_kwh: float, city: CityProfile) -> tuple[float, str]:
    """Heat loss at the base temperature [kW] implied by a yearly need, and the method.

    GV ≈ need / DH19 [W/K] (3CL-DPE 2021 § 18: the heating need is GV × DH19 before free gains
    and intermittence, so this slightly underestimates GV), then GV × (19 − Tbase) / 1000 —
    Tbase and DH19 of the city's climate zone and altitude class (§ 18.1, § 18.2).
    """
    zone = ClimateZone(city.climate_zone)
    altitude = AltitudeClass.from_altitude(city.altitude_m)
    dh19 = sum(monthly_climate(zone, altitude).dh19)
    base = base_temperature(zone, altitude)
    gv_w_k = need_kwh * 1000.0 / dh19
    loss = gv_w_k * (INDOOR_TEMPERATURE_C - base) / 1000.0
    method = (
        f"déperditions estimées du besoin de chauffage : GV ≈ besoin / DH19 "
        f"({_kwh(dh19)} °C·h, zone {zone.value}) = {_fr(gv_w_k)} W/K, "
        f"× ({_fr(INDOOR_TEMPERATURE_C)} − ({_fr(base)}) °C) — arrêté du 31 mars 2021, "
        "annexe 1, § 18.1–18.2"
    )
    return loss, method


def current_heating_co2(dwelling: Dwelling, at: date) -> tuple[float, str]:
    """GHG factor of today's heating energy [kgCO2eq/kWh final] and its source line.

    DPE factors in force on ``at`` (arrêté du 15 septembre 2006, annexe 4 § 1.1, applied by the
    arrêté du 31 mars 2021); a heat network takes its own yearly list value
    (:func:`calculators.dpe.rules.heat_network_co2_factor`) when identified by the caller.
    """
    energy = dwelling.heating.energy
    rules = rules_at(at)
    if energy == "electricite":
        value = rules.ghg.factor(energy, "chauffage")
    else:
        value = rules.ghg.factor(energy)
    return value, f"{ENERGIES[energy]} : {_fr(value)} kgCO2eq/kWh — {rules.ghg.source.text}"


def network_co2(network_id: str, at: date) -> tuple[float, str]:
    """A listed network's factor on ``at`` [kgCO2eq/kWh] and its cited source."""
    factor = heat_network_co2_factor(network_id, at)
    line = (
        f"Réseau {network_id} : {_fr(factor.kg_co2_per_kwh)} kgCO2eq/kWh (liste "
        f"{factor.list_id}) — {factor.source.text}, {factor.source.ref}"
    )
    return factor.kg_co2_per_kwh, line if not factor.provisional else f"{line}. {factor.note}"


def _fr(value: float) -> str:
    return f"{value:.3g}".replace(".", ",") if value < 10 else f"{value:.0f}"


def _kwh(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f")
