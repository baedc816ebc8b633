"""The corpus side of the auxiliaries tests: each ADEME file through
:mod:`calculators.dpe.engine.auxiliaries_from_ademe`, fed with the file's official needs and GV
(the heating and hot-water stages recompute the rest), so that the auxiliaries alone are judged.
"""

from __future__ import annotations

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.auxiliaries_from_ademe import (
    heating_distribution_from_inputs,
    hot_water_distribution_kwh,
    hot_water_generation_kwh,
    ventilation_from_inputs,
)
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, monthly_climate
from calculators.dpe.engine.heating import HeatingResult, heating_from_ademe
from calculators.dpe.engine.hot_water.from_ademe import InstallationResult, hot_water_from_ademe
from calculators.dpe.engine.pipeline_systems import building_scope
from tests.calculators.dpe.engine.systems_corpus import dwelling_area

_HEATING: dict[int, HeatingResult] = {}
_HOT_WATER: dict[int, tuple[InstallationResult, ...]] = {}


def official_depensier_need(dpe: DpeFile) -> float:
    """The official *dépensier* heating need of the scope. Several programs store a flat's in a
    building-scope file's ``sortie``: the installations' own dépensier needs are summed then."""
    needs = dpe.outputs.apport_et_besoin
    if needs.besoin_ch_depensier and needs.besoin_ch_depensier >= needs.besoin_ch:
        return needs.besoin_ch_depensier
    return sum(
        inst.intermediaire.besoin_ch_depensier or 0.0
        for inst in dpe.inputs.systemes.installations_chauffage
    )


def heating_of(dpe: DpeFile) -> HeatingResult:
    """The heating stage on the file's official need and GV (computed once per file)."""
    key = id(dpe)
    if key not in _HEATING:
        _HEATING[key] = heating_from_ademe(
            dpe.inputs,
            dpe.outputs.apport_et_besoin.besoin_ch,
            official_depensier_need(dpe),
            dpe.outputs.deperdition.deperdition_enveloppe,
        )
    return _HEATING[key]


def hot_water_of(dpe: DpeFile) -> tuple[InstallationResult, ...]:
    """The hot-water stage on the file's official need (computed once per file)."""
    key = id(dpe)
    if key not in _HOT_WATER:
        _HOT_WATER[key] = hot_water_from_ademe(dpe)
    return _HOT_WATER[key]


def nref19(dpe: DpeFile) -> tuple[float, ...]:
    """Nref19 of the file's climate, §18.3 for heavy old-walled buildings [h]."""
    meteo = dpe.inputs.meteo
    heavy = dpe.inputs.enveloppe.inertie.enum_classe_inertie_id in (1, 2)
    climate = monthly_climate(
        ClimateZone.from_enum_id(meteo.enum_zone_climatique_id),
        AltitudeClass(meteo.enum_classe_altitude_id),
        bool(meteo.batiment_materiaux_anciens) and heavy,
    )
    return climate.nref19


def ventilation_from_file(dpe: DpeFile) -> float:
    return ventilation_from_inputs(dpe.inputs, dwelling_area(dpe))


def generation_ch_from_file(dpe: DpeFile) -> float:
    """§15.1.1 as the heating stage computes it, from each generator's covered need."""
    return heating_of(dpe).auxiliaires_generation_kwh


def generation_ecs_from_file(dpe: DpeFile) -> float:
    return hot_water_generation_kwh(dpe.inputs, hot_water_of(dpe))


def distribution_ch_from_file(dpe: DpeFile) -> float:
    """§15.2.1–15.2.2 with GV = the file's envelope and air-renewal losses (the building's
    when the needs are, on which a collective circulator is then sized, §17.2.2.2.1)."""
    gv = dpe.outputs.deperdition.deperdition_enveloppe or 0.0
    building = building_scope(dpe.inputs)
    return heating_distribution_from_inputs(
        dpe.inputs, heating_of(dpe), gv, nref19(dpe), dwelling_area(dpe), gv if building else None
    )


def distribution_ecs_from_file(dpe: DpeFile) -> float:
    """§15.2.3 with the readings of the file's program (``systems_conventions.json``)."""
    return hot_water_distribution_kwh(dpe.inputs, hot_water_of(dpe), dpe.metadata.usr_logiciel_id)


def total_from_file(dpe: DpeFile) -> float:
    """Generation and distribution auxiliaries, plus ventilation when the file's own total of
    auxiliaries includes it (its five-use total tells)."""
    total = (
        generation_ch_from_file(dpe)
        + generation_ecs_from_file(dpe)
        + distribution_ch_from_file(dpe)
        + distribution_ecs_from_file(dpe)
    )
    ef = dpe.outputs.ef_conso
    listed = sum(
        v or 0.0
        for v in (
            ef.conso_ch,
            ef.conso_ecs,
            ef.conso_fr,
            ef.conso_eclairage,
            ef.conso_totale_auxiliaire,
        )
    )
    five_uses = ef.conso_5_usages or 0.0
    ventilation = ef.conso_auxiliaire_ventilation or 0.0
    if abs(listed - five_uses) <= abs(listed + ventilation - five_uses):
        total += ventilation_from_file(dpe)
    return total
