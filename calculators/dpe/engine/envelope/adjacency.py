"""Coefficient b of reduction of losses (method §3.1): what an element is next to.

All values come from ADEME's table ``coef_reduction_deperdition`` (the method's fixed values,
its four Aiu/Aue tables and the veranda table ``bver``). Adjacency ids are those of the ADEME
enumeration ``type_adjacence`` (1 outside, 3 crawl space, 8 garage, 10 veranda, 11–13 attics,
14–19 communal circulations, 22 heated dwelling...).
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.engine.envelope.periods import check_zone
from calculators.dpe.tables import Bounds, Row

VERANDA = 10
"""``type_adjacence`` id of a veranda or closed loggia (espace tampon solarisé)."""
_AIU_AUE_TABLES = {
    # (partition lc insulated, unheated space's outer walls insulated) → enum_cfg_isolation_lnc
    (True, False): 4,  # « Cas 1 : Aue non isolée / Aiu isolée »
    (False, False): 2,  # « Cas 2 »
    (False, True): 3,  # « Cas 3 »
    (True, True): 5,  # « Cas 4 »
}


_RatioRow = tuple[Bounds | None, Bounds | None, Row]
"""The Aiu/Aue min and max classes of a row of ``coef_reduction_deperdition``, and the row."""


class VerandaOrientation(StrEnum):
    """Orientation of a veranda's main glazed façade (§3.1, table bver)."""

    NORTH = "nord"
    EAST_WEST = "est/ouest"
    SOUTH = "sud"


_VERANDA_CFG = {
    # (orientation, partition insulated) → enum_cfg_isolation_lnc
    (VerandaOrientation.NORTH, True): 6,
    (VerandaOrientation.SOUTH, True): 7,
    (VerandaOrientation.EAST_WEST, True): 8,
    (VerandaOrientation.NORTH, False): 9,
    (VerandaOrientation.SOUTH, False): 10,
    (VerandaOrientation.EAST_WEST, False): 11,
}


def zone_group(zone_id: int) -> str:
    """``"H1"``, ``"H2"`` or ``"H3"`` for a climate zone id (1–3, 4–7, 8)."""
    zone = check_zone(zone_id)
    return "H1" if zone <= 3 else "H2" if zone <= 7 else "H3"


def is_unheated_space(adjacency_id: int) -> bool:
    """True when b depends on the unheated space's areas and insulation (Aiu/Aue tables)."""
    return _is_unheated_space(adjacency_id)


def b_fixed(adjacency_id: int) -> float:
    """b of an adjacency with a flat value (§3.1): 1 outside, buried, crawl space, ground,
    unheated basement; 0.95 inaccessible unheated space; 0.2 non-residential; 0 heated."""
    b = _b_fixed(adjacency_id)
    if b is None:
        raise EnvelopeInputError(
            f"type d'adjacence « {adjacency_id} » : b dépend du local non chauffé "
            "(surfaces Aiu, Aue et isolation à renseigner).",
            field="type d'adjacence",
        )
    return b


# The two answers per adjacency id are kept for the process (the official tables never change
# while it runs): every wall, floor, roof and opening asks them, ≈ 30 times per dwelling.
# ``typed``: ``1`` and ``True`` select different rows (see ``find_rows``), so they never share.
@lru_cache(maxsize=256, typed=True)
def _is_unheated_space(adjacency_id: int) -> bool:
    rows = rows_where("coef_reduction_deperdition", enum_type_adjacence_id=adjacency_id)
    return any(row["uvue"] is not None for row in rows)


@lru_cache(maxsize=256, typed=True)
def plain_b(adjacency_id: int) -> float | None:
    """b of an adjacency with a flat value that is not an unheated space (outside, ground,
    heated dwelling...), the case of most elements; ``None`` for any other adjacency, whose b
    :func:`b_fixed`, :func:`b_unheated_space` or :func:`b_veranda` gives or refuses."""
    return None if _is_unheated_space(adjacency_id) else _b_fixed(adjacency_id)


@lru_cache(maxsize=256, typed=True)
def _b_fixed(adjacency_id: int) -> float | None:
    """The flat b of ``adjacency_id``; ``None`` when it has none (b from the Aiu/Aue tables)."""
    for row in rows_where("coef_reduction_deperdition", enum_type_adjacence_id=adjacency_id):
        if row["uvue"] is None and row["zone_climatique"] is None:
            return row.number("b")
    return None


def b_unheated_space(
    adjacency_id: int,
    *,
    aiu_m2: float | None,
    aue_m2: float | None,
    partition_insulated: bool,
    outer_walls_insulated: bool,
    element: str = "paroi",
) -> float:
    """b of an element on an unheated space (§3.1 Aiu/Aue tables, Cas 1 to 4).

    ``aiu_m2`` [m²]: walls between the unheated space and heated rooms; ``aue_m2`` [m²]: its
    walls on the outside or the ground. UV,ue comes with the space type (garage 3, attic 0.3
    to 9, circulations 0 to 3...). Aue = 0 gives b = 0 (§3.1).
    """
    aue = require_positive(aue_m2, "surface Aue du local non chauffé [m²]", element=element)
    aiu = require_positive(aiu_m2, "surface Aiu du local non chauffé [m²]", element=element)
    if aue == 0:
        return coefficient("b_paroi_sur_lnc_sans_aue")
    cfg = _AIU_AUE_TABLES[(partition_insulated, outer_walls_insulated)]
    ratio = aiu / aue
    for low, high, row in _ratio_rows(adjacency_id, cfg):
        if (low is None or low.contains(ratio)) and (high is None or high.contains(ratio)):
            return row.number("b")
    raise EnvelopeInputError(
        f"{element} : type d'adjacence « {adjacency_id} » sans table Aiu/Aue (§3.1).",
        field=f"{element} : type d'adjacence",
    )


@memoised
def b_veranda(zone_id: int, orientation: VerandaOrientation, partition_insulated: bool) -> float:
    """bver of an element on an unheated veranda or closed loggia (§3.1, table bver)."""
    rows = rows_where(
        "coef_reduction_deperdition",
        enum_type_adjacence_id=VERANDA,
        enum_cfg_isolation_lnc_id=_VERANDA_CFG[(orientation, partition_insulated)],
        zone_climatique=zone_group(zone_id),
    )
    return rows[0].number("b")


@memoised
def _ratio_rows(adjacency_id: int, cfg: int) -> tuple[_RatioRow, ...]:
    """The Aiu/Aue rows of one adjacency and configuration with their Aiu/Aue interval bounds
    (min and max classes), read once: every element on an unheated space scans them."""
    rows = rows_where(
        "coef_reduction_deperdition",
        enum_type_adjacence_id=adjacency_id,
        enum_cfg_isolation_lnc_id=cfg,
    )
    return tuple(
        (row.bounds("aiu_aue_min_bornes"), row.bounds("aiu_aue_max_bornes"), row) for row in rows
    )
