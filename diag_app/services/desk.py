"""The desk diagnostic: a simple description (JSON) → a 3CL-DPE 2021 estimate with its band.

The use case behind ``diag-app dpe-simple`` and, later, the desk form of the window: read the
description file, validate it, estimate it with the rules in force on a date (today by default)
and compute its uncertainty band (:mod:`calculators.dpe.simple`). The calculators' errors become
:class:`~diag_app.errors.ValidationError` whose message and ``field`` name the JSON path
(``murs.isolation.epaisseur_cm``). :func:`summary` gives the result as a JSON-ready mapping with
stable keys. Everything is a « pré-diagnostic indicatif, non opposable ».
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from calculators.advice import AdviceError
from calculators.advice.bioclimatic import BioclimaticAdvice, bioclimatic_advice
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.rules import DpeInputError, RulesError
from calculators.dpe.simple import SimpleDescription, read_description
from calculators.dpe.simple.estimate import DISCLAIMER, SimpleEstimate, estimate
from calculators.dpe.simple.uncertainty import Bande, Point, uncertainty
from calculators.dpe.tables import TableLookupError
from calculators.solar.grid import OrientationGrid
from calculators.solar.weather import TypicalYear
from diag_app.city import CityProfile, load_city_profile
from diag_app.errors import ValidationError
from diag_app.services.desk_project import project_from_description
from diag_app.services.weather import city_weather, solar_input_errors

DECIMALS = 1
"""Indicators are rounded to 0.1 (a desk estimate is not more precise)."""
ADVICE_DECIMALS = 3
"""Advice figures keep 0.001: U values [W/(m²·K)] and damping factors are below 1."""


@dataclass(frozen=True, slots=True)
class DeskAdvice:
    """Bioclimatic advice of a new build or an extension, with the assumptions made to turn
    the desk description into a project (:mod:`diag_app.services.desk_project`)."""

    advice: BioclimaticAdvice
    hypotheses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DeskResult:
    """The estimate of a description, its uncertainty band and, for a new build or an
    extension, the bioclimatic advice."""

    description: SimpleDescription
    estimate: SimpleEstimate
    bande: Bande
    conseil: DeskAdvice | None = None


def read_file(path: str | os.PathLike[str], at: date | None = None) -> SimpleDescription:
    """The validated description in the JSON file at ``path``; years are checked against
    ``at`` (default: today)."""
    if not Path(path).is_file():
        raise ValidationError(f"Fichier de description introuvable : « {path} ».", field="fichier")
    try:
        return read_description(path, reference_year=(at or date.today()).year)
    except DpeInputError as exc:
        raise ValidationError(
            f"Description « {Path(path).name} » : {exc.message}", field=exc.field or "fichier"
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            f"Fichier de description « {Path(path).name} » illisible : {exc}.", field="fichier"
        ) from exc


def compute(
    description: SimpleDescription, at: date | None = None, city: CityProfile | None = None
) -> DeskResult:
    """Estimate and band of ``description`` with the rules in force on ``at`` (default:
    today); a new build or an extension also gets the bioclimatic advice at the site, climate
    zone and synthetic weather year of ``city`` (default: Béthune's profile)."""
    day = at or date.today()
    try:
        return DeskResult(
            description,
            estimate(description, day),
            uncertainty(description, day),
            advice(description, day, city),
        )
    except DpeInputError as exc:
        raise ValidationError(exc.message, field=exc.field) from exc
    except RulesError as exc:
        raise ValidationError(exc.message, field=exc.field or "date") from exc
    except TableLookupError as exc:
        raise ValidationError(
            f"Table officielle « {exc.table} » : {exc.message}", field=exc.table
        ) from exc


def advice(
    description: SimpleDescription, at: date, city: CityProfile | None = None
) -> DeskAdvice | None:
    """Bioclimatic advice for a new build or an extension (None for an existing dwelling).

    The roof's solar readiness uses the orientation grid of the city's synthetic year (built
    once per profile, about a second). The advice's input errors become
    :class:`ValidationError` naming the advice field.
    """
    profile = city or load_city_profile()
    weather = city_weather(profile)
    try:
        desk_project = project_from_description(
            description, weather.site, ClimateZone(profile.climate_zone)
        )
        if desk_project is None:
            return None
        result = bioclimatic_advice(desk_project.project, at, _grid(weather.key, weather.year))
    except AdviceError as exc:
        raise ValidationError(f"Conseil bioclimatique : {exc.message}", field=exc.field) from exc
    return DeskAdvice(result, desk_project.hypotheses)


@lru_cache(maxsize=2)
def _grid(key: tuple[object, ...], year: TypicalYear) -> OrientationGrid:
    """The orientation grid of a weather year, kept per weather ``key`` (``year`` follows
    it)."""
    with solar_input_errors("Grille d'orientations solaires : "):
        return OrientationGrid.build(year)


def compute_file(path: str | os.PathLike[str], at: date | None = None) -> dict[str, Any]:
    """:func:`read_file`, :func:`compute` and :func:`summary` in one call."""
    return summary(compute(read_file(path, at), at), source=Path(path).name)


def summary(result: DeskResult, source: str | None = None) -> dict[str, Any]:
    """The result as a JSON-ready mapping: label, classes, Cep [kWhEP/(m²·yr)], GHG
    [kgCO2eq/(m²·yr)], the band, the assumptions that move it most, every assumption, the
    warnings, the new-build notice and the disclaimer."""
    e, band = result.estimate, result.bande
    return {
        "fichier": source,
        "date_calcul": e.at.isoformat(),
        "regles": e.rules_version,
        "disclaimer": DISCLAIMER,
        "indicatif": e.indicatif,
        "etiquette": e.label,
        "classe_energie": e.energy_class,
        "classe_climat": e.climate_class,
        "passoire": e.passoire,
        "cep_kwh_m2": _round(e.cep_kwh_m2),
        "eges_kg_m2": _round(e.eges_kg_m2),
        "ef_kwh_m2": _round(e.ef_kwh_m2),
        "surface_m2": _round(e.surface_m2),
        "deperditions_w_k": _round(e.deperditions_w_k),
        "besoin_ch_kwh": _round(e.besoin_ch_kwh),
        "besoin_ecs_kwh": _round(e.besoin_ecs_kwh),
        "par_usage": {
            u.usage: {
                "ef_kwh": _round(u.ef_kwh),
                "ep_kwh": _round(u.ep_kwh),
                "ges_kg": _round(u.ges_kg),
            }
            for u in e.par_usage
        },
        "bande": {
            "etiquette_meilleure": band.label_meilleur,
            "etiquette_pire": band.label_pire,
            "cep_min_kwh_m2": _round(band.cep_min_kwh_m2),
            "cep_max_kwh_m2": _round(band.cep_max_kwh_m2),
            "meilleur_cas": _point(band.meilleur),
            "pire_cas": _point(band.pire),
            "calculs": band.runs,
            "effets": [
                {
                    "champ": effet.champ,
                    "phrase": effet.phrase,
                    "ecart_cep_kwh_m2": _round(effet.ecart_kwh_m2),
                    "etiquettes": [effet.meilleur.label, effet.pire.label],
                }
                for effet in band.effets
            ],
        },
        "hypotheses_principales": list(band.phrases),
        "hypotheses": [{"champ": h.champ, "texte": h.texte} for h in e.hypotheses],
        "avertissements": list(e.avertissements),
        "conseil_bioclimatique": _advice(result.conseil),
    }


def _advice(conseil: DeskAdvice | None) -> dict[str, Any] | None:
    """The advice items (code, level, title, text, figures with their unit in the key,
    sources), the assumptions behind the project and the advice's disclaimer."""
    if conseil is None:
        return None
    return {
        "disclaimer": conseil.advice.disclaimer,
        "hypotheses": list(conseil.hypotheses),
        "elements": [
            {
                "code": item.code,
                "niveau": item.level.value,
                "titre": item.title,
                "texte": item.text,
                "chiffres": {
                    key: round(float(value), ADVICE_DECIMALS)
                    for key, value in item.figures.items()
                },
                "sources": list(item.sources),
            }
            for item in conseil.advice.items
        ],
    }


def _point(point: Point) -> dict[str, Any]:
    return {
        "etiquette": point.label,
        "cep_kwh_m2": _round(point.cep_kwh_m2),
        "eges_kg_m2": _round(point.eges_kg_m2),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), DECIMALS)
