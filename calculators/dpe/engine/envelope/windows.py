"""Uw, Ujn and the U used for the losses of windows and glazed doors (method §3.3.2–3.3.3).

Uw comes from ADEME's table ``uw`` (by window type, frame material and Ug, interpolated in Ug),
ΔR of shutters from ``deltar`` and Ujn from ``ujn`` (interpolated in Uw). Ids: ``type_baie``
(1–3 glass brick and polycarbonate walls, 4 casement window, 5 sliding window, 6 sliding
French window, 7 casement French window, 8 French window with a solid lower panel),
``type_materiaux_menuiserie`` (1 glass brick, 2 polycarbonate, 3 wood, 4 wood-metal, 5 PVC,
6 metal with thermal break, 7 metal without), ``type_fermeture`` (1 none … 8 insulated shutter).
"""

from __future__ import annotations

from functools import lru_cache

from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.interpolation import Curve
from calculators.dpe.engine.envelope.lookup import memoised, rows_where

NO_CLOSURE = 1
"""``type_fermeture`` id of a window without shutter: U used = Uw (§3.3)."""
_FIXED_UW_TYPES = (1, 2, 3)
"""Glass-brick and polycarbonate walls: flat Uw whatever the glazing (§3.3)."""
CURVES_KEPT = 256
"""Sorted curves remembered per function: the tables hold ≈ 40 (type, material) pairs and a
dozen ΔR; the bound only guards against callers inventing ids."""


@memoised
def uw(window_type_id: int, frame_material_id: int, ug_value: float | None) -> float:
    """Uw [W/(m²·K)] of a window or French window (§3.3.2).

    Glass brick (3.5 solid, 2 hollow) and polycarbonate (3) have a flat Uw; otherwise the
    table of the frame material and window type, interpolated (or extrapolated) between the
    two nearest tabulated Ug. Fixed and tilting windows count as casement windows.
    """
    if window_type_id in _FIXED_UW_TYPES:
        rows = rows_where("uw", enum_type_baie_id=window_type_id)
        return rows[0].number("uw")
    curve = _uw_curve(window_type_id, frame_material_id)
    if curve is None:
        raise EnvelopeInputError(
            f"menuiserie « {frame_material_id} » / baie « {window_type_id} » absente de la "
            "table Uw (§3.3.2).",
            field="type de baie et matériau de menuiserie",
        )
    u_glass = require_positive(ug_value, "Ug du vitrage", allow_zero=False)
    return curve.at(u_glass)


@lru_cache(maxsize=CURVES_KEPT, typed=True)
def _uw_curve(window_type_id: int, frame_material_id: int) -> Curve | None:
    """Uw(Ug) of one window type and frame material, sorted once (``None``: not tabulated).

    ``typed``: ``4`` and ``4.0`` select different rows (:func:`~calculators.dpe.tables.find_rows`
    matches ids by type), so they must not share an entry."""
    rows = rows_where(
        "uw", enum_type_baie_id=window_type_id, enum_type_materiaux_menuiserie_id=frame_material_id
    )
    return Curve.of((row.number("ug"), row.number("uw")) for row in rows) if rows else None


def uw_double_window(uw1: float, uw2: float) -> float:
    """Uw [W/(m²·K)] of a double window, 1 / (1/Uw1 + 1/Uw2 + 0.07) (§3.3.2)."""
    u1 = require_positive(uw1, "Uw de la fenêtre 1", allow_zero=False)
    u2 = require_positive(uw2, "Uw de la fenêtre 2", allow_zero=False)
    return 1.0 / (1.0 / u1 + 1.0 / u2 + coefficient("r_lame_double_fenetre"))


def delta_r(closure_type_id: int) -> float | None:
    """ΔR [m²·K/W] a closed shutter adds (§3.3.3, table ``deltar``); ``None`` without one."""
    if closure_type_id == NO_CLOSURE:
        return None
    rows = rows_where("deltar", enum_type_fermeture_id=closure_type_id)
    if not rows:
        raise EnvelopeInputError(
            f"type de fermeture « {closure_type_id} » inconnu (§3.3.3).", field="type de fermeture"
        )
    return rows[0].number("deltar")


def ujn(uw_value: float, delta_r_value: float) -> float:
    """Ujn [W/(m²·K)] of a window with its shutter closed, table ``ujn`` interpolated in Uw
    (§3.3.3)."""
    curve = _ujn_curve(delta_r_value)
    if curve is None:
        raise EnvelopeInputError(
            f"ΔR « {delta_r_value} » absent de la table Ujn (§3.3.3).", field="type de fermeture"
        )
    return curve.at(uw_value)


@lru_cache(maxsize=CURVES_KEPT, typed=True)
def _ujn_curve(delta_r_value: float) -> Curve | None:
    """Ujn(Uw) for one ΔR, sorted once (``None``: ΔR not tabulated); ``typed`` as for Uw."""
    rows = rows_where("ujn", deltar=delta_r_value)
    return Curve.of((row.number("uw"), row.number("ujn")) for row in rows) if rows else None


@memoised
def u_window_losses(uw_value: float, closure_type_id: int) -> tuple[float | None, float]:
    """(Ujn or None, U used for the losses) of a window (§3.3: Ubaie = Ujn with a shutter,
    else Uw)."""
    resistance = delta_r(closure_type_id)
    if resistance is None:
        return None, uw_value
    value = ujn(uw_value, resistance)
    return value, value
