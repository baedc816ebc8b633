"""Lighting as certified programs write it for flats computed from building data (§16.1).

The method gives every dwelling Cecl × Sh, whatever the way its DPE was made
(:func:`calculators.dpe.engine.lighting.lighting_kwh`). One program (DPEWIN) writes a fixed
fraction of it for flats generated from the building's data or from an RT2012 study, and its
five-use total carries the reduced figure. The fraction is data, in
``lighting_conventions.json`` beside this module, with the corpus evidence; it applies to that
program's files of the listed methods and data-model versions only, the text's value
everywhere else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from calculators.dpe.ademe.inputs import DpeInputs

_FILE = "lighting_conventions.json"


@dataclass(frozen=True, slots=True)
class LightingConvention:
    """One program's reading: the methods it concerns and the fraction by data-model version."""

    software: str
    methods: frozenset[int]
    """``enum_methode_application_dpe_log_id`` values the fraction applies to."""
    factor_by_model_version: MappingProxyType[str, float]
    """Fraction of Cecl × Sh [-] by ``enum_version_id``; an unlisted version keeps the text."""


def lighting_factor(inputs: DpeInputs, software_id: str | None) -> float:
    """Fraction [-] of the §16.1 lighting the program ``software_id`` writes for this file:
    1.0 (the text) unless a convention of ``lighting_conventions.json`` covers the program,
    the file's application method and its data-model version."""
    if software_id is None:
        return 1.0
    convention = _conventions().get(software_id.strip())
    if convention is None:
        return 1.0
    administratif = inputs.administratif
    if administratif.methode_application.id not in convention.methods:
        return 1.0
    return convention.factor_by_model_version.get(administratif.enum_version_id.strip(), 1.0)


def lighting_from_ademe(inputs: DpeInputs, software_id: str | None, lighting_kwh: float) -> float:
    """The dwelling's yearly lighting [kWh/yr] as the file's program writes it: the §16.1 value
    ``lighting_kwh`` times :func:`lighting_factor`."""
    return lighting_kwh * lighting_factor(inputs, software_id)


@cache
def _conventions() -> MappingProxyType[str, LightingConvention]:
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    document = json.loads(text)
    return MappingProxyType(
        {
            key: LightingConvention(
                software=str(entry["nom"]),
                methods=frozenset(int(m) for m in entry["methodes_application"]),
                factor_by_model_version=MappingProxyType(
                    {str(v): float(f) for v, f in entry["facteur_par_version_modele"].items()}
                ),
            )
            for key, entry in document["logiciels"].items()
        }
    )
