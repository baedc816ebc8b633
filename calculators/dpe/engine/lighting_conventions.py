"""The fraction of its electric lines one certified program writes for flats computed from
building data (§16.1, §5, §15).

The method gives every dwelling Cecl × Sh, whatever the way its DPE was made
(:func:`calculators.dpe.engine.lighting.lighting_kwh`). One program (DPEWIN) writes a fixed
fraction of it on the lighting line of flats generated from the building's data or from an
RT2012 study — and the same fraction of its ventilation and auxiliaries lines — while its
five-use totals (final, primary, GHG) carry the whole values. The engine therefore counts the
text's lighting; this fraction only says how that program's lines are written, so that its
files' lines can be compared and restored (:mod:`.totals_from_ademe`). It is data, in
``lighting_conventions.json`` beside this module, with the corpus evidence; it applies to that
program's files of the listed methods and data-model versions only, 1 everywhere else.
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
    """Fraction of Cecl × Sh written [-] by ``enum_version_id``; an unlisted version: 1."""


def lighting_factor(inputs: DpeInputs, software_id: str | None) -> float:
    """Fraction [-] of the §16.1 lighting (and of its other electric lines) the program
    ``software_id`` writes for this file: 1.0 unless a convention of
    ``lighting_conventions.json`` covers the program, the file's application method and its
    data-model version."""
    if software_id is None:
        return 1.0
    convention = _conventions().get(software_id.strip())
    if convention is None:
        return 1.0
    administratif = inputs.administratif
    if administratif.methode_application.id not in convention.methods:
        return 1.0
    return convention.factor_by_model_version.get(administratif.enum_version_id.strip(), 1.0)


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
