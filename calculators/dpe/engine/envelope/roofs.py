"""U of roofs and top floors, ``Uph`` (method §3.2.3).

Uph0 comes from ADEME's table ``uph0`` (§3.2.3.2), Uph_tab from ``uph`` (§3.2.3.1), whose two
families are lost or converted attics (« combles ») and flat roofs (« terrasse »).
"""

from __future__ import annotations

from enum import StrEnum

from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.insulation import (
    Insulation,
    InsulationState,
    insulated_u,
    kept_insulated_u,
)
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.engine.envelope.periods import check_zone


class RoofKind(StrEnum):
    """Column family of Uph_tab (§3.2.3.1)."""

    ATTIC = "combles"
    FLAT = "terrasse"
    """Flat roofs, and any ceiling under an unheated or non-residential space (§3.2.3.1)."""


@memoised
def uph0_from_table(roof_type_id: int) -> float:
    """Uph0 [W/(m²·K)] of an uninsulated ceiling by type, table ``uph0`` (§3.2.3.2); type
    unknown (id 1): 2.5 (§3.2.3.1 step 2); steel-deck roofs as sloped attics: 2.5."""
    rows = rows_where("uph0", enum_type_plancher_haut_id=roof_type_id)
    if not rows:
        raise EnvelopeInputError(
            f"type de plancher haut « {roof_type_id} » sans valeur forfaitaire de Uph0 : "
            "saisir Uph0 ou Uph justifié (§3.2.3.2).",
            field="type de plancher haut",
        )
    return rows[0].number("uph0")


@memoised
def uph_tab(period_id: int, zone_id: int, electric_joule: bool, kind: RoofKind) -> float:
    """Uph_tab [W/(m²·K)] by period, zone, energy and roof family, table ``uph`` (§3.2.3.1)."""
    rows = rows_where(
        "uph",
        enum_periode_construction_id=period_id,
        enum_zone_climatique_id=check_zone(zone_id),
        effet_joule=int(electric_joule),
        type_toiture=kind.value,
    )
    if not rows:
        raise EnvelopeInputError(
            f"période « {period_id} » absente de la table Uph_tab (§3.2.3.1).",
            field="période d'isolation du plancher haut",
        )
    return rows[0].number("uph")


def uph(
    uph0: float,
    insulation: Insulation,
    *,
    kind: RoofKind,
    zone_id: int,
    electric_joule: bool,
    construction_period: int,
    element: str = "plancher haut",
) -> float:
    """Uph [W/(m²·K)] from Uph0 and the insulation (§3.2.3.1 steps 4–9, λ = 0.04), kept per
    criteria (:func:`~.insulation.kept_insulated_u`)."""
    criteria = (kind, zone_id, electric_joule, construction_period)
    return kept_insulated_u(_uph, uph0, insulation, criteria, element)


@memoised
def _uph(
    uph0: float,
    state: InsulationState,
    thickness_cm: float | None,
    resistance: float | None,
    period: int | None,
    kind: RoofKind,
    zone_id: int,
    electric_joule: bool,
    construction_period: int,
    element: str = "plancher haut",
) -> float:
    return insulated_u(
        uph0,
        Insulation(state, thickness_cm, resistance, period),
        lambda_w_mk=coefficient("lambda_isolant_plancher_haut"),
        tabulated_u=lambda tabulated: uph_tab(tabulated, zone_id, electric_joule, kind),
        construction_period=construction_period,
        element=element,
    )
