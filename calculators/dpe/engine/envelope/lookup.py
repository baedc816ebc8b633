"""Cached row selection in the official tables, for the envelope formulas.

Every formula of this package reads the same few rows again and again (a dwelling has tens of
elements, a register thousands of dwellings). :func:`rows_where` remembers each selection by its
criteria, which are discrete (ids, labels, tabulated numbers), so the cache stays small; the
continuous inputs (thicknesses, areas, U values) are applied to the rows returned.
"""

from __future__ import annotations

from functools import cache

from calculators.dpe.tables import Row, find_rows


def rows_where(table: str, **criteria: object) -> tuple[Row, ...]:
    """:func:`calculators.dpe.tables.find_rows`, cached by table and criteria."""
    return _rows(table, tuple(sorted(criteria.items())))


@cache
def _rows(table: str, criteria: tuple[tuple[str, object], ...]) -> tuple[Row, ...]:
    return find_rows(table, **dict(criteria))
