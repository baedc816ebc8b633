"""The pipeline's wiring of an ADEME file to the hot-water calculators (ch. 11, 14), fed with the
engine's own needs, never with the file's official outputs, and the scope of those needs (the
dwelling's or the whole building's). Cooling (§10) and PV (§16.2) have their own adapters,
:mod:`~.cooling_from_ademe` and :mod:`~.pv_from_ademe`, the auxiliaries
:mod:`~.auxiliaries_from_ademe`.

The systems stage's hot-water adapter for whole files takes the official need (it is its corpus
check); here :func:`~.hot_water.from_ademe.installation_from_ademe` receives ours, a flat's
share of it for an individual installation of a building-level description
(``docs/dpe-engine-systems.md``). Energies are final energy in kWh/yr.
"""

from __future__ import annotations

from collections.abc import Mapping

from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.hot_water.from_ademe import installation_from_ademe
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.needs_from_ademe import building_needs, shared_by_keys
from calculators.dpe.engine.result import HotWaterStage
from calculators.dpe.rules import Energy


class StageRefused(Exception):  # noqa: N818 — reads as « the stage refused the file »
    """Raised inside a stage for an input it cannot handle; the message is French."""


def hot_water_from_needs(
    inputs: DpeInputs,
    needs: NeedsResult,
    energies: Mapping[str, Energy],
    software_id: str | None = None,
) -> HotWaterStage:
    """Each installation from its share of our need (§11): the flat's share for an individual
    installation of a building-level description (:func:`_individual_share`), else the whole
    need, split by the area each installation serves when there are several. ``software_id``:
    the program that wrote the file, whose recorded readings apply (``systems_conventions``)."""
    installations = inputs.systemes.installations_ecs
    if not installations:
        raise StageRefused("aucune installation d'eau chaude sanitaire décrite")
    general = inputs.caracteristique_generale
    dwelling_m2 = general.surface_habitable_logement or general.surface_habitable_immeuble
    kind = inputs.administratif.methode_application.type_dpe
    building = building_scope(inputs)
    flats = general.nombre_appartement or 1
    served = sum([inst.surface_habitable for inst in installations])
    keys = {energy.ademe_id: energy.key for energy in energies.values()}
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    need, need_dep = needs.besoin_ecs, needs.besoin_ecs_depensier  # each a sum of 12 months
    results = []
    by_energy: dict[str, float] = {}
    by_energy_dep: dict[str, float] = {}
    for inst in installations:
        if building and not inst.est_collective and flats > 1:
            share = _individual_share(inputs, flats)
        elif len(installations) == 1 or served <= 0:
            share = 1.0
        else:
            share = inst.surface_habitable / served
        result = installation_from_ademe(
            inst,
            zone=zone,
            house=kind is TypeDpe.MAISON,
            need_kwh=need * share,
            need_depensier_kwh=need_dep * share,
            whole_building=kind is TypeDpe.IMMEUBLE,
            dwelling_area_m2=dwelling_m2,
            file_need_kwh=need,
            software_id=software_id,
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


def _individual_share(inputs: DpeInputs, flats: int) -> float:
    """The flat's share of the building's hot-water need for its own installation: its share
    of the living area for a flat of a building study (consumptions shared by the keys of the
    new-building DPE: 2144E0951019J, 60 of 646 m², matches its official conso_ecs to 0.01 %),
    else an average flat's (1 / number of flats)."""
    general = inputs.caracteristique_generale
    flat, whole = general.surface_habitable_logement, general.surface_habitable_immeuble
    if flat and whole and shared_by_keys(general.enum_methode_application_dpe_log_id):
        return min(1.0, flat / whole)
    return 1.0 / flats


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
    """Whether the needs are the whole building's (:func:`~.needs_from_ademe.building_needs`)."""
    return building_needs(inputs.caracteristique_generale.enum_methode_application_dpe_log_id)
