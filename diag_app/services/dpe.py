"""Compute the pré-diagnostic of an ADEME DPE file: the use case behind ``diag-app dpe`` and,
later, the window.

Reads the XML, runs the 3CL-DPE 2021 engine with the rules in force on a date (today by default)
and gives the result as a plain mapping (:func:`summary`) ready for JSON or for display. The
calculators' errors become :class:`~diag_app.errors.ValidationError` with their French message and
the element or field concerned; a stage that cannot handle the file is not an error: the summary
says which stage and why, and gives no label.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from calculators.dpe.ademe import DpeFile, DpeXmlError, read_dpe
from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.engine.result import DpeResult
from calculators.dpe.rules import DpeInputError, RulesError
from calculators.dpe.simple import derive_from_ademe
from calculators.dpe.tables import TableLookupError
from diag_app.errors import ValidationError
from diag_app.services import desk

DISCLAIMER = "Pré-diagnostic indicatif, non opposable"
ENVELOPE_PARTS = ("mur", "plancher_bas", "plancher_haut", "baie_vitree", "porte", "pont_thermique")
DECIMALS = 3
"""Figures are rounded to 0.001 in the summary (the method's inputs are not more precise)."""


def read_file(path: str | os.PathLike[str]) -> DpeFile:
    """The DPE file at ``path``; a missing, unreadable, malformed or unsupported one is refused."""
    if not Path(path).is_file():
        raise ValidationError(f"Fichier DPE introuvable : « {path} ».", field="fichier")
    try:
        return read_dpe(path)
    except DpeXmlError as exc:
        raise ValidationError(
            f"Fichier DPE « {Path(path).name} » inutilisable : {exc.message}",
            field=exc.path or "fichier",
        ) from exc


def compute(dpe: DpeFile, at: date | None = None) -> DpeResult:
    """The engine's result for ``dpe`` with the rules in force on ``at`` (default: today)."""
    try:
        return compute_dpe(dpe, at or date.today())
    except RulesError as exc:
        raise ValidationError(str(exc), field=exc.field or "date") from exc
    except TableLookupError as exc:
        raise ValidationError(
            f"Table officielle « {exc.table} » : {exc.message}", field=exc.table
        ) from exc


def compute_file(path: str | os.PathLike[str], at: date | None = None) -> dict[str, Any]:
    """:func:`read_file`, :func:`compute` and :func:`summary` in one call."""
    return summary(compute(read_file(path), at), source=Path(path).name)


def compute_simplified_file(
    path: str | os.PathLike[str], at: date | None = None
) -> dict[str, Any]:
    """The desk estimate of the file's dwelling: what an adviser would have known of it
    (:func:`calculators.dpe.simple.derive_from_ademe`) estimated like ``dpe-simple``.

    The mapping is :func:`diag_app.services.desk.summary` plus ``numero_dpe`` and
    ``notes_derivation`` (what the derivation could not keep), so that the desk estimate can
    be set beside the file's official label.
    """
    dpe = read_file(path)
    try:
        derivation = derive_from_ademe(dpe)
    except DpeInputError as exc:
        raise ValidationError(
            f"Fichier DPE « {Path(path).name} » : {exc.message}", field=exc.field or "fichier"
        ) from exc
    data = desk.summary(desk.compute(derivation.description, at), source=Path(path).name)
    data["numero_dpe"] = derivation.numero_dpe
    data["notes_derivation"] = list(derivation.notes)
    return data


def summary(result: DpeResult, source: str | None = None) -> dict[str, Any]:
    """The result as a JSON-ready mapping with stable keys (None where a figure is missing).

    Needs (``besoin_*``, ``nadeq``) are those of what the file describes (the whole building
    for a building DPE or a flat generated from building data); consumptions and indicators are
    the dwelling's, in kWh/yr of final energy and per m² of reference surface.
    """
    totals = result.totals if result.complete else None
    lab = result.label
    envelope, needs = result.envelope, result.needs
    data: dict[str, Any] = {
        "fichier": source,
        "numero_dpe": result.numero_dpe,
        "date_calcul": result.at.isoformat(),
        "rules": f"{result.at.isoformat()} · {result.rules_version}",
        "facteur_ep_electricite": result.electricity_primary_factor,
        "surface_reference_m2": _round(result.surface_reference_m2),
        "deperdition_enveloppe": _round(result.deperdition_enveloppe),
        "ubat": _round(None if envelope is None else envelope.ubat_w_m2k),
        "deperditions": {
            part: _round(getattr(envelope, f"deperdition_{part}"))
            for part in ENVELOPE_PARTS
        } if envelope is not None else None,
        "hvent": _round(None if needs is None else needs.hvent_w_k),
        "hperm": _round(None if needs is None else needs.hperm_w_k),
        "besoin_ch": _round(result.besoin_ch),
        "besoin_ecs": _round(result.besoin_ecs),
        "nadeq": _round(None if needs is None else needs.nadeq),
        "conso_ch": _round(result.conso_ch),
        "conso_ecs": _round(result.conso_ecs),
        "conso_fr": _round(result.cooling_kwh),
        "conso_eclairage": _round(result.lighting_kwh),
        "conso_auxiliaires": _round(result.auxiliaries_kwh),
        "cep_kwh_m2": _round(None if totals is None else totals.cep_kwh_m2),
        "eges_kg_m2": _round(None if totals is None else totals.eges_kg_m2),
        "ef_kwh_m2": _round(None if totals is None else totals.ef_kwh_m2),
        "energy_class": None if lab is None else lab.energy_class,
        "climate_class": None if lab is None else lab.climate_class,
        "label": None if lab is None else lab.label,
        "passoire": None if lab is None else lab.passoire,
        "par_usage": None if totals is None else _breakdown(totals.conventional.by_use),
        "par_energie": None if totals is None else _breakdown(totals.conventional.by_energy),
        "complet": result.complete,
        "non_pris_en_charge": [str(item) for item in result.unsupported],
        "disclaimer": DISCLAIMER,
        "warnings": list(result.warnings),
    }
    return data


def _breakdown(group: Any) -> dict[str, dict[str, float | None]]:
    """``{use or energy: {"ef_kwh", "ep_kwh", "ges_kg"}}`` from a totals scenario's grouping."""
    table: dict[str, dict[str, float | None]] = {}
    for quantity in ("ef_kwh", "ep_kwh", "ges_kg"):
        values: Mapping[Any, float] = group(quantity)
        for key, value in values.items():
            table.setdefault(str(key), {})[quantity] = _round(value)
    return table


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), DECIMALS)
