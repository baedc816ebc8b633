"""Row selection in the official tables, and the memo of the envelope's table functions.

Every formula of this package reads the same few rows again and again (a dwelling has tens of
elements, a register thousands of dwellings). :func:`calculators.dpe.tables.find_rows` already
answers from per-column indexes and remembers each question by its *typed* criteria (``1``,
``1.0`` and ``True`` match differently and never share an answer), so :func:`rows_where` keeps
no cache of its own: a second one, keyed by plain equality, would hand the rows of ``1`` to
``True``.

:data:`memoised` goes one step further for the functions that turn those rows into a value
(Umur_tab of a period, Uw of a window type at a Ug, k of a junction...): each is a pure function
of its criteria and of tables that never change while the process runs, and the elements of
every dwelling ask a few hundred distinct combinations, so its answers are kept per criteria.
Typed as ``find_rows`` (``1``, ``1.0`` and ``True`` never share an answer; ``0.0`` and ``-0.0``,
equal floats, do: every memoised function gives them the same answer); an error is never kept
(each call raises it anew, with its message). A function whose messages name the element it is
computing is kept without the name (see :func:`.insulation.kept_insulated_u`).
"""

from __future__ import annotations

from functools import lru_cache

from calculators.dpe.tables import Row, find_rows

ANSWERS_KEPT = 1024
"""Answers kept per memoised function; the ADEME corpus asks at most a few hundred of any one,
and the bound only guards against continuous inputs (thicknesses, gaps, areas) of a register."""

memoised = lru_cache(maxsize=ANSWERS_KEPT, typed=True)
"""Decorator keeping a pure table function's answers per (typed) criteria, see above."""


def rows_where(table: str, **criteria: object) -> tuple[Row, ...]:
    """The rows of value table ``table`` matching every criterion
    (:func:`calculators.dpe.tables.find_rows`)."""
    return find_rows(table, **criteria)
