"""The fixed coefficients of the 3CL-DPE 2021 needs chapters (§4, §6, §9.1.1, §11.1, §15.2.3).

They live in ``needs_coefficients.json`` with their unit and the section of the method that
gives them, so that no regulatory number is written in the calculation code. :func:`coefficients`
reads the file once and returns typed, frozen groups; a missing or extra entry is a packaging
bug and raises at load time rather than giving a silently wrong result.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeVar

T = TypeVar("T")
DATA_FILE = "needs_coefficients.json"


@dataclass(frozen=True, slots=True)
class AirRenewal:
    """§4: air heat capacity and the wind-protection coefficients e and f."""

    chaleur_volumique_air: float
    coefficient_e_plusieurs_facades: float
    coefficient_e_une_facade: float
    coefficient_f_plusieurs_facades: float
    coefficient_f_une_facade: float
    part_modules_entree_air: float
    pression_reference_pa: float
    pression_essai_pa: float
    exposant_pression: float


@dataclass(frozen=True, slots=True)
class InternalGains:
    """§6.1: conventional internal heat gains (equipment, lighting, occupants)."""

    equipements_w_m2: float
    eclairage_w_m2: float
    occupant_w: float
    heures_occupation_semaine: float
    heures_semaine: float


@dataclass(frozen=True, slots=True)
class SolarGains:
    """§6.1 and §6.3: unit conversion and the indirect transmission of a sunspace."""

    wh_par_kwh: float
    transparence_indirecte_pente: float
    transparence_indirecte_ordonnee: float


@dataclass(frozen=True, slots=True)
class FreeGainFraction:
    """§6.1: exponent of X in Fj = (X − X^a) / (1 − X^a), by inertia class."""

    exposant_lourde: float
    exposant_moyenne: float
    exposant_legere: float


@dataclass(frozen=True, slots=True)
class HotWater:
    """§11.1: hot-water volumes, occupation days and the Nmax/Nadeq coefficients."""

    chaleur_massique_eau: float
    volume_conventionnel_l_jour: float
    volume_depensier_l_jour: float
    temperature_eau_chaude: float
    jours_occupation: tuple[float, ...]
    nmax_individuel_surface_min: float
    nmax_individuel_surface_max: float
    nmax_individuel_pente_surfacique: float
    nmax_collectif_surface_min: float
    nmax_collectif_surface_max: float
    nmax_collectif_pente_surfacique: float
    nmax_minimum: float
    nmax_palier: float
    nmax_pente_palier: float
    nadeq_part_au_dela_du_palier: float


@dataclass(frozen=True, slots=True)
class RecoveredLosses:
    """§9.1.1, §11.6 and §15.2.3: losses of hot water and generators recovered for heating."""

    taux_recuperation: float
    heures_annee: float
    longueur_reseau_ecs_m_par_m2: float
    pertes_reseau_individuel_par_m: float
    pertes_reseau_collectif_volume_chauffe: float
    part_ecs_deux_systemes: float
    stockage_accumulation_coefficient: float
    stockage_accumulation_exposant: float
    stockage_electrique_heures: float
    stockage_electrique_ecart_temperature: float
    heures_jour: float
    part_parois_ventouse: float
    part_parois_autres: float
    surdimensionnement_besoin: float
    taux_charge_nominale: float
    heures_fonctionnement_ecs: float


@dataclass(frozen=True, slots=True)
class NeedsCoefficients:
    """Every coefficient of the needs chapters, by topic."""

    renouvellement_air: AirRenewal
    apports_internes: InternalGains
    apports_solaires: SolarGains
    fraction_apports_gratuits: FreeGainFraction
    eau_chaude: HotWater
    pertes_recuperees: RecoveredLosses


@cache
def coefficients() -> NeedsCoefficients:
    """The coefficients shipped with the package (read once per process)."""
    text = resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8")
    return parse_coefficients(json.loads(text))


def parse_coefficients(document: dict[str, Any]) -> NeedsCoefficients:
    """Typed coefficients from the parsed JSON document; raises ``ValueError`` on a gap."""
    groups: dict[str, object] = {}
    for field in dataclasses.fields(NeedsCoefficients):
        group_type = _GROUP_TYPES[field.name]
        groups[field.name] = _group(group_type, field.name, document.get(field.name))
    return NeedsCoefficients(**groups)  # type: ignore[arg-type]


def _group(cls: type[T], name: str, entries: object) -> T:
    if not isinstance(entries, dict):
        raise ValueError(f"{DATA_FILE} : groupe « {name} » absent")
    wanted = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    if set(entries) != wanted:
        raise ValueError(
            f"{DATA_FILE} : groupe « {name} » : manquants {sorted(wanted - set(entries))}, "
            f"inattendus {sorted(set(entries) - wanted)}"
        )
    values: dict[str, object] = {}
    for key, entry in entries.items():
        value = entry.get("valeur") if isinstance(entry, dict) else None
        if isinstance(value, list) and all(isinstance(v, int | float) for v in value):
            values[key] = tuple(float(v) for v in value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            values[key] = float(value)
        else:
            raise ValueError(f"{DATA_FILE} : {name}/{key} : valeur numérique attendue")
    return cls(**values)


_GROUP_TYPES: dict[str, type] = {
    "renouvellement_air": AirRenewal,
    "apports_internes": InternalGains,
    "apports_solaires": SolarGains,
    "fraction_apports_gratuits": FreeGainFraction,
    "eau_chaude": HotWater,
    "pertes_recuperees": RecoveredLosses,
}
