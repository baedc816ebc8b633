"""Lookup failures in the official tables, with a French message naming the table and the key.

They are ``LookupError`` subclasses (the calculators may not import ``diag_app.errors``); the
services turn them into a ``UserError`` when a person's input caused them.
"""

from __future__ import annotations


class TableLookupError(LookupError):
    """A table, row, column or label that the official tables do not have."""

    def __init__(self, message: str, *, table: str, key: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.table = table
        self.key = key

    def __str__(self) -> str:
        return self.message


class UnknownTableError(TableLookupError):
    """No table (or enumeration, or heat-network list) of that name or year."""


class UnknownRowError(TableLookupError):
    """No row with that ``tv_*_id``, enum id or network id in the table."""


class UnknownColumnError(TableLookupError, KeyError):
    """A column the table does not have; also a ``KeyError`` so ``Row.get`` works."""


class UnknownLabelError(TableLookupError):
    """No enumeration entry with that label."""


class CellTypeError(TableLookupError):
    """A cell read with the wrong accessor (a number asked for where the table has text)."""
