"""The lookups the 3CL engine and the ADEME XML reader use on the official tables.

- :func:`value_row` — a value-table row by its ``tv_*_id`` (as referenced in the XML files);
- :func:`find_rows` — value-table rows matching criteria (period, zone, material...);
- :func:`enum_label`, :func:`enum_id`, :func:`enum_row` — enumerations (``enum_*_id``).

Table names may be given bare (``"umur"``, ``"type_energie"``) or as the XML field that points at
them (``"tv_umur_id"``, ``"enum_type_energie_id"``).
"""

from __future__ import annotations

import unicodedata

from calculators.dpe.tables.errors import UnknownColumnError, UnknownLabelError
from calculators.dpe.tables.rows import Bounds, CellValue, Row
from calculators.dpe.tables.store import Key, load, table_names

__all__ = ["enum_id", "enum_label", "enum_names", "enum_row", "find_rows", "value_row",
           "value_table_names"]


def value_table_names() -> tuple[str, ...]:
    """The value tables shipped (``"coef_reduction_deperdition"``, ``"umur"``...)."""
    return table_names("valeur")


def enum_names() -> tuple[str, ...]:
    """The enumerations shipped (``"type_energie"``, ``"zone_climatique"``...)."""
    return table_names("enum")


def value_row(table: str, tv_id: Key) -> Row:
    """The row of value table ``table`` whose ``tv_<table>_id`` is ``tv_id``.

    Raises :class:`~calculators.dpe.tables.errors.UnknownTableError` or
    :class:`~calculators.dpe.tables.errors.UnknownRowError` (French message naming both).
    """
    return load("valeur", table).row(tv_id)


def find_rows(table: str, **criteria: object) -> tuple[Row, ...]:
    """Rows of value table ``table`` matching every criterion, in the sheet's order.

    A criterion ``column=value`` matches a row when, on the normalised cell:
    - ``enum_*_id`` column (a tuple of ids): ``value`` is one of the ids;
    - ``*_bornes`` column (an interval): the number ``value`` lies in it;
    - text: equal ignoring case, accents' Unicode form and runs of spaces;
    - number: numerically equal; ``None`` matches an empty cell only.
    No match gives an empty tuple; an unknown column raises ``UnknownColumnError``.
    """
    loaded = load("valeur", table)
    for column in criteria:
        if column not in loaded.column_types:
            raise UnknownColumnError(
                f"La table « {loaded.name} » n'a pas de colonne « {column} ».",
                table=loaded.name,
                key=column,
            )
    return tuple(
        row for row in loaded.rows
        if all(_matches(row[column], wanted) for column, wanted in criteria.items())
    )


def enum_row(enum: str, enum_id_: Key) -> Row:
    """The entry ``enum_id_`` of enumeration ``enum`` with all its columns."""
    return load("enum", enum).row(enum_id_)


def enum_label(enum: str, enum_id_: Key) -> str:
    """The French label (``lib``) of entry ``enum_id_``, exactly as in the official sheet."""
    label = enum_row(enum, enum_id_)["lib"]
    return "" if label is None else str(label)


def enum_id(enum: str, label: str) -> Key:
    """The id of the entry labelled ``label`` (compared as in :func:`find_rows` for text)."""
    loaded = load("enum", enum)
    wanted = text_key(label)
    for row in loaded.rows:
        if isinstance(row["lib"], str) and text_key(row["lib"]) == wanted:
            key = row.key
            if isinstance(key, int | str):
                return key
    raise UnknownLabelError(
        f"Énumération « {loaded.name} » : aucun libellé « {label} ».",
        table=loaded.name,
        key=label,
    )


def text_key(text: str) -> str:
    """Comparison form of a label: NFC, case-folded, single spaces, no edge spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _matches(cell: CellValue, wanted: object) -> bool:
    number = _as_number(wanted)
    if isinstance(cell, tuple):
        return isinstance(wanted, int) and number is not None and wanted in cell
    if isinstance(cell, Bounds):
        return number is not None and cell.contains(number)
    if cell is None or wanted is None:
        return cell is None and wanted is None
    if isinstance(cell, str):
        return isinstance(wanted, str) and text_key(cell) == text_key(wanted)
    return number is not None and cell == number


def _as_number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
