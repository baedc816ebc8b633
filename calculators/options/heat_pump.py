"""Is an air-to-water heat pump a good idea for this dwelling?

Why: a heat pump is efficient when it heats water to a low temperature in a dwelling whose
losses it covers without oversizing, and when its outdoor unit can stand somewhere without
disturbing the neighbours; in a poorly insulated dwelling with high-temperature radiators it is
expensive to run and should come after insulation. The rules and their sources are in
``data/heat_pump.json``.

Checks: emitters and their water temperature (indicative SCOP); energy label; heat pump output
against the design heat loss at the base temperature (−9.5 °C in Béthune, 3CL-DPE 2021
§ 18.1); room for the outdoor unit and the building's status (condominium); night noise at the
nearest neighbour's window; hot water.

Noise: sound pressure at distance r [m] of a unit of sound power Lw [dB(A)] standing against a
wall on the ground (directivity 4, free field, ISO 9613-2 geometric divergence):
Lp = Lw − 20·log10(r) − 11 + 10·log10(4) = Lw − 20·log10(r) − 5.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np

from calculators.options.assessment import (
    Finding,
    OptionAssessment,
    OptionInputError,
    Verdict,
    conclude,
    fr,
    percent,
)
from calculators.options.data import read_json, value
from calculators.solar.data import number, source

FILE = "heat_pump.json"
LABELS = ("A", "B", "C", "D", "E", "F", "G")
DIRECTIVITY_DB = 10 * math.log10(4)
"""Directivity index of a source on the ground against a wall (quarter space), ISO 9613-2."""


class Emitters(StrEnum):
    """Heat emitters of the dwelling (the key of ``emitter_water_c`` in the data)."""

    UNDERFLOOR = "plancher_chauffant"
    LOW_TEMPERATURE_RADIATORS = "radiateurs_basse_temperature"
    HIGH_TEMPERATURE_RADIATORS = "radiateurs_haute_temperature"
    NO_WATER_CIRCUIT = "sans_circuit_eau"


@dataclass(frozen=True)
class HeatPumpSite:
    """The dwelling as a heat pump sees it.

    ``design_heat_loss_kw``: losses at the base temperature [kW] (:func:`design_heat_loss_kw`);
    ``heat_pump_output_kw``: the planned unit's output at that temperature [kW];
    ``distance_to_neighbour_m``: outdoor unit to the nearest neighbour's window [m];
    ``sound_power_dba``: the unit's sound power Lw [dB(A)] (default: a typical unit).
    """

    emitters: Emitters
    energy_label: str | None = None
    design_heat_loss_kw: float | None = None
    heat_pump_output_kw: float | None = None
    outdoor_unit_space: bool = True
    distance_to_neighbour_m: float | None = None
    sound_power_dba: float | None = None
    condominium: bool = False
    heats_hot_water: bool = True

    def __post_init__(self) -> None:
        if self.energy_label is not None and self.energy_label.strip().upper() not in LABELS:
            raise OptionInputError(
                f"Étiquette énergie inconnue : « {self.energy_label} » (attendu A à G).",
                field="etiquette",
            )
        for name, label, number_ in (
            ("deperditions", "Les déperditions (kW)", self.design_heat_loss_kw),
            ("puissance_pac", "La puissance de la PAC (kW)", self.heat_pump_output_kw),
            ("distance_voisin", "La distance au voisin (m)", self.distance_to_neighbour_m),
            ("puissance_acoustique", "La puissance acoustique (dB(A))", self.sound_power_dba),
        ):
            if number_ is not None and not (math.isfinite(number_) and number_ > 0):
                raise OptionInputError(
                    f"{label} doit être un nombre positif (reçu « {number_} »).", field=name
                )


def design_heat_loss_kw(heat_loss_coefficient_w_k: float) -> float:
    """Losses at the base temperature [kW] from the envelope's GV [W/K] (3CL-DPE « GV »):
    GV × (19 °C − base temperature) / 1000."""
    if not (math.isfinite(heat_loss_coefficient_w_k) and heat_loss_coefficient_w_k > 0):
        raise OptionInputError(
            "Le coefficient de déperdition GV (W/K) doit être un nombre positif.", field="gv"
        )
    indoor, _ = value(FILE, "indoor_temperature_c")
    base, _ = value(FILE, "base_temperature_c")
    return heat_loss_coefficient_w_k * (indoor - base) / 1000.0


def noise_at_neighbour_dba(sound_power_dba: float, distance_m: float) -> float:
    """Sound pressure level at ``distance_m`` of a wall-mounted ground unit [dB(A)]."""
    return sound_power_dba - 20 * math.log10(max(distance_m, 1.0)) - 11 + DIRECTIVITY_DB


def assess_heat_pump(site: HeatPumpSite) -> OptionAssessment:
    """Verdict on an air-to-water heat pump for ``site``, with reasons and key figures."""
    data = read_json(FILE)
    findings: list[Finding] = []
    figures: dict[str, float] = {}
    sources: list[str] = []
    label = site.energy_label.strip().upper() if site.energy_label else None
    findings += _emitters(site, label, data, figures, sources)
    findings += _insulation(label)
    findings += _sizing(site, figures, sources)
    findings += _space_and_noise(site, figures, sources)
    if site.heats_hot_water:
        findings.append(
            Finding(
                Verdict.SUITABLE,
                "Eau chaude : PAC double service ou chauffe-eau "
                "thermodynamique, à prévoir avec le projet.",
            )
        )
    return conclude("Pompe à chaleur air/eau", findings, figures, sources)


def _emitters(
    site: HeatPumpSite,
    label: str | None,
    data: Mapping[str, Any],
    figures: dict[str, float],
    sources: list[str],
) -> list[Finding]:
    if site.emitters is Emitters.NO_WATER_CIRCUIT:
        return [
            Finding(
                Verdict.CONDITIONAL,
                "Pas de circuit d'eau chaude : créer un réseau de "
                "radiateurs (coûteux) ou envisager une PAC air/air (sans eau chaude).",
            )
        ]
    temps = data["emitter_water_c"]
    water_c = number(temps, site.emitters.value, f"{FILE}/emitter_water_c")
    scop_table = data["indicative_scop"]
    points = sorted((float(k), float(v)) for k, v in scop_table.items() if k != "source")
    scop = float(np.interp(water_c, [p[0] for p in points], [p[1] for p in points]))
    figures.update({"temperature_eau_c": water_c, "scop_indicatif": scop})
    sources += [source(temps, "emitter_water_c").cite(), source(scop_table, "scop").cite()]
    if site.emitters is Emitters.HIGH_TEMPERATURE_RADIATORS:
        level = Verdict.NOT_ADVISED if label in ("F", "G") else Verdict.CONDITIONAL
        return [
            Finding(
                level,
                f"Radiateurs haute température (≈ {water_c:.0f} °C) : rendement "
                f"médiocre (SCOP ≈ {fr(scop)}) ; isoler d'abord pour baisser la "
                "température d'eau, ou PAC haute température.",
            )
        ]
    return [
        Finding(
            Verdict.SUITABLE,
            f"Émetteurs basse température (≈ {water_c:.0f} °C) : la PAC "
            f"travaille avec un bon rendement (SCOP ≈ {fr(scop)}).",
        )
    ]


def _insulation(label: str | None) -> list[Finding]:
    if label is None:
        return [
            Finding(
                Verdict.CONDITIONAL,
                "Étiquette énergie inconnue : faire le pré-diagnostic avant de choisir la PAC.",
            )
        ]
    if label in ("F", "G"):
        return [
            Finding(
                Verdict.CONDITIONAL,
                f"Logement classé {label} (passoire) : isoler d'abord, "
                "sinon la PAC sera surdimensionnée et coûteuse à l'usage.",
            )
        ]
    if label == "E":
        return [
            Finding(
                Verdict.CONDITIONAL,
                "Logement classé E : isolation recommandée avant ou avec la PAC.",
            )
        ]
    return [
        Finding(Verdict.SUITABLE, f"Logement classé {label} : isolation suffisante pour une PAC.")
    ]


def _sizing(site: HeatPumpSite, figures: dict[str, float], sources: list[str]) -> list[Finding]:
    loss, output = site.design_heat_loss_kw, site.heat_pump_output_kw
    if loss is None:
        return [
            Finding(
                Verdict.CONDITIONAL,
                "Déperditions inconnues : une note de dimensionnement est nécessaire.",
            )
        ]
    figures["deperditions_kw"] = loss
    if output is None:
        base, _ = value(FILE, "base_temperature_c")
        return [
            Finding(Verdict.SUITABLE, f"Puissance à prévoir : ≈ {fr(loss)} kW à {fr(base)} °C.")
        ]
    low, low_src = value(FILE, "sizing_ratio_min")
    high, high_src = value(FILE, "sizing_ratio_max")
    ratio = output / loss
    figures["couverture_deperditions"] = ratio
    sources += [low_src.cite(), high_src.cite()]
    if ratio < low:
        return [
            Finding(
                Verdict.CONDITIONAL,
                f"PAC de {fr(output)} kW pour {fr(loss)} kW de "
                f"déperditions ({percent(ratio)}) : appoint électrique fréquent par grand "
                "froid.",
            )
        ]
    if ratio > high:
        return [
            Finding(
                Verdict.CONDITIONAL,
                f"PAC de {fr(output)} kW pour {fr(loss)} kW de "
                f"déperditions ({percent(ratio)}) : surdimensionnée (cycles courts, "
                "surcoût).",
            )
        ]
    return [Finding(Verdict.SUITABLE, f"Puissance adaptée aux déperditions ({percent(ratio)}).")]


def _space_and_noise(
    site: HeatPumpSite, figures: dict[str, float], sources: list[str]
) -> list[Finding]:
    if not site.outdoor_unit_space:
        return [Finding(Verdict.NOT_ADVISED, "Aucun emplacement pour l'unité extérieure.")]
    found = []
    if site.condominium:
        _, rule = value(FILE, "condominium_rule")
        sources.append(rule.cite())
        found.append(
            Finding(
                Verdict.CONDITIONAL,
                "Copropriété : l'unité extérieure en façade ou "
                "sur une partie commune demande l'accord de l'assemblée générale.",
            )
        )
    if site.distance_to_neighbour_m is None:
        found.append(
            Finding(
                Verdict.CONDITIONAL,
                "Distance au voisin inconnue : vérifier le bruit de l'unité extérieure la nuit.",
            )
        )
        return found
    lw = site.sound_power_dba
    if lw is None:
        lw, lw_src = value(FILE, "default_sound_power_dba")
        sources.append(lw_src.cite())
    residual, residual_src = value(FILE, "night_residual_level_dba")
    margin, margin_src = value(FILE, "nuisance_margin_dba")
    _, emergence_src = value(FILE, "night_emergence_limit_dba")
    sources += [residual_src.cite(), emergence_src.cite(), margin_src.cite()]
    level = noise_at_neighbour_dba(lw, site.distance_to_neighbour_m)
    figures["bruit_voisin_dba"] = level
    text = (
        f"Bruit estimé chez le voisin à {site.distance_to_neighbour_m:.0f} m : "
        f"{level:.0f} dB(A) pour un bruit de fond nocturne de {residual:.0f} dB(A)"
    )
    if level > residual + margin:
        found.append(
            Finding(
                Verdict.NOT_ADVISED,
                f"{text} : gêne nocturne certaine à cet "
                "emplacement (émergence limitée à 3 dB(A) la nuit).",
            )
        )
    elif level > residual:
        found.append(
            Finding(
                Verdict.CONDITIONAL,
                f"{text} : éloigner l'unité, choisir un modèle "
                "plus silencieux ou un écran acoustique.",
            )
        )
    else:
        found.append(Finding(Verdict.SUITABLE, f"{text} : pas de gêne attendue."))
    return found
