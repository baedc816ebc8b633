"""Numbers and dates as a French reader expects them (« 1 234,5 », « 12/03/2026 »).

Everything goes through the default :class:`QLocale` (set to French at start), never ``str()``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def format_int(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


def format_decimal(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", decimals)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd/MM/yyyy")


def count_phrase(count: int, singular: str, plural: str) -> str:
    """« 1 logement », « 1 234 logements » (French plural starts at 2; 0 takes the singular)."""
    return f"{format_int(count)} {singular if count < 2 else plural}"
