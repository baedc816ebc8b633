"""The sorted, cached curves of the envelope (Uw(Ug) §3.3.2, Ujn(Uw) §3.3.3, Ue(Upb, 2S/P)
§3.2.2.1) against the plain algorithm they replaced, and the typed row selection.

Oracle tests: the reference is the previous implementation (sort the points on every call, scan
for the segment), kept here verbatim; both do the same float operations on the same operands,
so results are compared exactly (no tolerance). The tables are ADEME's (``uw``, ``ujn``, ``ue``).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.dpe.engine.envelope import EnvelopeInputError
from calculators.dpe.engine.envelope.conventions import RatioBelowTable, RatioBetweenRows
from calculators.dpe.engine.envelope.floors import _UE_ADJACENCY, GroundContact, ue
from calculators.dpe.engine.envelope.interpolation import Curve, interpolate
from calculators.dpe.engine.envelope.lookup import rows_where
from calculators.dpe.engine.envelope.periods import PERIOD_IDS
from calculators.dpe.engine.envelope.windows import ujn, uw
from calculators.dpe.tables import find_rows, value_row


def reference_interpolate(points: Sequence[tuple[float, float]], x: float) -> float:
    """The linear search the bisection replaced (method §3.3.2 interpolation clause)."""
    ordered = sorted(points)
    if len(ordered) == 1:
        return ordered[0][1]
    for x0, y0 in ordered:
        if x0 == x:
            return y0
    if x < ordered[0][0]:
        (x0, y0), (x1, y1) = ordered[0], ordered[1]
    elif x > ordered[-1][0]:
        (x0, y0), (x1, y1) = ordered[-2], ordered[-1]
    else:
        index = next(i for i, (xi, _) in enumerate(ordered) if xi > x)
        (x0, y0), (x1, y1) = ordered[index - 1], ordered[index]
    return y0 + (x - x0) * (y1 - y0) / (x1 - x0)


def reference_ue(
    upb_value: float,
    ratio_2s_p: int,
    contact: GroundContact,
    period: int,
    below_table: RatioBelowTable,
    between_rows: RatioBetweenRows,
) -> float:
    """Ue read from the ``ue`` rows on every call, as before the curves were cached."""
    rows = find_rows(
        "ue", enum_type_adjacence_id=_UE_ADJACENCY[contact], enum_periode_construction_id=period
    )
    by_ratio: dict[int, list[tuple[float, float]]] = {}
    for row in rows:
        by_ratio.setdefault(int(row.number("2s_p")), []).append(
            (row.number("upb"), row.number("ue"))
        )
    per_ratio = [(float(r), reference_interpolate(p, upb_value)) for r, p in by_ratio.items()]
    lowest, highest = min(by_ratio), max(by_ratio)
    ratio = min(ratio_2s_p, highest)
    if ratio < lowest and below_table is RatioBelowTable.HOLD:
        ratio = lowest
    elif ratio > lowest and ratio not in by_ratio and between_rows is RatioBetweenRows.ROW_BELOW:
        ratio = max(r for r in by_ratio if r < ratio)
    return reference_interpolate(per_ratio, float(ratio))


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    xs=st.lists(finite, min_size=1, max_size=12, unique=True),
    ys=st.lists(finite, min_size=12, max_size=12),
    x=finite,
)
def test_bisection_matches_the_linear_search(xs: list[float], ys: list[float], x: float) -> None:
    points = list(zip(xs, ys, strict=False))
    expected = reference_interpolate(points, x)
    assert Curve.of(points).at(x) == expected
    assert interpolate(points, x) == expected
    for tabulated, y in points:  # on a tabulated x: exactly its y
        assert Curve.of(points).at(tabulated) == y


def test_curve_refuses_no_point_and_nan() -> None:
    with pytest.raises(ValueError, match="vide"):
        Curve.of([])
    with pytest.raises(ValueError, match="NaN"):
        Curve.of([(1.0, 2.0), (2.0, 3.0)]).at(float("nan"))


UW_PAIRS = sorted({
    (kind, material)
    for row in find_rows("uw")
    for kind in row.ids("enum_type_baie_id")
    for material in row.ids("enum_type_materiaux_menuiserie_id")
    if kind not in (1, 2, 3)
})


@pytest.mark.parametrize(("kind", "material"), UW_PAIRS)
def test_uw_curve_matches_the_table_read_on_each_call(kind: int, material: int) -> None:
    rows = find_rows("uw", enum_type_baie_id=kind, enum_type_materiaux_menuiserie_id=material)
    points = [(row.number("ug"), row.number("uw")) for row in rows]
    for ug in (0.3, 0.5, 1.1, 1.25, 2.0, 2.7, 3.3, 5.8, 7.0, *(x for x, _ in points)):
        assert uw(kind, material, ug) == reference_interpolate(points, ug)


@pytest.mark.parametrize("delta_r", sorted({row.number("deltar") for row in find_rows("ujn")}))
def test_ujn_curve_matches_the_table_read_on_each_call(delta_r: float) -> None:
    points = [(row.number("uw"), row.number("ujn")) for row in find_rows("ujn", deltar=delta_r)]
    for u_window in (0.5, 0.8, 1.3, 1.75, 2.4, 3.1, 4.2, 5.9, 7.5, *(x for x, _ in points)):
        assert ujn(u_window, delta_r) == reference_interpolate(points, u_window)


@pytest.mark.parametrize("contact", list(GroundContact))
@pytest.mark.parametrize("period", list(PERIOD_IDS))
def test_ue_curves_match_the_table_read_on_each_call(contact: GroundContact, period: int) -> None:
    for below in RatioBelowTable:
        for between in RatioBetweenRows:
            for ratio in (1, 2, 3, 4, 7, 10, 11, 12, 15, 19, 20, 21, 40):
                for upb_value in (0.2, 0.45, 1.0, 2.0, 3.33, 4.5):
                    expected = reference_ue(upb_value, ratio, contact, period, below, between)
                    found = ue(
                        upb_value, ratio, contact, period, below_table=below, between_rows=between
                    )
                    assert found == expected


def test_cached_curves_keep_ids_of_another_type_apart() -> None:
    # find_rows matches an ids column by type: 4.0 is not the window type id 4. A curve
    # remembered for (4, 5) must not answer for (4.0, 5.0).
    assert uw(4, 5, 1.1) > 0
    with pytest.raises(EnvelopeInputError, match="table Uw"):
        uw(4.0, 5.0, 1.1)


def test_rows_where_answers_true_and_one_apart() -> None:
    # The envelope's own cache used to key by equality, so True got the rows of 1. Table
    # ``upb`` (effet_joule column, numbers 0/1): True selects nothing, as in find_rows.
    with_one = rows_where(
        "upb", enum_periode_construction_id=1, enum_zone_climatique_id=1, effet_joule=1
    )
    assert with_one and all(row["effet_joule"] == 1 for row in with_one)
    with_true = rows_where(
        "upb", enum_periode_construction_id=1, enum_zone_climatique_id=1, effet_joule=True
    )
    assert with_true == find_rows(
        "upb", enum_periode_construction_id=1, enum_zone_climatique_id=1, effet_joule=True
    )
    assert with_true != with_one
    assert value_row("upb", with_one[0].key) is with_one[0]
