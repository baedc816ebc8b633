"""The fixed numbers of the 3CL-DPE 2021 heating chapters (§8, §9, §12, §13, §17.2).

They live in ``coefficients.json`` with their unit and the section of the method that gives
them, so that no regulatory number is written in the calculation code. The method's own tables
(efficiencies, I0, SCOP, default boiler characteristics...) are ADEME's, read through
:mod:`calculators.dpe.tables`. :func:`coefficients` reads the file once and returns frozen,
typed groups; a missing entry is a packaging bug and raises at load time.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

DATA_FILE = "coefficients.json"


@dataclass(frozen=True, slots=True)
class BoilerCurve:
    """Part-load loss curve of one boiler technology (§13.2.1.5, §13.2.1.6, §13.2.2).

    ``point_w`` is the load of the intermediate point [-]; the intermediate efficiency is
    corrected by ``coefficient_pint × (temperature_pint_c − Tfonc)`` [percentage points].
    """

    point_w: float
    coefficient_pint: float
    temperature_pint_c: float


@dataclass(frozen=True, slots=True)
class Boilers:
    """§13.2: shared constants of the load-profile method."""

    pertes_charge_nulle_part_qp0: float
    pertes_arret_part_rendement: float
    pleine_charge_coefficient: float
    pleine_charge_temperature_c: float
    technologies: Mapping[str, BoilerCurve]
    qp0_cellules_fusionnees: Mapping[int, float]
    """QP0 [share of Pn] of the ADEME rows left empty by a merged cell of the §13.2.2 table."""
    radiateur_gaz_facteur: float
    qp0_e_f_sans_ventilateur: tuple[float, float]
    qp0_e_f_avec_ventilateur: tuple[float, float]


@dataclass(frozen=True, slots=True)
class NominalPower:
    """§13.2.2.4: estimated nominal power of an individual combustion generator."""

    facteur_surpuissance: float
    temperature_interieure_c: float
    rendement_installation: float
    """Divisor of Pch: 0,953, the certified programmes' convention (see ``coefficients.json``)."""
    rendement_installation_texte: float
    """The divisor as the text prints it, 0,95³ (kept for reference and tests)."""
    ecs_instantanee_kw: float
    ecs_semi_instantanee: Mapping[str, float]
    ecs_semi_accumulation: Mapping[str, float]
    ecs_accumulation: Mapping[str, float]
    paliers_kw: tuple[float, ...]
    pn_murale_depuis_2006_kw: tuple[float, ...]
    pn_sol_ou_murale_avant_2006_kw: tuple[float, ...]
    pas_au_dela_kw: float


@dataclass(frozen=True, slots=True)
class HeatingCoefficients:
    """Every fixed number of the heating stage, grouped by chapter."""

    intermittence_coefficient_g: float
    regulation_cas_non_listes: float
    profil_taux_charge: tuple[float, ...]
    profil_coefficients: tuple[float, ...]
    consigne_conventionnelle_c: float
    consigne_depensiere_c: float
    k_pcs_pci: Mapping[int, float]
    chaudieres: Boilers
    puissance_nominale: NominalPower
    parts_configuration: Mapping[int, Mapping[str, float | bool | str]]
    part_pac_hybride: Mapping[str, float]
    base_appoint_temperature_c: float
    base_appoint_part_sans_puissance: float


def _value(group: Mapping[str, Any], name: str) -> float:
    return float(group[name]["valeur"])


def _floats(values: list[Any]) -> tuple[float, ...]:
    return tuple(float(v) for v in values)


@cache
def coefficients() -> HeatingCoefficients:
    """The heating coefficients of the package data, read once."""
    text = resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8")
    doc: Mapping[str, Any] = json.loads(text)
    boilers = doc["chaudieres"]
    power = doc["puissance_nominale"]
    configurations = doc["configurations"]
    return HeatingCoefficients(
        intermittence_coefficient_g=_value(doc["intermittence"], "coefficient_g"),
        regulation_cas_non_listes=_value(doc["rendements"], "regulation_cas_non_listes"),
        profil_taux_charge=_floats(doc["profil_charge"]["taux_charge"]),
        profil_coefficients=_floats(doc["profil_charge"]["coefficients"]),
        consigne_conventionnelle_c=_value(doc["consigne"], "conventionnel_c"),
        consigne_depensiere_c=_value(doc["consigne"], "depensier_c"),
        k_pcs_pci=MappingProxyType(
            {int(k): float(v) for k, v in doc["k_pcs_pci"]["valeurs"].items()}
        ),
        chaudieres=Boilers(
            pertes_charge_nulle_part_qp0=_value(boilers, "pertes_charge_nulle_part_qp0"),
            pertes_arret_part_rendement=_value(boilers, "pertes_arret_part_rendement"),
            pleine_charge_coefficient=_value(boilers, "pleine_charge_coefficient"),
            pleine_charge_temperature_c=_value(boilers, "pleine_charge_temperature_c"),
            technologies=MappingProxyType({
                name: BoilerCurve(
                    point_w=float(t["point_w"]),
                    coefficient_pint=float(t["coefficient_pint"]),
                    temperature_pint_c=float(t["temperature_pint_c"]),
                )
                for name, t in boilers["technologies"].items()
            }),
            qp0_cellules_fusionnees=MappingProxyType({
                int(k): float(v) for k, v in boilers["qp0_cellules_fusionnees"]["valeurs"].items()
            }),
            radiateur_gaz_facteur=_value(boilers, "radiateur_gaz_facteur"),
            qp0_e_f_sans_ventilateur=(
                float(boilers["qp0_sans_ventilateur"]["e"]),
                float(boilers["qp0_sans_ventilateur"]["f"]),
            ),
            qp0_e_f_avec_ventilateur=(
                float(boilers["qp0_avec_ventilateur"]["e"]),
                float(boilers["qp0_avec_ventilateur"]["f"]),
            ),
        ),
        puissance_nominale=NominalPower(
            facteur_surpuissance=_value(power, "facteur_surpuissance"),
            temperature_interieure_c=_value(power, "temperature_interieure_c"),
            rendement_installation=_value(power, "rendement_installation"),
            rendement_installation_texte=float(power["rendement_installation"]["valeur_texte"]),
            ecs_instantanee_kw=_value(power, "ecs_instantanee_kw"),
            ecs_semi_instantanee=MappingProxyType(_numbers(power["ecs_semi_instantanee"])),
            ecs_semi_accumulation=MappingProxyType(_numbers(power["ecs_semi_accumulation"])),
            ecs_accumulation=MappingProxyType(_numbers(power["ecs_accumulation"])),
            paliers_kw=_floats(power["paliers_kw"]),
            pn_murale_depuis_2006_kw=_floats(power["pn_murale_depuis_2006_kw"]),
            pn_sol_ou_murale_avant_2006_kw=_floats(power["pn_sol_ou_murale_avant_2006_kw"]),
            pas_au_dela_kw=_value(power, "pas_au_dela_kw"),
        ),
        parts_configuration=MappingProxyType({
            int(k): MappingProxyType(v) for k, v in configurations["parts"].items()
        }),
        part_pac_hybride=MappingProxyType(
            {k: float(v) for k, v in doc["pac_hybride"]["part_pac_par_zone"].items()}
        ),
        base_appoint_temperature_c=_value(
            doc["base_appoint_collectif"], "temperature_base_degres_heures_c"
        ),
        base_appoint_part_sans_puissance=_value(
            doc["base_appoint_collectif"], "part_appoint_sans_puissance"
        ),
    )


def _numbers(group: Mapping[str, Any]) -> dict[str, float]:
    """The numeric entries of a group (its ``section`` text left out)."""
    return {k: float(v) for k, v in group.items() if isinstance(v, int | float)}
