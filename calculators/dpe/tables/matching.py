"""What it means for a row to match :func:`~calculators.dpe.tables.find_rows`'s criteria.

:func:`cell_matches` is the definition of the lookup's semantics and :func:`scan_rows` applies it
to every row in sheet order: the plain, obviously correct reference. The indexed lookup
(:mod:`calculators.dpe.tables.index`) must return exactly what :func:`scan_rows` returns — its
oracle test checks that — and hands it any criterion it cannot index.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from calculators.dpe.tables.rows import Bounds, CellValue, Row

__all__ = ["as_number", "cell_matches", "scan_rows", "text_key"]


def text_key(text: str) -> str:
    """Comparison form of a label: NFC, case-folded, single spaces, no edge spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def cell_matches(cell: CellValue, wanted: object) -> bool:
    """Whether one normalised cell satisfies one criterion value.

    - ids cell (tuple): ``wanted`` is an ``int`` (not a ``bool``) among the ids;
    - :class:`Bounds` cell: the number ``wanted`` lies in the interval;
    - empty cell: ``wanted`` is ``None`` (and ``None`` matches nothing else);
    - text: ``wanted`` is text with the same :func:`text_key`;
    - number: ``wanted`` is a number (not a ``bool``) equal to it.
    """
    number = as_number(wanted)
    if isinstance(cell, tuple):
        return isinstance(wanted, int) and number is not None and wanted in cell
    if isinstance(cell, Bounds):
        return number is not None and cell.contains(number)
    if cell is None or wanted is None:
        return cell is None and wanted is None
    if isinstance(cell, str):
        return isinstance(wanted, str) and text_key(cell) == text_key(wanted)
    return number is not None and cell == number


def as_number(value: object) -> float | None:
    """``value`` as a float when it is an ``int`` or ``float`` (a ``bool`` is not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def scan_rows(rows: Iterable[Row], criteria: Mapping[str, object]) -> tuple[Row, ...]:
    """The rows matching every criterion, in their order, by testing each row in turn."""
    return tuple(
        row for row in rows
        if all(cell_matches(row[column], wanted) for column, wanted in criteria.items())
    )
