"""Row selection in the official tables, for the envelope formulas.

Every formula of this package reads the same few rows again and again (a dwelling has tens of
elements, a register thousands of dwellings). :func:`calculators.dpe.tables.find_rows` already
answers from per-column indexes and remembers each question by its *typed* criteria (``1``,
``1.0`` and ``True`` match differently and never share an answer), so this module keeps no cache
of its own: a second one, keyed by plain equality, would hand the rows of ``1`` to ``True``.
"""

from __future__ import annotations

from calculators.dpe.tables import Row, find_rows


def rows_where(table: str, **criteria: object) -> tuple[Row, ...]:
    """The rows of value table ``table`` matching every criterion
    (:func:`calculators.dpe.tables.find_rows`)."""
    return find_rows(table, **criteria)
