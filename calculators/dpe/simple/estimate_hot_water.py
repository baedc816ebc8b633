"""The hot-water stage of the desk estimate (3CL-DPE 2021, §11, §14, §15.1, §15.2.3).

From the need Becs of the needs stage (§11.1): distribution efficiency (§11.5), storage losses
and efficiency of electric tanks (§11.6), generation efficiency by family — Joule, heat-pump
water heater (§14.2), network substation (§14.3), gas water heaters, accumulators and boilers
(§14.1, defaults of §13.2.2) —, the consumption Cecs = Becs × Iecs (§11.2), the generation
auxiliaries (§15.1) and, for a collective installation, the loop pump (§15.2.3). Energies in
kWh/yr.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calculators.dpe.engine.auxiliaries import (
    HotWaterLoop,
    generation_auxiliaries_kwh,
    generation_kind_from_ademe,
    loop_pump_kwh,
)
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.heating.nominal_power import hot_water_power_kw
from calculators.dpe.engine.hot_water.combustion import (
    CombustionGenerator,
    boiler_efficiency,
    gas_accumulator_efficiency,
    instantaneous_heater_efficiency,
)
from calculators.dpe.engine.hot_water.combustion_defaults import default_characteristics_for_type
from calculators.dpe.engine.hot_water.consumption import (
    GeneratorEfficiency,
    hot_water_consumption_kwh,
)
from calculators.dpe.engine.hot_water.distribution import (
    CollectiveNetwork,
    collective_distribution_efficiency,
    individual_distribution_efficiency,
)
from calculators.dpe.engine.hot_water.district import substation_efficiency
from calculators.dpe.engine.hot_water.storage import (
    ElectricTank,
    electric_storage_efficiency,
    electric_tank_losses_wh,
    storage_losses_accumulation_wh,
)
from calculators.dpe.engine.hot_water.thermodynamic import default_cop
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.recovered_losses import HotWaterLossesInput
from calculators.dpe.engine.systems_coefficients import coefficients
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.estimate_heating import energy_key
from calculators.dpe.simple.expand import DeskInputs
from calculators.dpe.simple.expand_systems import HotWater

KW = 1000.0
"""W per kW: unit conversion."""
ELECTRIC_TANKS = frozenset(int(tank) for tank in ElectricTank)


@dataclass(frozen=True, slots=True)
class HotWaterOutput:
    """Hot-water consumption [kWh/yr] of both behaviours, its rules energy key, and the
    electricity of its generation auxiliaries and loop pump [kWh/yr]."""

    energy: str
    kwh: float
    depensier_kwh: float
    generation_aux_kwh: float
    distribution_aux_kwh: float


def recovered_storage(hot_water: HotWater) -> HotWaterLossesInput:
    """What the needs stage recovers from this installation (§9.1.1): the tank's losses when it
    stands in the heated volume — an individual installation's; never a collective one's."""
    if hot_water.collective or hot_water.volume_l <= 0:
        return HotWaterLossesInput(collective=hot_water.collective)
    if hot_water.type_id in ELECTRIC_TANKS:
        losses = _tank_losses_wh(hot_water.type_id, hot_water.volume_l)
    else:
        losses = storage_losses_accumulation_wh(hot_water.volume_l)
    return HotWaterLossesInput(collective=False, storage_losses_wh=losses)


def hot_water_stage(
    inputs: DeskInputs, needs: NeedsResult, boiler_pn_kw: float | None
) -> HotWaterOutput:
    """Consumption of the hot-water installation from the need Becs of ``needs``."""
    hot_water = inputs.systems.hot_water
    rd = _distribution(hot_water.collective)
    becs, becs_dep = needs.besoin_ecs, needs.besoin_ecs_depensier
    pn_w = _power_w(hot_water, boiler_pn_kw)
    kwh = hot_water_consumption_kwh(becs, rd, _efficiency(hot_water, inputs, becs, rd, pn_w))
    dep = hot_water_consumption_kwh(
        becs_dep, rd, _efficiency(hot_water, inputs, becs_dep, rd, pn_w)
    )
    kind = generation_kind_from_ademe(hot_water.type_id, hot_water=True)
    return HotWaterOutput(
        energy=energy_key(hot_water.energy_id),
        kwh=kwh,
        depensier_kwh=dep,
        generation_aux_kwh=generation_auxiliaries_kwh(kind, pn_w, becs) if pn_w else 0.0,
        distribution_aux_kwh=_loop_kwh(inputs, needs) if hot_water.collective else 0.0,
    )


@lru_cache(maxsize=256)
def _tank_losses_wh(type_id: int, volume_l: float) -> float:
    """Qg,w of an electric tank (§11.6.2) [Wh/yr]."""
    return electric_tank_losses_wh(ElectricTank(type_id), volume_l)


@lru_cache(maxsize=2)
def _distribution(collective: bool) -> float:
    """Rd of §11.5: a looped insulated collective network, or an individual production in the
    living volume serving contiguous rooms (``expand_defaults.json``)."""
    if collective:
        return collective_distribution_efficiency(CollectiveNetwork.ISOLE_BOUCLE, True)
    return individual_distribution_efficiency(in_living_volume=True, contiguous_rooms=True)


def _power_w(hot_water: HotWater, boiler_pn_kw: float | None) -> float:
    """Pn [W] of a combustion generator: the heating boiler's for a combined one, else the
    §13.2.2.4 hot-water power of its storage volume."""
    if hot_water.family not in ("chaudiere", "chauffe_eau_gaz", "accumulateur_gaz"):
        return 0.0
    if hot_water.combined and boiler_pn_kw is not None:
        return boiler_pn_kw * KW
    return hot_water_power_kw(hot_water.volume_l) * KW


def _efficiency(
    hot_water: HotWater, inputs: DeskInputs, becs_kwh: float, rd: float, pn_w: float
) -> GeneratorEfficiency:
    c = coefficients().eau_chaude
    family = hot_water.family
    if family == "ballon_electrique":
        tank = ElectricTank(hot_water.type_id)
        losses = _tank_losses_wh(hot_water.type_id, hot_water.volume_l) * hot_water.share
        storage = electric_storage_efficiency(losses, becs_kwh, rd, tank)
        return GeneratorEfficiency(c.rendement_generation_electrique["effet_joule"], storage)
    if family == "electrique_instantane":
        return GeneratorEfficiency(c.rendement_generation_electrique["effet_joule"])
    if family == "chaudiere_electrique":
        return GeneratorEfficiency(c.rendement_generation_electrique["chaudiere_electrique"])
    if family == "thermodynamique":
        return GeneratorEfficiency(_cop(hot_water.type_id, inputs.zone))
    if family == "reseau_chaleur":
        return GeneratorEfficiency(substation_efficiency(insulated=True))
    generator = _defaults(hot_water.type_id, pn_w)
    losses = 0.0
    if hot_water.volume_l:
        losses = storage_losses_accumulation_wh(hot_water.volume_l) * hot_water.share
    if family == "chauffe_eau_gaz":
        return GeneratorEfficiency(instantaneous_heater_efficiency(generator, becs_kwh))
    if family == "accumulateur_gaz":
        return GeneratorEfficiency(gas_accumulator_efficiency(generator, becs_kwh, losses))
    return GeneratorEfficiency(boiler_efficiency(generator, becs_kwh, losses))


@lru_cache(maxsize=64)
def _cop(type_id: int, zone: ClimateZone) -> float:
    return default_cop(type_id, zone)


@lru_cache(maxsize=256)
def _defaults(type_id: int, pn_w: float) -> CombustionGenerator:
    """Rpn, QP0, Pveil of §13.2.2 / §14.1 for a hot-water generator type at Pn [W]."""
    return default_characteristics_for_type(type_id, pn_w)


def _loop_kwh(inputs: DeskInputs, needs: NeedsResult) -> float:
    """Loop pump of a collective installation (§15.2.3); a flat bears its share of a notional
    building's (``expand_defaults.json``)."""
    notional = defaults.group("immeuble_notionnel")
    dwellings = inputs.dwellings if inputs.dwellings > 1 else int(notional["logements"])
    levels = inputs.levels if inputs.dwellings > 1 else int(notional["niveaux"])
    scale = 1.0 if inputs.dwellings > 1 else float(dwellings)
    loop = HotWaterLoop(
        monthly_need_kwh=tuple(m * scale for m in needs.hot_water.monthly_kwh),
        served_area_m2=inputs.surface_m2 * scale,
        levels=levels,
        occupied_days=needs_coefficients().eau_chaude.jours_occupation,
    )
    return loop_pump_kwh(loop) / scale
