"""Auxiliary electricity of the 3CL-DPE 2021 method: ventilation fans (annex 1, §5), generator
auxiliaries (§15.1) and distribution pumps of heating and hot water (§15.2).

All consumptions are kWh of electricity per year. Heat pumps (in their SCOP/COP), heat
networks and cooling generators (in their SEER) have no generation auxiliaries; individual
hot-water installations have no distribution auxiliaries; solar hot-water auxiliaries are not
counted (§15.2.3). For a flat served by a collective installation (§17.2.1), generation
auxiliaries use the collective Pn with the flat's need, and distribution and ventilation
auxiliaries are the building's scaled by the flat's share of the living area: that scaling is
the caller's (``share``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from calculators.dpe.engine.systems_coefficients import (
    SystemsInputError,
    coefficients,
    require_non_negative,
)

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""
HIGH_TEMPERATURE_ID = 4
"""``enum_temp_distribution_ch_id`` « haute température » (≥ 65 °C)."""


class VentilationKind(StrEnum):
    """Rows of the §5 tables (keys of ``systems_coefficients.json``)."""

    SANS_AUXILIAIRE = "sans_auxiliaire"
    """Natural ventilation, window opening, ground-coupled ducts: no fan is counted."""
    SIMPLE_FLUX_AUTOREGLABLE = "simple_flux_autoreglable"
    SIMPLE_FLUX_HYGRO = "simple_flux_hygro"
    DOUBLE_FLUX = "double_flux"
    HYBRIDE = "hybride"
    """Mechanical part only: a 2001–2012 self-regulating fan times the use ratio."""


@dataclass(frozen=True, slots=True)
class VentilationSystem:
    """A ventilation system as §5 sees it."""

    kind: VentilationKind
    after_2012: bool
    """Installed after 2012 (the tables' second column)."""


@cache
def ventilation_from_ademe(type_ventilation_id: int) -> VentilationSystem:
    """The §5 row of an ADEME ``enum_type_ventilation_id`` (1–38).

    The period is the one the type's label states (« après 2012 », « de 2001 à 2012 »...);
    types whose label gives none (low-pressure VMC) take the « jusqu'à 2012 » column. The XML
    flag ``ventilation_post_2012`` is not used: in the ADEME corpus it contradicts the type in
    several files, and the certified powers follow the type (``pvent_moy``).
    """
    c = coefficients().ventilation
    for key, ids in c.types_ademe.items():
        if type_ventilation_id in ids:
            after = type_ventilation_id in c.types_ademe_apres_2012
            return VentilationSystem(VentilationKind(key), after)
    raise SystemsInputError(
        f"type de ventilation : identifiant {type_ventilation_id} inconnu (1 à 38).",
        field="type de ventilation",
    )


def ventilation_power_w(
    system: VentilationSystem,
    *,
    house: bool,
    qvarep_conv_m3_h_m2: float | None = None,
    ventilated_area_m2: float | None = None,
) -> float:
    """Mean fan power Pventmoy [W] (§5).

    House: the tabulated power. Flat or building (collective ventilation): Pvent × Qvarepconv ×
    Sh with Pvent [W/(m³/h)], Qvarepconv [m³/(h·m²)] (§4 table) and the ventilated area [m²].
    """
    c = coefficients().ventilation
    kind = system.kind
    if kind is VentilationKind.SANS_AUXILIAIRE:
        return 0.0
    ratio = 1.0
    column = int(system.after_2012)
    if kind is VentilationKind.HYBRIDE:
        ratio = c.ratio_hybride["maison" if house else "collectif"]
        kind, column = VentilationKind.SIMPLE_FLUX_AUTOREGLABLE, 0
    if house:
        return c.pvent_moy_maison_w[kind.value][column] * ratio
    if qvarep_conv_m3_h_m2 is None or ventilated_area_m2 is None:
        raise SystemsInputError(
            "ventilation collective : débit conventionnel et surface ventilée requis.",
            field="surface ventilée",
        )
    flow = require_non_negative(qvarep_conv_m3_h_m2, "débit extrait conventionnel")
    area = require_non_negative(ventilated_area_m2, "surface ventilée")
    return c.pvent_collectif_w_par_m3h[kind.value][column] * flow * area * ratio


def ventilation_kwh(power_w: float) -> float:
    """Caux = 8760 × Pventmoy / 1000 [kWh/yr] (§5)."""
    c = coefficients().ventilation
    return c.heures_annee * require_non_negative(power_w, "puissance de ventilation") / c.wh_par_kwh


class GeneratorAuxKind(StrEnum):
    """Rows of the §15.1 table of generator auxiliaries (G, H, Pn cap)."""

    CHAUDIERE_GAZ_FIOUL = "chaudiere_gaz_fioul"
    CHAUDIERE_BOIS_ATMOSPHERIQUE = "chaudiere_bois_atmospherique"
    CHAUDIERE_BOIS_VENTILATEUR = "chaudiere_bois_ventilateur"
    GENERATEUR_AIR_CHAUD = "generateur_air_chaud"
    RADIATEUR_GAZ = "radiateur_gaz"
    CHAUFFE_EAU_GAZ = "chauffe_eau_gaz"
    ACCUMULATEUR_GAZ = "accumulateur_gaz"


@cache
def generation_kind_from_ademe(
    generator_type_id: int, *, hot_water: bool, fan_assisted: bool = False
) -> GeneratorAuxKind | None:
    """The §15.1 row of an ADEME heating (``enum_type_generateur_ch_id``) or hot-water
    (``enum_type_generateur_ecs_id``) generator type; None when no generation auxiliary is
    counted. A wood boiler is atmospheric unless ``fan_assisted``."""
    c = coefficients().auxiliaires_generation
    table = c.types_ademe_ecs if hot_water else c.types_ademe_chauffage
    for key, ids in table.items():
        if generator_type_id in ids:
            if key == "chaudiere_bois":
                return (
                    GeneratorAuxKind.CHAUDIERE_BOIS_VENTILATEUR
                    if fan_assisted
                    else GeneratorAuxKind.CHAUDIERE_BOIS_ATMOSPHERIQUE
                )
            return GeneratorAuxKind(key)
    return None


def generation_auxiliary_power_w(kind: GeneratorAuxKind, pn_w: float) -> float:
    """Paux_g = G + H × Pn [W] with Pn in kW, capped per kind (§15.1)."""
    g, h, cap_kw = coefficients().auxiliaires_generation.puissance_auxiliaires[kind.value]
    pn_kw = require_non_negative(pn_w, "puissance nominale") / WH_PER_KWH
    if not math.isnan(cap_kw):
        pn_kw = min(pn_kw, cap_kw)
    return g + h * pn_kw


def generation_auxiliaries_kwh(
    kind: GeneratorAuxKind | None, pn_w: float, need_kwh: float
) -> float:
    """Qaux_g = Paux_g × B_g / Pn [kWh/yr] (§15.1.1 and §15.1.2).

    ``need_kwh`` is the share of the heating or hot-water need the generator covers [kWh/yr];
    ``pn_w`` its nominal power [W] (uncapped here: the cap only enters Paux_g). ``kind`` None
    (heat pump, heat network, electric generator) gives 0.
    """
    need = require_non_negative(need_kwh, "besoin couvert par le générateur")
    if kind is None or need == 0:
        return 0.0
    pn = require_non_negative(pn_w, "puissance nominale", strictly=True)
    return generation_auxiliary_power_w(kind, pn) * need / pn


class EmitterKind(StrEnum):
    """Rows of the §15.2.1 ΔPem table, for emitters on a hot-water network."""

    PLANCHER_PLAFOND = "plancher_plafond"
    RADIATEUR_MONOTUBE = "radiateur_monotube"
    RADIATEUR = "radiateur"
    AUTRE = "autre"


@cache
def emitter_from_ademe(type_emission_distribution_id: int) -> EmitterKind | None:
    """The §15.2.1 row of an ADEME ``enum_type_emission_distribution_id``; None when the
    emitter has no hot-water network (electric, air, stoves, refrigerant): no circulator."""
    for key, ids in coefficients().auxiliaires_distribution.emetteurs_ademe.items():
        if type_emission_distribution_id in ids:
            return EmitterKind(key)
    return None


def high_temperature_from_ademe(type_emission_distribution_id: int, temperature_id: int) -> bool:
    """δθdim 15 °C (§15.2.1) for an emitter: a high-temperature distribution
    (``enum_temp_distribution_ch_id`` 4, ≥ 65 °C), or warm air blown through ducts, which the
    certified engines size the same way."""
    c = coefficients().auxiliaires_distribution
    return temperature_id == HIGH_TEMPERATURE_ID or type_emission_distribution_id in (
        c.emetteurs_delta_15_ademe
    )


@cache
def generator_has_circulator(type_generateur_ch_id: int) -> bool:
    """Whether an ADEME heat generator (``enum_type_generateur_ch_id``) drives a heating
    circulator (§15.2.1): boilers, water heat pumps, heat networks, air heaters do; air/air heat
    pumps, stoves, gas radiators and Joule emitters do not, whatever emitter they are linked to."""
    without = coefficients().auxiliaires_distribution.generateurs_sans_circulateur
    return not any(type_generateur_ch_id in ids for ids in without.values())


@dataclass(frozen=True, slots=True)
class HeatingNetwork:
    """A hydronic heating installation, as §15.2.1 sizes its circulator."""

    emitters: tuple[EmitterKind, ...]
    served_area_m2: float
    """Living area Sh served by the installation [m²]."""
    levels: int
    """Niv_inst_ch: levels served (≥ 1)."""
    high_temperature: bool
    """Distribution at 65 °C or more (δθdim 15 °C, else 7.5 °C)."""
    need_share: float = 1.0
    """rat: share of the dwelling's heating need covered by the generators that drive this
    circulator [-] (an installation heating part of the dwelling, or a base with a stove or
    Joule back-up, covers less than 1)."""
    other_emitters: bool = False
    """The installation also has emitters off the water network (a Joule or stove back-up):
    several kinds of emitters, so the unfavourable Fcot (« autre ») is taken."""


def heating_circulator_power_w(
    network: HeatingNetwork, gv_w_k: float, base_temperature_c: float
) -> float:
    """Pcircem [W] (§15.2.1).

    Pcircem = max(30 ; 6.44 × (ΔPem_nom × qvem_nom / max(1 ; Sh/400))^0.676 × max(1 ; Sh/400)),
    ΔPem_nom = 0.15 × Lem + ΔPem, Lem = 5 × Fcot × (Niv + (Sh/Niv)^0.5),
    qvem_nom = Pnc × rat / (1.163 × δθdim), Pnc = GV × (20 − Tbase) / 1000 [kW]. With several
    kinds of emitters (``other_emitters`` included) the unfavourable Fcot and the largest ΔPem
    of the water emitters are taken.
    """
    c = coefficients().auxiliaires_distribution
    if not network.emitters:
        raise SystemsInputError(
            "réseau de chauffage : aucun émetteur à eau décrit.", field="émetteurs"
        )
    area = require_non_negative(network.served_area_m2, "surface desservie", strictly=True)
    levels = max(1, int(network.levels))
    gv = require_non_negative(gv_w_k, "GV")
    share = require_non_negative(network.need_share, "part du besoin couverte")
    floors_only = not network.other_emitters and all(
        e is EmitterKind.PLANCHER_PLAFOND for e in network.emitters
    )
    fcot = c.fcot["plancher" if floors_only else "autre"]
    emitter_drop = max(c.perte_charge_emetteur_kpa[e.value] for e in network.emitters)
    length = c.longueur_coefficient_m * fcot * (levels + (area / levels) ** c.longueur_exposant)
    drop = c.perte_charge_lineaire_kpa_m * length + emitter_drop
    pnc_kw = gv * (c.temperature_interieure_dimensionnement_c - base_temperature_c) / c.w_par_kw
    delta = c.chute_temperature_c["haute" if network.high_temperature else "moyenne_basse"]
    flow = pnc_kw * share / (c.chaleur_volumique_eau * delta)
    pumps = max(1.0, area / c.surface_reference_m2)
    power = c.puissance_coefficient * (drop * flow / pumps) ** c.puissance_exposant * pumps
    return max(c.puissance_minimale_w, power)


def heating_distribution_kwh(circulator_w: float, heating_hours: Iterable[float]) -> float:
    """Caux_dist_ch = Pcircem × Nref [kWh/yr] (§15.2.2), Nref the heating hours of the year."""
    power = require_non_negative(circulator_w, "puissance du circulateur")
    return power * sum(heating_hours) / WH_PER_KWH


@dataclass(frozen=True, slots=True)
class HotWaterLoop:
    """A collective hot-water loop (§15.2.3), sized on the building it serves."""

    monthly_need_kwh: Sequence[float]
    """Becs_j of the dwellings served [kWh], twelve months."""
    served_area_m2: float
    """Living area of the dwellings served [m²]."""
    levels: int
    """Niv_inst_ecs: levels between the plant and the highest flat served (≥ 1)."""
    occupied_days: Sequence[float]
    """njj of §11.1, twelve months."""
    need_share: float = 1.0
    """Ratecs (0.5 with two systems, §11.4)."""


def loop_pump_kwh(loop: HotWaterLoop) -> float:
    """Qcir_b of a looped collective network [kWh/yr] (§15.2.3).

    Monthly losses Qd,w,j = (0.1 × Ratecs + 0.112 + 0.028) × Becs_j set the flow
    qd,w,j = Qd,w,j / (5.815 × Nhpuisage,j) [m³/h] with 5 h of draw-off a day. The method labels
    Qd,w,j in Wh, but 5.815 = 1.163 kWh/(m³·K) × 5 K makes a flow in m³/h only from kWh, and
    the certified results of the ADEME corpus agree with kWh (Wh gives ten times their values).
    The pump draws
    max(20 ; Phyd / Eff) during draw-off, 20 W otherwise, Phyd = qd,w × Δpb / 3.6,
    Eff = Phyd^0.324 / 15.3, Δpb = 0.2 × Lb + 10, Lb = 4 × √(Sh / Niv) + 6 × (Niv − 0.5).
    """
    c = coefficients().bouclage_ecs
    if len(loop.monthly_need_kwh) != 12 or len(loop.occupied_days) != 12:
        raise SystemsInputError(
            "bouclage d'ECS : douze valeurs mensuelles attendues.", field="besoin d'ECS mensuel"
        )
    area = require_non_negative(loop.served_area_m2, "surface desservie", strictly=True)
    levels = max(1, int(loop.levels))
    share = require_non_negative(loop.need_share, "part du besoin d'ECS")
    individual = c.pertes_reseau_individuel_par_m * c.longueur_reseau_individuel_m_par_m2 * share
    loss_ratio = (
        individual + c.pertes_collectif_volume_chauffe + c.pertes_collectif_hors_volume_chauffe
    )
    length = c.longueur_coefficient * math.sqrt(area / levels) + c.longueur_par_niveau_m * (
        levels - c.longueur_decalage_niveau
    )
    drop = c.perte_charge_lineaire_kpa_m * length + c.perte_charge_fixe_kpa
    total_wh = 0.0
    for need, days in zip(loop.monthly_need_kwh, loop.occupied_days, strict=True):
        draw_hours = days * c.heures_puisage_par_jour
        month_hours = days * c.heures_par_jour
        if draw_hours <= 0:
            continue
        flow = (
            loss_ratio
            * require_non_negative(need, "besoin d'ECS mensuel")
            / (c.debit_coefficient * draw_hours)
        )
        hydraulic = flow * drop / c.puissance_hydraulique_diviseur
        pump = c.puissance_minimale_w
        if hydraulic > 0:
            efficiency = hydraulic**c.efficacite_exposant / c.efficacite_diviseur
            pump = max(c.puissance_minimale_w, hydraulic / efficiency)
        total_wh += draw_hours * pump + (month_hours - draw_hours) * c.puissance_minimale_w
    return total_wh / WH_PER_KWH


def trace_heating_kwh(need_kwh: float) -> float:
    """Qtrac = 0.14 × Becs [kWh/yr] of trace heating on a collective network (§15.2.3)."""
    return coefficients().bouclage_ecs.traceur_part_besoin * require_non_negative(
        need_kwh, "besoin d'ECS"
    )
