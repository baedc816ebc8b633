"""Oracles for the envelope's memoised table functions (docs/dpe-engine.md § Speed, fourth pass).

Each function decorated with ``envelope.lookup.memoised`` keeps its answers per (typed)
criteria. Reference: the same function unmemoised (``__wrapped__``), i.e. the computation of
method chapter 3 from the official tables (Umur_tab §3.2.1.1, Umur0 §3.2.1.2, Upb §3.2.2, Ue
§3.2.2.1, Uph §3.2.3, Ug §3.3.1, Uw §3.3.2, Ujn §3.3.3, Uporte §3.3.4, k §3.4, Sw and Fe §6.2,
bver §3.1). Criteria: every id each table holds plus ids it does not, tabulated numbers with
their neighbours, and awkward values (``None``, 0, negative, NaN, ``True`` for ``1``). The
answer (or the refusal: type, message and field) is compared exactly, asked twice (the second
comes from the memo): the same rows give the same float, there is no arithmetic to tolerate.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from itertools import product
from typing import Any

import pytest

from calculators.dpe import tables
from calculators.dpe.engine.envelope.adjacency import VerandaOrientation, b_veranda
from calculators.dpe.engine.envelope.bridges import (
    Element,
    Junction,
    Placement,
    k_floor_wall,
    k_joinery_wall,
    k_wall_only,
    placement,
)
from calculators.dpe.engine.envelope.conventions import (
    LiningOrder,
    RatioBelowTable,
    RatioBetweenRows,
)
from calculators.dpe.engine.envelope.doors import uporte
from calculators.dpe.engine.envelope.floors import GroundContact, ue, upb0_from_table, upb_tab
from calculators.dpe.engine.envelope.glazing import ug
from calculators.dpe.engine.envelope.roofs import RoofKind, uph0_from_table, uph_tab
from calculators.dpe.engine.envelope.solar import NearMask, fe1, fe2_homogeneous, sw
from calculators.dpe.engine.envelope.walls import Lining, umur0_from_table, umur_bare, umur_tab
from calculators.dpe.engine.envelope.windows import u_window_losses, uw
from calculators.dpe.tables import Bounds
from tests.calculators.dpe.engine.envelope.attempts import attempt

PERIODS = (*range(0, 12), True, 3.0)
ZONES = (*range(0, 10), True)
ODD = (None, 0, 0.0, -1.0, math.nan, True)
"""Values no criterion should hold, each refused or matched exactly as without the memo."""


def assert_memo_is_the_function(
    memo: Any, calls: Iterable[tuple[tuple[Any, ...], dict[str, Any]]]
) -> int:
    """Each call's answer, asked twice, is the unmemoised function's; returns the count."""
    count = 0
    for args, kwargs in calls:
        expected = attempt(memo.__wrapped__, *args, **kwargs)
        assert attempt(memo, *args, **kwargs) == expected, (args, kwargs)
        assert attempt(memo, *args, **kwargs) == expected, (args, kwargs)
        count += 1
    return count


def positional(*grids: Iterable[Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    return ((args, {}) for args in product(*grids))


def ids(table: str, column: str) -> tuple[Any, ...]:
    """Every id the column holds, one more, and the odd values."""
    found = {i for row in tables.find_rows(table) for i in row.ids(column)}
    return (*sorted(found), max(found) + 1, *ODD)


def edges(table: str, column: str) -> tuple[Any, ...]:
    """The interval edges of a ``*_bornes`` column and their neighbours, and the odd values."""
    found: set[float] = set()
    for row in tables.find_rows(table):
        bounds = row.bounds(column)
        if isinstance(bounds, Bounds):
            for edge in (bounds.lower, bounds.upper):
                if edge is not None:
                    found |= {edge, edge - 0.5, edge + 0.5}
    return (*sorted(found), 1e6, *ODD)


def numbers(table: str, column: str) -> tuple[Any, ...]:
    found = {row.number(column) for row in tables.find_rows(table) if row[column] is not None}
    return (*sorted(found), *(x * 1.1 for x in sorted(found)[::3]), *ODD)


def test_u_tab_by_period_zone_and_energy() -> None:
    grid = (PERIODS, ZONES, (False, True))
    assert assert_memo_is_the_function(umur_tab, positional(*grid)) == 14 * 11 * 2
    assert assert_memo_is_the_function(upb_tab, positional(*grid)) == 14 * 11 * 2
    assert assert_memo_is_the_function(uph_tab, positional(*grid, tuple(RoofKind))) == 616


def test_u0_and_door_u_by_type() -> None:
    materials = ids("umur0", "enum_materiaux_structure_mur_id")
    thicknesses = edges("umur0", "epaisseur_structure_bornes")
    assert assert_memo_is_the_function(umur0_from_table, positional(materials, thicknesses)) > 500
    assert assert_memo_is_the_function(
        upb0_from_table, positional(ids("upb0", "enum_type_plancher_bas_id"))
    )
    assert assert_memo_is_the_function(
        uph0_from_table, positional(ids("uph0", "enum_type_plancher_haut_id"))
    )
    assert assert_memo_is_the_function(uporte, positional(ids("uporte", "enum_type_porte_id")))


def test_umur_bare_with_lining_render_and_order() -> None:
    calls = (
        ((u0,), {"lining": lining, "insulating_render": render, "order": order})
        for u0, lining, render, order in product(
            (0.3, 1.0, 2.0, 2.5, 3.2, *ODD), tuple(Lining), (False, True), tuple(LiningOrder)
        )
    )
    assert assert_memo_is_the_function(umur_bare, calls) > 100


def test_ug_of_every_glazing_gas_inclination_and_gap() -> None:
    calls = (
        ((glazing,), {"gap_mm": gap, "gas_id": gas, "inclination_id": inclination,
                      "low_emissivity": low_e})
        for glazing, gap, gas, inclination, low_e in product(
            range(0, 8), numbers("ug", "epaisseur_lame"), (None, 1, 2, 3, 4), range(1, 5),
            (False, True),
        )
    )
    assert assert_memo_is_the_function(ug, calls) > 5000


def test_uw_and_ujn_of_every_window_and_shutter() -> None:
    ug_values = (0.5, 1.1, 2.0, 2.8, 3.3, 5.8, 6.5, *ODD)
    assert assert_memo_is_the_function(uw, positional(range(0, 10), range(0, 9), ug_values)) > 500
    uw_values = (0.8, 1.3, 2.6, 3.9, 5.0, 7.0, *ODD)
    assert assert_memo_is_the_function(u_window_losses, positional(uw_values, range(0, 10)))


def test_sw_of_every_window_frame_fitting_and_glazing() -> None:
    calls = (
        ((window, frame), {"glazing_type_id": glazing, "low_emissivity": low_e,
                           "fitting_id": fitting})
        for window, frame, glazing, low_e, fitting in product(
            range(0, 10), range(0, 9), range(0, 8), (False, True), range(0, 5)
        )
    )
    assert assert_memo_is_the_function(sw, calls) > 7000


def test_fe1_and_fe2_of_every_mask_depth_and_orientation() -> None:
    calls = (
        ((mask,), {"depth_m": depth, "orientation_id": orientation})
        for mask, depth, orientation in product(
            tuple(NearMask), edges("coef_masque_proche", "avancee_bornes"), range(0, 7)
        )
    )
    assert assert_memo_is_the_function(fe1, calls) > 100
    heights = edges("coef_masque_lointain_homogene", "hauteur_alpha_bornes")
    assert assert_memo_is_the_function(fe2_homogeneous, positional(range(0, 7), heights))


def test_k_of_every_junction_and_placement() -> None:
    junctions, placements = tuple(Junction), tuple(Placement)
    assert assert_memo_is_the_function(
        k_floor_wall, positional(junctions, placements, placements)
    ) == 245
    assert assert_memo_is_the_function(k_wall_only, positional(junctions, placements)) == 35
    calls = (
        ((wall,), {"insulation_return": back, "fitting_id": fitting, "frame_width_cm": width})
        for wall, back, fitting, width in product(
            placements, (False, True), range(0, 6), (3.0, 5.0, 7.5, 10.0, 12.0, *ODD)
        )
    )
    assert assert_memo_is_the_function(k_joinery_wall, calls) > 500


def test_placement_of_every_insulation_type_element_and_period() -> None:
    assert assert_memo_is_the_function(
        placement, positional((*range(0, 11), True), tuple(Element), PERIODS)
    ) == 12 * 4 * 14


def test_bver_of_every_zone_orientation_and_partition() -> None:
    assert assert_memo_is_the_function(
        b_veranda, positional(ZONES, tuple(VerandaOrientation), (False, True))
    ) == 66


@pytest.mark.parametrize("contact", tuple(GroundContact))
def test_ue_of_every_period_ratio_and_reading(contact: GroundContact) -> None:
    calls = (
        ((upb, ratio, contact, period), {"below_table": below, "between_rows": between})
        for upb, ratio, period, below, between in product(
            (0.25, 0.5, 1.0, 2.0, 3.5, *ODD),
            (0, 1, 2, 3, 4, 7, 10, 11, 12, 13, 19, 20, 21, 25),
            (*range(0, 12), True),
            tuple(RatioBelowTable),
            tuple(RatioBetweenRows),
        )
    )
    assert assert_memo_is_the_function(ue, calls) > 7000
