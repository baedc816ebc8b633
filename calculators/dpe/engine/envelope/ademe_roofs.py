"""Roofs and top floors of an ADEME DPE file: description → Uph0, Uph, b and loss (§3.2.3)."""

from __future__ import annotations

from calculators.dpe.ademe.envelope import PlancherHaut
from calculators.dpe.engine.envelope.ademe_adjacency import b_of
from calculators.dpe.engine.envelope.ademe_insulation import (
    U_ENTERED,
    entered_u,
    insulation_of,
    u0_of,
)
from calculators.dpe.engine.envelope.context import DwellingContext
from calculators.dpe.engine.envelope.errors import require_positive
from calculators.dpe.engine.envelope.insulation import tabulated_period
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.results import OpaqueLoss
from calculators.dpe.engine.envelope.roofs import RoofKind, uph, uph0_from_table, uph_tab

_ATTICS = (11, 12, 13)
_INACCESSIBLE = 7
_FLAT_ROOF_TYPES = (8, 11)
"""Concrete slab and heavy ceiling: flat roofs when they face the outside."""
_ATTIC, _FLAT = RoofKind.ATTIC, RoofKind.FLAT
"""Read once (an enum member read off its class is slow in Python 3.11; one per roof)."""


def roof_kind(adjacency_id: int, roof_type_id: int | None) -> RoofKind:
    """Family of Uph_tab (§3.2.3.1): attics for ceilings under attics (or inaccessible
    spaces) and for light or sloped roofs on the outside; flat roof for a concrete or heavy
    slab on the outside and for any ceiling under another unheated or non-residential space."""
    if adjacency_id in _ATTICS or adjacency_id == _INACCESSIBLE:
        return _ATTIC
    if adjacency_id == 1:
        return _FLAT if roof_type_id in _FLAT_ROOF_TYPES else _ATTIC
    return _FLAT


def roof_loss(
    index: int, plancher: PlancherHaut, context: DwellingContext, notes: Notes
) -> OpaqueLoss:
    """Loss of roof or top floor ``index`` (§3.2.3)."""
    element = f"plancher haut {index}"
    b = b_of(plancher.adjacence, context.zone_id, element, notes)
    if plancher.enum_methode_saisie_u_id in U_ENTERED:
        u_bare, u = plancher.uph0_saisi, entered_u(plancher.uph_saisi, f"{element} : Uph saisi")
    else:
        u_bare = u0_of(
            plancher.enum_methode_saisie_u0_id,
            plancher.uph0_saisi,
            uph0_from_table,
            plancher.enum_type_plancher_haut_id,
            element,
        )
        notes.check_table_value(element, "uph0", plancher.tv_uph0_id, "uph0", u_bare)
        kind = roof_kind(
            plancher.adjacence.enum_type_adjacence_id, plancher.enum_type_plancher_haut_id
        )
        insulation = insulation_of(
            plancher.enum_methode_saisie_u_id,
            plancher.epaisseur_isolation,
            plancher.resistance_isolation,
            plancher.enum_periode_isolation_id,
            element,
            notes,
            construction_period=context.construction_period,
        )
        u = uph(
            u_bare,
            insulation,
            kind=kind,
            zone_id=context.zone_id,
            electric_joule=context.electric_joule,
            construction_period=context.construction_period,
            element=element,
        )
        period = tabulated_period(insulation, context.construction_period)
        if period is not None:
            tab = uph_tab(period, context.zone_id, context.electric_joule, kind)
            notes.check_table_value(element, "uph", plancher.tv_uph_id, "uph", tab)
    surface = require_positive(
        plancher.surface_paroi_opaque, "surface opaque [m²]", element=element
    )
    return OpaqueLoss(index, plancher.description, surface, b, u_bare, u, u, b * surface * u)
