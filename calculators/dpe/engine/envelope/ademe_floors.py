"""Low floors of an ADEME DPE file: description → Upb0, Upb, Ue, b and loss (§3.2.2)."""

from __future__ import annotations

from calculators.dpe.ademe.envelope import PlancherBas
from calculators.dpe.engine.envelope.ademe_adjacency import b_of
from calculators.dpe.engine.envelope.ademe_insulation import (
    U_ENTERED,
    entered_u,
    insulation_of,
    u0_of,
)
from calculators.dpe.engine.envelope.context import DwellingContext
from calculators.dpe.engine.envelope.conventions import (
    DEFAULT_CONVENTIONS,
    EngineConventions,
)
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.floors import (
    GroundContact,
    two_s_over_p,
    ue,
    upb,
    upb0_from_table,
    upb_tab,
)
from calculators.dpe.engine.envelope.insulation import tabulated_period
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.results import OpaqueLoss

# enum_type_adjacence of floors whose loss uses Ue (§3.2.2.1).
_GROUND = {
    3: GroundContact.CRAWL_SPACE_OR_BASEMENT,
    6: GroundContact.CRAWL_SPACE_OR_BASEMENT,
    5: GroundContact.ON_GROUND,
}


def low_floor_loss(
    index: int,
    plancher: PlancherBas,
    context: DwellingContext,
    notes: Notes,
    ground_surface_m2: float | None = None,
    conventions: EngineConventions = DEFAULT_CONVENTIONS,
) -> OpaqueLoss:
    """Loss of low floor ``index`` (§3.2.2), with Ue on a crawl space, basement or the ground,
    read with the program's ``conventions``."""
    element = f"plancher bas {index}"
    b = b_of(plancher.adjacence, context.zone_id, element, notes)
    if plancher.enum_methode_saisie_u_id in U_ENTERED:
        u_bare, u = plancher.upb0_saisi, entered_u(plancher.upb_saisi, f"{element} : Upb saisi")
    else:
        u_bare = u0_of(
            plancher.enum_methode_saisie_u0_id,
            plancher.upb0_saisi,
            upb0_from_table,
            plancher.enum_type_plancher_bas_id,
            element,
        )
        notes.check_table_value(element, "upb0", plancher.tv_upb0_id, "upb0", u_bare)
        insulation = insulation_of(
            plancher.enum_methode_saisie_u_id,
            plancher.epaisseur_isolation,
            plancher.resistance_isolation,
            plancher.enum_periode_isolation_id,
            element,
            notes,
            construction_period=context.construction_period,
        )
        u = upb(
            u_bare,
            insulation,
            zone_id=context.zone_id,
            electric_joule=context.electric_joule,
            construction_period=context.construction_period,
            element=element,
        )
        period = tabulated_period(insulation, context.construction_period)
        if period is not None:
            tab = upb_tab(period, context.zone_id, context.electric_joule)
            notes.check_table_value(element, "upb", plancher.tv_upb_id, "upb", tab)
    surface = require_positive(
        plancher.surface_paroi_opaque, "surface opaque [m²]", element=element
    )
    u_used = _ue_if_ground(plancher, u, context, element, ground_surface_m2, conventions, notes)
    return OpaqueLoss(
        index, plancher.description, surface, b, u_bare, u, u_used, b * surface * u_used
    )


def _ue_if_ground(
    plancher: PlancherBas,
    u: float,
    context: DwellingContext,
    element: str,
    ground_surface_m2: float | None,
    conventions: EngineConventions,
    notes: Notes,
) -> float:
    contact = _GROUND.get(plancher.adjacence.enum_type_adjacence_id)
    if contact is None:
        return u
    if plancher.perimetre_ue is None:
        return _ue_without_perimeter(plancher, u, element, notes)
    surface = plancher.surface_ue or ground_surface_m2 or plancher.surface_paroi_opaque
    ratio = two_s_over_p(surface, plancher.perimetre_ue)
    return ue(
        u,
        ratio,
        contact,
        context.construction_period,
        below_table=conventions.ue_ratio_below_table,
        between_rows=conventions.ue_ratio_between_rows,
    )


def _ue_without_perimeter(plancher: PlancherBas, u: float, element: str, notes: Notes) -> float:
    """Ue [W/(m²·K)] of a floor on the ground, a crawl space or a basement whose perimeter P is
    missing. §3.2.2.1 gives Ue only through 2S/P and no default perimeter; the certified engine
    that wrote the file still computed one (2273E0303205P: ``upb_final`` 0.259 for Upb 0.5, i.e.
    2S/P = 7), so its ``upb_final`` is taken, as the heating stage takes the Pn it sized, with a
    warning. Without it the floor cannot be computed."""
    stored = plancher.intermediaire.upb_final
    if stored is None or not 0.0 < stored <= u:
        raise EnvelopeInputError(
            f"{element} : périmètre du plancher (perimetre_ue) absent, Ue incalculable (§3.2.2.1).",
            field=f"{element} : périmètre pour Ue",
        )
    notes.assume(
        f"{element} : périmètre du plancher (perimetre_ue) absent ; Ue = {stored:.3f} W/(m².K) "
        "repris du calcul du logiciel certifié (§3.2.2.1 ne donne pas de périmètre par défaut)."
    )
    return stored


def ground_floor_surfaces(planchers: tuple[PlancherBas, ...]) -> tuple[float | None, ...]:
    """S for 2S/P of each floor without ``surface_ue`` (§3.2.2.1: Ue is a mean over the whole
    ground floor of the building): the total area of the floors on the ground, a crawl space or
    a basement that share its perimeter ``perimetre_ue``; ``None`` for other floors."""
    totals: dict[float, float] = {}
    for plancher in planchers:
        if _is_grouped(plancher) and plancher.perimetre_ue is not None:
            totals[plancher.perimetre_ue] = (
                totals.get(plancher.perimetre_ue, 0.0) + plancher.surface_paroi_opaque
            )
    return tuple(
        totals.get(plancher.perimetre_ue)
        if _is_grouped(plancher) and plancher.perimetre_ue is not None
        else None
        for plancher in planchers
    )


def _is_grouped(plancher: PlancherBas) -> bool:
    return plancher.surface_ue is None and plancher.adjacence.enum_type_adjacence_id in _GROUND
