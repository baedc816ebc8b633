"""What an ADEME DPE file says of an opaque element's insulation and U, read for the method.

``enum_methode_saisie_u0_id`` (1 type unknown, 2 table by type, 3–4 U0 entered, 5 U0 not entered
because U is) and ``enum_methode_saisie_u_id`` (1 none, 2 unknown, 3–4 thickness, 5–6 resistance,
7 insulation year, 8 construction year, 9–10 U entered) map onto the steps of §3.2.1.1, §3.2.2.1
and §3.2.3.1.
"""

from __future__ import annotations

from collections.abc import Callable

from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.insulation import Insulation, InsulationState
from calculators.dpe.engine.envelope.lookup import memoised
from calculators.dpe.engine.envelope.notes import Notes

U0_UNKNOWN, U0_TABLE, U0_ENTERED = 1, 2, (3, 4)
U_ENTERED = (9, 10)
"""``enum_methode_saisie_u`` ids of an entered U (justified, or from an RT2012/RE2020 study)."""
U_UNKNOWN_INSULATION = 2
"""``enum_methode_saisie_u`` id « isolation inconnue (table forfaitaire) »."""
_TYPE_UNKNOWN = 1
"""``enum_type_plancher_bas`` / ``enum_type_plancher_haut`` id « Inconnu »."""
_INSULATION_PERIOD = InsulationState.INSULATION_PERIOD
_CONSTRUCTION_PERIOD = InsulationState.CONSTRUCTION_PERIOD
_STATES = {
    1: InsulationState.ABSENT,
    2: InsulationState.UNKNOWN,
    3: InsulationState.THICKNESS,
    4: InsulationState.THICKNESS,
    5: InsulationState.RESISTANCE,
    6: InsulationState.RESISTANCE,
    7: InsulationState.INSULATION_PERIOD,
    8: InsulationState.CONSTRUCTION_PERIOD,
}


def insulation_of(
    method_u: int,
    thickness_cm: float | None,
    resistance: float | None,
    period: int | None,
    element: str,
    notes: Notes,
    *,
    construction_period: int,
) -> Insulation:
    """The :class:`Insulation` an ``enum_methode_saisie_u_id`` describes.

    Method 8 (« année de construction saisie ») reads U_tab at the file's insulation period,
    else at the construction period itself, also before 1975: convention des logiciels
    certifiés, constatée sur 112 éléments de 44 fichiers de bâtiments d'avant 1975 (LICIEL
    writes the construction period as insulation period, DPEWIN leaves it out and reads the
    row of the construction period; no file reads 1975–77 without saying so). The text's
    1975–77 (§3.2.1.1 step 9) is kept for an insulation year said known but missing (method 7
    without period, noted).
    """
    try:
        state = _STATES[method_u]
    except KeyError:
        raise EnvelopeInputError(
            f"{element} : méthode de saisie du U « {method_u} » inconnue.",
            field=f"{element} : méthode de saisie du U",
        ) from None
    if state is _CONSTRUCTION_PERIOD:
        state = _INSULATION_PERIOD
        period = construction_period if period is None else period
    elif state is _INSULATION_PERIOD and period is None:
        notes.cross_checks.append(
            f"{element} : année d'isolation dite connue mais absente, traitée comme inconnue "
            "(§3.2.1.1 étape 9)"
        )
        state = _CONSTRUCTION_PERIOD
    return _insulation(state, thickness_cm, resistance, period)


@memoised
def _insulation(
    state: InsulationState, thickness_cm: float | None, resistance: float | None, period: int | None
) -> Insulation:
    """One :class:`Insulation` per description: it is immutable, and the walls, floors and roofs
    of a register repeat a few hundred descriptions (building one costs more than finding it)."""
    return Insulation(state, thickness_cm=thickness_cm, resistance_m2k_w=resistance, period=period)


def u0_of(
    method: int,
    entered: float | None,
    from_table: Callable[[int], float],
    type_id: int | None,
    element: str,
) -> float:
    """U0 of a floor or roof: entered, or from its table by type (type unknown: id 1)."""
    if method in U0_ENTERED:
        return entered_u(entered, f"{element} : U0 saisi")
    return from_table(type_id if method == U0_TABLE and type_id is not None else _TYPE_UNKNOWN)


def entered_u(value: float | None, field: str) -> float:
    """An entered U or U0 [W/(m²·K)], required and strictly positive; ``field`` names it."""
    return require_positive(value, field, allow_zero=False)
