"""Oracle tests of the indexed, memoised table lookups against the plain scan.

Reference: :func:`calculators.dpe.tables.matching.scan_rows`, which tests every row of the sheet in
order with :func:`~calculators.dpe.tables.matching.cell_matches` — the semantics of ``find_rows``
written in ``docs/dpe-tables.md`` (§ Lookups), and the implementation ``find_rows`` had before it
was indexed. Every comparison is exact (same rows, same order): an index either finds what the
scan finds or it is wrong, so there is no tolerance. Criteria come from three sources: random
values (Hypothesis) mixing each column's own values with their neighbours and awkward types, the
rows the ADEME corpus references, and the very criteria the engine asks while computing the
corpus.
"""

from __future__ import annotations

import math
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from enum import Enum, IntEnum, StrEnum
from functools import cache
from pathlib import Path
from types import FrameType

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.dpe import tables
from calculators.dpe.ademe import read_dpe
from calculators.dpe.engine.envelope.lookup import rows_where
from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.tables.index import column_index, criteria_of, memo_key, select
from calculators.dpe.tables.matching import scan_rows, text_key
from calculators.dpe.tables.rows import Bounds, Row
from calculators.dpe.tables.store import load

VALUE_TABLES = tables.value_table_names()
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


class Period(IntEnum):
    FIRST = 1


class Label(StrEnum):
    UNKNOWN = "Inconnu"


class Opaque(Enum):
    ONE = 1


AWKWARD: tuple[object, ...] = (
    None, True, False, 0, -1, 10**6, 10**400, 0.5, -0.0, math.inf, -math.inf, math.nan,
    Decimal("1"), [1], (1,), "", "   ", Period.FIRST, Label.UNKNOWN, Opaque.ONE,
    np.int64(1), np.float64(1.0),
)
"""Values no column holds as such: bools, NaN, a float-overflowing int, enum members, numpy
scalars, unhashable lists... each must behave exactly as in the scan."""


CELL_TESTS = 12_000
"""Scan budget per column of the exhaustive test (rows × values tried)."""


def reference(table: str, criteria: Mapping[str, object]) -> tuple[Row, ...]:
    return scan_rows(load("valeur", table).rows, criteria)


def assert_same_as_scan(table: str, criteria: dict[str, object]) -> None:
    """The indexed lookup, then the memo, give what the scan gives (rows or error)."""
    expected = outcome(lambda: reference(table, criteria))
    assert outcome(lambda: select(load("valeur", table), criteria)) == expected, criteria
    assert outcome(lambda: tables.find_rows(table, **criteria)) == expected, criteria
    assert outcome(lambda: tables.find_rows(table, **criteria)) == expected, criteria


def outcome(lookup: Callable[[], tuple[Row, ...]]) -> object:
    """The rows found, or the type and text of the error raised (an int too large for a float
    raises ``OverflowError`` in the scan as soon as a row is tested against it)."""
    try:
        return lookup()
    except Exception as error:
        return type(error), str(error)


@cache
def pool(table: str, column: str) -> tuple[object, ...]:
    """Criterion values worth trying on one column: the awkward ones, then the column's cells
    with their variants and neighbours (each distinct value once)."""
    values: list[object] = []
    for row in load("valeur", table).rows:
        cell = row[column]
        if isinstance(cell, tuple):
            values += [*cell, *(float(i) for i in cell), *(str(i) for i in cell), max(cell) + 1]
        elif isinstance(cell, Bounds):
            for edge in (cell.lower, cell.upper):
                if edge is not None:
                    values += [edge, int(edge), edge - 1e-9, edge + 1e-9]
        elif isinstance(cell, str):
            values += [cell, cell.upper(), f"  {cell.replace(' ', '   ')} ",
                       unicodedata.normalize("NFD", cell), cell[:-1]]
        elif isinstance(cell, int | float):
            values += [cell, float(cell), int(cell), cell + 1, str(cell)]
    distinct = {(type(value), value): value for value in values}
    return AWKWARD + tuple(distinct.values())


@st.composite
def queries(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    table = draw(st.sampled_from(VALUE_TABLES))
    columns = list(load("valeur", table).column_types)
    chosen = draw(st.lists(st.sampled_from(columns), max_size=4, unique=True))
    return table, {column: draw(st.sampled_from(pool(table, column))) for column in chosen}


@settings(max_examples=600, deadline=None)
@given(queries())
def test_random_criteria_give_the_rows_of_the_plain_scan(
    query: tuple[str, dict[str, object]],
) -> None:
    assert_same_as_scan(*query)


def test_every_single_cell_value_of_every_table_gives_the_scan_rows() -> None:
    # One criterion: the awkward values, then the values each column holds (and their variants),
    # evenly sampled where rows × values would exceed CELL_TESTS (the large tables: uw, the
    # district-heating lists), so that the scans stay within a few seconds.
    checked = 0
    for table in VALUE_TABLES:
        size = len(load("valeur", table).rows)
        for column in load("valeur", table).column_types:
            values = pool(table, column)[len(AWKWARD):]
            step = max(1, math.ceil(size * len(values) / CELL_TESTS))
            for wanted in AWKWARD + values[::step]:
                assert_same_as_scan(table, {column: wanted})
                checked += 1
    assert checked > 10_000


def test_equal_values_of_different_types_do_not_share_a_memo_entry() -> None:
    # 1, 1.0 and True are equal and hash alike; on an ids column only the int matches (sheet
    # umur0: row 1 is material 1 "Inconnu"), on a number column 1 and 1.0 match, True never.
    assert [r.key for r in tables.find_rows("umur0", enum_materiaux_structure_mur_id=1)] == [1]
    assert tables.find_rows("umur0", enum_materiaux_structure_mur_id=1.0) == ()
    assert tables.find_rows("umur0", enum_materiaux_structure_mur_id=True) == ()
    by_int = tables.find_rows("ujn", deltar=0.08)
    assert by_int and all(row.number("deltar") == 0.08 for row in by_int)
    assert tables.find_rows("uw", uw=5) == tables.find_rows("uw", uw=5.0) != ()
    assert tables.find_rows("uw", uw=True) == ()
    assert memo_key({"a": 1}) != memo_key({"a": 1.0}) != memo_key({"a": True})
    assert memo_key({"a": math.nan}) is None and memo_key({"a": [1]}) is None
    assert memo_key({"a": 1, "b": 2}) != memo_key({"b": 2, "a": 1})  # order kept, as the scan


def test_memo_key_gives_back_the_criteria_it_was_given() -> None:
    # ``find_rows`` answers a memo miss from ``criteria_of(key)``: it must be the same mapping,
    # same order, values of the same type (an enum member stays a member).
    criteria = {"a": 1, "b": 1.5, "c": "H1", "d": None, "e": True, "f": Label.UNKNOWN,
                "g": Period.FIRST}
    key = memo_key(criteria)
    assert key is not None
    back = criteria_of(key)
    assert list(back.items()) == list(criteria.items())
    assert [type(value) for value in back.values()] == [type(v) for v in criteria.values()]


def test_column_indexes_are_built_once() -> None:
    assert column_index("intermittence", "enum_type_chauffage_id") is column_index(
        "intermittence", "enum_type_chauffage_id"
    )


def test_errors_are_those_of_the_scan_and_never_memoised() -> None:
    for _ in range(2):
        with pytest.raises(tables.UnknownColumnError, match="« umur0 » n'a pas de colonne « x »"):
            tables.find_rows("umur0", enum_materiaux_structure_mur_id=1, x=2, y=3)
        with pytest.raises(tables.UnknownTableError, match="inconnue : « umurx »"):
            tables.find_rows("umurx", x=1)
    assert tables.find_rows("tv_umur0_id") == load("valeur", "umur0").rows


def reference_enum_id(enum: str, label: str) -> object:
    """``enum_id`` as a scan: the first entry in sheet order with that label."""
    wanted = text_key(label)
    for row in load("enum", enum).rows:
        if isinstance(row["lib"], str) and text_key(row["lib"]) == wanted:
            return row.key
    return None


def test_enum_id_index_gives_the_first_label_of_the_scan() -> None:
    for enum in tables.enum_names():
        for row in load("enum", enum).rows:
            label = row["lib"]
            for variant in ([label, label.upper(), f" {label}  x"] if isinstance(label, str)
                            else []):
                expected = reference_enum_id(enum, variant)
                if expected is None:
                    with pytest.raises(tables.UnknownLabelError, match=enum):
                        tables.enum_id(enum, variant)
                else:
                    assert tables.enum_id(enum, variant) == expected


def test_number_reads_every_numeric_cell_and_refuses_the_others() -> None:
    for table in VALUE_TABLES:
        for row in load("valeur", table).rows:
            for column, cell in row.items():
                if isinstance(cell, int | float) and not isinstance(cell, bool):
                    value = row.number(column)
                    assert type(value) is float and value == cell
                else:
                    with pytest.raises(tables.CellTypeError):
                        row.number(column)
    with pytest.raises(tables.UnknownColumnError, match="pas de colonne « absente »"):
        tables.value_row("umur", 2).number("absente")


def test_int_keys_and_text_keys_find_the_same_rows() -> None:
    for table in VALUE_TABLES:
        for row in load("valeur", table).rows:
            assert tables.value_row(table, row.key) is row
            assert tables.value_row(table, f" {row.key} ") is row
    with pytest.raises(tables.UnknownRowError):
        tables.value_row("umur", True)


# --- Criteria from the ADEME corpus -----------------------------------------------------------


def corpus_files(shared_dir: Path) -> list[Path]:
    files = sorted((shared_dir / "data" / "dpe" / "ademe-xml").glob("*.xml"))
    if not files:
        pytest.skip("../shared/data/dpe/ademe-xml absent")
    return files


def criteria_from_row(row: Row) -> Iterator[dict[str, object]]:
    """Questions a referenced row answers: each column alone, then all its selector columns."""
    picked: dict[str, object] = {}
    for column, cell in list(row.items())[1:]:
        if isinstance(cell, tuple):
            wanted: object = cell[-1] if cell else None
        elif isinstance(cell, Bounds):
            wanted = cell.lower if cell.lower_inclusive else cell.upper
        else:
            wanted = cell
        if isinstance(cell, tuple | Bounds | str):
            picked[column] = wanted
        yield {column: wanted}
    yield picked


@pytest.mark.corpus
def test_rows_referenced_by_the_corpus_give_the_scan_rows(shared_dir: Path) -> None:
    referenced: set[tuple[str, str]] = set()
    for path in corpus_files(shared_dir):
        for element in ET.parse(path).iter():
            text = (element.text or "").strip()
            tag = element.tag
            if tag.startswith("tv_") and tag.endswith("_id") and text and not element.get(XSI_NIL):
                referenced.add((tag, text))
    checked = set()
    for tag, text in sorted(referenced):
        try:
            row = tables.value_row(tag, text)
        except tables.TableLookupError:
            continue  # the one malformed id of the hand-made fixture (see test_tables)
        for criteria in criteria_from_row(row):
            key = (row.table, memo_key(criteria))
            if key not in checked:
                checked.add(key)
                assert tables.find_rows(tag, **criteria) == reference(row.table, criteria), key
    assert len(checked) > 1000


@contextmanager
def engine_questions(found: set[tuple[str, tuple[tuple[str, object], ...]]]) -> Iterator[None]:
    """Record the (table, criteria) of each ``find_rows`` and envelope ``rows_where`` call."""
    watched = {tables.find_rows.__code__, rows_where.__code__}

    def hook(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code in watched:
            local = frame.f_locals
            found.add((local["table"], tuple(local["criteria"].items())))

    sys.setprofile(hook)
    try:
        yield
    finally:
        sys.setprofile(None)


@pytest.mark.corpus
def test_criteria_the_engine_asks_on_the_corpus_give_the_scan_rows(shared_dir: Path) -> None:
    files = [read_dpe(path) for path in corpus_files(shared_dir)]
    asked: set[tuple[str, tuple[tuple[str, object], ...]]] = set()
    with engine_questions(asked):
        for dpe in files:
            compute_dpe(dpe, dpe.inputs.administratif.date_etablissement_dpe or date(2026, 1, 1))
    # The engine asks a few hundred distinct questions over the 231 files (≈ 30 tables).
    assert len(asked) > 200
    for table, items in asked:
        criteria = dict(items)
        assert tables.find_rows(table, **criteria) == reference(
            load("valeur", table).name, criteria
        ), (table, criteria)
