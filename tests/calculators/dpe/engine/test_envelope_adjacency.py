"""Coefficient b (method 3CL-DPE 2021, §3.1): fixed values, the four Aiu/Aue tables, bver.

Each expected value is read by hand in the method's §3.1 tables (cited per case); b is a table
value, so the comparison is exact.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.envelope import EnvelopeInputError
from calculators.dpe.engine.envelope.adjacency import (
    VerandaOrientation,
    b_fixed,
    b_unheated_space,
    b_veranda,
    is_unheated_space,
    zone_group,
)

OUTSIDE, CRAWL_SPACE, NON_RESIDENTIAL, INACCESSIBLE, GARAGE = 1, 3, 4, 7, 8
ATTIC_STRONGLY_VENTILATED, CIRCULATION_CLOSED, CIRCULATION_OPEN = 11, 14, 15
TERTIARY_IN_BUILDING, HEATED_NEIGHBOUR = 20, 22


@pytest.mark.parametrize(
    ("adjacency", "expected"),
    [
        (OUTSIDE, 1.0),  # « paroi donnant sur l'extérieur, b = 1 »
        (CRAWL_SPACE, 1.0),  # « plancher sur ... vide sanitaire ..., b = 1 »
        (NON_RESIDENTIAL, 0.2),  # « bâtiment ... autre que d'habitation ... b = 0.2 »
        (TERTIARY_IN_BUILDING, 0.2),
        (INACCESSIBLE, 0.95),  # « locaux non chauffés non accessibles ... b = 0.95 »
        (HEATED_NEIGHBOUR, 0.0),  # heated dwelling: no loss
    ],
)
def test_fixed_values(adjacency: int, expected: float) -> None:
    assert b_fixed(adjacency) == expected
    assert not is_unheated_space(adjacency)


def test_an_unheated_space_has_no_fixed_value() -> None:
    assert is_unheated_space(GARAGE)
    with pytest.raises(EnvelopeInputError, match="Aiu, Aue"):
        b_fixed(GARAGE)


@pytest.mark.parametrize(
    ("adjacency", "aiu", "aue", "partition", "outer", "expected"),
    [
        # Cas 1 (Aiu isolée, Aue non isolée), garage UV 3, Aiu/Aue = 1.0 in « 0.75 < ≤ 1.00 »
        (GARAGE, 20.0, 20.0, True, False, 0.95),
        # Cas 2 (ni l'une ni l'autre), garage UV 3, 2.2 in « 2.00 < ≤ 2.50 »
        (GARAGE, 22.0, 10.0, False, False, 0.45),
        # Cas 3 (Aue seule isolée), circulation avec ouverture UV 0.3, 0.2 in « ≤ 0.25 »
        (CIRCULATION_OPEN, 2.0, 10.0, False, True, 0.50),
        # Cas 4 (both insulated), comble fortement ventilé UV 9, 60 in « 50.00 < »
        (ATTIC_STRONGLY_VENTILATED, 60.0, 1.0, True, True, 0.30),
        # Cas 1, circulation sans ouverture UV 0, 5 in « 4.00 < ≤ 6.00 »
        (CIRCULATION_CLOSED, 50.0, 10.0, True, False, 0.55),
        # Cas 2 boundary: 0.25 belongs to « ≤ 0.25 » (UV 3: 0.90)
        (GARAGE, 2.5, 10.0, False, False, 0.90),
    ],
)
def test_aiu_aue_tables(
    adjacency: int, aiu: float, aue: float, partition: bool, outer: bool, expected: float
) -> None:
    value = b_unheated_space(
        adjacency,
        aiu_m2=aiu,
        aue_m2=aue,
        partition_insulated=partition,
        outer_walls_insulated=outer,
    )
    assert value == expected


def test_no_outer_wall_means_no_loss() -> None:
    # §3.1 « Dans le cas où Aue = 0, alors b = 0 ».
    b = b_unheated_space(
        CIRCULATION_CLOSED, aiu_m2=45.0, aue_m2=0.0, partition_insulated=False,
        outer_walls_insulated=False,
    )  # fmt: skip
    assert b == 0.0


def test_missing_areas_are_refused_with_the_element_named() -> None:
    with pytest.raises(EnvelopeInputError, match="mur 3 : surface Aue"):
        b_unheated_space(
            GARAGE, aiu_m2=10.0, aue_m2=None, partition_insulated=True,
            outer_walls_insulated=False, element="mur 3",
        )  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "orientation", "insulated", "expected"),
    [
        (1, VerandaOrientation.SOUTH, True, 0.58),  # H1 Sud isolé
        (5, VerandaOrientation.EAST_WEST, False, 0.58),  # H2 Est/Ouest non isolé
        (8, VerandaOrientation.NORTH, True, 0.95),  # H3 Nord isolé
        (8, VerandaOrientation.SOUTH, False, 0.55),  # H3 Sud non isolé
    ],
)
def test_veranda_bver(
    zone: int, orientation: VerandaOrientation, insulated: bool, expected: float
) -> None:
    assert b_veranda(zone, orientation, insulated) == expected


def test_zone_groups() -> None:
    assert [zone_group(z) for z in range(1, 9)] == ["H1"] * 3 + ["H2"] * 4 + ["H3"]
