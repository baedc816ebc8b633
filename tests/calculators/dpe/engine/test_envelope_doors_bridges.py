"""Doors (method 3CL-DPE 2021, §3.3.4) and thermal bridges (§3.4.1–3.4.5, defaults of §3.4).

Expected values are read by hand in the method's tables (exact comparison); products k·l are
worked in the comments (1e-9 relative).
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.envelope import EnvelopeInputError
from calculators.dpe.engine.envelope.bridges import (
    Element,
    Junction,
    Placement,
    bridge_loss,
    k_floor_wall,
    k_joinery_wall,
    k_wall_only,
    placement,
)
from calculators.dpe.engine.envelope.doors import uporte

FORMULA = 1e-9
OUTER_FACE, INNER_FACE, TUNNEL, NO_FITTING = 1, 2, 3, 4
P1948_1974, P1989_2000, P2001_2005 = 2, 6, 7


@pytest.mark.parametrize(
    ("door_type", "expected"),
    [(1, 3.5), (7, 4.5), (8, 3.3), (12, 4.8), (10, 5.8), (14, 1.5)],
)
def test_uporte(door_type: int, expected: float) -> None:
    # §3.3.4: bois opaque pleine 3.5; PVC 30–60 % simple vitrage 4.5; PVC double vitrage 3.3;
    # métal 30–60 % double vitrage 4.8; métal vitrage simple 5.8; porte précédée d'un SAS 1.5.
    assert uporte(door_type) == expected


def test_uporte_of_an_unlisted_door_must_be_entered() -> None:
    with pytest.raises(EnvelopeInputError, match="saisir le U"):
        uporte(16)


def test_low_and_top_floor_junctions() -> None:
    # §3.4.1 (plancher bas / mur): mur ITI × plancher ITE 0.71; non isolé × non isolé 0.39.
    assert k_floor_wall(Junction.LOW_FLOOR, Placement.ITI, Placement.ITE) == 0.71
    assert k_floor_wall(Junction.LOW_FLOOR, Placement.NONE, Placement.NONE) == 0.39
    # §3.4.3 (plancher haut / mur): ITE × ITI 0.76; ITR × ITE 0.48.
    assert k_floor_wall(Junction.TOP_FLOOR, Placement.ITE, Placement.ITI) == 0.76
    assert k_floor_wall(Junction.TOP_FLOOR, Placement.ITR, Placement.ITE) == 0.48


def test_wall_only_junctions() -> None:
    # §3.4.2 plancher intermédiaire / mur: ITI 0.92, ITE 0.13; §3.4.4 refend / mur: non isolé
    # 0.73, ITR 0.2.
    assert k_wall_only(Junction.INTERMEDIATE_FLOOR, Placement.ITI) == 0.92
    assert k_wall_only(Junction.INTERMEDIATE_FLOOR, Placement.ITE) == 0.13
    assert k_wall_only(Junction.PARTITION, Placement.NONE) == 0.73
    assert k_wall_only(Junction.PARTITION, Placement.ITR) == 0.2


@pytest.mark.parametrize(
    ("wall", "insulation_return", "fitting", "width", "expected"),
    [
        (Placement.NONE, False, OUTER_FACE, 5, 0.43),  # non isolé, nu extérieur Lp 5
        (Placement.NONE, False, INNER_FACE, 10, 0.25),  # non isolé, nu intérieur Lp 10
        (Placement.ITI, True, TUNNEL, 5, 0.16),  # ITI avec retour, tunnel Lp 5
        (Placement.ITI, False, TUNNEL, 7, 0.31),  # Lp 7 → nearest tabulated 5
        (Placement.ITI, False, TUNNEL, 8, 0.19),  # Lp 8 → nearest tabulated 10
        (Placement.ITE, False, INNER_FACE, 5, 0.9),  # ITE sans retour, nu intérieur
        (Placement.ITR, False, OUTER_FACE, 12, 0.2),  # ITR: 0.2
        (Placement.NONE, False, NO_FITTING, 5, 0.0),  # glass brick wall: not counted
    ],
)
def test_joinery_junctions(
    wall: Placement, insulation_return: bool, fitting: int, width: float, expected: float
) -> None:
    # §3.4.5 « Menuiserie / mur » table.
    value = k_joinery_wall(
        wall, insulation_return=insulation_return, fitting_id=fitting, frame_width_cm=width
    )
    assert value == expected


@pytest.mark.parametrize(
    ("type_isolation", "element", "period", "expected"),
    [
        (1, Element.WALL, P1948_1974, Placement.NONE),  # unknown, before 1975: not insulated
        (1, Element.WALL, P1989_2000, Placement.ITI),  # from 1975: walls ITI
        (1, Element.ROOF, P1989_2000, Placement.ITE),  # ceilings ITE
        (1, Element.GROUND_FLOOR, P1989_2000, Placement.NONE),  # ground floors: none before 2001
        (1, Element.GROUND_FLOOR, P2001_2005, Placement.ITE),  # ITE from 2001
        (1, Element.LOW_FLOOR, P1989_2000, Placement.ITE),  # other floors ITE
        (9, Element.WALL, P1948_1974, Placement.ITI),  # insulated, placement unknown: ITI
        (9, Element.LOW_FLOOR, P1948_1974, Placement.ITE),  # floors ITE
        (6, Element.WALL, P1948_1974, Placement.ITI_ITE),
    ],
)
def test_default_placements(
    type_isolation: int, element: Element, period: int, expected: Placement
) -> None:
    # §3.4 « Si l'état d'isolation d'une paroi est inconnu » and §3.4.1–3.4.3 defaults.
    assert placement(type_isolation, element, period) is expected


def test_bridge_loss_counts_half_when_shared() -> None:
    # PT = k·l, half for an intermediate floor not separating two levels of the lot (§3.4.2):
    # 0.92 × 5.8 × 0.5 = 2.668.
    assert bridge_loss(0.92, 5.8, 0.5) == pytest.approx(2.668, rel=FORMULA)
    with pytest.raises(EnvelopeInputError, match="longueur du pont thermique"):
        bridge_loss(0.92, -1.0)
