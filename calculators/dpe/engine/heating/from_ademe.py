"""Heating consumption of an ADEME DPE from its heating need (3CL-DPE 2021, §8–9, §12–13, §15.1).

:func:`heating_from_ademe` takes the typed inputs of :func:`calculators.dpe.ademe.read_dpe`, the
heating need of the scope (conventional and *dépensier*, kWh/yr) and GV [W/K] from the previous
stages, and returns the final consumption per generator, installation and energy, with the
generation auxiliaries and French warnings naming every approximation. It only routes the XML
structures to the calculators of this package.
"""

from __future__ import annotations

from collections.abc import Sequence

from calculators.dpe.ademe.inputs import DpeInputs
from calculators.dpe.ademe.systems import InstallationChauffage
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, base_temperature
from calculators.dpe.engine.heating.ademe_emitters import EmitterContext, emissions_of
from calculators.dpe.engine.heating.ademe_generators import (
    SizingContext,
    effective_type,
    stored_pn_kw,
    virtualisation_ratio,
)
from calculators.dpe.engine.heating.ademe_installation import (
    InstallationInputs,
    installation_result,
)
from calculators.dpe.engine.heating.ademe_scope import Scope, dwelling_share, scope_of
from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import HeatingInputError, require_positive
from calculators.dpe.engine.heating.results import HeatingResult, InstallationResult

MIXED = 3
"""``enum_usage_generateur_id`` of a generator making heating and hot water."""
MONTHS = 12


def heating_from_ademe(
    dpe_inputs: DpeInputs,
    besoin_ch_kwh: float,
    besoin_ch_depensier_kwh: float,
    gv_w_per_k: float,
    *,
    besoin_ch_mensuel_kwh: Sequence[float] | None = None,
    parois_anciennes: bool = False,
    besoin_ch_depensier_mensuel_kwh: Sequence[float] | None = None,
) -> HeatingResult:
    """Final heating consumption [kWh/yr] of the dwelling (or building) of a DPE.

    ``besoin_ch_kwh``/``besoin_ch_depensier_kwh``: heating need Bch of the scope of the
    calculation (the building for a building DPE or a flat generated from building data),
    including recovered losses (§9.1.1); ``gv_w_per_k``: GV of the same scope;
    ``besoin_ch_mensuel_kwh``/``besoin_ch_depensier_mensuel_kwh``: the twelve monthly needs
    (:attr:`~calculators.dpe.engine.needs.NeedsResult.besoin_ch_mensuel` and
    ``besoin_ch_depensier_mensuel``), used by the collective base + back-up split (§9.8) —
    without them the annual need is spread by heating degree-hours (warning), without the
    *dépensier* ones the conventional profile is scaled; ``parois_anciennes``: heavy inertia
    with old walls (§18.3 climate data, §9.8 only).
    """
    warnings: list[str] = []
    need = require_positive(besoin_ch_kwh, "besoin de chauffage", allow_zero=True)
    need_dep = require_positive(besoin_ch_depensier_kwh, "besoin dépensier", allow_zero=True)
    gv = require_positive(gv_w_per_k, "déperditions GV")
    installations = dpe_inputs.systemes.installations_chauffage
    if not installations:
        raise HeatingInputError("aucune installation de chauffage décrite.", field="chauffage")
    scope = scope_of(dpe_inputs)
    meteo = dpe_inputs.meteo
    zone = ClimateZone.from_enum_id(meteo.enum_zone_climatique_id)
    altitude = AltitudeClass(meteo.enum_classe_altitude_id)
    tbase = base_temperature(zone, altitude)
    for monthly in (besoin_ch_mensuel_kwh, besoin_ch_depensier_mensuel_kwh):
        if monthly is not None and len(monthly) != MONTHS:
            raise HeatingInputError(
                "besoins mensuels de chauffage : douze valeurs attendues.", field="besoin mensuel"
            )
    heated = sum([inst.surface_chauffee for inst in installations])
    pn_total = None if scope.immeuble else _combustion_power_kw(installations)
    storage = mixed_storage_l(dpe_inputs)
    emitters = EmitterContext(
        maison=scope.maison,
        classe_inertie_id=dpe_inputs.enveloppe.inertie.enum_classe_inertie_id,
        gv_w_per_k=gv,
        hsp_m=dpe_inputs.caracteristique_generale.hsp,
        surface_reference_m2=scope.surface_reference_m2,
    )
    results = []
    for number, inst in enumerate(installations, start=1):
        label = f"installation de chauffage {number}"
        part = 1.0 if len(installations) == 1 or heated <= 0 else inst.surface_chauffee / heated
        share, note = dwelling_share(inst, scope)
        if note:
            warnings.append(f"{label} : {note}")
        sizing = SizingContext(
            gv_w_per_k=_sizing_gv(gv, part, inst, scope),
            tbase_c=tbase,
            tcons_c=coefficients().consigne_conventionnelle_c,
            tcons_depensier_c=coefficients().consigne_depensiere_c,
            zone_climatique_id=meteo.enum_zone_climatique_id,
            annee_construction=dpe_inputs.caracteristique_generale.annee_construction,
            pn_combustion_totale_kw=pn_total,
        )
        try:
            results.append(
                installation_result(
                    InstallationInputs(
                        installation=inst,
                        label=label,
                        besoin_kwh=need * part,
                        besoin_depensier_kwh=need_dep * part,
                        besoin_mensuel_kwh=_scaled(besoin_ch_mensuel_kwh, part),
                        part_logement=share,
                        emissions=emissions_of(inst, emitters, label, warnings),
                        sizing=sizing,
                        climate=(zone, altitude, parois_anciennes),
                        ecs_storage_l=storage,
                        besoin_mensuel_depensier_kwh=_scaled(
                            besoin_ch_depensier_mensuel_kwh, part
                        ),
                    ),
                    warnings,
                )
            )
        except HeatingInputError as exc:
            warnings.append(f"{label} non calculée : {exc}")
    return _total(tuple(results), warnings)


def _scaled(monthly: Sequence[float] | None, part: float) -> tuple[float, ...] | None:
    """An installation's part of the monthly needs [kWh] (None stays None)."""
    if monthly is None:
        return None
    if part == 1:  # b × 1 is b: a single installation keeps the needs as they are
        return tuple(monthly)
    return tuple([b * part for b in monthly])


def _sizing_gv(gv: float, part: float, inst: InstallationChauffage, scope: Scope) -> float:
    """GV [W/K] seen by the generators of an installation (Cdimref, §13.2.1.2; Pn, §13.2.2.4):
    the whole dwelling's (« déperditions totales du bâtiment »), or one average flat's when the
    flats of a building each have their own generator (§17.1.2: Shmoy = Sh / Nblgt)."""
    if scope.immeuble and not inst.est_collective:
        flats = inst.rdim if inst.rdim and inst.rdim > 1 else None
        if flats is None and part == 1 and scope.nombre_logements:
            flats = scope.nombre_logements
        return gv * part / (flats if flats and flats > 1 else 1)
    return gv


def _combustion_power_kw(installations: Sequence[InstallationChauffage]) -> float | None:
    """ΣPn [kW] of the combustion generators of a dwelling whose powers are all stored (the
    « N générateurs à combustion indépendants » of §13.2.1.2), None when one is missing."""
    powers = [
        stored_pn_kw(gen, virtualisation_ratio(inst))
        for inst in installations
        for gen in inst.generateurs
        if effective_type(gen, None).technology is not None
    ]
    if not powers or any(p is None for p in powers):
        return None
    return sum(p for p in powers if p is not None)


def mixed_storage_l(dpe_inputs: DpeInputs) -> dict[str, float]:
    """Storage volume [L] of the hot-water side of each combined boiler, by the reference of
    its heating side (``reference_generateur_mixte`` links the two descriptions); under the
    key ``""``, the volume of the only combined hot-water generator when there is one."""
    volumes: dict[str, float] = {}
    mixed = [
        gen
        for installation in dpe_inputs.systemes.installations_ecs
        for gen in installation.generateurs
        if gen.enum_usage_generateur_id == MIXED
    ]
    if len(mixed) == 1:
        volumes[""] = mixed[0].volume_stockage or 0.0
    for gen in mixed:
        for ref in (gen.reference_generateur_mixte, gen.reference):
            if ref:
                volumes[ref] = gen.volume_stockage or 0.0
    for installation in dpe_inputs.systemes.installations_chauffage:
        for gen in installation.generateurs:
            if gen.reference and gen.reference_generateur_mixte in volumes:
                volumes[gen.reference] = volumes[gen.reference_generateur_mixte]
    return volumes


def _total(results: tuple[InstallationResult, ...], warnings: list[str]) -> HeatingResult:
    by_energy: dict[str, float] = {}
    for inst in results:
        for gen in inst.generateurs:
            by_energy[gen.energie] = by_energy.get(gen.energie, 0.0) + gen.conso_ch_kwh
    return HeatingResult(
        conso_ch_kwh=sum([r.conso_ch_kwh for r in results]),
        conso_ch_depensier_kwh=sum([r.conso_ch_depensier_kwh for r in results]),
        auxiliaires_generation_kwh=sum(
            g.auxiliaires_generation_kwh for r in results for g in r.generateurs
        ),
        conso_par_energie_kwh=by_energy,
        installations=results,
        warnings=tuple(warnings),
    )
