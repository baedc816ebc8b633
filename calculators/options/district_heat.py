"""Connecting the dwelling to a district heating network (réseau de chaleur).

Why: Béthune's Mont-Liébaut network (6204C) serves much of the social housing of the estate,
and a connection is often the cheapest low-carbon option for a building with central wet
heating close to a pipe; it is rarely offered to a single house far from one. The caller
gives the networks of the city profile with their distance to the dwelling (computed from the
map) and their CO2 factor of the DPE list in force; the thresholds are in
``data/district_heat.json`` with their sources.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from calculators.options.assessment import (
    Finding,
    OptionAssessment,
    OptionInputError,
    Verdict,
    conclude,
)
from calculators.options.data import value

FILE = "district_heat.json"


@dataclass(frozen=True)
class HeatNetwork:
    """A network near the dwelling: ``distance_m`` to its nearest pipe [m],
    ``co2_kg_per_kwh`` from the DPE list in force (None if unlisted), ``classified``: a
    « réseau classé » whose priority perimeter contains the dwelling."""

    name: str
    distance_m: float
    co2_kg_per_kwh: float | None = None
    network_id: str | None = None
    classified: bool = False

    def __post_init__(self) -> None:
        if not (isinstance(self.distance_m, int | float) and math.isfinite(self.distance_m)) or (
            self.distance_m < 0
        ):
            raise OptionInputError(
                f"Distance au réseau « {self.name} » invalide : {self.distance_m} m.",
                field="distance_reseau",
            )
        if self.co2_kg_per_kwh is not None and not 0 <= self.co2_kg_per_kwh < 2:
            raise OptionInputError(
                f"Facteur CO2 du réseau « {self.name} » invalide : {self.co2_kg_per_kwh}.",
                field="co2_reseau",
            )


@dataclass(frozen=True)
class DistrictHeatSite:
    """The dwelling: ``water_circuit`` (radiators or floor heating fed by water),
    ``collective_heating`` (a building boiler room), ``current_co2_kg_per_kwh`` of the current
    heating energy (DPE factor; natural gas by default)."""

    networks: Sequence[HeatNetwork]
    water_circuit: bool
    collective_heating: bool
    current_co2_kg_per_kwh: float | None = None


def assess_district_heat(site: DistrictHeatSite) -> OptionAssessment:
    """Verdict on connecting to the nearest listed network, with distance and CO2 figures."""
    option = "Raccordement à un réseau de chaleur"
    if not site.networks:
        return conclude(
            option,
            [
                Finding(
                    Verdict.NOT_ADVISED,
                    "Aucun réseau de chaleur répertorié "
                    "près du logement dans le profil de la ville.",
                )
            ],
            {},
            [],
        )
    network = min(site.networks, key=lambda n: n.distance_m)
    near, near_src = value(FILE, "near_distance_m")
    far, far_src = value(FILE, "far_distance_m")
    sources = [near_src.cite(), far_src.cite()]
    figures: dict[str, float] = {"distance_m": network.distance_m}
    label = network.name + (f" ({network.network_id})" if network.network_id else "")
    where = f"Réseau {label} à {network.distance_m:.0f} m"
    if network.distance_m <= near:
        findings = [Finding(Verdict.SUITABLE, f"{where} : branchement court.")]
    elif network.distance_m <= far:
        findings = [
            Finding(
                Verdict.CONDITIONAL,
                f"{where} : extension à étudier avec l'exploitant (coût de la tranchée).",
            )
        ]
    else:
        findings = [Finding(Verdict.NOT_ADVISED, f"{where} : trop loin pour un raccordement.")]
    if not site.water_circuit:
        findings.append(
            Finding(
                Verdict.CONDITIONAL,
                "Pas de circuit d'eau chaude : il faut créer "
                "un réseau de radiateurs dans le logement.",
            )
        )
    if site.collective_heating:
        findings.append(
            Finding(
                Verdict.SUITABLE,
                "Chauffage collectif : raccordement de la "
                "chaufferie, décision du bailleur ou de la copropriété.",
            )
        )
    else:
        findings.append(
            Finding(
                Verdict.CONDITIONAL,
                "Chauffage individuel : sous-station "
                "individuelle, rarement proposée ; demander à l'exploitant.",
            )
        )
    if network.classified:
        _, rule = value(FILE, "classified_network_rule")
        sources.append(rule.cite())
        findings.append(
            Finding(
                Verdict.SUITABLE,
                "Réseau classé : raccordement obligatoire en "
                "neuf ou au remplacement d'une chaufferie collective dans son "
                "périmètre prioritaire.",
            )
        )
    findings += _carbon(site, network, figures, sources)
    return conclude(option, findings, figures, sources)


def _carbon(
    site: DistrictHeatSite, network: HeatNetwork, figures: dict[str, float], sources: list[str]
) -> list[Finding]:
    if network.co2_kg_per_kwh is None:
        return [
            Finding(
                Verdict.CONDITIONAL,
                "Contenu CO2 du réseau inconnu (réseau non listé : "
                "valeur par défaut défavorable dans le DPE).",
            )
        ]
    current = site.current_co2_kg_per_kwh
    if current is None:
        current, gas_src = value(FILE, "gas_co2_kg_per_kwh")
        sources.append(gas_src.cite())
    figures.update({"co2_reseau_kg_kwh": network.co2_kg_per_kwh, "co2_actuel_kg_kwh": current})
    text = (
        f"Contenu CO2 du réseau {network.co2_kg_per_kwh:.3f} kgCO2/kWh contre {current:.3f} "
        "pour le chauffage actuel"
    ).replace(".", ",")
    if network.co2_kg_per_kwh < current:
        return [Finding(Verdict.SUITABLE, f"{text} : gain pour l'étiquette climat.")]
    return [Finding(Verdict.CONDITIONAL, f"{text} : pas de gain climat.")]
