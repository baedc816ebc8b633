"""Oracles for the table layer's fast paths (docs/dpe-engine.md § Speed, fourth pass).

Reference: :func:`calculators.dpe.tables.matching.scan_rows`, the plain scan that defines what
``find_rows`` returns (docs/dpe-tables.md § Lookups), and ``Row.__getitem__`` for the direct
reads of ``Row.bounds``/``Row.ids``. The memo of ``find_rows`` is now keyed by ``lru_cache``
itself (typed); what it may keep is :func:`~calculators.dpe.tables.index.memo_key`'s policy,
unchanged. Every comparison is exact (same rows, same order, same error): a memo or a read either
gives what the reference gives or it is wrong, so there is no tolerance.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from enum import IntEnum

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.dpe import tables
from calculators.dpe.tables.lookups import FIND_ROWS_MEMO_SIZE, _find_rows_memo
from calculators.dpe.tables.matching import scan_rows
from calculators.dpe.tables.rows import Bounds, Row
from calculators.dpe.tables.store import load


class Material(IntEnum):
    UNKNOWN = 1


class Sly:
    """Equal to everything and hashing as ``1``: a memo keyed by plain equality would answer it
    with the rows of ``1``; the scan matches it nowhere (it is not an ``int``)."""

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return hash(1)


def outcome(lookup: Callable[[], object]) -> object:
    """The answer, or the type and text of the error raised."""
    try:
        return lookup()
    except Exception as error:
        return type(error), str(error)


def scan(table: str, criteria: dict[str, object]) -> object:
    return outcome(lambda: scan_rows(load("valeur", table).rows, criteria))


def asked(table: str, criteria: dict[str, object]) -> object:
    return outcome(lambda: tables.find_rows(table, **criteria))


# umur0 (§3.2.1.2): an ids column (material) and an interval column (thickness);
# ujn (§3.3.3): a number column (ΔR). Row 1 of umur0 is material 1 « Inconnu ».
NOT_KEPT: tuple[object, ...] = (
    math.nan, np.int64(1), np.float64(1.0), Decimal("1"), (1,), [1], {1: 1}, Sly(),
)
"""Values the memo must never keep: NaN, a type other than the plain ones and enum members."""


@pytest.mark.parametrize("wanted", NOT_KEPT, ids=repr)
def test_values_the_memo_may_not_keep_are_answered_as_the_scan_and_never_stored(
    wanted: object,
) -> None:
    for table, column in (("umur0", "enum_materiaux_structure_mur_id"),
                          ("umur0", "epaisseur_structure_bornes"), ("ujn", "deltar")):
        tables.find_rows(table, **{column: 1})  # the plain question is kept...
        size = _find_rows_memo.cache_info().currsize
        for _ in range(2):  # ...and the unkept one, asked twice, is answered by the scan
            assert asked(table, {column: wanted}) == scan(table, {column: wanted})
        assert _find_rows_memo.cache_info().currsize == size


def test_equal_values_of_other_types_get_their_own_answer_in_either_order() -> None:
    # 1, 1.0, True and an IntEnum member are equal and hash alike: each its own answer.
    values: list[object] = [1, 1.0, True, Material.UNKNOWN]
    for order in (values, values[::-1]):
        _find_rows_memo.cache_clear()
        for wanted in order:
            criteria = {"enum_materiaux_structure_mur_id": wanted}
            assert asked("umur0", criteria) == scan("umur0", criteria), wanted
    assert [r.key for r in tables.find_rows("umur0", enum_materiaux_structure_mur_id=1)] == [1]
    assert tables.find_rows("umur0", enum_materiaux_structure_mur_id=True) == ()


def test_a_float_overflowing_int_raises_as_the_scan_each_time() -> None:
    criteria = {"epaisseur_structure_bornes": 10**400}
    expected = scan("umur0", criteria)
    assert expected[0] is OverflowError  # type: ignore[index]
    assert asked("umur0", criteria) == expected == asked("umur0", criteria)


def test_the_memo_is_bounded() -> None:
    assert _find_rows_memo.cache_info().maxsize == FIND_ROWS_MEMO_SIZE


plain_values = (
    st.integers(-2, 30) | st.floats(-5, 500, allow_nan=False) | st.booleans() | st.none()
    | st.sampled_from(["ITI", "iti", "  ITE ", "H1", "combles", "terrasse", ""])
    | st.sampled_from(NOT_KEPT)
)


@st.composite
def questions(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    table = draw(st.sampled_from(["umur", "uph", "pont_thermique", "ug", "uw", "sw",
                                  "coef_reduction_deperdition", "ue", "umur0"]))
    columns = list(load("valeur", table).column_types)
    chosen = draw(st.lists(st.sampled_from(columns), max_size=4, unique=True))
    return table, {column: draw(plain_values) for column in chosen}


@settings(max_examples=400, deadline=None)
@given(questions())
def test_random_questions_asked_twice_give_the_scan_rows(
    question: tuple[str, dict[str, object]],
) -> None:
    table, criteria = question
    expected = scan(table, criteria)
    assert asked(table, criteria) == expected
    assert asked(table, criteria) == expected  # the second answer may come from the memo


def test_direct_reads_of_bounds_and_ids_are_those_of_getitem() -> None:
    # Every cell of every value table: an interval or id list as it is, anything else the
    # CellTypeError of the accessor; an unknown column the UnknownColumnError of ``row[...]``.
    for table in tables.value_table_names():
        for row in load("valeur", table).rows:
            for column, cell in row.items():
                expected_bounds = cell if cell is None or isinstance(cell, Bounds) else (
                    tables.CellTypeError, _refusal(row, column, "un intervalle")
                )
                expected_ids = () if cell is None else cell if isinstance(cell, tuple) else (
                    tables.CellTypeError, _refusal(row, column, "une liste d'ids")
                )
                assert attempt(row.bounds, column) == expected_bounds
                assert attempt(row.ids, column) == expected_ids
    row = tables.value_row("umur", 2)
    unknown = attempt(row.__getitem__, "absente")
    assert attempt(row.bounds, "absente") == unknown == attempt(row.ids, "absente")


def attempt(read: Callable[[str], object], column: str) -> object:
    """``read(column)``, or the type and text of the error raised."""
    try:
        return read(column)
    except Exception as error:
        return type(error), str(error)


def _refusal(row: Row, column: str, kind: str) -> str:
    return f"Table « {row.table} » : la colonne « {column} » n'est pas {kind}."
