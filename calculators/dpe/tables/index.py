"""Indexed row selection: the rows :func:`~.matching.scan_rows` returns, without the scan.

Why: the engine asks the same few tables the same questions for every element of every dwelling,
and testing each row against each criterion was 45 % of its time on the ADEME corpus. Here each
column a criterion names gets, on first use, an index from every value a criterion can match to
the positions of the rows it matches — each id of an ids cell, the :func:`~.matching.text_key` of
a text, the number of a numeric cell, the empty cell —, computed once per column and kept for the
life of the process (the tables never change while the app runs). Interval cells (``*_bornes``)
are few and are tested directly. A criterion value is first reduced to a *probe* that says which
entries it can hit, following :func:`~.matching.cell_matches` case by case; a value that has no
probe (NaN, a huge ``int``, an object of another type) sends the whole query to the plain scan,
so the results are the same by construction, not only on the values tested.

:func:`memo_key` says which questions ``find_rows`` may remember: those whose values are plain
(``int``, ``float`` but NaN, ``str``, ``bool``, ``None``, enum members); its hashable form is
typed so that ``1``, ``1.0`` and ``True`` — equal and of equal hash, but matched differently —
never share a memo entry (``find_rows`` keys its memo the same way, with ``lru_cache(typed=True)``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Final

from calculators.dpe.tables.matching import scan_rows, text_key
from calculators.dpe.tables.rows import Bounds, Row
from calculators.dpe.tables.store import Table, load

__all__ = ["ColumnIndex", "MemoKey", "column_index", "criteria_of", "memo_key", "probe", "select"]

Probe = tuple[object, ...]
"""``("none",)``, ``("nothing",)``, ``("int", i, float(i))``, ``("num", x)`` or
``("text", text_key)``."""
MemoKey = tuple[object, ...]
"""Column, type of the value, value, for each criterion in order (flat)."""

_NONE: Final[Probe] = ("none",)
_NOTHING: Final[Probe] = ("nothing",)
_EMPTY: Final[frozenset[int]] = frozenset()
_PLAIN_TYPES: Final = frozenset({int, float, str, bool, type(None)})


@dataclass(frozen=True, slots=True)
class ColumnIndex:
    """Row positions by the entry a criterion can hit, for one column of one table.

    ``exact`` keys: ``("in", id)`` for each id of an ids cell, ``("text", text_key)``,
    ``("num", number)`` (``1`` and ``1.0`` are one key, as they compare equal), ``("none",)``.
    ``intervals``: the (position, interval) of each :class:`Bounds` cell, in row order.
    """

    exact: Mapping[Probe, frozenset[int]]
    intervals: tuple[tuple[int, Bounds], ...]

    def positions(self, probe_: Probe) -> frozenset[int]:
        """Positions of the rows whose cell matches the criterion reduced to ``probe_``."""
        kind = probe_[0]
        if kind == "int":
            return self.exact.get(("in", probe_[1]), _EMPTY) | self._numeric(probe_[2])
        if kind == "num":
            return self._numeric(probe_[1])
        if kind == "nothing":
            return _EMPTY
        return self.exact.get(probe_, _EMPTY)

    def _numeric(self, number: object) -> frozenset[int]:
        """Numeric cells equal to ``number`` (a float, never NaN) and intervals holding it."""
        found = self.exact.get(("num", number), _EMPTY)
        if not self.intervals or not isinstance(number, float):
            return found
        inside = {position for position, bounds in self.intervals if bounds.contains(number)}
        return found | inside if inside else found


def build_column_index(rows: tuple[Row, ...], column: str) -> ColumnIndex:
    """The :class:`ColumnIndex` of ``column`` over ``rows``."""
    exact: dict[Probe, set[int]] = {}
    intervals: list[tuple[int, Bounds]] = []
    for position, row in enumerate(rows):
        cell = row[column]
        if isinstance(cell, Bounds):
            intervals.append((position, cell))
            continue
        if isinstance(cell, tuple):
            keys: list[Probe] = [("in", value) for value in cell]
        elif cell is None:
            keys = [_NONE]
        elif isinstance(cell, str):
            keys = [("text", text_key(cell))]
        else:
            keys = [("num", cell)]
        for key in keys:
            exact.setdefault(key, set()).add(position)
    return ColumnIndex(
        {key: frozenset(found) for key, found in exact.items()}, tuple(intervals)
    )


@cache
def column_index(table: str, column: str) -> ColumnIndex:
    """The index of ``column`` of value table ``table``, built on first use then kept."""
    return build_column_index(load("valeur", table).rows, column)


def probe(wanted: object) -> Probe | None:
    """The entries a criterion value can hit (see :func:`~.matching.cell_matches`).

    ``None`` when the value is left to the plain scan: a NaN (it lies in every interval), an
    ``int`` too large for a float, an ``int`` subclass other than an enum, any other type.
    """
    if wanted is None:
        return _NONE
    if isinstance(wanted, bool):
        return _NOTHING
    if isinstance(wanted, int):
        if type(wanted) is not int and not isinstance(wanted, Enum):
            return None
        try:
            return ("int", int(wanted), float(wanted))
        except OverflowError:
            return None
    if isinstance(wanted, float):
        number = float(wanted)
        return None if number != number else ("num", number)
    if isinstance(wanted, str):
        return ("text", text_key(wanted))
    return None


def select(table: Table, criteria: Mapping[str, object]) -> tuple[Row, ...]:
    """Rows of ``table`` matching every criterion, in sheet order (columns already checked)."""
    if not criteria:
        return table.rows
    found: list[frozenset[int]] = []
    for column, wanted in criteria.items():
        reduced = probe(wanted)
        if reduced is None:
            return scan_rows(table.rows, criteria)
        found.append(column_index(table.name, column).positions(reduced))
    found.sort(key=len)
    common = found[0].intersection(*found[1:]) if len(found) > 1 else found[0]
    rows = table.rows
    return tuple(rows[position] for position in sorted(common))


def memo_key(criteria: Mapping[str, object]) -> MemoKey | None:
    """Hashable, typed form of ``criteria``; ``None`` when a value is not a plain one (then
    ``find_rows`` does not remember the answer).

    Flat (column, type, value, column, type, value...), the common ``int``/``str`` values
    checked first.
    """
    key: list[object] = []
    for column, wanted in criteria.items():
        kind = type(wanted)
        if kind is float:
            if wanted != wanted:
                return None
        elif kind not in _PLAIN_TYPES and not isinstance(wanted, Enum):
            return None
        key += (column, kind, wanted)
    return tuple(key)


def criteria_of(key: MemoKey) -> dict[str, object]:
    """The criteria :func:`memo_key` was given, in their order."""
    return dict(zip(key[::3], key[2::3], strict=True))
