"""Linear thermal bridges, PT = Σ k·l (method §3.4), by junction and insulation.

Values of k come from ADEME's table ``pont_thermique`` (the five tables of §3.4.1–3.4.5); the
defaults when an element's insulation is unknown from the ``periode_construction`` enumeration
(its ``defaut_*_enum_type_isolation_id`` columns transcribe §3.4). No coefficient b applies to
thermal bridges (§3.4).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.tables import Row, enum_row


class Junction(IntEnum):
    """Junction types (``type_liaison`` ids)."""

    LOW_FLOOR = 1
    INTERMEDIATE_FLOOR = 2
    TOP_FLOOR = 3
    PARTITION = 4
    JOINERY = 5


class Placement(StrEnum):
    """Insulation placement of a wall, floor or roof, as labelled in §3.4 (table
    ``pont_thermique``): inside (ITI), outside (ITE), distributed (ITR) or combined."""

    NONE = "Non isolé"
    ITI = "ITI"
    ITE = "ITE"
    ITR = "ITR"
    ITI_ITE = "ITI+ITE"
    ITI_ITR = "ITI+ITR"
    ITE_ITR = "ITE+ITR"


class Element(StrEnum):
    """Which default of §3.4 applies when an element's insulation is unknown."""

    WALL = "mur"
    GROUND_FLOOR = "terre_plein"
    LOW_FLOOR = "plancher_bas"
    ROOF = "plancher_haut"


_TYPE_ISOLATION_TO_PLACEMENT = {
    2: Placement.NONE,
    3: Placement.ITI,
    4: Placement.ITE,
    5: Placement.ITR,
    6: Placement.ITI_ITE,
    7: Placement.ITI_ITR,
    8: Placement.ITE_ITR,
}
GLASS_WALL_FITTING = 4
"""``type_pose`` « sans objet » of glass-brick and polycarbonate walls (§3.4.5: not counted)."""
UNKNOWN_INSULATION, INSULATED_UNKNOWN_TYPE = 1, 9
"""``type_isolation`` ids: insulation unknown; insulated, placement unknown."""


@memoised
def placement(type_isolation_id: int, element: Element, construction_period: int) -> Placement:
    """Placement of an element's insulation (``type_isolation`` id), with the defaults of §3.4.

    Insulation unknown: not insulated before 1975; from 1975 walls ITI, ceilings ITE, floors on
    the ground not insulated before 2001 and ITE from 2001, other floors ITE (§3.4). Insulated
    but of unknown placement: walls ITI, floors and ceilings ITE (§3.4.1–3.4.3).
    """
    if type_isolation_id == UNKNOWN_INSULATION:
        column = f"defaut_{element.value}_enum_type_isolation_id"
        default = enum_row("periode_construction", construction_period)[column]
        if not isinstance(default, int):
            raise EnvelopeInputError(
                f"période de construction « {construction_period} » sans isolation par défaut.",
                field="période de construction",
            )
        type_isolation_id = default
    if type_isolation_id == INSULATED_UNKNOWN_TYPE:
        return Placement.ITI if element is Element.WALL else Placement.ITE
    try:
        return _TYPE_ISOLATION_TO_PLACEMENT[type_isolation_id]
    except KeyError:
        raise EnvelopeInputError(
            f"type d'isolation « {type_isolation_id} » inconnu.", field="type d'isolation"
        ) from None


@memoised
def k_floor_wall(junction: Junction, wall: Placement, floor: Placement) -> float:
    """k [W/(m·K)] of a low-floor/wall (§3.4.1) or top-floor/wall (§3.4.3) junction. A
    combined floor placement other than ITI+ITE reads as its outer part (ITE)."""
    floor = _floor_column(floor)
    rows = rows_where(
        "pont_thermique",
        enum_type_liaison_id=int(junction),
        isolation_mur=wall.value,
        isolation_plancher=floor.value,
    )
    return _k(rows, junction)


@memoised
def k_wall_only(junction: Junction, wall: Placement) -> float:
    """k [W/(m·K)] of an intermediate-floor/wall (§3.4.2) or partition/wall (§3.4.4) junction."""
    rows = rows_where(
        "pont_thermique", enum_type_liaison_id=int(junction), isolation_mur=wall.value
    )
    return _k(rows, junction)


@memoised
def k_joinery_wall(
    wall: Placement, *, insulation_return: bool, fitting_id: int, frame_width_cm: float
) -> float:
    """k [W/(m·K)] of a window or door/wall junction (§3.4.5).

    ``fitting_id``: ``type_pose`` (1 outer face, 2 inner face, 3 tunnel, 4 none: glass brick or
    polycarbonate walls, whose junctions are not counted); the frame width Lp [cm] is rounded to
    the nearest tabulated width (5 or 10 cm). Distributed insulation (ITR) alone: 0.2 whatever
    the fitting.
    """
    if fitting_id == GLASS_WALL_FITTING:
        return 0.0
    if wall is Placement.ITR:
        rows = rows_where("pont_thermique", enum_type_liaison_id=5, isolation_mur=wall.value)
        return _k(rows, Junction.JOINERY)
    width = require_positive(frame_width_cm, "largeur du dormant [cm]", allow_zero=False)
    candidates = rows_where(
        "pont_thermique",
        enum_type_liaison_id=int(Junction.JOINERY),
        isolation_mur=wall.value,
        enum_type_pose_id=fitting_id,
    )
    if wall is not Placement.NONE:
        candidates = tuple(
            row for row in candidates if row["presence_retour_isolation"] == int(insulation_return)
        )
    widths = sorted({row.number("largeur_dormant") for row in candidates})
    if not widths:
        raise EnvelopeInputError(
            f"pose « {fitting_id} » absente de la table des ponts thermiques menuiserie (§3.4.5).",
            field="type de pose",
        )
    nearest = min(widths, key=lambda tabulated: (abs(tabulated - width), tabulated))
    rows = tuple(row for row in candidates if row.number("largeur_dormant") == nearest)
    return _k(rows, Junction.JOINERY)


def bridge_loss(k_w_mk: float, length_m: float, share: float = 1.0) -> float:
    """Loss [W/K] of one bridge, k·l·share; ``share`` 0.5 for an intermediate floor or partition
    that does not separate two levels or volumes of the lot (§3.4.2, §3.4.4)."""
    k = require_positive(k_w_mk, "k du pont thermique")
    length = require_positive(length_m, "longueur du pont thermique [m]")
    return k * length * share


def _floor_column(floor: Placement) -> Placement:
    """The floor column of §3.4.1/§3.4.3 (Non isolé, ITI, ITE, ITI+ITE): the tables have no
    distributed-insulation floor; ITR reads as ITE, ITI+ITR as ITI+ITE (project convention)."""
    if floor in (Placement.NONE, Placement.ITI, Placement.ITE, Placement.ITI_ITE):
        return floor
    if floor is Placement.ITR:
        return Placement.ITE
    return Placement.ITI_ITE if floor is Placement.ITI_ITR else Placement.ITE


def _k(rows: tuple[Row, ...], junction: Junction) -> float:
    if not rows:
        raise EnvelopeInputError(
            f"liaison « {junction.name} » : combinaison d'isolations absente de la table (§3.4).",
            field="pont thermique",
        )
    return rows[0].number("k")
