"""The totals stage fed with an ADEME DPE file's official final consumptions.

:func:`official_consumptions` reads ``sortie/ef_conso`` per use and splits heating and hot water
by energy with ``sortie_par_energie`` (the other uses are electric); :func:`totals_from_file`
then computes the indicators and label on any date with :func:`..totals.dpe_totals`. This is how
the totals are checked against the corpus, and how a past DPE is restated with today's rules::

    python -m calculators.dpe.engine.totals_from_ademe 2238E0097309E.xml --at 2026-01-01

File conventions handled (see ``docs/dpe-engine-systems.md``): the total of auxiliaries
includes ventilation in some files and not in others, which the file's own five-use total
settles; most programs write per-use consumptions net of self-consumed PV, some gross, which
the same total settles. One program writes its electric lines (lighting, ventilation,
auxiliaries) as a fixed fraction of what its five-use totals carry for some methods
(:func:`..lighting_conventions.lighting_factor`): the lighting line is divided by that
fraction, and the auxiliaries are what the five-use total holds beyond the other uses.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from calculators.dpe.ademe import DpeFile, DpeXmlError, read_dpe
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone
from calculators.dpe.engine.lighting_conventions import lighting_factor
from calculators.dpe.engine.totals import DpeTotals, FinalConsumption, Use, dpe_totals
from calculators.dpe.rules import HeatNetworkFactor, RulesError, rules_at
from calculators.dpe.rules.heat_networks import bundled_lookup
from calculators.dpe.tables import TableLookupError, heat_network, list_years

HEAT_NETWORK_ID = 8
"""ADEME ``enum_type_energie_id`` of district heating."""


@dataclass(frozen=True, slots=True)
class OfficialInputs:
    """What :func:`..totals.dpe_totals` needs, as the file states it."""

    at: date | None
    surface_m2: float
    conventional: tuple[FinalConsumption, ...]
    depensier: tuple[FinalConsumption, ...]
    pv_self_consumed_kwh: dict[Use, float]
    heat_network_id: str | None
    altitude_m: float | None
    climate_zone: str
    unallocated_kwh: float
    """The file's five-use total minus its per-use lines (net of PV) [kWhEF/yr]: 0 in a
    consistent file; some programs' totals hold consumption their per-use lines do not."""


def official_inputs(dpe: DpeFile) -> OfficialInputs:
    """Per-use, per-energy final consumptions [kWh/yr] and context of ``dpe``'s outputs."""
    out = dpe.outputs
    ef = out.ef_conso
    keys = {e.ademe_id: e.key for e in rules_at(date.today()).energies.values()}

    def split(use: Use, key: str, total: float | None) -> list[FinalConsumption]:
        shares = _energy_shares(dpe, key)
        return [FinalConsumption(use, keys[e], (total or 0.0) * w) for e, w in shares.items()]

    auxiliaries = ef.conso_totale_auxiliaire or 0.0
    ventilation = ef.conso_auxiliaire_ventilation or 0.0
    lighting = ef.conso_eclairage or 0.0
    heat_and_cold = sum(v or 0.0 for v in (ef.conso_ch, ef.conso_ecs, ef.conso_fr))
    listed = heat_and_cold + lighting + auxiliaries
    total = ef.conso_5_usages
    fraction = lighting_factor(dpe.inputs, dpe.metadata.usr_logiciel_id)
    if total is not None and fraction < 1.0:
        lighting /= fraction
        auxiliaries = max(0.0, total - heat_and_cold - lighting)
        listed = heat_and_cold + lighting + auxiliaries
    elif total is not None and abs(listed + ventilation - total) < abs(listed - total):
        auxiliaries += ventilation
        listed += ventilation
    others = [
        FinalConsumption(Use.REFROIDISSEMENT, "electricite", ef.conso_fr or 0.0),
        FinalConsumption(Use.ECLAIRAGE, "electricite", lighting),
        FinalConsumption(Use.AUXILIAIRES, "electricite", auxiliaries),
    ]
    conventional = [
        *split(Use.CHAUFFAGE, "conso_ch", ef.conso_ch),
        *split(Use.ECS, "conso_ecs", ef.conso_ecs),
        *others,
    ]
    depensier = [
        *split(Use.CHAUFFAGE, "conso_ch", ef.conso_ch_depensier or ef.conso_ch),
        *split(Use.ECS, "conso_ecs", ef.conso_ecs_depensier or ef.conso_ecs),
        FinalConsumption(Use.REFROIDISSEMENT, "electricite", ef.conso_fr_depensier or 0.0),
        *others[1:],
    ]
    pv = _gross_pv(dpe, listed, total)
    return OfficialInputs(
        at=dpe.inputs.administratif.date_etablissement_dpe,
        surface_m2=reference_surface(dpe),
        conventional=tuple(conventional),
        depensier=tuple(depensier),
        pv_self_consumed_kwh=pv,
        heat_network_id=_network_id(dpe),
        altitude_m=_altitude_m(dpe),
        climate_zone=ClimateZone.from_enum_id(dpe.inputs.meteo.enum_zone_climatique_id).value,
        unallocated_kwh=(total or 0.0) - listed + sum(pv.values()),
    )


def totals_from_file(dpe: DpeFile, at: date | None = None) -> DpeTotals:
    """The indicators of ``dpe``'s official consumptions on ``at`` (default: the file's date)."""
    inputs = official_inputs(dpe)
    when = at or inputs.at
    if when is None:
        raise RulesError("Date du DPE absente du fichier : préciser la date.", field="date")
    return dpe_totals(
        inputs.conventional,
        inputs.surface_m2,
        when,
        heat_network_id=inputs.heat_network_id,
        network_lookup=tables_network_lookup,
        pv_self_consumed_kwh=inputs.pv_self_consumed_kwh,
        depensier=inputs.depensier,
        altitude_m=inputs.altitude_m,
        climate_zone=inputs.climate_zone,
    )


def tables_network_lookup(list_id: str, network_id: str) -> float | None:
    """The life-cycle CO2 content of a network in the official ADEME lists (``reseau_chaleur_*``
    tables), for :func:`calculators.dpe.rules.heat_network_co2_factor`.

    For a list the ADEME tables lack (2024, arrêté du 11 avril 2025), our own dated data first
    (Béthune's 6204C, ``calculators/dpe/rules/data/heat_networks.json``), then the network's
    content in the latest shipped list that holds it (:func:`previous_list_value`): a listed
    network keeps a listed content, where coal's default (0.385) would overstate it several
    times — the corpus files of that period wrote 0.111 for Lyon's 6905C (2023 list: 0.112) and
    0.171 for Choisy-Vitry's 9403C (2023 list: 0.166).
    """
    try:
        year = int(list_id.rsplit("_", 1)[-1])
    except ValueError:
        return bundled_lookup(list_id, network_id)
    try:
        return heat_network(network_id, year).co2_kg_per_kwh
    except TableLookupError:
        if year in list_years():
            return bundled_lookup(list_id, network_id)
    bundled = bundled_lookup(list_id, network_id)
    if bundled is not None:
        return bundled
    previous = previous_list_value(year, network_id)
    return None if previous is None else previous[1]


def previous_list_value(year: int, network_id: str) -> tuple[int, float] | None:
    """``(list year, content)`` of the network in the latest shipped list before ``year``
    [kgCO2eq/kWh], None when no shipped list holds it."""
    for earlier in sorted((y for y in list_years() if y < year), reverse=True):
        try:
            return earlier, heat_network(network_id, earlier).co2_kg_per_kwh
        except TableLookupError:
            continue
    return None


def network_list_shipped(list_id: str) -> bool:
    """Whether the annexe 7 list ``list_id`` (``reseau_chaleur_AAAA``) is in the ADEME tables
    shipped with the app; the 2024 list (arrêté du 11 avril 2025) is not
    (``calculators.dpe.tables.heat_networks.MISSING_LISTS``)."""
    try:
        return int(list_id.rsplit("_", 1)[-1]) in list_years()
    except ValueError:
        return False


def network_note(network: HeatNetworkFactor) -> str:
    """The heat network's factor and its source; for an identified network missing from the
    tables because the list in force is not shipped (the 2024 list, arrêté du 11 avril 2025),
    says that the unlisted default (coal's content, arrêté du 15 septembre 2006, annexe 4,
    § 1.1) stands in for a value the tables lack, so that GES may be overstated."""
    factor = f"{network.kg_co2_per_kwh:g}".replace(".", ",")
    text = (
        f"réseau de chaleur {network.network_id or 'non identifié'}, {factor} kgCO2eq/kWh"
        f" — {network.note}"
    )
    if network.network_id is None or network_list_shipped(network.list_id):
        return text
    if network.listed:
        if bundled_lookup(network.list_id, network.network_id) is not None:
            return text
        year = int(network.list_id.rsplit("_", 1)[-1])
        previous = previous_list_value(year, network.network_id)
        shown = previous[0] if previous else "précédente"
        return (
            f"{text} Donnée manquante : la liste en vigueur à cette date ({network.list_id}) "
            f"n'est pas dans les tables ADEME livrées avec l'application ; contenu CO2 du réseau "
            f"dans la liste {shown}, la plus récente qui le donne (valeur provisoire)."
        )
    return (
        f"{text} Donnée manquante : la liste en vigueur à cette date ({network.list_id}) n'est "
        "pas dans les tables ADEME livrées avec l'application ; le réseau y figure peut-être "
        "avec un contenu CO2 plus faible : émissions de GES et classe climat probablement "
        "surestimées."
    )


def _energy_shares(dpe: DpeFile, key: str) -> dict[int, float]:
    """Share of each energy in a use, from ``sortie_par_energie`` (electricity when absent)."""
    amounts = {
        s.enum_type_energie_id: s.values.get(key) or 0.0 for s in dpe.outputs.sortie_par_energie
    }
    total = sum(amounts.values())
    if total <= 0:
        return {1: 1.0}
    return {energy: value / total for energy, value in amounts.items() if value > 0}


def reference_surface(dpe: DpeFile) -> float:
    """The dwelling's living area (the building's for a whole-building DPE). One program writes
    a whole-building file's outputs for an average flat: when the file's own ratio
    ``ep_conso_5_usages / ep_conso_5_usages_m2`` differs from the declared area by more than
    5 %, that ratio is the surface its outputs refer to."""
    general = dpe.inputs.caracteristique_generale
    whole = dpe.inputs.administratif.methode_application.type_dpe.value == "immeuble"
    surface = general.surface_habitable_immeuble if whole else general.surface_habitable_logement
    surface = surface or general.surface_habitable_logement or general.surface_habitable_immeuble
    if not surface:
        raise RulesError("Surface de référence absente du fichier.", field="surface")
    ep = dpe.outputs.ep_conso
    if whole and ep.ep_conso_5_usages and ep.ep_conso_5_usages_m2:
        implied = ep.ep_conso_5_usages / ep.ep_conso_5_usages_m2
        if abs(implied - surface) > 0.05 * surface:
            return implied
    return surface


def _gross_pv(dpe: DpeFile, listed: float, total: float | None) -> dict[Use, float]:
    """Self-consumed PV per use when the file's per-use lines are gross of it (their sum exceeds
    the five-use total by the deducted amount); empty when they are already net."""
    ac = dpe.outputs.production_electricite.values
    by_use = {
        Use.CHAUFFAGE: ac.get("conso_elec_ac_ch", 0.0),
        Use.ECS: ac.get("conso_elec_ac_ecs", 0.0),
        Use.REFROIDISSEMENT: ac.get("conso_elec_ac_fr", 0.0),
        Use.ECLAIRAGE: ac.get("conso_elec_ac_eclairage", 0.0),
        Use.AUXILIAIRES: ac.get("conso_elec_ac_auxiliaire", 0.0),
    }
    deducted = sum(by_use.values())
    if total is None or deducted <= 0:
        return {}
    return by_use if abs(listed - deducted - total) < abs(listed - total) else {}


def _altitude_m(dpe: DpeFile) -> float | None:
    """The altitude [m]; a file giving only the class « above 800 m » gets the first value above
    800 m, which selects the same thresholds (annexe 5 only asks « supérieure à 800 m »)."""
    meteo = dpe.inputs.meteo
    if meteo.altitude is not None:
        return meteo.altitude
    if meteo.enum_classe_altitude_id == AltitudeClass.ABOVE_800:
        return math.nextafter(800.0, math.inf)
    return None


def _network_id(dpe: DpeFile) -> str | None:
    systems = dpe.inputs.systemes
    generators = [g for i in systems.installations_chauffage for g in i.generateurs]
    generators += [g for i in systems.installations_ecs for g in i.generateurs]
    for generator in generators:
        if generator.identifiant_reseau_chaleur:
            return generator.identifiant_reseau_chaleur.strip()
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the indicators of a DPE file's official consumptions on a date."""
    parser = argparse.ArgumentParser(
        prog="python -m calculators.dpe.engine.totals_from_ademe",
        description="Étiquette d'un DPE ADEME recalculée à une date (pré-diagnostic, non "
        "opposable).",
    )
    parser.add_argument("fichier", help="fichier XML du DPE")
    parser.add_argument("--at", type=date.fromisoformat, help="date (AAAA-MM-JJ)")
    args = parser.parse_args(argv)
    try:
        result = totals_from_file(read_dpe(args.fichier), args.at)
    except (DpeXmlError, RulesError) as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 1
    lab = result.label
    print(f"Date : {result.at.isoformat()} — {result.rules_version}")
    print(f"Cep : {result.cep_kwh_m2:.1f} kWhEP/m²/an (classe {lab.energy_class})")
    print(f"GES : {result.eges_kg_m2:.1f} kgCO2eq/m²/an (classe {lab.climate_class})")
    print(f"Énergie finale : {result.ef_kwh_m2:.1f} kWhEF/m²/an")
    print(f"Étiquette : {lab.label}{' (passoire énergétique)' if lab.passoire else ''}")
    for note in result.notes:
        print(f"Note : {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
