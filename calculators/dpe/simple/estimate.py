"""The desk pré-diagnostic: a 3CL-DPE 2021 estimate from a simple description.

:func:`estimate` validates the description (:func:`~calculators.dpe.simple.validate`), estimates
its geometry (:func:`~calculators.dpe.simple.estimate_geometry`), expands it into the engine's
stage inputs with the method's defaults for every unknown (:func:`~.expand.expand`), runs the
stages (:func:`~.estimate_run.run`) with the rules in force on the date, and returns the
indicators, classes and label, the per-use breakdown, every assumption made and the warnings.
The result is a « pré-diagnostic indicatif, non opposable », never a certified DPE; for a new
building it is also labelled an indication only (:mod:`~.new_build`). Its uncertainty is
:func:`calculators.dpe.simple.uncertainty.uncertainty`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calculators.dpe.engine.totals import DpeTotals, Use
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.estimate_run import DeskRun, run
from calculators.dpe.simple.expand import DeskInputs, desk_geometry, expand
from calculators.dpe.simple.expand_notes import Hypothese
from calculators.dpe.simple.new_build import new_build_notice
from calculators.dpe.simple.validation import validate

DISCLAIMER = "Pré-diagnostic indicatif, non opposable"


@dataclass(frozen=True, slots=True)
class Usage:
    """One of the five uses over all its energies: final and primary energy [kWh/yr],
    emissions [kgCO2eq/yr]."""

    usage: str
    ef_kwh: float
    ep_kwh: float
    ges_kg: float


@dataclass(frozen=True, slots=True)
class SimpleEstimate:
    """The desk estimate of one dwelling (or building) on a date."""

    at: date
    rules_version: str
    surface_m2: float
    """Reference surface [m²]."""
    cep_kwh_m2: float
    """Primary energy, five uses [kWhEP/(m²·yr)]."""
    eges_kg_m2: float
    """Emissions [kgCO2eq/(m²·yr)]."""
    ef_kwh_m2: float
    """Final energy [kWhEF/(m²·yr)]."""
    energy_class: str
    climate_class: str
    label: str
    passoire: bool
    par_usage: tuple[Usage, ...]
    deperditions_w_k: float
    """GV: envelope and air renewal [W/K]."""
    ubat_w_m2k: float | None
    besoin_ch_kwh: float
    besoin_ecs_kwh: float
    hypotheses: tuple[Hypothese, ...]
    avertissements: tuple[str, ...]
    indicatif: str | None
    """The new-build notice (« RE2020 s'applique… »), None for an existing dwelling."""
    totals: DpeTotals
    disclaimer: str = DISCLAIMER


def estimate(description: SimpleDescription, at: date) -> SimpleEstimate:
    """The 3CL-DPE 2021 estimate of ``description`` with the rules in force on ``at``.

    Raises :class:`~calculators.dpe.simple.SimpleDescriptionError` (French, naming the JSON
    field) for an invalid description and :class:`~calculators.dpe.rules.RulesError` for a date
    no rule covers (before 1 July 2021).
    """
    warnings = validate(description, reference_year=at.year)
    inputs = desk_inputs(description)
    return summarize(inputs, run(inputs, at), tuple(w.message for w in warnings))


def desk_inputs(description: SimpleDescription) -> DeskInputs:
    """Geometry and expansion of a valid description."""
    return expand(description, desk_geometry(description))


def summarize(inputs: DeskInputs, result: DeskRun, warnings: tuple[str, ...]) -> SimpleEstimate:
    """The :class:`SimpleEstimate` of one run."""
    totals = result.totals
    lab = totals.label
    scenario = totals.conventional
    ef, ep, ges = (scenario.by_use(q) for q in ("ef_kwh", "ep_kwh", "ges_kg"))
    notes = () if totals.heat_network is None else (totals.heat_network.note,)
    return SimpleEstimate(
        at=totals.at,
        rules_version=totals.rules_version,
        surface_m2=totals.surface_m2,
        cep_kwh_m2=totals.cep_kwh_m2,
        eges_kg_m2=totals.eges_kg_m2,
        ef_kwh_m2=totals.ef_kwh_m2,
        energy_class=lab.energy_class,
        climate_class=lab.climate_class,
        label=lab.label,
        passoire=lab.passoire,
        par_usage=tuple(
            Usage(use.value, ef.get(use, 0.0), ep.get(use, 0.0), ges.get(use, 0.0)) for use in Use
        ),
        deperditions_w_k=result.needs.gv_w_k,
        ubat_w_m2k=result.envelope.ubat_w_m2k,
        besoin_ch_kwh=result.needs.besoin_ch,
        besoin_ecs_kwh=result.needs.besoin_ecs,
        hypotheses=inputs.hypotheses,
        avertissements=warnings + notes,
        indicatif=new_build_notice(inputs.description, totals.at),
        totals=totals,
    )
