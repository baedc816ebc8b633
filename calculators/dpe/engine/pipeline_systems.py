"""The pipeline's wiring of an ADEME file to the hot-water (ch. 11, 14), cooling (§10) and PV
(§16.2) calculators, fed with the engine's own results (needs, GV, heating stage), never with the
file's official outputs (the auxiliaries have their own adapter,
:mod:`~calculators.dpe.engine.auxiliaries_from_ademe`).

The systems stage's hot-water adapter for whole files takes the official need (it is its corpus
check); here :func:`~.hot_water.from_ademe.installation_from_ademe`, :mod:`~.cooling` and
:mod:`~.pv_deduction` receive ours, with the readings of the method documented in
``docs/dpe-engine-systems.md`` (EER from the SEER table, PV area of 1.6 m² per module when the
count is given, a flat's allocation key for systems described at the building's scale).
Energies are final energy in kWh/yr.
"""

from __future__ import annotations

from collections.abc import Mapping

from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.cooling import (
    CoolingGains,
    CoolingPeriod,
    cooling_kwh,
    default_eer,
    monthly_cooling_need_kwh,
)
from calculators.dpe.engine.gains import internal_gains_wh, solar_gains_wh
from calculators.dpe.engine.hot_water.from_ademe import installation_from_ademe
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.pv_deduction import (
    ElectricUse,
    PvField,
    SelfConsumption,
    other_uses_kwh,
    pv_production_kwh,
    self_consumption,
)
from calculators.dpe.engine.result import HotWaterStage
from calculators.dpe.engine.systems_coefficients import SystemsInputError
from calculators.dpe.rules import Energy
from calculators.dpe.tables import enum_row

BUILDING_SURFACE = "surface_habitable_immeuble"
"""Value of the ``surface_reference`` column of the official enum ``methode_application_dpe_log``
for descriptions of a whole building (the needs are then the building's)."""
DEFAULT_EER_INPUT = 1
"""``enum_methode_saisie_carac_sys_id`` « valeur forfaitaire »: the EER of the §10.3 table."""
PERIODS = frozenset(period.value for period in CoolingPeriod)
"""``enum_periode_installation_fr_id`` values the §10.3 table has."""
SAME_AREA = 1.01
"""A system serving more than 1 % beyond the dwelling's area is described at the building's."""


class StageRefused(Exception):  # noqa: N818 — reads as « the stage refused the file »
    """Raised inside a stage for an input it cannot handle; the message is French."""


def hot_water_from_needs(
    inputs: DpeInputs, needs: NeedsResult, energies: Mapping[str, Energy]
) -> HotWaterStage:
    """Each installation from its share of our need (§11): an average flat's for an individual
    installation of a building-level description, else the whole need, split by the area each
    installation serves when there are several."""
    installations = inputs.systemes.installations_ecs
    if not installations:
        raise StageRefused("aucune installation d'eau chaude sanitaire décrite")
    general = inputs.caracteristique_generale
    dwelling_m2 = general.surface_habitable_logement or general.surface_habitable_immeuble
    kind = inputs.administratif.methode_application.type_dpe
    building = building_scope(inputs)
    flats = general.nombre_appartement or 1
    served = sum(inst.surface_habitable for inst in installations)
    keys = {energy.ademe_id: energy.key for energy in energies.values()}
    results = []
    by_energy: dict[str, float] = {}
    by_energy_dep: dict[str, float] = {}
    for inst in installations:
        if building and not inst.est_collective and flats > 1:
            share = 1.0 / flats
        elif len(installations) == 1 or served <= 0:
            share = 1.0
        else:
            share = inst.surface_habitable / served
        result = installation_from_ademe(
            inst,
            zone=ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id),
            house=kind is TypeDpe.MAISON,
            need_kwh=needs.besoin_ecs * share,
            need_depensier_kwh=needs.besoin_ecs_depensier * share,
            whole_building=kind is TypeDpe.IMMEUBLE,
            dwelling_area_m2=dwelling_m2,
            file_need_kwh=needs.besoin_ecs,
        )
        for gen in result.generators:
            if gen.energy_id not in keys:
                raise StageRefused(f"énergie d'ECS n° {gen.energy_id} inconnue des règles DPE")
            key = keys[gen.energy_id]
            by_energy[key] = by_energy.get(key, 0.0) + result.allocation_key * gen.consumption_kwh
            by_energy_dep[key] = (
                by_energy_dep.get(key, 0.0) + result.allocation_key * gen.consumption_depensier_kwh
            )
        results.append(result)
    return HotWaterStage(
        installations=tuple(results),
        conso_ecs_kwh=sum(by_energy.values()),
        conso_ecs_depensier_kwh=sum(by_energy_dep.values()),
        by_energy=by_energy,
        by_energy_depensier=by_energy_dep,
    )


def needs_area_m2(inputs: DpeInputs) -> float:
    """The living area the needs are computed on [m²]: the building's for a description of the
    whole building (the official enum's ``surface_reference``), else the dwelling's."""
    general = inputs.caracteristique_generale
    dwelling = general.surface_habitable_logement
    building = general.surface_habitable_immeuble
    area = (building or dwelling) if building_scope(inputs) else (dwelling or building)
    if not area:
        raise StageRefused("surface habitable absente")
    return area


def building_scope(inputs: DpeInputs) -> bool:
    """Whether the needs are the whole building's (the official enum's ``surface_reference``)."""
    row = enum_row(
        "methode_application_dpe_log",
        inputs.caracteristique_generale.enum_methode_application_dpe_log_id,
    )
    return row["surface_reference"] == BUILDING_SURFACE


def cooling_from_ademe(
    inputs: DpeInputs, needs: NeedsResult, described_m2: float, dwelling_area_m2: float
) -> tuple[float, float]:
    """Cooling electricity of the dwelling, conventional and *dépensier* [kWh/yr] (§10): our
    monthly need of the described area, each system's EER and cooled share, and a flat's
    allocation key when the systems are described at the building's scale; (0, 0) without a
    cooling system."""
    if not inputs.systemes.climatisations:
        return 0.0, 0.0
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    needs_by_behaviour = []
    for depensier, hours, sun in (
        (False, needs.climate.nref28, needs.climate.e_fr28),
        (True, needs.climate.nref26, needs.climate.e_fr26),
    ):
        gains = CoolingGains(
            internal_gains_wh(described_m2, needs.nadeq, hours),
            solar_gains_wh(needs.sse_m2, sun),
        )
        monthly = monthly_cooling_need_kwh(
            gains, needs.gv_w_k, described_m2, needs.inertia, needs.climate, depensier=depensier
        )
        needs_by_behaviour.append(sum(monthly))
    totals = [0.0, 0.0]
    for item in inputs.systemes.climatisations:
        period = item.enum_periode_installation_fr_id
        if item.enum_methode_saisie_carac_sys_id == DEFAULT_EER_INPUT and period in PERIODS:
            eer = default_eer(zone, CoolingPeriod(period))
        elif item.intermediaire.eer:
            eer = item.intermediaire.eer
        else:
            raise SystemsInputError(
                f"climatisation « {item.description or '?'} » : EER inconnu.", field="EER"
            )
        key = item.cle_repartition_clim
        building = key is not None and 0 < key < 1 and described_m2 > dwelling_area_m2 * SAME_AREA
        for i, need in enumerate(needs_by_behaviour):
            kwh = cooling_kwh(need, eer, item.surface_clim, described_m2)
            totals[i] += kwh * (key if building and key else 1.0)
    return totals[0], totals[1]


def pv_from_ademe(
    inputs: DpeInputs, electricity_kwh: Mapping[ElectricUse, float], dwelling_area_m2: float
) -> SelfConsumption | None:
    """Production of the file's panels and its self-consumed part by use (§16.2); None without
    PV. ``electricity_kwh``: the dwelling's electricity of the five uses, before deduction."""
    block = inputs.systemes.production_elec_enr
    if block is None or not block.presence_production_pv:
        return None
    fields = [
        PvField(
            p.enum_orientation_pv_id,
            p.enum_inclinaison_pv_id,
            None if p.nombre_module else p.surface_totale_capteurs,
            p.nombre_module,
        )
        for p in block.panneaux
        if p.enum_orientation_pv_id and p.enum_inclinaison_pv_id
    ]
    if not fields:
        raise SystemsInputError(
            "panneaux photovoltaïques : orientation ou inclinaison non décrite.",
            field="panneaux photovoltaïques",
        )
    share = next((p.ratio_virtualisation for p in block.panneaux if p.ratio_virtualisation), 1.0)
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    house = inputs.administratif.methode_application.type_dpe is TypeDpe.MAISON
    uses = dict(electricity_kwh)
    uses[ElectricUse.AUTRES_USAGES] = other_uses_kwh(dwelling_area_m2, house)
    return self_consumption(pv_production_kwh(fields, zone, share), uses)
