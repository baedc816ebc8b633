"""Adapters from an ADEME file's systems to the auxiliaries calculators (§5, §15), for the
corpus tests: the official needs, powers and losses in, our formulas for the auxiliaries.
"""

from __future__ import annotations

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.auxiliaries import (
    HeatingNetwork,
    HotWaterLoop,
    emitter_from_ademe,
    generation_auxiliaries_kwh,
    generation_kind_from_ademe,
    heating_circulator_power_w,
    heating_distribution_kwh,
    loop_pump_kwh,
    trace_heating_kwh,
    ventilation_from_ademe,
    ventilation_kwh,
    ventilation_power_w,
)
from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    base_temperature,
    monthly_climate,
)
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.hot_water.consumption import monthly_weights
from calculators.dpe.engine.hot_water.from_ademe import hot_water_from_ademe
from calculators.dpe.tables import find_rows, value_row
from tests.calculators.dpe.engine.systems_corpus import dwelling_area, is_house

BASE_SHARE = {3: 0.75, 5: 0.75 * 0.9}
"""Share of the heating need the base system covers, by ``enum_cfg_installation_ch_id``: §9.3
(insert or stove as back-up: Cch1 = 0.75 × Bch...) and §9.5 (plus bathroom heater: 0.75 × 0.9).
The heating stage will provide each generator's need; until then the corpus adapter uses these."""


def ventilation_from_file(dpe: DpeFile) -> float:
    """§5 for every ventilation of the file; a ventilation described at the building's scale
    takes the flat's allocation key."""
    total = 0.0
    area = dwelling_area(dpe)
    for item in dpe.inputs.systemes.ventilations:
        if item.tv_debits_ventilation_id is not None:
            flows = value_row("debits_ventilation", item.tv_debits_ventilation_id)
        else:
            flows = find_rows(
                "debits_ventilation", enum_type_ventilation_id=item.enum_type_ventilation_id
            )[0]
        surface = item.surface_ventile or area
        power = ventilation_power_w(
            ventilation_from_ademe(item.enum_type_ventilation_id),
            house=is_house(dpe),
            qvarep_conv_m3_h_m2=flows.number("qvarep_conv"),
            ventilated_area_m2=surface,
        )
        key = item.cle_repartition_ventilation if surface > area * 1.01 else None
        total += ventilation_kwh(power) * (key or 1.0)
    return total


def _building_key(key: float | None, served: float, area: float) -> float:
    return key if key and served > area * 1.01 else 1.0


def generation_ch_from_file(dpe: DpeFile) -> float:
    """§15.1.1 with the official heating need of each installation, shared equally between its
    boilers and scaled by the base share of §9.3/§9.5; a flat on a collective plant uses the
    plant's Pn (the file gives the flat's « equivalent » a × Pn, §17.2.1)."""
    total = 0.0
    area = dwelling_area(dpe)
    for inst in dpe.inputs.systemes.installations_chauffage:
        kinds = [
            (g, generation_kind_from_ademe(g.enum_type_generateur_ch_id, hot_water=False))
            for g in inst.generateurs
        ]
        kinds = [(g, k) for g, k in kinds if k is not None and g.intermediaire.pn]
        for generator, kind in kinds:
            pn = generator.intermediaire.pn or 0.0
            ratio = inst.ratio_virtualisation
            if inst.est_collective and ratio and 0 < ratio < 1:
                pn /= ratio
            need = (
                (inst.intermediaire.besoin_ch or 0.0)
                * BASE_SHARE.get(inst.enum_cfg_installation_ch_id, 1.0)
                / len(kinds)
            )
            key = _building_key(inst.cle_repartition_ch, inst.surface_chauffee, area)
            total += generation_auxiliaries_kwh(kind, pn, need) * key
    return total


def generation_ecs_from_file(dpe: DpeFile) -> float:
    """§15.1.2 with each hot-water installation's official need (from the hot-water adapter)."""
    total = 0.0
    for inst, result in zip(
        dpe.inputs.systemes.installations_ecs, hot_water_from_ademe(dpe), strict=True
    ):
        for generator, gen_result in zip(inst.generateurs, result.generators, strict=True):
            kind = generation_kind_from_ademe(generator.enum_type_generateur_ecs_id, hot_water=True)
            pn = generator.intermediaire.pn
            if kind is None or not pn:
                continue
            ratio = inst.ratio_virtualisation
            if inst.est_collective and ratio and 0 < ratio < 1:
                pn /= ratio
            need = result.need_kwh * gen_result.share
            total += generation_auxiliaries_kwh(kind, pn, need) * result.allocation_key
    return total


def distribution_ch_from_file(dpe: DpeFile) -> float:
    """§15.2.1–15.2.2 per installation with hot-water emitters, GV = the file's envelope and
    air-renewal losses, Nref19 of the zone (§18.3 for heavy old-walled buildings)."""
    meteo = dpe.inputs.meteo
    zone = ClimateZone.from_enum_id(meteo.enum_zone_climatique_id)
    altitude = AltitudeClass(meteo.enum_classe_altitude_id)
    heavy = dpe.inputs.enveloppe.inertie.enum_classe_inertie_id in (1, 2)
    climate = monthly_climate(zone, altitude, bool(meteo.batiment_materiaux_anciens) and heavy)
    gv = dpe.outputs.deperdition.deperdition_enveloppe or 0.0
    area = dwelling_area(dpe)
    total = 0.0
    for inst in dpe.inputs.systemes.installations_chauffage:
        emitters = [
            emitter_from_ademe(e.enum_type_emission_distribution_id) for e in inst.emetteurs
        ]
        water = tuple(e for e in emitters if e is not None)
        if not water:
            continue
        network = HeatingNetwork(
            water,
            inst.surface_chauffee,
            inst.nombre_niveau_installation_ch or 1,
            any(e.enum_temp_distribution_ch_id == 4 for e in inst.emetteurs),
            BASE_SHARE.get(inst.enum_cfg_installation_ch_id, 1.0),
        )
        power = heating_circulator_power_w(network, gv, base_temperature(zone, altitude))
        key = _building_key(inst.cle_repartition_ch, inst.surface_chauffee, area)
        total += heating_distribution_kwh(power, climate.nref19) * key
    return total


def distribution_ecs_from_file(dpe: DpeFile) -> float:
    """§15.2.3 for collective looped or traced networks, sized on the building (a flat's need
    divided by its share a of the building) and brought back to the dwelling by a."""
    meteo = dpe.inputs.meteo
    zone = ClimateZone.from_enum_id(meteo.enum_zone_climatique_id)
    weights = monthly_weights(zone, AltitudeClass(meteo.enum_classe_altitude_id))
    days = needs_coefficients().eau_chaude.jours_occupation
    total = 0.0
    for inst, result in zip(
        dpe.inputs.systemes.installations_ecs, hot_water_from_ademe(dpe), strict=True
    ):
        if not inst.est_collective or inst.enum_bouclage_reseau_ecs_id not in (2, 3):
            continue
        ratio = inst.ratio_virtualisation
        share = ratio if ratio and 0 < ratio < 1 else 1.0
        if inst.enum_bouclage_reseau_ecs_id == 3:
            total += trace_heating_kwh(result.need_kwh) * result.allocation_key
            continue
        building_need = result.need_kwh / share
        loop = HotWaterLoop(
            tuple(building_need * w for w in weights),
            inst.surface_habitable / share,
            inst.nombre_niveau_installation_ecs or 1,
            days,
        )
        total += loop_pump_kwh(loop) * share * result.allocation_key
    return total


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
