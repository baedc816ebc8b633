"""The heating stage of the desk estimate (3CL-DPE 2021, ch. 8, 9, 12, 13, 15.1–15.2).

One installation, assembled from the engine's calculators as their author intended for the
desk: intermittence I0 and INT (§8), Re, Rd, Rr (§12.1–12.3) per emitter; per generator its
generation efficiency — tabulated (§12.4.1, §13.1), heat-pump SCOP (§12.4.2) or the load-profile
method of boilers with an estimated Pn (§13.2, §13.2.2.4) — for the conventional (19 °C) and
*dépensier* (21 °C) set points; role shares (§9.1.4, §9.3) and consumptions (§9.1); generation
auxiliaries (§15.1) and the heating circulator (§15.2.1). Energies in kWh/yr (PCI).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import cache, lru_cache

from calculators.dpe.engine.auxiliaries import (
    HeatingNetwork,
    emitter_from_ademe,
    generation_auxiliaries_kwh,
    generation_kind_from_ademe,
    heating_circulator_power_w,
    heating_distribution_kwh,
)
from calculators.dpe.engine.climate import base_temperature
from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.combustion import (
    BoilerTechnology,
    CombustionCharacteristics,
    generation_efficiency,
    load_rates,
    sizing_ratio,
)
from calculators.dpe.engine.heating.combustion_defaults import (
    EmitterTemperature,
    default_characteristics,
    operating_temperatures,
)
from calculators.dpe.engine.heating.efficiencies import (
    distribution_efficiency,
    emission_efficiency,
    regulation_efficiency,
)
from calculators.dpe.engine.heating.errors import HeatingInputError
from calculators.dpe.engine.heating.generator_types import HEAT_PUMPS, generator_type
from calculators.dpe.engine.heating.heat_pumps import default_scop, hybrid_heat_pump_share
from calculators.dpe.engine.heating.installations import (
    Emission,
    GeneratorPart,
    consumptions,
    role_shares,
)
from calculators.dpe.engine.heating.intermittence import (
    I0Table,
    IntermittenceCriteria,
    i0,
    intermittence_factor,
)
from calculators.dpe.engine.heating.nominal_power import (
    boiler_nominal_power_kw,
    heating_power_kw,
    hot_water_power_kw,
)
from calculators.dpe.engine.heating.tabulated import tabulated_efficiency
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.rules.loader import catalogue
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.expand import DeskInputs
from calculators.dpe.simple.expand_emitters import HIGH, Emitter
from calculators.dpe.simple.expand_heating import HeatGenerator

CACHE_SIZE = 1024
"""Table lookups are cached by their criteria: the uncertainty band re-runs the same systems."""
KW = 1000.0
"""W per kW: unit conversion."""
HEAT_PUMP_RELIEF = 8


@dataclass(frozen=True, slots=True)
class HeatingOutput:
    """Final heating consumption [kWh/yr] per rules energy key, both behaviours, and the
    electricity of the generation auxiliaries and circulator [kWh/yr]; ``boiler_pn_kw`` the
    estimated Pn of the main boiler (a combined boiler's hot water uses it, §14.1.2)."""

    by_energy_kwh: dict[str, float]
    by_energy_depensier_kwh: dict[str, float]
    generation_aux_kwh: float
    distribution_aux_kwh: float
    boiler_pn_kw: float | None


def heating_stage(inputs: DeskInputs, needs: NeedsResult) -> HeatingOutput:
    """Consumption of the installation from the needs of the dwelling (or building)."""
    heating = inputs.heating
    gv = needs.gv_w_k
    tbase = base_temperature(inputs.zone, inputs.altitude)
    feeding = {g.emitter: g.type_id for g in reversed(heating.generators)}
    emissions = tuple(
        _emission(e, feeding[i], heating.i0_table, inputs, gv, heating.network_insulated)
        for i, e in enumerate(heating.emitters)
    )
    storage = inputs.systems.hot_water.volume_l if inputs.systems.hot_water.combined else None
    efficiencies = [
        _efficiency(g, heating.emitters[g.emitter], inputs, gv, tbase, storage)
        for g in heating.generators
    ]
    shares = role_shares(
        heating.configuration_id,
        hybrid_share=hybrid_heat_pump_share(inputs.context.zone_id)
        if heating.configuration_id == HEAT_PUMP_RELIEF
        else None,
    )
    parts = [
        GeneratorPart(g.role, 1.0, rg, rg_dep, (g.emitter,))
        for g, (rg, rg_dep, _) in zip(heating.generators, efficiencies, strict=True)
    ]
    results = consumptions(needs.besoin_ch, needs.besoin_ch_depensier, emissions, parts, shares)
    by_energy: dict[str, float] = {}
    by_energy_dep: dict[str, float] = {}
    aux = 0.0
    for gen, (_, _, pn_kw), result in zip(heating.generators, efficiencies, results, strict=True):
        key = energy_key(gen.energy_id)
        by_energy[key] = by_energy.get(key, 0.0) + result.conso_kwh
        by_energy_dep[key] = by_energy_dep.get(key, 0.0) + result.conso_depensier_kwh
        kind = generation_kind_from_ademe(gen.type_id, hot_water=False)
        if pn_kw is not None:
            aux += generation_auxiliaries_kwh(kind, pn_kw * KW, result.besoin_couvert_kwh)
    return HeatingOutput(
        by_energy_kwh=by_energy,
        by_energy_depensier_kwh=by_energy_dep,
        generation_aux_kwh=aux,
        distribution_aux_kwh=_circulator_kwh(inputs, needs, tbase),
        boiler_pn_kw=efficiencies[0][2],
    )


@cache
def energy_key(energy_id: int) -> str:
    """The rules key (``gaz_naturel``...) of a ``type_energie`` id."""
    return next(e.key for e in catalogue().energies.values() if e.ademe_id == energy_id)


def _emission(
    emitter: Emitter,
    generator_id: int,
    table: I0Table,
    inputs: DeskInputs,
    gv: float,
    insulated: bool,
) -> Emission:
    """INT (§8), Re, Rd, Rr (§12) of one emitter heating the whole living area."""
    criteria = IntermittenceCriteria(
        table=table,
        type_chauffage_id=emitter.type_chauffage_id,
        equipement_intermittence_id=emitter.equipement_intermittence_id,
        type_regulation_id=emitter.type_regulation_id,
        type_emission_distribution_id=emitter.type_id,
        classe_inertie_id=int(inputs.inertia),
    )
    value = intermittence_factor(_i0(criteria), gv, inputs.hsp_m, inputs.surface_m2)
    re, rd, rr = _efficiencies(emitter.type_id, generator_id, insulated)
    return Emission(surface_m2=inputs.surface_m2, intermittence=value, re=re, rd=rd, rr=rr)


@lru_cache(maxsize=CACHE_SIZE)
def _efficiencies(
    emitter_id: int, generator_id: int, insulated: bool
) -> tuple[float, float, float]:
    """(Re, Rd, Rr) of §12.1–12.3."""
    return (
        emission_efficiency(emitter_id, generator_id),
        distribution_efficiency(emitter_id, insulated),
        regulation_efficiency(emitter_id, generator_id),
    )


@lru_cache(maxsize=CACHE_SIZE)
def _i0(criteria: IntermittenceCriteria) -> float:
    """I0 of §8. When no row fits the desk's criteria (collective tables hold central heating
    only; some emitters lack an equipment), the nearest row is read: the other regulation,
    central heating, the « absent » (1) or collective (6) equipment, then the table of flats
    with individual heating."""
    tables = [criteria.table]
    if criteria.table is I0Table.IMMEUBLE_COLLECTIF:
        tables.append(I0Table.IMMEUBLE_INDIVIDUEL)
    for table in tables:
        for heating in (criteria.type_chauffage_id, 3 - criteria.type_chauffage_id):
            for equipment in (criteria.equipement_intermittence_id, 6, 1):
                for regulation in (criteria.type_regulation_id, 3 - criteria.type_regulation_id):
                    try:
                        return i0(
                            dataclasses.replace(
                                criteria,
                                table=table,
                                type_chauffage_id=heating,
                                equipement_intermittence_id=equipment,
                                type_regulation_id=regulation,
                            )
                        )
                    except HeatingInputError:
                        continue
    return i0(criteria)


def _efficiency(
    gen: HeatGenerator,
    emitter: Emitter,
    inputs: DeskInputs,
    gv: float,
    tbase: float,
    storage_l: float | None,
) -> tuple[float, float, float | None]:
    """(Rg or SCOP at 19 °C, at 21 °C, Pn [kW] of a combustion generator)."""
    kind = generator_type(gen.type_id)
    if kind.technology is None:
        rg = _tabulated(gen.type_id, inputs.context.zone_id, emitter.type_id)
        return rg, rg, None
    share = _flat_share(inputs)
    pdim = heating_power_kw(gv / share, tbase)
    if storage_l is not None:
        pdim = max(pdim, hot_water_power_kw(storage_l))
    pn = boiler_nominal_power_kw(pdim, wall_hung_since_2006=False) * share
    chars = _characteristics(gen.type_id, pn, emitter, share)
    k = coefficients().k_pcs_pci[gen.energy_id]
    c = coefficients()
    rgs = [
        generation_efficiency(chars, k, load_rates(sizing_ratio(pn, gv, tcons, tbase)))
        for tcons in (c.consigne_conventionnelle_c, c.consigne_depensiere_c)
    ]
    return rgs[0], rgs[1], pn


@lru_cache(maxsize=CACHE_SIZE)
def _tabulated(type_id: int, zone_id: int, emitter_id: int) -> float:
    """SCOP of a heat pump (§12.4.2; air/air units have no emitter column), tabulated Rg of
    the other non-combustion generators (§12.4.1, §13.1)."""
    kind = generator_type(type_id)
    if kind.famille in HEAT_PUMPS:
        refrigerant = kind.famille == "pac_air_air"
        return default_scop(type_id, zone_id, None if refrigerant else emitter_id)
    return tabulated_efficiency(type_id)


@lru_cache(maxsize=CACHE_SIZE)
def _characteristics(
    type_id: int, pn_kw: float, emitter: Emitter, share: float
) -> CombustionCharacteristics:
    """Rpn, Rpint, QP0 of §13.2.2 at Pn [kW] (a flat's share of a collective boiler is
    « virtualised », §17.2.1.1) and Tfonc of §13.2.1.5 for the emitter; a fan-assisted burner
    is assumed for condensing boilers only."""
    technology = generator_type(type_id).technology
    assert technology is not None
    table = default_characteristics(
        type_id,
        technology,
        pn_kw,
        ventilateur=technology is BoilerTechnology.CONDENSATION,
        ratio_virtualisation=share,
    )
    t30, t100 = operating_temperatures(
        type_id, [EmitterTemperature(emitter.temperature_id, emitter.period_id, emitter.type_id)]
    )
    if t100 is None:
        t30 = t100 = _air_temperatures(emitter)
    return CombustionCharacteristics(
        technology, pn_kw, table.rpn, table.rpint, table.qp0_kw, table.pveil_kw, t30, t100
    )


def _air_temperatures(emitter: Emitter) -> float:
    """A boiler feeding no water network (ducted air): the high-temperature row's Tfonc_100,
    the least favourable, read with the emitter's period."""
    _, t100 = operating_temperatures(85, [EmitterTemperature(HIGH, emitter.period_id, 34)])
    assert t100 is not None
    return t100


def _flat_share(inputs: DeskInputs) -> float:
    """The dwelling's share of a collective installation: 1 / the notional building's
    dwellings for a flat (``expand_defaults.json``), 1 otherwise."""
    if not inputs.heating.collective or inputs.dwellings > 1:
        return 1.0
    return 1.0 / int(defaults.group("immeuble_notionnel")["logements"])


def _circulator_kwh(inputs: DeskInputs, needs: NeedsResult, tbase: float) -> float:
    """Heating circulator (§15.2.1–15.2.2) of a hydronic installation; a flat on a collective
    one bears its share of a notional building's pump (``expand_defaults.json``)."""
    emitter = inputs.heating.emitters[0]
    kind = emitter_from_ademe(emitter.type_id)
    if kind is None:
        return 0.0
    area, levels, gv, share = inputs.surface_m2, inputs.levels, needs.gv_w_k, _flat_share(inputs)
    if share < 1:
        area, gv = area / share, gv / share
        levels = int(defaults.group("immeuble_notionnel")["niveaux"])
    network = HeatingNetwork((kind,), area, levels, emitter.temperature_id == HIGH)
    power = heating_circulator_power_w(network, gv, tbase)
    return heating_distribution_kwh(power, needs.climate.nref19) * share
