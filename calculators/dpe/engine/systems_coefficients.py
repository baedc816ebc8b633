"""Fixed coefficients of the 3CL-DPE 2021 systems chapters (§5, §10, §11, §14, §15, §16), and the
input error of those stages.

The numbers live in ``systems_coefficients.json`` with their unit and the section of the method
that gives them, so that no regulatory number is written in the calculation code. Tables that
ADEME publishes (SEER, COP, storage loss coefficients, PV orientation...) are read from
:mod:`calculators.dpe.tables` instead. :func:`coefficients` reads the file once and returns typed,
frozen groups; a missing or extra entry is a packaging bug and raises at load time.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, TypeVar

from calculators.dpe.rules.errors import DpeInputError

T = TypeVar("T")
DATA_FILE = "systems_coefficients.json"

Table = Mapping[str, tuple[float, ...]]
"""Rows of numbers by key (``null`` cells become ``nan``)."""


class SystemsInputError(DpeInputError):
    """An input the systems stages cannot use (negative, unknown type...); ``field`` names it.

    A :class:`~calculators.dpe.rules.errors.DpeInputError`, hence a ``ValueError`` with a French
    message, which the services layer turns into a ``ValidationError``.
    """


def require_non_negative(value: float, field: str, *, strictly: bool = False) -> float:
    """``value`` as a float when finite and ≥ 0 (> 0 with ``strictly``), else a French error.

    The common case, an exact finite ``float`` in range, returns at once (NaN fails both
    comparisons): the systems stages check ≈ 50 values per dwelling.
    """
    if type(value) is float and (0.0 < value < math.inf or (value == 0.0 and not strictly)):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SystemsInputError(
            f"{field} : valeur « {value} » non numérique ou non finie.", field=field
        )
    if value < 0 or (strictly and value == 0):
        bound = "strictement positive" if strictly else "positive ou nulle"
        raise SystemsInputError(
            f"{field} : valeur « {value:g} » invalide, elle doit être {bound}.", field=field
        )
    return float(value)


@dataclass(frozen=True, slots=True)
class Lighting:
    """§16.1: conventional lighting power, use coefficient and monthly hours per zone."""

    puissance_w_m2: float
    coefficient_utilisation: float
    heures_mensuelles: Table
    heures_annuelles: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Cooling:
    """§10: intermittence, EER/SEER ratio, set points and the time-constant terms."""

    coefficient_intermittence: float
    rapport_eer_seer: float
    consigne_conventionnelle_c: float
    consigne_depensier_c: float
    seuil_rbth: float
    diviseur_constante_temps_h: float
    secondes_par_heure: float
    wh_par_kwh: float
    capacite_interieure_j_k_m2: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class Ventilation:
    """§5: fan powers (until 2012 / after 2012), hybrid ratios, ADEME type families."""

    heures_annee: float
    wh_par_kwh: float
    pvent_moy_maison_w: Table
    pvent_collectif_w_par_m3h: Table
    ratio_hybride: Mapping[str, float]
    types_ademe: Table
    types_ademe_apres_2012: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class GenerationAuxiliaries:
    """§15.1: G [W], H [W/kW] and the Pn cap [kW] (nan: none) per kind of generator, and the
    ADEME generator types of each kind."""

    puissance_auxiliaires: Table
    types_ademe_chauffage: Table
    types_ademe_ecs: Table


@dataclass(frozen=True, slots=True)
class DistributionAuxiliaries:
    """§15.2.1: heating circulator pressure drops, network length and power law."""

    perte_charge_lineaire_kpa_m: float
    perte_charge_emetteur_kpa: Mapping[str, float]
    longueur_coefficient_m: float
    longueur_exposant: float
    fcot: Mapping[str, float]
    puissance_minimale_w: float
    puissance_coefficient: float
    puissance_exposant: float
    surface_reference_m2: float
    chaleur_volumique_eau: float
    chute_temperature_c: Mapping[str, float]
    temperature_interieure_dimensionnement_c: float
    w_par_kw: float
    emetteurs_ademe: Table
    emetteurs_delta_15_ademe: tuple[float, ...]
    generateurs_sans_circulateur: Table


@dataclass(frozen=True, slots=True)
class HotWaterLoop:
    """§15.2.3: distribution losses, loop pump and trace heating of collective hot water."""

    pertes_collectif_volume_chauffe: float
    pertes_collectif_hors_volume_chauffe: float
    longueur_reseau_individuel_m_par_m2: float
    pertes_reseau_individuel_par_m: float
    debit_coefficient: float
    heures_puisage_par_jour: float
    heures_par_jour: float
    longueur_coefficient: float
    longueur_par_niveau_m: float
    longueur_decalage_niveau: float
    perte_charge_lineaire_kpa_m: float
    perte_charge_fixe_kpa: float
    puissance_hydraulique_diviseur: float
    efficacite_diviseur: float
    efficacite_exposant: float
    puissance_minimale_w: float
    traceur_part_besoin: float


@dataclass(frozen=True, slots=True)
class HotWater:
    """§11.4, §11.6.3, §12.4.1, §14: generator and storage coefficients of hot water."""

    heures_veilleuse: float
    part_veilleuse_chaudiere: float
    heures_maintien_accumulateur: float
    pertes_arret_accumulateur_part_pn: float
    bonus_ballon_categorie_c: float
    reseau_chaleur_isole: float
    reseau_chaleur_non_isole: float
    part_deux_systemes: float
    rendement_generation_electrique: Mapping[str, float]
    familles_ademe: Table


@dataclass(frozen=True, slots=True)
class Photovoltaics:
    """§16.2: module efficiency and losses, default module area, self-consumption rates."""

    rendement_modules: float
    coefficient_pertes: float
    surface_module_m2: float
    taux_autoproduction_partiel: Mapping[str, float]
    usages_mobiliers_kwh_m2: Mapping[str, float]
    eclairage_parties_communes_kwh_m2: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class SystemsCoefficients:
    """Every coefficient of the systems chapters, by topic."""

    eclairage: Lighting
    refroidissement: Cooling
    ventilation: Ventilation
    auxiliaires_generation: GenerationAuxiliaries
    auxiliaires_distribution: DistributionAuxiliaries
    bouclage_ecs: HotWaterLoop
    eau_chaude: HotWater
    production_pv: Photovoltaics


_GROUP_TYPES: dict[str, type] = {
    "eclairage": Lighting,
    "refroidissement": Cooling,
    "ventilation": Ventilation,
    "auxiliaires_generation": GenerationAuxiliaries,
    "auxiliaires_distribution": DistributionAuxiliaries,
    "bouclage_ecs": HotWaterLoop,
    "eau_chaude": HotWater,
    "production_pv": Photovoltaics,
}


@cache
def coefficients() -> SystemsCoefficients:
    """The coefficients shipped with the package (read once per process)."""
    text = resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8")
    return parse_coefficients(json.loads(text))


def parse_coefficients(document: dict[str, Any]) -> SystemsCoefficients:
    """Typed coefficients from the parsed JSON document; raises ``ValueError`` on a gap."""
    groups = {
        field.name: _group(_GROUP_TYPES[field.name], field.name, document.get(field.name))
        for field in dataclasses.fields(SystemsCoefficients)
    }
    return SystemsCoefficients(**groups)


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
        if not isinstance(entry, dict) or "valeur" not in entry or "section" not in entry:
            raise ValueError(f"{DATA_FILE} : {name}/{key} : « valeur » et « section » attendues")
        values[key] = _value(entry["valeur"], f"{name}/{key}")
    return cls(**values)


def _number(raw: object, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ValueError(f"{DATA_FILE} : {where} : nombre attendu")
    return float(raw)


def _value(raw: object, where: str) -> object:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, list):
        return tuple(math.nan if item is None else _number(item, where) for item in raw)
    if isinstance(raw, dict):
        return MappingProxyType({str(k): _value(v, f"{where}/{k}") for k, v in raw.items()})
    raise ValueError(f"{DATA_FILE} : {where} : valeur numérique attendue")
