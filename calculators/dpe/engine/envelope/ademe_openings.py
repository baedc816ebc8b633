"""Windows and doors of an ADEME DPE file: their description → U, b, Sw, Fe and loss.

``enum_methode_saisie_perf_vitrage_id`` says which of Ug, Uw, Ujn and Sw the assessor entered
(justified values); the others come from the method's tables (§3.3, §6.2). Masks are described
in the file only by a reference to a row of the mask tables: that row's criteria (mask type,
depth or height class, sector) are read back and the shading recomputed for the window's own
orientation.
"""

from __future__ import annotations

from calculators.dpe.ademe.envelope import BaieVitree, DoubleFenetre, Porte
from calculators.dpe.engine.envelope.ademe_adjacency import b_of
from calculators.dpe.engine.envelope.doors import uporte
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.glazing import GLASS_BRICK, POLYCARBONATE, ug
from calculators.dpe.engine.envelope.lookup import memoised
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.results import DoorLoss, WindowLoss
from calculators.dpe.engine.envelope.solar import (
    NearMask,
    fe1,
    fe2_homogeneous,
    fe2_non_homogeneous,
    sw,
)
from calculators.dpe.engine.envelope.windows import u_window_losses, uw, uw_double_window
from calculators.dpe.tables import Row, value_row

# enum_methode_saisie_perf_vitrage: which values the assessor entered.
_UG_ENTERED = frozenset({2, 3, 4, 5, 6, 15})
_UW_ENTERED = frozenset({3, 4, 5, 6, 8, 9, 10, 13})
_UJN_ENTERED = frozenset({5, 6, 7, 9, 10, 11, 12})
_SW_ENTERED = frozenset({4, 6, 7, 8, 10, 11, 14, 15})
_DOOR_TABLE = 1
"""``enum_methode_saisie_uporte`` id of the flat-rate door U; 2 and 3 are entered values."""


def window_loss(index: int, baie: BaieVitree, zone_id: int, notes: Notes) -> WindowLoss:
    """Loss, Sw and Fe of window ``index`` (§3.3, §6.2)."""
    element = f"baie vitrée {index}"
    method = baie.enum_methode_saisie_perf_vitrage_id
    b = b_of(baie.adjacence, zone_id, element, notes)
    ug_value, uw_value = _ug_uw(baie, method, element)
    second = baie.fenetre_doublee
    if baie.double_fenetre and second is not None and method not in _UW_ENTERED:
        uw_value = uw_double_window(uw_value, _second_uw(second, element))
    if method in _UJN_ENTERED:
        ujn_value: float | None = _entered(baie.ujn_saisi, f"{element} : Ujn saisi")
        u_used = ujn_value
    else:
        ujn_value, u_used = u_window_losses(uw_value, baie.enum_type_fermeture_id)
    sw_value = _sw(baie, method, element)
    if baie.double_fenetre and second is not None and method not in _SW_ENTERED:
        sw_value *= _second_sw(second, element)
    surface = require_positive(baie.surface_totale_baie, "surface [m²]", element=element)
    return WindowLoss(
        index=index,
        description=baie.description,
        surface_m2=surface,
        b=b,
        ug=ug_value,
        uw=uw_value,
        ujn=ujn_value,
        u_used=u_used,
        sw=sw_value,
        fe1=_fe1(baie, element, notes),
        fe2=_fe2(baie),
        orientation_id=baie.enum_orientation_id,
        inclination_id=baie.enum_inclinaison_vitrage_id,
        adjacency_id=baie.adjacence.enum_type_adjacence_id,
        loss_w_k=b * surface * u_used,
    )


def _ug_uw(baie: BaieVitree, method: int, element: str) -> tuple[float | None, float]:
    glazing = baie.enum_type_vitrage_id
    if glazing in (GLASS_BRICK, POLYCARBONATE):
        ug_value = None
    elif method in _UG_ENTERED:
        ug_value = _entered(baie.ug_saisi, f"{element} : Ug saisi")
    elif method in _UW_ENTERED:
        ug_value = None
    else:
        ug_value = ug(
            glazing,
            gap_mm=baie.epaisseur_lame,
            gas_id=baie.enum_type_gaz_lame_id,
            inclination_id=baie.enum_inclinaison_vitrage_id,
            low_emissivity=bool(baie.vitrage_vir),
        )
    if method in _UW_ENTERED:
        return ug_value, _entered(baie.uw_saisi, f"{element} : Uw saisi")
    return ug_value, uw(baie.enum_type_baie_id, baie.enum_type_materiaux_menuiserie_id, ug_value)


def _second_uw(second: DoubleFenetre, element: str) -> float:
    name = f"{element}, seconde fenêtre"
    if second.uw_saisi is not None:
        return second.uw_saisi
    glazing = second.enum_type_vitrage_id
    if glazing is None or second.enum_type_baie_id is None:
        raise EnvelopeInputError(f"{name} : vitrage ou type de baie absent.", field=name)
    ug_value = second.ug_saisi
    if ug_value is None and glazing not in (GLASS_BRICK, POLYCARBONATE):
        ug_value = ug(
            glazing,
            gap_mm=second.epaisseur_lame,
            gas_id=second.enum_type_gaz_lame_id,
            inclination_id=second.enum_inclinaison_vitrage_id or 3,
            low_emissivity=bool(second.vitrage_vir),
        )
    return uw(second.enum_type_baie_id, second.enum_type_materiaux_menuiserie_id or 0, ug_value)


def _second_sw(second: DoubleFenetre, element: str) -> float:
    if second.sw_saisi is not None:
        return second.sw_saisi
    name = f"{element}, seconde fenêtre"
    if second.enum_type_baie_id is None or second.enum_type_vitrage_id is None:
        raise EnvelopeInputError(f"{name} : vitrage ou type de baie absent.", field=name)
    return sw(
        second.enum_type_baie_id,
        second.enum_type_materiaux_menuiserie_id or 0,
        glazing_type_id=second.enum_type_vitrage_id,
        low_emissivity=bool(second.vitrage_vir),
        fitting_id=second.enum_type_pose_id or 1,
    )


def _sw(baie: BaieVitree, method: int, element: str) -> float:
    if method in _SW_ENTERED:
        return _entered(baie.sw_saisi, f"{element} : Sw saisi")
    return sw(
        baie.enum_type_baie_id,
        baie.enum_type_materiaux_menuiserie_id,
        glazing_type_id=baie.enum_type_vitrage_id,
        low_emissivity=bool(baie.vitrage_vir),
        fitting_id=baie.enum_type_pose_id,
    )


def _fe1(baie: BaieVitree, element: str, notes: Notes) -> float:
    tv_id = baie.tv_coef_masque_proche_id
    if tv_id is None:
        return 1.0
    mask, orientations, depth = _near_mask_row(tv_id)
    if orientations and baie.enum_orientation_id not in orientations:
        notes.cross_checks.append(
            f"{element} : masque proche tv_coef_masque_proche_id "
            f"{tv_id} d'une autre orientation que la baie"
        )
    return fe1(mask, depth_m=depth, orientation_id=baie.enum_orientation_id)


@memoised
def _near_mask_row(tv_id: int) -> tuple[NearMask, tuple[int, ...], float | None]:
    """Near mask, orientations and depth [m] of row ``tv_id`` of table ``coef_masque_proche``."""
    row = value_row("coef_masque_proche", tv_id)
    mask = NearMask(str(row["type_masque_proche"]))
    return mask, row.ids("enum_orientation_id"), _class_value(row, "avancee_bornes")


def _fe2(baie: BaieVitree) -> float:
    if baie.tv_coef_masque_lointain_homogene_id is not None:
        return _fe2_homogeneous_mask(
            baie.tv_coef_masque_lointain_homogene_id, baie.enum_orientation_id
        )
    if baie.masques_lointains_non_homogenes:
        shadings = [
            value_row("coef_masque_lointain_non_homogene", mask).number("omb")
            for mask in baie.masques_lointains_non_homogenes
        ]
        return fe2_non_homogeneous(shadings)
    return 1.0


@memoised
def _fe2_homogeneous_mask(tv_id: int, orientation: int) -> float:
    """Fe2 of row ``tv_id`` of ``coef_masque_lointain_homogene`` for a window facing
    ``orientation`` (the row's own orientation when it has another)."""
    row = value_row("coef_masque_lointain_homogene", tv_id)
    if orientation not in row.ids("enum_orientation_id"):
        orientation = row.ids("enum_orientation_id")[0]
    return fe2_homogeneous(orientation, _class_value(row, "hauteur_alpha_bornes") or 0.0)


def _class_value(row: Row, column: str) -> float | None:
    """A value inside a depth or height class of a mask row (its lower bound, or 0)."""
    bounds = row.bounds(column)
    if bounds is None:
        return None
    return bounds.lower if bounds.lower is not None else 0.0


def door_loss(index: int, porte: Porte, zone_id: int, notes: Notes) -> DoorLoss:
    """Loss of door ``index`` (§3.3.4)."""
    element = f"porte {index}"
    b = b_of(porte.adjacence, zone_id, element, notes)
    if porte.enum_methode_saisie_uporte_id == _DOOR_TABLE:
        u = uporte(porte.enum_type_porte_id)
        notes.check_table_value(element, "uporte", porte.tv_uporte_id, "uporte", u)
    else:
        u = _entered(porte.uporte_saisi, f"{element} : Uporte saisi")
    surface = require_positive(porte.surface_porte, "surface [m²]", element=element)
    return DoorLoss(index, porte.description, surface, b, u, b * surface * u)


def _entered(value: float | None, field: str) -> float:
    return require_positive(value, field, allow_zero=False)
