"""The engine stages run in the method's order on expanded desk inputs: :func:`run`.

Envelope (§3) → air renewal (§4) → free gains, inertia and needs (§6, §7, §11.1, §9.1.1) →
heating (§8–9, §12–13) → hot water (§11, §14) → cooling (§10) → lighting (§16.1) →
auxiliaries (§5, §15) → PV self-consumption (§16.2) → EF, EP, GES and label with the rules in
force on the date (arrêté du 31 mars 2021, annexes 3–5 and 7; electricity factor 2.3, then 1.9
from 1 January 2026). It is the inner loop of the uncertainty band, so it keeps to plain
arithmetic on cached tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from calculators.dpe.engine.auxiliaries import (
    ventilation_from_ademe,
    ventilation_kwh,
    ventilation_power_w,
)
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.cooling import (
    CoolingGains,
    cooling_kwh,
    default_eer,
    monthly_cooling_need_kwh,
)
from calculators.dpe.engine.envelope import EnvelopeResult
from calculators.dpe.engine.gains import internal_gains_wh, solar_gains_wh
from calculators.dpe.engine.lighting import lighting_kwh
from calculators.dpe.engine.needs import NeedsInputs, NeedsResult, compute_needs
from calculators.dpe.engine.pv_deduction import (
    ElectricUse,
    other_uses_kwh,
    pv_production_kwh,
    self_consumption,
)
from calculators.dpe.engine.totals import DpeTotals, FinalConsumption, Use, dpe_totals
from calculators.dpe.engine.totals_from_ademe import tables_network_lookup
from calculators.dpe.engine.ventilation import (
    AirRenewal,
    VentilationFlows,
    hvent_w_k,
    n50_h,
    q4pa_m3_h,
    qvinf_m3_h,
    ventilation_flows,
)
from calculators.dpe.simple.estimate_envelope import envelope_stage, glazings
from calculators.dpe.simple.estimate_heating import HeatingOutput, heating_stage
from calculators.dpe.simple.estimate_hot_water import (
    HotWaterOutput,
    hot_water_stage,
    recovered_storage,
)
from calculators.dpe.simple.expand import DeskInputs

ELECTRICITY = "electricite"


@dataclass(frozen=True, slots=True)
class Consumptions:
    """Final consumptions of the systems [kWh/yr]: heating and hot water (with their
    auxiliaries), cooling, lighting and ventilation fans (electricity)."""

    heating: HeatingOutput
    hot_water: HotWaterOutput
    cooling_kwh: float
    lighting_kwh: float
    ventilation_kwh: float


@dataclass(frozen=True, slots=True)
class DeskRun:
    """The stages' results for one set of desk inputs."""

    envelope: EnvelopeResult
    air: AirRenewal
    needs: NeedsResult
    consumptions: Consumptions
    totals: DpeTotals


def run(inputs: DeskInputs, at: date, *, depensier: bool = True) -> DeskRun:
    """Every stage for ``inputs`` with the rules in force on ``at``; ``depensier=False``
    leaves out the *dépensier* totals (the uncertainty band needs the label only)."""
    envelope = envelope_stage(inputs.envelope, inputs.context)
    air = _air_renewal(inputs, envelope.surface_deperditive_m2)
    needs = _needs(
        NeedsInputs(
            zone=inputs.zone,
            altitude=inputs.altitude,
            surface_habitable_m2=inputs.surface_m2,
            housing_kind=inputs.housing_kind,
            gv_w_k=envelope.deperdition_parois + air.dr_w_k,
            inertia=inputs.inertia,
            glazings=glazings(envelope),
            dwellings=inputs.dwellings,
            parois_anciennes=inputs.parois_anciennes,
            hot_water=(recovered_storage(inputs.systems.hot_water),),
        )
    )
    heating = heating_stage(inputs, needs)
    hot_water = hot_water_stage(inputs, needs, heating.boiler_pn_kw)
    cooling = _cooling_kwh(inputs, needs)
    lighting = lighting_kwh(inputs.surface_m2, inputs.zone)
    system = ventilation_from_ademe(inputs.systems.ventilation_id)
    fans = ventilation_kwh(
        ventilation_power_w(
            system,
            house=inputs.house,
            qvarep_conv_m3_h_m2=air.flows.qvarep_conv,
            ventilated_area_m2=inputs.surface_m2,
        )
    )
    used = Consumptions(heating, hot_water, cooling, lighting, fans)
    return DeskRun(envelope, air, needs, used, _totals(inputs, used, at, depensier))


def _air_renewal(inputs: DeskInputs, sdep_m2: float) -> AirRenewal:
    """Hvent and Hperm of §4, with the conventional flows of the ventilation read once
    (:func:`calculators.dpe.engine.ventilation.air_renewal`'s formulas, step by step)."""
    sh, hsp = inputs.surface_m2, inputs.hsp_m
    flows = _flows(inputs.systems.ventilation_id)
    q4pa = q4pa_m3_h(inputs.q4pa_conv_m3_h_m2, sdep_m2, flows.smea_conv, sh)
    n50 = n50_h(q4pa, hsp, sh)
    qvinf = qvinf_m3_h(n50, hsp, sh, flows, inputs.several_facades)
    return AirRenewal(
        flows=flows,
        q4pa_m3_h=q4pa,
        n50_h=n50,
        qvinf_m3_h=qvinf,
        hvent_w_k=hvent_w_k(flows.qvarep_conv, sh),
        hperm_w_k=needs_coefficients().renouvellement_air.chaleur_volumique_air * qvinf,
    )


@lru_cache(maxsize=256)
def _needs(inputs: NeedsInputs) -> NeedsResult:
    """§6, §7, §11.1 needs, computed once per set of inputs: the band's system variants
    (heating, hot water, regulation...) leave the envelope and so the needs unchanged."""
    return compute_needs(inputs)


@lru_cache(maxsize=64)
def _flows(type_ventilation_id: int) -> VentilationFlows:
    return ventilation_flows(type_ventilation_id)


def _cooling_kwh(inputs: DeskInputs, needs: NeedsResult) -> float:
    """Cfr (§10.2–10.3) with the default EER of the installation period, 0 without cooling."""
    period = inputs.systems.cooling
    if period is None:
        return 0.0
    climate = needs.climate
    gains = CoolingGains(
        internal_wh=internal_gains_wh(inputs.surface_m2, needs.nadeq, climate.nref28),
        solar_wh=solar_gains_wh(needs.sse_m2, climate.e_fr28),
    )
    need = monthly_cooling_need_kwh(gains, needs.gv_w_k, inputs.surface_m2, inputs.inertia, climate)
    return cooling_kwh(sum(need), default_eer(inputs.zone, period))


def _lines(run_: Consumptions, depensier: bool) -> list[FinalConsumption]:
    heating = run_.heating.by_energy_depensier_kwh if depensier else run_.heating.by_energy_kwh
    hot = run_.hot_water
    auxiliaries = (
        run_.ventilation_kwh
        + run_.heating.generation_aux_kwh
        + run_.heating.distribution_aux_kwh
        + hot.generation_aux_kwh
        + hot.distribution_aux_kwh
    )
    return [
        *(FinalConsumption(Use.CHAUFFAGE, energy, kwh) for energy, kwh in heating.items()),
        FinalConsumption(Use.ECS, hot.energy, hot.depensier_kwh if depensier else hot.kwh),
        FinalConsumption(Use.REFROIDISSEMENT, ELECTRICITY, run_.cooling_kwh),
        FinalConsumption(Use.ECLAIRAGE, ELECTRICITY, run_.lighting_kwh),
        FinalConsumption(Use.AUXILIAIRES, ELECTRICITY, auxiliaries),
    ]


def _totals(inputs: DeskInputs, run_: Consumptions, at: date, depensier: bool) -> DpeTotals:
    return dpe_totals(
        _lines(run_, depensier=False),
        inputs.surface_m2,
        at,
        heat_network_id=inputs.heating.network_id,
        network_lookup=_network_lookup,
        pv_self_consumed_kwh=_pv(inputs, run_),
        depensier=_lines(run_, depensier=True) if depensier else None,
        altitude_m=inputs.description.site.altitude_m,
        climate_zone=inputs.zone.value,
    )


@lru_cache(maxsize=64)
def _network_lookup(list_id: str, network_id: str) -> float | None:
    """The official ADEME lists of heat networks (``tables_network_lookup``), read once."""
    return tables_network_lookup(list_id, network_id)


def _pv(inputs: DeskInputs, run_: Consumptions) -> dict[Use, float]:
    """Self-consumed PV per use (§16.2); generation auxiliaries are counted with auxiliaries."""
    field = inputs.systems.pv
    if field is None:
        return {}
    heating = run_.heating.by_energy_kwh.get(ELECTRICITY, 0.0)
    hot = run_.hot_water.kwh if run_.hot_water.energy == ELECTRICITY else 0.0
    distribution = run_.heating.distribution_aux_kwh + run_.hot_water.distribution_aux_kwh
    generation = run_.heating.generation_aux_kwh + run_.hot_water.generation_aux_kwh
    electricity = {
        ElectricUse.CHAUFFAGE: heating,
        ElectricUse.ECS: hot,
        ElectricUse.REFROIDISSEMENT: run_.cooling_kwh,
        ElectricUse.ECLAIRAGE: run_.lighting_kwh,
        ElectricUse.AUXILIAIRES_VENTILATION: run_.ventilation_kwh + generation,
        ElectricUse.AUXILIAIRES_DISTRIBUTION: distribution,
        ElectricUse.AUTRES_USAGES: other_uses_kwh(inputs.surface_m2, inputs.house),
    }
    shares = self_consumption(pv_production_kwh([field], inputs.zone), electricity).by_use_kwh
    return {
        Use.CHAUFFAGE: shares.get(ElectricUse.CHAUFFAGE, 0.0),
        Use.ECS: shares.get(ElectricUse.ECS, 0.0),
        Use.REFROIDISSEMENT: shares.get(ElectricUse.REFROIDISSEMENT, 0.0),
        Use.ECLAIRAGE: shares.get(ElectricUse.ECLAIRAGE, 0.0),
        Use.AUXILIAIRES: shares.get(ElectricUse.AUXILIAIRES_VENTILATION, 0.0)
        + shares.get(ElectricUse.AUXILIAIRES_DISTRIBUTION, 0.0),
    }
