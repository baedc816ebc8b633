"""The scalar coefficients of the method's chapter 3 that are not in ADEME's value tables.

They live in ``coefficients.json`` beside this module, each with its unit and the section of the
3CL-DPE 2021 method it comes from; the method itself carries its text and its period of validity.
Tabulated values (U0, U by period, b, Ug, Uw, Ujn, Sw, k...) come from the official tables
(:mod:`calculators.dpe.tables`), never from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from calculators.dpe.rules.sources import Source, Validity

_FILE = "coefficients.json"


@dataclass(frozen=True, slots=True)
class Coefficient:
    """One coefficient of the method: its value, unit and source (section of annex 1)."""

    key: str
    value: float
    unit: str
    source: Source


@dataclass(frozen=True, slots=True)
class MethodCoefficients:
    """Every coefficient of ``coefficients.json`` and the validity of the method text."""

    validity: Validity
    by_key: MappingProxyType[str, Coefficient]


@cache
def method_coefficients() -> MethodCoefficients:
    """The coefficients shipped with the package, read once."""
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    return _parse(json.loads(text))


def coefficient(key: str) -> float:
    """The value of coefficient ``key`` (``"umur_nu_max"``...); unknown key: ``KeyError``."""
    return _values()[key]


@cache
def _values() -> MappingProxyType[str, float]:
    """Each coefficient's value by key: the envelope reads ≈ 20 per dwelling."""
    entries = method_coefficients().by_key
    return MappingProxyType({key: entry.value for key, entry in entries.items()})


def _parse(document: dict[str, Any]) -> MethodCoefficients:
    method = document["methode"]
    until = method["en_vigueur_jusqu_au"]
    validity = Validity(
        valid_from=date.fromisoformat(method["en_vigueur_depuis"]),
        valid_until=None if until is None else date.fromisoformat(until),
    )
    entries = {
        key: Coefficient(
            key=key,
            value=float(entry["valeur"]),
            unit=str(entry["unite"]),
            source=Source(text=method["texte"], ref=str(entry["reference"])),
        )
        for key, entry in document["coefficients"].items()
    }
    return MethodCoefficients(validity=validity, by_key=MappingProxyType(entries))
