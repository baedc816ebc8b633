"""The error of the needs stages (air renewal, gains, needs): an input the method cannot use.

It is a :class:`~calculators.dpe.rules.errors.DpeInputError` (a ``ValueError`` carrying a French
message and the ``field`` concerned), so the services layer turns it into a ``ValidationError``
exactly as it does for the other DPE calculators.
"""

from __future__ import annotations

import math

from calculators.dpe.rules.errors import DpeInputError


class NeedsInputError(DpeInputError):
    """A missing, negative or unknown input of the needs stages; the message names the field."""


def require_positive(value: float, field: str, *, allow_zero: bool = False) -> float:
    """``value`` when it is a finite number > 0 (≥ 0 with ``allow_zero``), else an error.

    The common case, an exact finite ``float`` in range, returns at once (NaN fails both
    comparisons): the needs stages check ≈ 70 values per dwelling.
    """
    if type(value) is float and (0.0 < value < math.inf or (allow_zero and value == 0.0)):
        return value
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise NeedsInputError(
            f"{field} : valeur « {value} » non numérique ou non finie.", field=field
        )
    if value < 0 or (value == 0 and not allow_zero):
        bound = "positive ou nulle" if allow_zero else "strictement positive"
        raise NeedsInputError(
            f"{field} : valeur « {value:g} » invalide, elle doit être {bound}.", field=field
        )
    return float(value)
