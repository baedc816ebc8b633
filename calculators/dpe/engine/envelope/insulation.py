"""The insulation step shared by walls, low floors and roofs (§3.2.1.1, §3.2.2.1, §3.2.3.1).

The three schemes of the method are the same nine steps with their own bare U (Umur_nu, Upb0,
Uph0), their own λ for a thickness, and their own table U_tab by period::

    U known                    → U (not handled here: the caller takes it as is)
    insulation absent          → U = U_bare                                  (step 5)
    insulation unknown         → U = Min(U_bare ; U_tab(construction period))      (step 4)
    resistance R known         → U = 1 / (1/U_bare + R)                          (step 6)
    thickness e known          → U = 1 / (1/U_bare + e/λ)                        (step 7)
    insulation year known      → U = Min(U_bare ; U_tab(insulation period))      (step 8)
    insulation year unknown    → as step 8 with the construction period, 1975–77 for
                                 buildings of 1974 or before                     (step 9)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.periods import (
    check_period,
    insulation_period_when_unknown,
)


class InsulationState(StrEnum):
    """What is known of a wall's, floor's or roof's insulation (the method's steps 4–9)."""

    ABSENT = "absente"
    UNKNOWN = "inconnue"
    RESISTANCE = "résistance connue"
    THICKNESS = "épaisseur connue"
    INSULATION_PERIOD = "année d'isolation connue"
    CONSTRUCTION_PERIOD = "année d'isolation inconnue"


# Read once for the functions below, which run for every wall, floor and roof: an enum member
# read off its class goes through the slow attribute hook of EnumType.__getattr__ (Python 3.11).
_ABSENT = InsulationState.ABSENT
_UNKNOWN = InsulationState.UNKNOWN
_RESISTANCE = InsulationState.RESISTANCE
_THICKNESS = InsulationState.THICKNESS
_INSULATION_PERIOD = InsulationState.INSULATION_PERIOD
_CONSTRUCTION_PERIOD = InsulationState.CONSTRUCTION_PERIOD


@dataclass(frozen=True, slots=True)
class Insulation:
    """Insulation of an opaque element as the assessor knows it.

    ``thickness_cm`` [cm] for ``THICKNESS``; ``resistance_m2k_w`` [m²·K/W] for ``RESISTANCE``;
    ``period`` (period id 1–10) for ``INSULATION_PERIOD``.
    """

    state: InsulationState
    thickness_cm: float | None = None
    resistance_m2k_w: float | None = None
    period: int | None = None


def insulated_u(
    u_bare: float,
    insulation: Insulation,
    *,
    lambda_w_mk: float,
    tabulated_u: Callable[[int], float],
    construction_period: int,
    element: str,
) -> float:
    """U [W/(m²·K)] of an opaque element from its bare U and its insulation (steps 4–9).

    ``tabulated_u(period_id)`` is the element's U_tab for the dwelling's zone and energy;
    ``element`` names the element in error messages (« mur 2 »...).
    """
    u_bare = require_positive(u_bare, "U non isolé", allow_zero=False, element=element)
    state = insulation.state
    if state is _ABSENT:
        return u_bare
    if state is _UNKNOWN:
        period = check_period(construction_period, "période de construction", element=element)
        return min(u_bare, tabulated_u(period))
    if state is _RESISTANCE:
        resistance = require_positive(
            insulation.resistance_m2k_w, "résistance de l'isolant", element=element
        )
        return 1.0 / (1.0 / u_bare + resistance)
    if state is _THICKNESS:
        thickness = require_positive(
            insulation.thickness_cm, "épaisseur d'isolant", element=element
        )
        return 1.0 / (1.0 / u_bare + thickness / 100.0 / lambda_w_mk)
    if state is _INSULATION_PERIOD:
        if insulation.period is None:
            raise EnvelopeInputError(
                f"{element} : période d'isolation absente alors qu'elle est dite connue.",
                field=f"{element} : période d'isolation",
            )
        period = check_period(insulation.period, "période d'isolation", element=element)
        return min(u_bare, tabulated_u(period))
    period = insulation_period_when_unknown(construction_period)
    return min(u_bare, tabulated_u(period))


def kept_insulated_u(
    memo: Callable[..., float],
    u_bare: float,
    insulation: Insulation,
    criteria: tuple[object, ...],
    element: str,
) -> float:
    """``memo(u_bare, state, thickness, resistance, period, *criteria)``: U [W/(m²·K)] of an
    opaque element through its family's memoised scheme (walls, low floors, roofs).

    The memo is keyed on the insulation's fields one by one (typed: a period ``True`` stays
    apart from ``1``) and without the element's name, which only enters error messages: an
    input the scheme refuses is refused again with ``element=element`` (errors are never kept).
    """
    args = (
        u_bare,
        insulation.state,
        insulation.thickness_cm,
        insulation.resistance_m2k_w,
        insulation.period,
        *criteria,
    )
    try:
        return memo(*args)
    except EnvelopeInputError:
        return memo(*args, element=element)


def tabulated_period(insulation: Insulation, construction_period: int) -> int | None:
    """The period whose U_tab the scheme reads (steps 4, 8, 9), ``None`` when it reads none."""
    state = insulation.state
    if state is _UNKNOWN:
        return construction_period
    if state is _INSULATION_PERIOD:
        return insulation.period
    if state is _CONSTRUCTION_PERIOD:
        return insulation_period_when_unknown(construction_period)
    return None
