"""Advice items about the envelope: time lag of roof and walls, thermal mass, eco-materials.

The time lag is the EN ISO 13786 time shift (:mod:`.time_lag`), shown beside the simple
formula of the eco-building guides; alternatives keep the same thermal resistance and swap
the main insulation for bio-sourced ones, so that the advice compares like with like.
"""

from __future__ import annotations

import math

from calculators.advice.bioclimatic.data import rule, rule_source
from calculators.advice.bioclimatic.materials import Layer, MaterialFamily, material
from calculators.advice.bioclimatic.project import AdviceItem, AdviceLevel, fr, pct
from calculators.advice.bioclimatic.time_lag import (
    DAY_S,
    ElementKind,
    backed_admittance,
    element_characteristics,
    simple_time_lag,
    surface_resistances,
)
from calculators.advice.bioclimatic.zone import OpaqueElement, SummerZone

ALTERNATIVES = ("ouate_cellulose", "fibre_bois_souple", "fibre_bois_rigide")
"""Bio-sourced insulations proposed in place of the main insulation, at equal resistance."""
INERTIA_CLASSES = ("tres_legere", "legere", "moyenne", "lourde", "tres_lourde")
INERTIA_LABELS = {
    "tres_legere": "très légère",
    "legere": "légère",
    "moyenne": "moyenne",
    "lourde": "lourde",
    "tres_lourde": "très lourde",
}


def time_lag_item(element: OpaqueElement) -> AdviceItem:
    """Time lag of ``element`` against the target of its kind, with bio-sourced variants."""
    roof = element.kind is ElementKind.TOITURE
    target = rule("dephasage_cible", "toiture_h" if roof else "mur_h")
    iso = element_characteristics(element.layers, element.kind)
    simple = simple_time_lag(element.layers)
    variants = {key: _variant_lag_h(element, key) for key in ALTERNATIVES}
    shown = ", ".join(
        f"{material(key).label} {fr(lag)} h" for key, lag in variants.items() if lag is not None
    )
    what = "la toiture" if roof else "les murs"
    text = (
        f"« {element.label} » : déphasage {fr(iso.time_shift_h)} h et facteur d'amortissement "
        f"{fr(iso.decrement_factor, 2)} (NF EN ISO 13786), U = {fr(iso.u_w_m2k, 3)} W/(m²·K) ; "
        f"la formule simplifiée des guides donne {fr(simple.time_lag_h)} h. Cible pour {what} : "
        f"au moins {target:.0f} h, pour que la chaleur de l'après-midi arrive la nuit, amortie."
    )
    if shown:
        text += f" À résistance égale, en remplaçant l'isolant principal : {shown}."
    figures = {
        "dephasage_h": iso.time_shift_h,
        "facteur_amortissement": iso.decrement_factor,
        "u_w_m2k": iso.u_w_m2k,
        "dephasage_formule_simple_h": simple.time_lag_h,
        "cible_h": target,
    }
    figures |= {f"dephasage_{k}_h": lag for k, lag in variants.items() if lag is not None}
    return AdviceItem(
        code="dephasage_toiture" if roof else "dephasage_murs",
        level=AdviceLevel.CONSEIL if iso.time_shift_h < target else AdviceLevel.INFORMATION,
        title="Déphasage de la toiture" if roof else "Déphasage des murs",
        text=text,
        figures=figures,
        sources=(
            "NF EN ISO 13786:2017, § 6 (matrices de transfert, déphasage, facteur d'amortissement)",
            rule_source("dephasage_cible").cite(),
            surface_resistances(element.kind).source.cite(),
        ),
    )


def inertia_item(zone: SummerZone) -> AdviceItem:
    """Heat capacity the rooms see behind their surfaces, per m² of floor, as a class."""
    capacity_kj_k = sum(
        e.area_m2 * element_characteristics(e.layers, e.kind).internal_heat_capacity_kj_m2k
        for e in zone.opaque
    )
    omega = 2 * math.pi / DAY_S
    rsi = surface_resistances(ElementKind.MUR).rsi_m2k_w
    for mass in zone.internal_masses:
        admittance = backed_admittance(mass.layers, [omega], rsi)[0]
        capacity_kj_k += mass.area_m2 * float(abs(admittance)) / omega / 1000.0
    per_m2 = capacity_kj_k / zone.floor_area_m2
    thresholds = [rule("classes_inertie", "kj_m2k_par_m2_plancher", c) for c in INERTIA_CLASSES]
    reached = [c for c, t in zip(INERTIA_CLASSES, thresholds, strict=True) if per_m2 >= t]
    klass = reached[-1] if reached else INERTIA_CLASSES[0]
    light = klass in ("tres_legere", "legere")
    text = (
        f"Capacité thermique vue depuis les pièces : {fr(per_m2, 0)} kJ/(m²·K) par m² de "
        f"plancher, inertie {INERTIA_LABELS[klass]}."
    )
    if light:
        text += (
            " Une inertie faible laisse la température monter vite l'après-midi : prévoir une "
            "dalle ou une chape lourde non recouverte, des cloisons en terre crue ou en brique, "
            "des enduits épais à la chaux ou à l'argile côté intérieur."
        )
    return AdviceItem(
        code="inertie",
        level=AdviceLevel.CONSEIL if light else AdviceLevel.INFORMATION,
        title="Inertie thermique intérieure",
        text=text,
        figures={"capacite_kj_m2k_plancher": float(per_m2)},
        sources=(
            "NF EN ISO 13786:2017, § 6 (capacité thermique surfacique intérieure κ1)",
            rule_source("classes_inertie").cite(),
        ),
    )


def materials_item(zone: SummerZone) -> AdviceItem:
    """Share of bio-sourced insulation and the conductivities applied without certificate."""
    volumes = [
        (layer, element.area_m2 * layer.thickness_m)
        for element in zone.opaque
        for layer in element.layers
        if layer.resolved.family is MaterialFamily.ISOLANT
    ]
    total = sum(v for _, v in volumes)
    bio = sum(v for layer, v in volumes if layer.resolved.biosourced)
    share = 100.0 * bio / total if total > 0 else 0.0
    defaulted = sorted(
        {
            layer.resolved.label
            for layer, _ in volumes
            if not layer.certified
            and layer.lambda_w_mk is None
            and layer.resolved.lambda_uncertified_w_mk is not None
        }
    )
    text = f"Isolants biosourcés : {pct(share)} du volume d'isolant du projet."
    if share < 50:
        text += (
            " La ouate de cellulose, la fibre de bois, le chanvre, la paille ou la laine de "
            "mouton stockent du carbone et, plus denses que les laines minérales, déphasent "
            "davantage à résistance égale."
        )
    if defaulted:
        text += (
            " Sans certification, la conductivité par défaut réglementaire a été appliquée à : "
            + ", ".join(defaulted)
            + " ; un produit certifié (ACERMI) permet une épaisseur moindre."
        )
    sources = {s.cite() for layer, _ in volumes for s in layer.resolved.sources}
    return AdviceItem(
        code="materiaux_biosources",
        level=AdviceLevel.CONSEIL if share < 50 else AdviceLevel.INFORMATION,
        title="Écomatériaux",
        text=text,
        figures={"part_isolants_biosources_pct": share, "volume_isolant_m3": total},
        sources=tuple(sorted(sources)),
    )


def _variant_lag_h(element: OpaqueElement, key: str) -> float | None:
    """ISO time lag with the most resistive insulation layer swapped for ``key`` at the same
    resistance; None when that layer already is ``key``."""
    insulations = [
        (i, layer)
        for i, layer in enumerate(element.layers)
        if layer.resolved.family is MaterialFamily.ISOLANT
    ]
    if not insulations:
        return None
    index, main = max(insulations, key=lambda pair: pair[1].resistance_m2k_w)
    if main.resolved.key == key:
        return None
    replacement = material(key)
    thickness = main.resistance_m2k_w * replacement.lambda_w_mk
    layers = list(element.layers)
    layers[index] = Layer(replacement, thickness)
    return element_characteristics(layers, element.kind).time_shift_h
