"""U of low floors, ``Upb`` (method §3.2.2), and the ground-floor ``Ue`` that replaces it.

Upb0 comes from ADEME's table ``upb0`` (§3.2.2.2), Upb_tab from ``upb`` (§3.2.2.1), Ue from
``ue`` (§3.2.2.1, floors on a crawl space, an unheated basement or on the ground).
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.conventions import RatioBelowTable, RatioBetweenRows
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.insulation import (
    Insulation,
    InsulationState,
    insulated_u,
    kept_insulated_u,
)
from calculators.dpe.engine.envelope.interpolation import Curve, line_through, segment
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.engine.envelope.periods import check_period, check_zone


class GroundContact(StrEnum):
    """What a low floor stands on, for Ue (§3.2.2.1)."""

    CRAWL_SPACE_OR_BASEMENT = "vide sanitaire ou sous-sol non chauffé"
    ON_GROUND = "terre-plein"


_UE_ADJACENCY = {GroundContact.CRAWL_SPACE_OR_BASEMENT: 3, GroundContact.ON_GROUND: 5}


@memoised
def upb0_from_table(floor_type_id: int) -> float:
    """Upb0 [W/(m²·K)] of an uninsulated floor by type, table ``upb0`` (§3.2.2.2); type
    unknown (id 1): 2 (§3.2.2.1 step 2)."""
    rows = rows_where("upb0", enum_type_plancher_bas_id=floor_type_id)
    if not rows:
        raise EnvelopeInputError(
            f"type de plancher bas « {floor_type_id} » sans valeur forfaitaire de Upb0 : "
            "saisir Upb0 ou Upb justifié (§3.2.2.2).",
            field="type de plancher bas",
        )
    return rows[0].number("upb0")


@memoised
def upb_tab(period_id: int, zone_id: int, electric_joule: bool) -> float:
    """Upb_tab [W/(m²·K)] by construction or insulation period, table ``upb`` (§3.2.2.1)."""
    rows = rows_where(
        "upb",
        enum_periode_construction_id=period_id,
        enum_zone_climatique_id=check_zone(zone_id),
        effet_joule=int(electric_joule),
    )
    if not rows:
        raise EnvelopeInputError(
            f"période « {period_id} » absente de la table Upb_tab (§3.2.2.1).",
            field="période d'isolation du plancher bas",
        )
    return rows[0].number("upb")


def upb(
    upb0: float,
    insulation: Insulation,
    *,
    zone_id: int,
    electric_joule: bool,
    construction_period: int,
    element: str = "plancher bas",
) -> float:
    """Upb [W/(m²·K)] from Upb0 and the insulation (§3.2.2.1 steps 4–9, λ = 0.042), kept per
    criteria (:func:`~.insulation.kept_insulated_u`)."""
    criteria = (zone_id, electric_joule, construction_period)
    return kept_insulated_u(_upb, upb0, insulation, criteria, element)


@memoised
def _upb(
    upb0: float,
    state: InsulationState,
    thickness_cm: float | None,
    resistance: float | None,
    period: int | None,
    zone_id: int,
    electric_joule: bool,
    construction_period: int,
    element: str = "plancher bas",
) -> float:
    return insulated_u(
        upb0,
        Insulation(state, thickness_cm, resistance, period),
        lambda_w_mk=coefficient("lambda_isolant_plancher_bas"),
        tabulated_u=lambda tabulated: upb_tab(tabulated, zone_id, electric_joule),
        construction_period=construction_period,
        element=element,
    )


def two_s_over_p(surface_m2: float, perimeter_m: float) -> int:
    """2S/P of the building's (or lot's) ground floor, rounded to the nearest integer
    (§3.2.2.1); S [m²] the floor area, P [m] its perimeter on the outside or unheated spaces."""
    surface = require_positive(surface_m2, "surface du plancher pour Ue [m²]", allow_zero=False)
    perimeter = require_positive(perimeter_m, "périmètre du plancher pour Ue [m]", allow_zero=False)
    ratio = 2.0 * surface / perimeter
    return int(ratio + 0.5)


@memoised
def ue(
    upb_value: float,
    ratio_2s_p: int,
    contact: GroundContact,
    construction_period: int,
    *,
    below_table: RatioBelowTable = RatioBelowTable.HOLD,
    between_rows: RatioBetweenRows = RatioBetweenRows.INTERPOLATE,
) -> float:
    """Ue [W/(m²·K)] of a floor on a crawl space, unheated basement or the ground (§3.2.2.1).

    Read in ADEME's table ``ue`` (the method's three tables: crawl space or basement; ground,
    building before 2001; ground, from 2001) for the rounded 2S/P, interpolating linearly in
    Upb and in 2S/P between the nearest tabulated values, as the method allows. Beyond the
    tabulated Upb the line through the two nearest columns extrapolates. A 2S/P above 20 is
    read at 20 (extrapolating gives negative Ue for large floors); below 3 it is held at 3, the
    convention of the certified programs (``below_table`` EXTRAPOLATE: the line through the
    rows 3 and 4, as one program does). Between two rows (11, 13... above 10) ``between_rows``
    interpolates (the text) or reads the row below (one program's reading).
    """
    check_period(construction_period, "période de construction")
    upb_value = require_positive(upb_value, "Upb du plancher", allow_zero=False)
    ratios, curves = _ue_curves(contact, construction_period)
    lowest, highest = ratios[0], ratios[-1]
    ratio = float(min(ratio_2s_p, highest))
    if ratio < lowest and below_table is RatioBelowTable.HOLD:
        ratio = lowest
    elif ratio > lowest and ratio not in ratios and between_rows is RatioBetweenRows.ROW_BELOW:
        ratio = max(r for r in ratios if r < ratio)
    first, second = segment(ratios, ratio)
    ue_first = curves[first].at(upb_value)
    if first == second:
        return ue_first
    ue_second = curves[second].at(upb_value)
    return line_through(ratios[first], ue_first, ratios[second], ue_second, ratio)


@lru_cache(maxsize=64, typed=True)
def _ue_curves(
    contact: GroundContact, construction_period: int
) -> tuple[tuple[float, ...], tuple[Curve, ...]]:
    """The 2S/P rows (whole numbers) of table ``ue`` for one contact and period, increasing,
    each with its Ue(Upb) curve sorted once (the engine reads them for every ground floor).

    ``typed``: the period ``1.0`` selects no row where ``1`` does (ids match by type)."""
    rows = rows_where(
        "ue",
        enum_type_adjacence_id=_UE_ADJACENCY[contact],
        enum_periode_construction_id=construction_period,
    )
    if not rows:
        raise EnvelopeInputError(
            f"période « {construction_period} » absente de la table Ue (§3.2.2.1).",
            field="période de construction",
        )
    by_ratio: dict[float, list[tuple[float, float]]] = {}
    for row in rows:
        by_ratio.setdefault(float(int(row.number("2s_p"))), []).append(
            (row.number("upb"), row.number("ue"))
        )
    ratios = tuple(sorted(by_ratio))
    return ratios, tuple(Curve.of(by_ratio[r]) for r in ratios)
