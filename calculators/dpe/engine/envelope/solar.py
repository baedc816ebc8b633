"""Solar factor Sw and shading factors Fe1, Fe2 of windows (method §6.2.1–6.2.2).

They are computed here, with the windows, for the free-gains stage (§6.2: Sse = Σ A·Sw·Fe·C1).
Values come from ADEME's tables ``sw``, ``coef_masque_proche`` (Fe1),
``coef_masque_lointain_homogene`` (Fe2) and ``coef_masque_lointain_non_homogene`` (Omb).
Orientation ids: ``orientation`` enumeration (1 south, 2 north, 3 east, 4 west, 5 horizontal).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.tables import Row

_FLAT_SW_TYPES = (1, 2, 3)
"""Glass brick and polycarbonate walls: Sw = 0.4 (§6.2.1)."""


class NearMask(StrEnum):
    """Near obstacle of a window (§6.2.2.1), labels of table ``coef_masque_proche``."""

    NONE = "absence de masque proche"
    BALCONY_BACK = "Baie en fond de balcon ou fond et flanc de loggias"
    UNDER_BALCONY = "Baie sous un balcon ou auvent"
    SIDE_WALL = "Baie masquée par une paroi latérale avec un retour qui ne fait pas obstacle au Sud"
    SIDE_WALL_SOUTH = "Baie masquée par une paroi latérale avec un retour qui fait obstacle au Sud"


@memoised
def sw(
    window_type_id: int,
    frame_material_id: int,
    *,
    glazing_type_id: int,
    low_emissivity: bool,
    fitting_id: int,
) -> float:
    """Sw [-] of a window (§6.2.1): table by window type, frame, fitting (``type_pose``: 1 outer
    face, 2 inner face, 3 tunnel), glazing (survitrage as its equivalent double glazing) and
    low-emissivity coating; 0.4 for glass brick and polycarbonate."""
    if window_type_id in _FLAT_SW_TYPES:
        return rows_where("sw", enum_type_baie_id=window_type_id)[0].number("sw")
    rows = rows_where(
        "sw",
        enum_type_baie_id=window_type_id,
        enum_type_materiaux_menuiserie_id=frame_material_id,
        enum_type_pose_id=fitting_id,
        enum_type_vitrage_id=glazing_type_id,
        vitrage_vir=int(low_emissivity),
    )
    if not rows and glazing_type_id == 1:
        rows = rows_where(
            "sw",
            enum_type_baie_id=window_type_id,
            enum_type_materiaux_menuiserie_id=frame_material_id,
            enum_type_pose_id=fitting_id,
            enum_type_vitrage_id=glazing_type_id,
        )
    if not rows:
        raise EnvelopeInputError(
            f"baie « {window_type_id} », menuiserie « {frame_material_id} », pose "
            f"« {fitting_id} », vitrage « {glazing_type_id} » : absente de la table Sw (§6.2.1).",
            field="facteur solaire",
        )
    return rows[0].number("sw")


@memoised
def fe1(mask: NearMask, *, depth_m: float | None, orientation_id: int) -> float:
    """Fe1 [-] of a near mask (§6.2.2.1): balcony or loggia depth [m] and orientation; 1
    without mask."""
    rows = rows_where("coef_masque_proche", type_masque_proche=mask.value)
    if mask in (NearMask.BALCONY_BACK, NearMask.UNDER_BALCONY):
        depth = require_positive(depth_m, "avancée du balcon ou de la loggia [m]")
        rows = tuple(row for row in rows if _in(row, "avancee_bornes", depth))
    if mask is NearMask.BALCONY_BACK:
        rows = tuple(row for row in rows if orientation_id in row.ids("enum_orientation_id"))
    if not rows:
        raise EnvelopeInputError(
            f"masque proche « {mask.value} » : orientation « {orientation_id} » sans valeur "
            "(§6.2.2.1).",
            field="masque proche",
        )
    return rows[0].number("fe1")


@memoised
def fe2_homogeneous(orientation_id: int, height_deg: float) -> float:
    """Fe2 [-] of a homogeneous far obstacle of height α [°] for a façade orientation
    (§6.2.2.2.1)."""
    rows = [
        row
        for row in rows_where("coef_masque_lointain_homogene", enum_orientation_id=orientation_id)
        if _in(row, "hauteur_alpha_bornes", height_deg)
    ]
    if not rows:
        raise EnvelopeInputError(
            f"masque lointain : orientation « {orientation_id} » ou hauteur « {height_deg} »° "
            "hors de la table (§6.2.2.2.1).",
            field="masque lointain homogène",
        )
    return rows[0].number("fe2")


def fe2_non_homogeneous(shadings_percent: Iterable[float]) -> float:
    """Fe2 [-] = 1 − Σ Omb/100 over the sectors of a non-homogeneous far obstacle
    (§6.2.2.2.2); each Omb [%] read in ``coef_masque_lointain_non_homogene``. Floored at 0:
    the method does not foresee shadings adding up to more than 100 %."""
    return max(0.0, 1.0 - sum(shadings_percent) / 100.0)


def _in(row: Row, column: str, value: float) -> bool:
    bounds = row.bounds(column)
    return bounds is not None and bounds.contains(value)
