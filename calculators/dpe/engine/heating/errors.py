"""The error of the heating stage: an input the 3CL-DPE 2021 heating chapters cannot use.

:class:`HeatingInputError` is a :class:`~calculators.dpe.rules.errors.DpeInputError` (a
``ValueError`` carrying a French message and the ``field`` concerned), so the services layer turns
it into a ``ValidationError`` exactly as it does for the other DPE calculators.
"""

from __future__ import annotations

import math

from calculators.dpe.rules.errors import DpeInputError


class HeatingInputError(DpeInputError):
    """A missing, out-of-range or unknown heating input; the message names the field."""


def require_number(value: object, field: str) -> float:
    """``value`` as a float when it is a finite number (not a bool), else an error.

    The common case, an exact finite ``float``, returns at once (NaN fails the comparison): the
    heating stage checks ≈ 20 values per dwelling.
    """
    if type(value) is float and -math.inf < value < math.inf:
        return value
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise HeatingInputError(
            f"{field} : valeur « {value} » non numérique ou non finie.", field=field
        )
    return float(value)


def require_positive(value: object, field: str, *, allow_zero: bool = False) -> float:
    """``value`` when it is a finite number > 0 (≥ 0 with ``allow_zero``), else an error."""
    if type(value) is float and (0.0 < value < math.inf or (allow_zero and value == 0.0)):
        return value
    number = require_number(value, field)
    if number < 0 or (number == 0 and not allow_zero):
        bound = "positive ou nulle" if allow_zero else "strictement positive"
        raise HeatingInputError(
            f"{field} : valeur « {number:g} » invalide, elle doit être {bound}.", field=field
        )
    return number


def require_fraction(value: object, field: str) -> float:
    """``value`` when it lies in [0, 1] (a share or a coverage factor), else an error."""
    if type(value) is float and 0.0 <= value <= 1.0:
        return value
    number = require_number(value, field)
    if not 0 <= number <= 1:
        raise HeatingInputError(
            f"{field} : valeur « {number:g} » invalide, elle doit être comprise entre 0 et 1.",
            field=field,
        )
    return number
