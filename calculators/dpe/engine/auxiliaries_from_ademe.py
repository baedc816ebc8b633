"""Auxiliary electricity of an ADEME DPE file from the values the engine computed (3CL-DPE 2021,
annex 1: §5 ventilation fans, §15.1 generation, §15.2 distribution of heating and hot water).

:func:`auxiliaries_from_ademe` takes the typed inputs of :func:`calculators.dpe.ademe.read_dpe`
and the results of the previous stages — GV and monthly climate of the needs stage, the heating
result (each generator's covered need and its §15.1 auxiliaries), the hot-water installations —
and returns the dwelling's auxiliaries by item [kWh/yr]. It never reads the file's outputs, so
the pipeline can call it; the corpus tests call it with the official needs to check it.

Readings of the method, each checked on the ADEME corpus (``docs/dpe-engine-systems.md``):

- heating circulator (§15.2.1): one per installation whose generators drive one
  (:func:`~.auxiliaries.generator_has_circulator`) and whose emitters are on a water or air
  network; ``rat`` is the share of the dwelling's need those generators cover (a stove back-up,
  a Joule back-up or an installation heating part of the dwelling lower it); the back-up
  emitters off the network make the emitters « several kinds » (unfavourable Fcot);
- a system described at the building's scale in a flat's file takes the flat's allocation key;
- a flat on a collective plant uses the plant's Pn for §15.1 (the file stores a × Pn, §17.2.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.ademe.systems import InstallationChauffage
from calculators.dpe.engine.auxiliaries import (
    HeatingNetwork,
    HotWaterLoop,
    emitter_from_ademe,
    generation_auxiliaries_kwh,
    generation_kind_from_ademe,
    generator_has_circulator,
    heating_circulator_power_w,
    heating_distribution_kwh,
    high_temperature_from_ademe,
    loop_pump_kwh,
    trace_heating_kwh,
    ventilation_from_ademe,
    ventilation_kwh,
    ventilation_power_w,
)
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, base_temperature
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.heating.results import HeatingResult
from calculators.dpe.engine.heating.results import InstallationResult as HeatingInstallation
from calculators.dpe.engine.hot_water.consumption import monthly_weights
from calculators.dpe.engine.hot_water.from_ademe import InstallationResult
from calculators.dpe.engine.needs_from_ademe import building_needs
from calculators.dpe.engine.systems_coefficients import SystemsInputError
from calculators.dpe.engine.systems_conventions import systems_conventions
from calculators.dpe.tables import find_rows, value_row

LOOPED, TRACED = 2, 3
"""``enum_bouclage_reseau_ecs_id`` of a looped network and of one with trace heating."""
SAME_AREA = 1.01
"""A system serving more than 1 % beyond the dwelling's area is described at the building's."""


@dataclass(frozen=True, slots=True)
class AuxiliariesResult:
    """Auxiliary electricity of the dwelling (or building) by item [kWh/yr]."""

    ventilation: float
    """Fans (§5)."""
    generation_ch: float
    """Heating generators (§15.1.1): the heating stage's, from each generator's covered need."""
    generation_ecs: float
    """Hot-water generators (§15.1.2)."""
    distribution_ch: float
    """Heating circulators (§15.2.1–15.2.2)."""
    distribution_ecs: float
    """Collective hot-water loop pumps or trace heating (§15.2.3)."""

    @property
    def distribution(self) -> float:
        return self.distribution_ch + self.distribution_ecs

    @property
    def total(self) -> float:
        return self.ventilation + self.generation_ch + self.generation_ecs + self.distribution


def auxiliaries_from_ademe(
    inputs: DpeInputs,
    heating: HeatingResult,
    hot_water: Sequence[InstallationResult],
    *,
    gv_w_k: float,
    nref19_h: Sequence[float],
    dwelling_area_m2: float,
    building_gv_w_k: float | None = None,
    software_id: str | None = None,
) -> AuxiliariesResult:
    """The auxiliaries of ``inputs`` [kWh/yr].

    ``heating``: result of :func:`~calculators.dpe.engine.heating.heating_from_ademe`, one
    installation per ``installation_chauffage``; ``hot_water``: one result per
    ``installation_ecs`` (:func:`~calculators.dpe.engine.hot_water.from_ademe.
    installation_from_ademe`); ``gv_w_k``: GV of the needs stage [W/K]; ``nref19_h``: the twelve
    heating hours Nref19 of its climate (§18.3 for heavy old-walled buildings) [h];
    ``dwelling_area_m2``: living area the results are for [m²]; ``building_gv_w_k``: GV of the
    whole building [W/K] when the needs are the building's (a flat generated from building
    data), on which its collective heating circulators are sized (§17.2.2.2.1); ``software_id``:
    the program that wrote the file, for its recorded readings (``systems_conventions.json``).
    """
    return AuxiliariesResult(
        ventilation=ventilation_from_inputs(inputs, dwelling_area_m2),
        generation_ch=heating.auxiliaires_generation_kwh,
        generation_ecs=hot_water_generation_kwh(inputs, hot_water),
        distribution_ch=heating_distribution_from_inputs(
            inputs, heating, gv_w_k, nref19_h, dwelling_area_m2, building_gv_w_k
        ),
        distribution_ecs=hot_water_distribution_kwh(inputs, hot_water, software_id),
    )


def ventilation_from_inputs(inputs: DpeInputs, dwelling_area_m2: float) -> float:
    """§5 for every ventilation system [kWh/yr]; one described at the building's scale takes
    the flat's ``cle_repartition_ventilation``."""
    house = inputs.administratif.methode_application.type_dpe is TypeDpe.MAISON
    total = 0.0
    for item in inputs.systemes.ventilations:
        if item.tv_debits_ventilation_id is not None:
            flows = value_row("debits_ventilation", item.tv_debits_ventilation_id)
        else:
            rows = find_rows(
                "debits_ventilation", enum_type_ventilation_id=item.enum_type_ventilation_id
            )
            if not rows:
                raise SystemsInputError(
                    f"ventilation de type {item.enum_type_ventilation_id} : débits inconnus.",
                    field="type de ventilation",
                )
            flows = rows[0]
        served = item.surface_ventile or dwelling_area_m2
        power = ventilation_power_w(
            ventilation_from_ademe(item.enum_type_ventilation_id),
            house=house,
            qvarep_conv_m3_h_m2=flows.number("qvarep_conv"),
            ventilated_area_m2=served,
        )
        key = item.cle_repartition_ventilation if served > dwelling_area_m2 * SAME_AREA else None
        total += ventilation_kwh(power) * (key or 1.0)
    return total


def hot_water_generation_kwh(inputs: DpeInputs, hot_water: Sequence[InstallationResult]) -> float:
    """§15.1.2 [kWh/yr]: each boiler's share of its installation's need (the whole need Becs, as
    for its efficiency), the plant's Pn for a flat on a collective installation."""
    total = 0.0
    for inst, result in zip(inputs.systemes.installations_ecs, hot_water, strict=True):
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


def heating_distribution_from_inputs(
    inputs: DpeInputs,
    heating: HeatingResult,
    gv_w_k: float,
    nref19_h: Sequence[float],
    dwelling_area_m2: float,
    building_gv_w_k: float | None = None,
) -> float:
    """§15.2.1–15.2.2 [kWh/yr]: Pcircem × Nref19 per installation with a circulator.

    An installation described at the building's scale in a flat's file takes the flat's
    ``cle_repartition_ch``. A collective one described at the flat's area in a flat generated
    from building data (``building_gv_w_k`` given) is sized on the building — its living area
    and GV — and the flat takes its share of the living area: « les consommations
    d'auxiliaires de chauffage de l'immeuble sont réparties entre les appartements au prorata
    de la surface habitable » (§17.2.2.2.1; §17.2.1.1's table says the same: « a × consommation
    des auxiliaires de distribution de chauffage calculée à l'échelle de l'immeuble »).
    """
    meteo = inputs.meteo
    zone = ClimateZone.from_enum_id(meteo.enum_zone_climatique_id)
    tbase = base_temperature(zone, AltitudeClass(meteo.enum_classe_altitude_id))
    described = inputs.systemes.installations_chauffage
    if len(heating.installations) != len(described):
        raise SystemsInputError(
            f"chauffage : {len(heating.installations)} installation(s) calculée(s) sur "
            f"{len(described)} décrite(s), auxiliaires de distribution non calculables.",
            field="installations de chauffage",
        )
    total_need = sum(inst.besoin_ch_kwh for inst in heating.installations)
    building_m2 = building_area_m2(inputs, dwelling_area_m2)
    total = 0.0
    for inst, result in zip(described, heating.installations, strict=True):
        network = heating_network(inst, result, total_need)
        if network is None:
            continue
        key = inst.cle_repartition_ch
        gv, share = gv_w_k, 1.0
        if inst.surface_chauffee > dwelling_area_m2 * SAME_AREA:
            share = key or 1.0
        elif building_m2 is not None and building_gv_w_k is not None and inst.est_collective:
            network = replace(network, served_area_m2=building_m2)
            gv, share = building_gv_w_k, dwelling_area_m2 / building_m2
        power = heating_circulator_power_w(network, gv, tbase)
        total += heating_distribution_kwh(power, nref19_h) * share
    return total


def building_area_m2(inputs: DpeInputs, dwelling_area_m2: float) -> float | None:
    """The building's living area [m²] when ``inputs`` describe a flat of a larger building
    (``surface_habitable_immeuble`` beyond the flat's area), else None."""
    if inputs.administratif.methode_application.type_dpe is TypeDpe.IMMEUBLE:
        return None
    building = inputs.caracteristique_generale.surface_habitable_immeuble
    return building if building and building > dwelling_area_m2 * SAME_AREA else None


def heating_network(
    inst: InstallationChauffage, result: HeatingInstallation, total_need_kwh: float
) -> HeatingNetwork | None:
    """The §15.2.1 network of an installation, None when it has no circulator (no generator
    driving one, or no emitter on a water or air network). ``total_need_kwh``: the heating need
    of the whole scope [kWh/yr], against which ``rat`` is taken."""
    kinds_on_network = (emitter_from_ademe(e.enum_type_emission_distribution_id)
                        for e in inst.emetteurs)
    water = tuple(kind for kind in kinds_on_network if kind is not None)
    driving = [g for g in result.generateurs if generator_has_circulator(g.type_generateur_ch_id)]
    if not water or not driving:
        return None
    covered = sum(gen.besoin_couvert_kwh for gen in driving)
    kinds = {e.enum_type_emission_distribution_id for e in inst.emetteurs}
    return HeatingNetwork(
        water,
        inst.surface_chauffee,
        inst.nombre_niveau_installation_ch or 1,
        any(
            high_temperature_from_ademe(
                e.enum_type_emission_distribution_id, e.enum_temp_distribution_ch_id
            )
            for e in inst.emetteurs
        ),
        min(1.0, covered / total_need_kwh) if total_need_kwh > 0 else 1.0,
        other_emitters=len(kinds) > len(water),
    )


def hot_water_distribution_kwh(
    inputs: DpeInputs, hot_water: Sequence[InstallationResult], software_id: str | None = None
) -> float:
    """§15.2.3 [kWh/yr] for collective looped or traced networks: the loop is sized on the
    building, « toujours à l'échelle de l'immeuble », and brought back to the flat. A flat's
    need is divided by its share a of the building: the installation's
    ``ratio_virtualisation``, else, for an installation described at the flat's area, the
    flat's share of the building's living area (« en multipliant les pertes de distribution de
    l'appartement par le rapport de la SHAB de l'immeuble à la SHAB de l'appartement »); in a
    flat generated from building data the need is already the building's, and the flat's
    allocation key brings the result back. Niv_inst_ecs is the installation's number of levels,
    the building's for a program whose recorded reading says so (``software_id``)."""
    meteo = inputs.meteo
    zone = ClimateZone.from_enum_id(meteo.enum_zone_climatique_id)
    weights = monthly_weights(zone, AltitudeClass(meteo.enum_classe_altitude_id))
    days = needs_coefficients().eau_chaude.jours_occupation
    general = inputs.caracteristique_generale
    building_scope = building_needs(general.enum_methode_application_dpe_log_id)
    building_levels = systems_conventions(software_id).loop_levels_from_building
    total = 0.0
    for inst, result in zip(inputs.systemes.installations_ecs, hot_water, strict=True):
        if not inst.est_collective or inst.enum_bouclage_reseau_ecs_id not in (LOOPED, TRACED):
            continue
        if inst.enum_bouclage_reseau_ecs_id == TRACED:
            total += trace_heating_kwh(result.need_kwh) * result.allocation_key
            continue
        ratio = inst.ratio_virtualisation
        need_kwh, area_m2, share = result.need_kwh, inst.surface_habitable, 1.0
        building_m2 = building_area_m2(inputs, area_m2)
        if ratio and 0 < ratio < 1:
            need_kwh, area_m2, share = need_kwh / ratio, area_m2 / ratio, ratio
        elif building_m2 is not None:
            share = 1.0 if building_scope else area_m2 / building_m2
            need_kwh, area_m2 = need_kwh / share, building_m2
        levels = inst.nombre_niveau_installation_ecs or 1
        if building_levels and general.nombre_niveau_immeuble:
            levels = general.nombre_niveau_immeuble
        loop = HotWaterLoop(tuple(need_kwh * w for w in weights), area_m2, levels, days)
        total += loop_pump_kwh(loop) * share * result.allocation_key
    return total
