"""Input checks shared by the bioclimatic calculators: refuse with a French message naming
the field, never let a NaN, a negative length or an unknown choice reach a formula."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import TypeVar

from calculators.advice.errors import AdviceInputError

_E = TypeVar("_E", bound=StrEnum)


def number(value: object, field: str, label: str, *, strict: bool = False) -> float:
    """``value`` as a float if finite and ≥ 0 (> 0 when ``strict``), else an error."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
        or (strict and value == 0)
    ):
        bound = "strictement positif" if strict else "positif ou nul"
        raise AdviceInputError(
            f"{label} doit être un nombre {bound} (reçu « {value} »).", field=field
        )
    return float(value)


def bounded(value: object, low: float, high: float, field: str, label: str) -> float:
    """``value`` as a float if finite and within [low, high], else an error."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or not low <= value <= high
    ):
        raise AdviceInputError(
            f"{label} doit être compris entre {low:g} et {high:g} (reçu « {value} »).",
            field=field,
        )
    return float(value)


def choice(kind: type[_E], value: object, field: str) -> _E:
    """``value`` as a member of ``kind`` (by value), else an error listing the values."""
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise AdviceInputError(
            f"Valeur « {value} » inconnue ; valeurs possibles : {allowed}.", field=field
        ) from None
