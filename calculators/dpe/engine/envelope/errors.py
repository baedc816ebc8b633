"""The error of the envelope stage: an input the method cannot use.

It is a :class:`~calculators.dpe.rules.errors.DpeInputError` (a ``ValueError`` carrying a French
message and the ``field`` concerned), so the services layer turns it into a ``ValidationError``
exactly as it does for the other DPE calculators.
"""

from __future__ import annotations

from calculators.dpe.rules.errors import DpeInputError

_INFINITY = float("inf")


class EnvelopeInputError(DpeInputError):
    """A missing, negative or unknown envelope input; the message names the field and element."""


def require_positive(
    value: float | None, field: str, *, allow_zero: bool = True, element: str | None = None
) -> float:
    """``value`` when it is a finite number ≥ 0 (> 0 if ``allow_zero`` is false), else an error.

    ``element`` (« mur 3 »), when given, prefixes ``field`` in the error (« mur 3 : surface
    opaque [m²] »). The common case, an exact finite ``float`` in range, returns at once (NaN
    fails both comparisons), before any message is composed: the envelope checks ≈ 90 values
    per dwelling.
    """
    if type(value) is float and (0.0 < value < _INFINITY or (allow_zero and value == 0.0)):
        return value
    if element is not None:
        field = f"{element} : {field}"
    if value is None:
        raise EnvelopeInputError(f"{field} : valeur obligatoire absente.", field=field)
    if value != value or value in (float("inf"), float("-inf")):
        raise EnvelopeInputError(f"{field} : valeur « {value} » non finie.", field=field)
    if value < 0 or (value == 0 and not allow_zero):
        bound = "positive ou nulle" if allow_zero else "strictement positive"
        raise EnvelopeInputError(
            f"{field} : valeur « {value:g} » invalide, elle doit être {bound}.", field=field
        )
    return float(value)
