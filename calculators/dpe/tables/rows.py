"""Typed rows of the official tables: an immutable mapping column -> normalised value.

Cell values are ``int``, ``float``, ``str`` or ``None``; an ``enum_*_id`` column of a value table
holds the tuple of enum ids the row applies to (the sheets write ``"1|2|3"``); a ``*_bornes``
column holds the :class:`Bounds` parsed from a range label such as ``"100 <   ≤ 200"``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from calculators.dpe.tables.errors import CellTypeError, UnknownColumnError


@dataclass(frozen=True)
class Bounds:
    """An interval from a range label, in the unit of its column (cm, m³ in litres, kW, °...).

    ``lower``/``upper`` are ``None`` when unbounded on that side.
    """

    lower: float | None
    upper: float | None
    lower_inclusive: bool
    upper_inclusive: bool

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies in the interval (bounds included or not as the label says)."""
        if self.lower is not None and (
            value < self.lower or (value == self.lower and not self.lower_inclusive)
        ):
            return False
        return self.upper is None or not (
            value > self.upper or (value == self.upper and not self.upper_inclusive)
        )


CellValue = int | float | str | None | tuple[int, ...] | Bounds


class Row(Mapping[str, CellValue]):
    """One row of a table; ``row["umur"]``, ``row.number("umur")``, ``row.key``."""

    __slots__ = ("_positions", "_table", "_values")

    def __init__(
        self, table: str, positions: Mapping[str, int], values: tuple[CellValue, ...]
    ) -> None:
        self._table = table
        self._positions = positions
        self._values = values

    @property
    def table(self) -> str:
        """Name of the table the row belongs to (``"umur"``, ``"type_energie"``...)."""
        return self._table

    @property
    def key(self) -> CellValue:
        """The row's identifier: its ``tv_*_id``, enum ``id`` or network identifier."""
        return self._values[0]

    def __getitem__(self, column: str) -> CellValue:
        try:
            return self._values[self._positions[column]]
        except KeyError:
            raise self._unknown(column) from None

    def _unknown(self, column: str) -> UnknownColumnError:
        return UnknownColumnError(
            f"La table « {self._table} » n'a pas de colonne « {column} ».",
            table=self._table,
            key=column,
        )

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Row({self._table!r}, {dict(self)!r})"

    def number(self, column: str) -> float:
        """The cell as a number; a text or empty cell raises :class:`CellTypeError`.

        Read directly rather than through ``self[column]``: the engine reads hundreds of numbers
        per dwelling, and a table's numbers are almost all exact ``float`` or ``int``.
        """
        try:
            value = self._values[self._positions[column]]
        except KeyError:
            raise self._unknown(column) from None
        if type(value) is float:
            return value
        if type(value) is int:
            return float(value)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise CellTypeError(
                f"Table « {self._table} », ligne {self.key} : la colonne « {column} » "
                f"ne contient pas un nombre ({value!r}).",
                table=self._table,
                key=self.key,
            )
        return float(value)

    def ids(self, column: str) -> tuple[int, ...]:
        """The enum ids of an ``enum_*_id`` column (empty when the cell is empty)."""
        try:  # read directly, as in number(): one call less on every read
            value = self._values[self._positions[column]]
        except KeyError:
            raise self._unknown(column) from None
        if value is None:
            return ()
        if not isinstance(value, tuple):
            raise CellTypeError(
                f"Table « {self._table} » : la colonne « {column} » n'est pas une liste d'ids.",
                table=self._table,
                key=self.key,
            )
        return value

    def bounds(self, column: str) -> Bounds | None:
        """The interval of a ``*_bornes`` column (``None`` when the cell is empty)."""
        try:  # read directly, as in number(): one call less on every read
            value = self._values[self._positions[column]]
        except KeyError:
            raise self._unknown(column) from None
        if value is not None and not isinstance(value, Bounds):
            raise CellTypeError(
                f"Table « {self._table} » : la colonne « {column} » n'est pas un intervalle.",
                table=self._table,
                key=self.key,
            )
        return value
