"""Walls of an ADEME DPE file: description → Umur0, Umur, b and loss (method §3.2.1).

Table references found in the file (``tv_umur0_id``, ``tv_umur_id``) only serve as
cross-checks, except as the last source of a structure thickness the file does not give.
"""

from __future__ import annotations

import re

from calculators.dpe.ademe.envelope import Mur
from calculators.dpe.engine.envelope.ademe_adjacency import b_of
from calculators.dpe.engine.envelope.ademe_insulation import (
    U0_ENTERED,
    U0_TABLE,
    U0_UNKNOWN,
    U_ENTERED,
    U_UNKNOWN_INSULATION,
    entered_u,
    insulation_of,
)
from calculators.dpe.engine.envelope.context import DwellingContext
from calculators.dpe.engine.envelope.conventions import (
    DEFAULT_CONVENTIONS,
    EngineConventions,
)
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.insulation import tabulated_period
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.results import OpaqueLoss
from calculators.dpe.engine.envelope.walls import (
    Lining,
    umur,
    umur0_from_table,
    umur_bare,
    umur_tab,
)
from calculators.dpe.tables import value_row

# enum_type_doublage: 3 undetermined or air gap < 15 mm; 4 air gap > 15 mm; 5 known material.
_LININGS = {3: Lining.UNDETERMINED, 4: Lining.KNOWN, 5: Lining.KNOWN}
_NO_LINING = Lining.NONE
"""Read once (an enum member read off its class is slow in Python 3.11; one per wall)."""
_LINING_UNKNOWN = 1
_LINING_PHRASES = (
    ("doublage connu", Lining.KNOWN),
    ("doublage indéterminé avec lame", Lining.KNOWN),
    ("doublage indéterminé ou lame", Lining.UNDETERMINED),
)
_MAX_WALL_CM = 150.0
"""Above this a structure thickness [cm] is taken as written in millimetres (the thickest
tabulated wall is ≥ 80 cm, §3.2.1.2; files with « 225 » for 22.5 cm exist)."""
_THICKNESS_IN_TEXT = re.compile(r"épaisseur\s*(?:[≤≥<>]\s*)?(\d+(?:[.,]\d+)?)\s*cm")


def wall_loss(
    index: int,
    mur: Mur,
    context: DwellingContext,
    notes: Notes,
    conventions: EngineConventions = DEFAULT_CONVENTIONS,
) -> OpaqueLoss:
    """Loss of wall ``index`` (§3.2.1), with the program's ``conventions``."""
    element = f"mur {index}"
    b = b_of(mur.adjacence, context.zone_id, element, notes)
    if mur.enum_methode_saisie_u_id in U_ENTERED:
        u_bare, u = mur.umur0_saisi, entered_u(mur.umur_saisi, f"{element} : Umur saisi")
    else:
        umur0 = _wall_u0(mur, element, notes)
        lining = _lining(mur)
        if (
            mur.enum_methode_saisie_u_id == U_UNKNOWN_INSULATION
            and not conventions.lining_with_unknown_insulation
        ):
            lining = _NO_LINING
        render = _insulating_render(mur)
        u_bare = umur_bare(umur0, lining=lining, insulating_render=render, order=conventions.lining)
        insulation = insulation_of(
            mur.enum_methode_saisie_u_id,
            mur.epaisseur_isolation,
            mur.resistance_isolation,
            mur.enum_periode_isolation_id,
            element,
            notes,
            construction_period=context.construction_period,
        )
        u = umur(
            u_bare,
            insulation,
            zone_id=context.zone_id,
            electric_joule=context.electric_joule,
            construction_period=context.construction_period,
            element=element,
        )
        period = tabulated_period(insulation, context.construction_period)
        if period is not None:
            tab = umur_tab(period, context.zone_id, context.electric_joule)
            notes.check_table_value(element, "umur", mur.tv_umur_id, "umur", tab)
    surface = require_positive(mur.surface_paroi_opaque, "surface opaque [m²]", element=element)
    return OpaqueLoss(index, mur.description, surface, b, u_bare, u, u, b * surface * u)


def _lining(mur: Mur) -> Lining:
    """The wall's lining (§3.2.1.2) from ``enum_type_doublage_id``; when it says « inconnu »,
    from the software's description of the wall (« avec doublage connu (plâtre, brique,
    bois...) »), which some programs fill instead of the field."""
    lining = _LININGS.get(mur.enum_type_doublage_id or 0)
    if lining is not None:
        return lining
    if mur.enum_type_doublage_id in (None, _LINING_UNKNOWN):
        text = (mur.description or "").casefold()
        for phrase, described in _LINING_PHRASES:
            if phrase in text:
                return described
    return _NO_LINING


def _insulating_render(mur: Mur) -> bool:
    """Insulating render on an old wall (§3.2.1.2), ``enduit_isolant_paroi_ancienne``. Files
    of data models before 2.3 only say ``paroi_ancienne`` (an old wall), not whether it has the
    render: no render is assumed, the convention of the certified engines on those walls (192
    walls without render against 17 with, the 17 in files whose other fields match files
    without it)."""
    return bool(mur.enduit_isolant_paroi_ancienne)


def _wall_u0(mur: Mur, element: str, notes: Notes) -> float | None:
    method = mur.enum_methode_saisie_u0_id
    if method == U0_UNKNOWN:
        return None
    if method == U0_TABLE:
        thickness = _structure_thickness(mur, element, notes)
        value = umur0_from_table(mur.enum_materiaux_structure_mur_id, thickness)
        notes.check_table_value(element, "umur0", mur.tv_umur0_id, "umur0", value)
        return value
    if method in U0_ENTERED:
        return entered_u(mur.umur0_saisi, f"{element} : Umur0 saisi")
    raise EnvelopeInputError(
        f"{element} : ni Umur0 ni Umur saisis (méthode de saisie U0 « {method} »).",
        field=f"{element} : Umur0",
    )


def _structure_thickness(mur: Mur, element: str, notes: Notes) -> float | None:
    """Thickness of the wall's structure [cm]: the field, else the thickness the software wrote
    in the wall's description (« d'épaisseur ≤ 20 cm »), else the thickness column of the file's
    ``tv_umur0_id`` row (noted in the cross-checks)."""
    if mur.epaisseur_structure is not None:
        if mur.epaisseur_structure > _MAX_WALL_CM:
            notes.cross_checks.append(
                f"{element} : épaisseur de structure {mur.epaisseur_structure:g} cm "
                "invraisemblable, lue comme des millimètres"
            )
            return mur.epaisseur_structure / 10.0
        return mur.epaisseur_structure
    match = _THICKNESS_IN_TEXT.search(mur.description or "")
    if match is not None:
        return float(match[1].replace(",", "."))
    if mur.tv_umur0_id is None:
        return None
    bounds = value_row("umur0", mur.tv_umur0_id).bounds("epaisseur_structure_bornes")
    if bounds is None:
        return None
    notes.cross_checks.append(
        f"{element} : épaisseur de structure absente, lue dans tv_umur0_id {mur.tv_umur0_id}"
    )
    return bounds.upper if bounds.upper is not None else bounds.lower
