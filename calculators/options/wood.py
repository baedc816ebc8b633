"""Heating with wood: log stove, pellet stove or pellet boiler — does it fit this dwelling?

Why: wood is low-carbon (0.030 kgCO2eq/kWh in the DPE) but it needs a flue, room for a
season's fuel, a water circuit for a boiler, and, in Béthune, care for air quality (the area
is covered by a plan de protection de l'atmosphère). The figures and rules are in
``data/wood.json`` with their sources.

Fuel for the season: heat to supply [kWh/an] / appliance efficiency, converted to stères of
logs (kWh per stère) or tonnes of pellets (kWh per kg); storage volume: stères × m³ per
stère, or kg / bulk density [kg/m³], times the share of a season kept on site.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from calculators.options.assessment import (
    Finding,
    OptionAssessment,
    OptionInputError,
    Verdict,
    conclude,
    fr,
)
from calculators.options.data import read_json, value
from calculators.solar.data import covers, field, number, source

FILE = "wood.json"


class WoodAppliance(StrEnum):
    """The key of ``appliances`` in the data."""

    LOG_STOVE = "poele_buches"
    PELLET_STOVE = "poele_granules"
    PELLET_BOILER = "chaudiere_granules"


@dataclass(frozen=True)
class WoodSite:
    """``annual_heat_kwh``: heat the appliance must supply [kWh/an]; ``storage_m3``: room for
    fuel [m³]; ``has_flue``: an existing chimney that can be lined; ``water_circuit``:
    radiators or underfloor heating fed by water; ``air_quality_plan``: the city lies in a PPA
    (city profile)."""

    appliance: WoodAppliance
    annual_heat_kwh: float
    storage_m3: float
    has_flue: bool
    water_circuit: bool = False
    condominium: bool = False
    air_quality_plan: bool = True

    def __post_init__(self) -> None:
        for name, label, amount in (
            ("chaleur_bois", "La chaleur à fournir (kWh/an)", self.annual_heat_kwh),
            ("stockage", "Le volume de stockage (m³)", self.storage_m3),
        ):
            if not (isinstance(amount, int | float) and math.isfinite(amount) and amount >= 0):
                raise OptionInputError(
                    f"{label} doit être un nombre positif ou nul (reçu « {amount} »).", field=name
                )


def assess_wood(site: WoodSite, on: date) -> OptionAssessment:
    """Verdict on ``site.appliance``, with the season's fuel and storage; ``on`` dates the aid
    rules."""
    data = read_json(FILE)
    spec = field(data["appliances"], site.appliance.value, f"{FILE}/appliances")
    where = f"{FILE}/{site.appliance.value}"
    efficiency = number(spec, "efficiency", where)
    sources = [source(data["appliances"], "appliances").cite()]
    fuel_kwh = site.annual_heat_kwh / efficiency
    figures: dict[str, float] = {"rendement": efficiency}
    if spec["fuel"] == "buches":
        per_stere, s1 = value(FILE, "log_kwh_per_stere")
        m3_per_stere, s2 = value(FILE, "log_m3_per_stere")
        steres = fuel_kwh / per_stere
        figures["steres_par_an"] = steres
        volume = steres * m3_per_stere
    else:
        per_kg, s1 = value(FILE, "pellet_kwh_per_kg")
        density, s2 = value(FILE, "pellet_kg_per_m3")
        tonnes = fuel_kwh / per_kg / 1000.0
        figures["tonnes_granules_par_an"] = tonnes
        volume = tonnes * 1000.0 / density
    sources += [s1.cite(), s2.cite()]
    needed = volume * number(spec, "season_storage", where)
    figures.update({"stockage_necessaire_m3": needed, "stockage_disponible_m3": site.storage_m3})
    label = str(spec["label"])
    findings = [
        *_storage(label, needed, site.storage_m3),
        *_flue(site),
        *_aid(site, on, data, sources),
    ]
    if bool(spec["needs_water_circuit"]) and not site.water_circuit:
        findings.append(
            Finding(
                Verdict.NOT_ADVISED,
                "Une chaudière demande un circuit d'eau "
                "(radiateurs ou plancher chauffant), absent ici.",
            )
        )
    if site.air_quality_plan:
        _, ppa = value(FILE, "air_quality_plan")
        sources.append(ppa.cite())
        findings.append(
            Finding(
                Verdict.CONDITIONAL,
                "Zone couverte par un plan de protection de "
                "l'atmosphère : appareil très performant (Flamme Verte 7★ ou "
                "équivalent), bois sec, pas de foyer ouvert.",
            )
        )
    return conclude(label[0].upper() + label[1:], findings, figures, sources)


def _storage(label: str, needed: float, available: float) -> list[Finding]:
    if available <= 0.0 and needed > 0.0:
        return [
            Finding(
                Verdict.NOT_ADVISED,
                f"Aucun espace de stockage pour le combustible du "
                f"{label} ({fr(needed)} m³ nécessaires).",
            )
        ]
    if available < 0.5 * needed:
        return [
            Finding(
                Verdict.CONDITIONAL,
                f"Stockage de {fr(available)} m³ pour {fr(needed)} m³ "
                "nécessaires : livraisons fréquentes à prévoir.",
            )
        ]
    return [
        Finding(Verdict.SUITABLE, f"Stockage suffisant ({fr(available)} m³ pour {fr(needed)} m³).")
    ]


def _flue(site: WoodSite) -> list[Finding]:
    if site.has_flue:
        return [Finding(Verdict.SUITABLE, "Conduit de fumée existant (à faire vérifier et tuber).")]
    if site.appliance is WoodAppliance.PELLET_STOVE:
        return [
            Finding(
                Verdict.CONDITIONAL,
                "Pas de conduit : poêle à granulés étanche avec "
                "ventouse possible sous conditions de distances (et accord de la "
                "copropriété le cas échéant).",
            )
        ]
    if site.condominium:
        return [
            Finding(
                Verdict.NOT_ADVISED,
                "Pas de conduit de fumée : en créer un est rarement "
                "possible en immeuble collectif.",
            )
        ]
    return [
        Finding(
            Verdict.CONDITIONAL,
            "Pas de conduit de fumée : il faut en créer un (coût, déclaration préalable).",
        )
    ]


def _aid(site: WoodSite, on: date, data: Mapping[str, Any], sources: list[str]) -> list[Finding]:
    rules = [r for r in data["aid_rules"] if covers(r, on, f"{FILE}/aid_rules")]
    if not rules:
        return []
    rule = rules[0]
    sources.append(source(rule, "aid_rules").cite())
    boiler = site.appliance is WoodAppliance.PELLET_BOILER
    eligible = bool(rule["boiler_eligible"] if boiler else rule["stove_eligible"])
    if eligible:
        return [
            Finding(
                Verdict.SUITABLE,
                "Éligible à MaPrimeRénov' « par geste » (sous "
                "conditions de ressources et d'appareil).",
            )
        ]
    return [
        Finding(
            Verdict.CONDITIONAL,
            "Chaudière biomasse : plus éligible à MaPrimeRénov' "
            "« par geste » à cette date (parcours accompagné seulement).",
        )
    ]
