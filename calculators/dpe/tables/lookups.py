"""The lookups the 3CL engine and the ADEME XML reader use on the official tables.

- :func:`value_row` — a value-table row by its ``tv_*_id`` (as referenced in the XML files);
- :func:`find_rows` — value-table rows matching criteria (period, zone, material...);
- :func:`enum_label`, :func:`enum_id`, :func:`enum_row` — enumerations (``enum_*_id``).

Table names may be given bare (``"umur"``, ``"type_energie"``) or as the XML field that points at
them (``"tv_umur_id"``, ``"enum_type_energie_id"``).

:func:`find_rows` answers from per-column indexes (:mod:`.index`) and remembers its last
:data:`FIND_ROWS_MEMO_SIZE` distinct questions: the engine asks the same ones for every element of
every dwelling. Its semantics are those of the plain scan of :mod:`.matching`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache

from calculators.dpe.tables.errors import UnknownColumnError, UnknownLabelError
from calculators.dpe.tables.index import memo_key, select
from calculators.dpe.tables.matching import text_key
from calculators.dpe.tables.rows import Row
from calculators.dpe.tables.store import Key, load, table_names

__all__ = ["enum_id", "enum_label", "enum_names", "enum_row", "find_rows", "text_key",
           "value_row", "value_table_names"]

FIND_ROWS_MEMO_SIZE = 4096
"""Distinct (table, criteria) answers kept: the 231 files of the ADEME corpus ask ≈ 1,200;
interval criteria take continuous numbers (Pn, volumes), so the memo is bounded rather than left
to grow (a miss costs ≈ 10 µs through the indexes)."""


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
    try:
        return _find_rows_memo(table, **criteria)
    except _NotMemoised as answer:
        return answer.rows
    except TypeError:
        # An unhashable criterion value (a list...): no memo key, the plain lookup answers.
        return _find_rows(table, criteria)


class _NotMemoised(Exception):  # noqa: N818 - a carrier, not an error: see _find_rows_memo
    """The answer to a question the memo must not keep (see :func:`_find_rows_memo`)."""

    def __init__(self, rows: tuple[Row, ...]) -> None:
        super().__init__()
        self.rows = rows


@lru_cache(maxsize=FIND_ROWS_MEMO_SIZE, typed=True)
def _find_rows_memo(table: str, **criteria: object) -> tuple[Row, ...]:
    """The memoised lookup. The key is built by ``lru_cache`` in C (table, columns, values and,
    ``typed``, the type of each value, so ``1``, ``1.0`` and ``True`` stay apart): it was the
    top own-time cost of a lookup when built in Python. A question :func:`.index.memo_key`
    refuses (NaN, a value of a type other than the plain ones and enum members) is answered
    through an exception, which ``lru_cache`` does not keep, so such a question is never
    stored, hence never answered from the memo."""
    rows = _find_rows(table, criteria)
    if memo_key(criteria) is None:
        raise _NotMemoised(rows)
    return rows


def _find_rows(table: str, criteria: Mapping[str, object]) -> tuple[Row, ...]:
    loaded = load("valeur", table)
    for column in criteria:
        if column not in loaded.column_types:
            raise UnknownColumnError(
                f"La table « {loaded.name} » n'a pas de colonne « {column} ».",
                table=loaded.name,
                key=column,
            )
    return select(loaded, criteria)


def enum_row(enum: str, enum_id_: Key) -> Row:
    """The entry ``enum_id_`` of enumeration ``enum`` with all its columns."""
    return load("enum", enum).row(enum_id_)


def enum_label(enum: str, enum_id_: Key) -> str:
    """The French label (``lib``) of entry ``enum_id_``, exactly as in the official sheet."""
    label = enum_row(enum, enum_id_)["lib"]
    return "" if label is None else str(label)


def enum_id(enum: str, label: str) -> Key:
    """The id of the entry labelled ``label`` (compared as in :func:`find_rows` for text)."""
    name = load("enum", enum).name
    key = _ids_by_label(name).get(text_key(label))
    if key is None:
        raise UnknownLabelError(
            f"Énumération « {name} » : aucun libellé « {label} ».", table=name, key=label
        )
    return key


@cache
def _ids_by_label(enum: str) -> Mapping[str, Key]:
    """Id of the first entry (sheet order) per :func:`text_key` of its label."""
    found: dict[str, Key] = {}
    for row in load("enum", enum).rows:
        label, key = row["lib"], row.key
        if isinstance(label, str) and isinstance(key, int | str):
            found.setdefault(text_key(label), key)
    return found
