"""The 3CL-DPE 2021 engine end to end on an ADEME DPE file: :func:`compute_dpe`.

Runs the stages in the order of the method (arrêté du 31 mars 2021, annexe 1): envelope losses
(ch. 3), air renewal, gains and needs (ch. 2, 4, 6, 7, 11.1), heating (ch. 8–9, 12–13), hot water
(ch. 11, 14), cooling (ch. 10), lighting (§16.1), auxiliaries (ch. 5, 15), PV self-consumption
(§16.2), then the totals and label with the rules in force on the chosen date
(:func:`calculators.dpe.rules.rules_at`: electricity factor 2.3, then 1.9 from 1 January 2026).

Each stage works from the previous stages' results, never from the file's official outputs (the
systems' wiring is :mod:`.pipeline_systems`). A stage that meets an input it cannot handle is
recorded with its reason and the computation stops there, without a label: a partial
consumption never yields a silently wrong one (see :class:`~.result.DpeResult`).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from datetime import date
from functools import lru_cache
from typing import NamedTuple, TypeVar

from calculators.dpe.ademe import DpeFile
from calculators.dpe.ademe.inputs import DpeInputs, TypeDpe
from calculators.dpe.engine.auxiliaries_from_ademe import AuxiliariesResult, auxiliaries_from_ademe
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone
from calculators.dpe.engine.cooling import CoolingPeriod
from calculators.dpe.engine.cooling_from_ademe import CoolingResult, cooling_from_needs
from calculators.dpe.engine.envelope import EnvelopeResult, envelope_losses
from calculators.dpe.engine.envelope.conventions import conventions_for
from calculators.dpe.engine.heating import HeatingResult, heating_from_ademe
from calculators.dpe.engine.lighting import lighting_kwh
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.needs_from_ademe import (
    glazing_from_envelope,
    needs_from_ademe,
    old_walls_climate,
)
from calculators.dpe.engine.pipeline_systems import (
    StageRefused,
    building_scope,
    hot_water_from_needs,
    needs_area_m2,
)
from calculators.dpe.engine.pv_deduction import ElectricUse, SelfConsumption
from calculators.dpe.engine.pv_from_ademe import electricity_by_use, has_pv, pv_from_ademe
from calculators.dpe.engine.result import (
    STAGE_LABELS,
    STAGES,
    DpeResult,
    HotWaterStage,
    Unsupported,
)
from calculators.dpe.engine.totals import DpeTotals, FinalConsumption, Use, dpe_totals
from calculators.dpe.engine.totals_from_ademe import network_note, tables_network_lookup
from calculators.dpe.rules import DpeInputError, Energy, RulesError, rules_at
from calculators.dpe.tables import TableLookupError

T = TypeVar("T")
ELECTRICITY = "electricite"
COOLING_PERIODS = frozenset(period.value for period in CoolingPeriod)
"""``enum_periode_installation_fr_id`` values the §10.3 EER table has."""


def compute_dpe(dpe_file: DpeFile, at: date, *, stop_after: str | None = None) -> DpeResult:
    """The 3CL-DPE 2021 computation of ``dpe_file`` with the rules in force on ``at``.

    ``stop_after``: the last stage to run (one of :data:`~.result.STAGES`), to time or inspect
    the first stages alone. Raises :class:`~calculators.dpe.rules.RulesError` for a date no rule
    covers (before 1 July 2021); every other problem is reported in the result.
    """
    rules = rules_at(at)
    if stop_after is not None and stop_after not in STAGES:
        raise DpeInputError(
            f"étape « {stop_after} » inconnue (attendu : {', '.join(STAGES)}).", field="stop_after"
        )
    inputs = dpe_file.inputs
    electricity_factor = rules.primary_energy.factor(ELECTRICITY)
    surface = _reference_surface(inputs)
    run = _Run(stop_after)
    envelope = run.stage("envelope", _envelope, inputs, dpe_file.metadata.usr_logiciel_id)
    software_id = dpe_file.metadata.usr_logiciel_id
    needs = None if envelope is None else run.stage("needs", _needs, inputs, envelope, software_id)
    if envelope is not None and needs is not None:
        envelope = dataclasses.replace(
            envelope,
            deperdition_renouvellement_air=needs.gv_w_k - envelope.deperdition_parois,
            deperdition_enveloppe=needs.gv_w_k,
        )
    heating = None if needs is None else run.stage("heating", _heating, inputs, needs)
    systems = _Systems()
    if needs is not None and heating is not None:
        systems = _systems(run, inputs, surface, needs, heating, rules.energies, software_id)
    totals = None
    if run.all_done_before("totals"):
        totals = run.stage("totals", _totals, inputs, rules.at, surface, heating, systems)
    notes = [f"lecture : {w}" for w in dpe_file.warnings]
    for stage, stage_result in (("envelope", envelope), ("needs", needs), ("heating", heating)):
        if stage_result is not None:
            notes += [f"{STAGE_LABELS[stage]} : {w}" for w in stage_result.warnings]
    network = None if totals is None else totals.heat_network
    if network is not None:
        notes.append(f"{STAGE_LABELS['totals']} : {_network_note(network)}")
    cooling = systems.cooling
    # Built once with every stage's result (each ``dataclasses.replace`` costs a full copy).
    return DpeResult(
        numero_dpe=inputs.administratif.numero_dpe,
        at=rules.at,
        rules_version=rules.version,
        electricity_primary_factor=electricity_factor,
        surface_reference_m2=surface,
        envelope=envelope,
        needs=needs,
        heating=heating,
        hot_water=systems.hot_water,
        cooling_kwh=None if cooling is None else cooling.conso_fr_kwh,
        cooling_depensier_kwh=None if cooling is None else cooling.conso_fr_depensier_kwh,
        lighting_kwh=systems.lighting_kwh,
        auxiliaries=systems.auxiliaries,
        pv=systems.pv,
        totals=totals,
        unsupported=tuple(run.unsupported),
        warnings=tuple(notes),
    )


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class _Systems(NamedTuple):
    """The systems stages' results; None for a stage not run (stopped before or refused)."""

    hot_water: HotWaterStage | None = None
    cooling: CoolingResult | None = None
    lighting_kwh: float | None = None
    auxiliaries: AuxiliariesResult | None = None
    pv: SelfConsumption | None = None


def _systems(
    run: _Run,
    inputs: DpeInputs,
    surface: float | None,
    needs: NeedsResult,
    heating: HeatingResult,
    energies: Mapping[str, Energy],
    software_id: str | None,
) -> _Systems:
    """Hot water, cooling, lighting, auxiliaries and PV, each after the previous one
    (``surface``: the reference surface [m²], None when the file gives none; ``software_id``:
    the program that wrote the file, for its readings of the method)."""
    hot_water = run.stage(
        "hot_water", hot_water_from_needs, inputs, needs, energies, software_id
    )
    cooling = lighting = auxiliaries = pv = None
    if hot_water is not None:
        cooling = run.stage("cooling", _cooling, inputs, needs, surface)
    if cooling is not None:
        lighting = run.stage("lighting", _lighting, inputs, surface)
    if hot_water is not None and lighting is not None:
        auxiliaries = run.stage(
            "auxiliaries", _auxiliaries, inputs, needs, heating, hot_water, surface, software_id
        )
    if hot_water is not None and auxiliaries is not None and cooling is not None:
        pv = run.stage(
            "pv", _pv, inputs, surface, cooling.conso_fr_kwh, lighting, heating, hot_water,
            auxiliaries,
        )
    return _Systems(hot_water, cooling, lighting, auxiliaries, pv)


class _Run:
    """Runs the stages one by one, records refusals, honours ``stop_after``."""

    def __init__(self, stop_after: str | None) -> None:
        self.stop_after = stop_after
        self.stopped = False
        self.done: list[str] = []
        self.unsupported: list[Unsupported] = []

    def stage(self, name: str, compute: Callable[..., T], *args: object) -> T | None:
        """``compute(*args)``, or None when stopped before or when the stage refuses the file."""
        if self.stopped:
            return None
        try:
            value = compute(*args)
        except (StageRefused, RulesError, TableLookupError) as exc:
            self.unsupported.append(Unsupported(name, str(exc)))
            self.stopped = True
            return None
        self.done.append(name)
        self.stopped = name == self.stop_after
        return value

    def all_done_before(self, name: str) -> bool:
        return not self.stopped and self.done == list(STAGES[: STAGES.index(name)])


def _envelope(inputs: DpeInputs, software_id: str | None) -> EnvelopeResult:
    """Envelope losses, with the readings of the program that wrote the file where certified
    programs differ (``envelope/conventions.json``)."""
    result = envelope_losses(inputs, software_id=software_id)
    if not result.complete:
        raise StageRefused("éléments non calculés : " + " ; ".join(result.warnings))
    return result


def _needs(inputs: DpeInputs, envelope: EnvelopeResult, software_id: str | None) -> NeedsResult:
    """Needs from our walls-to-bridges losses (air renewal added by the needs stage, with our
    Sdep) and our windows' Sw and masks (Fe = Fe1 × Fe2, §6.2)."""
    return needs_from_ademe(
        inputs,
        envelope.deperdition_parois,
        glazing_from_envelope(inputs.enveloppe, envelope),
        includes_air_renewal=False,
        envelope=envelope,
        conventions=conventions_for(software_id),
    )


def _heating(inputs: DpeInputs, needs: NeedsResult) -> HeatingResult:
    result = heating_from_ademe(
        inputs,
        needs.besoin_ch,
        needs.besoin_ch_depensier,
        needs.gv_w_k,
        besoin_ch_mensuel_kwh=needs.besoin_ch_mensuel,
        besoin_ch_depensier_mensuel_kwh=needs.besoin_ch_depensier_mensuel,
        parois_anciennes=old_walls_climate(inputs),
    )
    if len(result.installations) < len(inputs.systemes.installations_chauffage):
        refused = [w for w in result.warnings if "non calculée" in w]
        raise StageRefused(" ; ".join(refused) or "installation de chauffage non calculée")
    return result


def _dwelling_m2(surface_m2: float | None) -> float:
    if not surface_m2:
        raise StageRefused("surface de référence (surface habitable) absente")
    return surface_m2


def _cooling(inputs: DpeInputs, needs: NeedsResult, surface_m2: float | None) -> CoolingResult:
    """§10 from our needs; an installation period outside the §10.3 table is refused."""
    for item in inputs.systemes.climatisations:
        period = item.enum_periode_installation_fr_id
        if period and period not in COOLING_PERIODS:
            raise StageRefused(
                f"climatisation « {item.description or '?'} » : période d'installation n° {period}"
                " inconnue du tableau du §10.3"
            )
    return cooling_from_needs(
        inputs,
        needs,
        needs_area_m2=needs_area_m2(inputs),
        dwelling_area_m2=_dwelling_m2(surface_m2),
    )


def _lighting(inputs: DpeInputs, surface_m2: float | None) -> float:
    """§16.1 lighting. The program that writes a fraction of it on its lighting line
    (``lighting_conventions.json``) counts the whole of it in its five-use totals."""
    zone = ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id)
    return lighting_kwh(_dwelling_m2(surface_m2), zone)


def _auxiliaries(
    inputs: DpeInputs,
    needs: NeedsResult,
    heating: HeatingResult,
    hot_water: HotWaterStage,
    surface_m2: float | None,
    software_id: str | None,
) -> AuxiliariesResult:
    return auxiliaries_from_ademe(
        inputs,
        heating,
        hot_water.installations,
        gv_w_k=_circulator_gv(inputs, needs),
        nref19_h=needs.climate.nref19,
        dwelling_area_m2=_dwelling_m2(surface_m2),
        building_gv_w_k=needs.gv_w_k if building_scope(inputs) else None,
        software_id=software_id,
    )


def _circulator_gv(inputs: DpeInputs, needs: NeedsResult) -> float:
    """GV [W/K] the heating circulators are sized on (Pnc = GV × (20 − Tbase), §15.2.1): the
    described dwelling's, or, when the needs are a whole building's and the installations heat
    only part of it (a flat's own installation in a flat generated from building data), that
    part's share of the building's GV by heated area."""
    heated = sum([inst.surface_chauffee for inst in inputs.systemes.installations_chauffage])
    if heated > 0 and building_scope(inputs):
        return needs.gv_w_k * min(1.0, heated / needs_area_m2(inputs))
    return needs.gv_w_k


def _pv(
    inputs: DpeInputs,
    surface_m2: float | None,
    cooling_kwh: float,
    lighting_kwh: float | None,
    heating: HeatingResult,
    hot_water: HotWaterStage,
    aux: AuxiliariesResult,
) -> SelfConsumption | None:
    """§16.2 self-consumption; the electricity by use is gathered only for a file with PV."""
    dwelling_m2 = _dwelling_m2(surface_m2)
    if not has_pv(inputs):
        return None
    electricity = _electricity_by_use(cooling_kwh, lighting_kwh, heating, hot_water, aux)
    return pv_from_ademe(inputs, electricity, dwelling_m2)


def _electricity_by_use(
    cooling_kwh: float | None,
    lighting_kwh: float | None,
    heating: HeatingResult,
    hot_water: HotWaterStage,
    aux: AuxiliariesResult,
) -> dict[ElectricUse, float]:
    """The dwelling's electricity per use of §16.2 before PV deduction [kWh/yr]; heating and
    hot water with their generation auxiliaries, as the Taplp table groups them; cooling and
    lighting [kWh/yr] None when not computed."""
    return electricity_by_use(
        heating_kwh=heating.conso_par_energie_kwh.get(ELECTRICITY, 0.0) + aux.generation_ch,
        hot_water_kwh=hot_water.by_energy.get(ELECTRICITY, 0.0) + aux.generation_ecs,
        cooling_kwh=cooling_kwh or 0.0,
        lighting_kwh=lighting_kwh or 0.0,
        ventilation_kwh=aux.ventilation,
        distribution_kwh=aux.distribution,
    )


def _pv_by_use(
    pv: SelfConsumption | None,
    cooling_kwh: float,
    lighting_kwh: float | None,
    heating: HeatingResult,
    hot_water: HotWaterStage,
    aux: AuxiliariesResult,
) -> dict[Use, float]:
    """Self-consumed PV per use of the totals: heating's and hot water's shares split between
    the use and its generation auxiliaries in proportion to their electricity."""
    if pv is None:
        return {}
    electricity = _electricity_by_use(cooling_kwh, lighting_kwh, heating, hot_water, aux)
    shares = {use: pv.by_use_kwh.get(use, 0.0) for use in ElectricUse}
    deducted = {
        Use.REFROIDISSEMENT: shares[ElectricUse.REFROIDISSEMENT],
        Use.ECLAIRAGE: shares[ElectricUse.ECLAIRAGE],
        Use.AUXILIAIRES: shares[ElectricUse.AUXILIAIRES_VENTILATION]
        + shares[ElectricUse.AUXILIAIRES_DISTRIBUTION],
    }
    for use, electric, auxiliary in (
        (Use.CHAUFFAGE, ElectricUse.CHAUFFAGE, aux.generation_ch),
        (Use.ECS, ElectricUse.ECS, aux.generation_ecs),
    ):
        total = electricity[electric]
        aux_part = auxiliary / total if total > 0 else 0.0
        deducted[use] = shares[electric] * (1 - aux_part)
        deducted[Use.AUXILIAIRES] += shares[electric] * aux_part
    return deducted


def _totals(
    inputs: DpeInputs,
    at: date,
    surface_m2: float | None,
    heating: HeatingResult | None,
    systems: _Systems,
) -> DpeTotals:
    hot_water, aux, cooling = systems.hot_water, systems.auxiliaries, systems.cooling
    if heating is None or hot_water is None or aux is None or cooling is None:
        raise StageRefused("étapes précédentes incomplètes")
    heating_dep: dict[str, float] = {}
    for inst in heating.installations:
        for gen in inst.generateurs:
            energy = gen.energie
            heating_dep[energy] = heating_dep.get(energy, 0.0) + gen.conso_ch_depensier_kwh

    def lines(
        ch: Mapping[str, float], ecs: Mapping[str, float], cooling_kwh: float
    ) -> list[FinalConsumption]:
        electric = {
            Use.REFROIDISSEMENT: cooling_kwh,
            Use.ECLAIRAGE: systems.lighting_kwh or 0.0,
            Use.AUXILIAIRES: aux.total,
        }
        items = [FinalConsumption(Use.CHAUFFAGE, e, kwh) for e, kwh in ch.items()]
        items += [FinalConsumption(Use.ECS, e, kwh) for e, kwh in ecs.items()]
        items += [FinalConsumption(use, ELECTRICITY, kwh) for use, kwh in electric.items()]
        return items

    cooling_kwh = cooling.conso_fr_kwh
    pv = _pv_by_use(systems.pv, cooling_kwh, systems.lighting_kwh, heating, hot_water, aux)
    return dpe_totals(
        lines(heating.conso_par_energie_kwh, hot_water.by_energy, cooling_kwh),
        _dwelling_m2(surface_m2),
        at,
        heat_network_id=_network_id(inputs),
        network_lookup=_network_lookup,
        pv_self_consumed_kwh=pv,
        depensier=lines(heating_dep, hot_water.by_energy_depensier, cooling.conso_fr_depensier_kwh),
        altitude_m=_altitude_m(inputs),
        climate_zone=ClimateZone.from_enum_id(inputs.meteo.enum_zone_climatique_id),  # a str
    )


_network_lookup = lru_cache(maxsize=256)(tables_network_lookup)
"""The ADEME lists' CO2 content per (list, network): a function of the shipped tables only,
kept because a network missing from a list costs a failed lookup (≈ 0.7 ms) each time."""
_network_note = lru_cache(maxsize=256)(network_note)
"""The note of a heat network's factor (same tables, same failed lookups)."""


def _reference_surface(inputs: DpeInputs) -> float | None:
    """The dwelling's living area, the building's for a building DPE [m²] (annexe 5)."""
    general = inputs.caracteristique_generale
    if inputs.administratif.methode_application.type_dpe is TypeDpe.IMMEUBLE:
        return general.surface_habitable_immeuble or general.surface_habitable_logement
    return general.surface_habitable_logement or general.surface_habitable_immeuble


def _network_id(inputs: DpeInputs) -> str | None:
    """The annexe 7 identifier of the heat network of the first generator that names one."""
    systems = inputs.systemes
    generators = [g for i in systems.installations_chauffage for g in i.generateurs]
    generators += [g for i in systems.installations_ecs for g in i.generateurs]
    for generator in generators:
        if generator.identifiant_reseau_chaleur:
            return generator.identifiant_reseau_chaleur.strip()
    return None


def _altitude_m(inputs: DpeInputs) -> float | None:
    """The altitude [m]; a file giving only the class « above 800 m » gets the first value above
    800 m, which selects the same thresholds (annexe 5 asks only « supérieure à 800 m »)."""
    meteo = inputs.meteo
    if meteo.altitude is not None:
        return meteo.altitude
    if meteo.enum_classe_altitude_id == AltitudeClass.ABOVE_800:
        return math.nextafter(800.0, math.inf)
    return None
