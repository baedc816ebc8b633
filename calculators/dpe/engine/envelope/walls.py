"""U of walls, ``Umur`` (method §3.2.1), from material, thickness, lining and insulation.

Umur0 comes from ADEME's table ``umur0`` (§3.2.1.2), Umur_tab from ``umur`` (§3.2.1.1); the
scalar coefficients (cap 2.5, R of a render or lining, λ = 0.04) from ``coefficients.json``.
"""

from __future__ import annotations

from enum import StrEnum

from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.conventions import LiningOrder
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.insulation import (
    Insulation,
    InsulationState,
    insulated_u,
    kept_insulated_u,
)
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.engine.envelope.periods import check_zone
from calculators.dpe.tables import Row


class Lining(StrEnum):
    """Inner lining (doublage) of a wall (§3.2.1.2)."""

    NONE = "absent ou inconnu"
    UNDETERMINED = "indéterminé ou lame d'air < 15 mm"
    """R_doublage = 0.1 m²·K/W."""
    KNOWN = "lame d'air > 15 mm ou matériau connu"
    """R_doublage = 0.21 m²·K/W (plaster, brick, wood)."""


@memoised
def umur0_from_table(material_id: int, thickness_cm: float | None) -> float:
    """Umur0 [W/(m²·K)] of an uninsulated wall, table ``umur0`` (§3.2.1.2).

    The table gives one U per thickness column of each material. A thickness between two
    columns takes the nearest column, the thinner one on a tie (the method is silent; this is
    the usual practice of DPE software and the less favourable choice). Materials without
    thickness columns (unknown, plaster partition, timber frame with rubble fill) ignore it.
    """
    rows = rows_where("umur0", enum_materiaux_structure_mur_id=material_id)
    if not rows:
        raise EnvelopeInputError(
            f"matériau de mur « {material_id} » sans valeur forfaitaire de Umur0 : "
            "saisir Umur0 ou Umur justifié (§3.2.1.2).",
            field="matériau du mur",
        )
    with_columns = [row for row in rows if row.bounds("epaisseur_structure_bornes") is not None]
    if not with_columns:
        return rows[0].number("umur0")
    thickness = require_positive(thickness_cm, "épaisseur de la structure du mur [cm]")
    return _nearest_column(with_columns, thickness).number("umur0")


def _nearest_column(rows: list[Row], thickness_cm: float) -> Row:
    """The row whose thickness class holds ``thickness_cm``, else the nearest column."""
    columns: list[tuple[float, float, Row]] = []
    for row in rows:
        bounds = row.bounds("epaisseur_structure_bornes")
        if bounds is None:
            continue
        if bounds.contains(thickness_cm):
            return row
        column = bounds.upper if bounds.upper is not None else bounds.lower
        if column is not None:
            columns.append((abs(column - thickness_cm), column, row))
    return min(columns, key=lambda item: (item[0], item[1]))[2]


@memoised
def umur_bare(
    umur0: float | None,
    *,
    lining: Lining,
    insulating_render: bool,
    order: LiningOrder = LiningOrder.BEFORE_CAP,
) -> float:
    """Umur_nu [W/(m²·K)]: Umur0 with its lining and insulating render, capped at 2.5.

    §3.2.1.1 steps 2–3 (Umur_nu = Min(Umur0 ; 2.5), 2.5 for an unknown wall type: pass
    ``umur0=None``) and §3.2.1.2: a lining adds R_doublage (0.1 or 0.21 m²·K/W) and an
    insulating render on an old wall R_enduit = 0.7 m²·K/W, Umur0 = 1 / (1/Umur0 + R). The
    text corrects Umur0 before the cap (``order`` BEFORE_CAP, the default); some certified
    programs cap first and add the resistances after (AFTER_CAP, see ``conventions.json``).
    """
    cap = coefficient("umur_nu_max")
    if umur0 is None:
        return cap
    u = require_positive(umur0, "Umur0 du mur", allow_zero=False)
    if order is LiningOrder.AFTER_CAP:
        u = min(u, cap)
    resistance = 0.0
    if lining is Lining.UNDETERMINED:
        resistance += coefficient("r_doublage_indetermine")
    elif lining is Lining.KNOWN:
        resistance += coefficient("r_doublage_connu")
    if insulating_render:
        resistance += coefficient("r_enduit_isolant")
    if resistance > 0:
        u = 1.0 / (1.0 / u + resistance)
    return min(u, cap)


@memoised
def umur_tab(period_id: int, zone_id: int, electric_joule: bool) -> float:
    """Umur_tab [W/(m²·K)] by construction or insulation period, table ``umur`` (§3.2.1.1)."""
    rows = rows_where(
        "umur",
        enum_periode_construction_id=period_id,
        enum_zone_climatique_id=check_zone(zone_id),
        effet_joule=int(electric_joule),
    )
    if not rows:
        raise EnvelopeInputError(
            f"période « {period_id} » absente de la table Umur_tab (§3.2.1.1).",
            field="période d'isolation du mur",
        )
    return rows[0].number("umur")


def umur(
    u_bare: float,
    insulation: Insulation,
    *,
    zone_id: int,
    electric_joule: bool,
    construction_period: int,
    element: str = "mur",
) -> float:
    """Umur [W/(m²·K)] of a wall from Umur_nu and its insulation (§3.2.1.1 steps 4–9, λ 0.04),
    kept per criteria (:func:`~.insulation.kept_insulated_u`)."""
    criteria = (zone_id, electric_joule, construction_period)
    return kept_insulated_u(_umur, u_bare, insulation, criteria, element)


@memoised
def _umur(
    u_bare: float,
    state: InsulationState,
    thickness_cm: float | None,
    resistance: float | None,
    period: int | None,
    zone_id: int,
    electric_joule: bool,
    construction_period: int,
    element: str = "mur",
) -> float:
    return insulated_u(
        u_bare,
        Insulation(state, thickness_cm, resistance, period),
        lambda_w_mk=coefficient("lambda_isolant_mur"),
        tabulated_u=lambda tabulated: umur_tab(tabulated, zone_id, electric_joule),
        construction_period=construction_period,
        element=element,
    )
