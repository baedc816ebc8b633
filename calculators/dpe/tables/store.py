"""Lazy, cached loading of the generated tables shipped in ``calculators/dpe/tables/data``.

Each table is read with the standard ``json`` module the first time it is asked for, turned into
:class:`Table` (rows as :class:`~calculators.dpe.tables.rows.Row`, an index by key), and kept for
the life of the process: the files never change while the app runs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from calculators.dpe.tables.errors import UnknownRowError, UnknownTableError
from calculators.dpe.tables.rows import Bounds, CellValue, Row

Kind = Literal["valeur", "enum"]
Key = int | str
_PREFIX: dict[Kind, str] = {"valeur": "tv_", "enum": "enum_"}
_KIND_LABEL: dict[Kind, str] = {"valeur": "table de valeurs", "enum": "énumération"}


@dataclass(frozen=True)
class Table:
    """One official table: its columns and their types, its rows, and its source sheet."""

    name: str
    kind: Kind
    key_column: str
    column_types: Mapping[str, str]
    rows: tuple[Row, ...]
    by_key: Mapping[Key, Row]
    source_file: str
    source_sheet: str
    integer_keys: bool = field(init=False, repr=False, compare=False)
    """Whether the key column holds integers (then an ``int`` key is used as it is)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "integer_keys", self.column_types[self.key_column] == "entier")

    def row(self, key: object) -> Row:
        """The row whose key is ``key`` (an ``int``, or its digits as text as in the XML)."""
        wanted = key if type(key) is int and self.integer_keys else self._coerce_key(key)
        row = self.by_key.get(wanted) if wanted is not None else None
        if row is None:
            raise UnknownRowError(
                f"{_KIND_LABEL[self.kind].capitalize()} « {self.name} » : aucune ligne "
                f"d'identifiant « {key} » ({self.key_column}).",
                table=self.name,
                key=key,
            )
        return row

    def _coerce_key(self, key: object) -> Key | None:
        if isinstance(key, bool):
            return None
        if self.integer_keys:
            if isinstance(key, int):
                return key
            text = key.strip() if isinstance(key, str) else ""
            return int(text) if text.isascii() and text.isdigit() else None
        return str(key).strip() if isinstance(key, int | str) else None


@cache
def manifest() -> Mapping[str, Any]:
    """The build manifest: sources, their SHA-256, build date, and per-table file and row count."""
    text = resources.files(f"{__package__}.data").joinpath("manifest.json").read_text("utf-8")
    loaded: Mapping[str, Any] = json.loads(text)
    return loaded


def table_names(kind: Kind) -> tuple[str, ...]:
    """Names of the value tables (``"umur"``...) or enumerations (``"type_energie"``...)."""
    prefix = _PREFIX[kind]
    return tuple(sorted(n[len(prefix):] for n in manifest()["tables"] if n.startswith(prefix)))


def resolve_name(kind: Kind, name: str) -> str:
    """File stem for a table name, accepting the XML field form (``tv_umur_id``, ``enum_x_id``)."""
    prefix = _PREFIX[kind]
    bare = name.removeprefix(prefix)
    for candidate in (bare, bare.removesuffix("_id")):
        if prefix + candidate in manifest()["tables"]:
            return prefix + candidate
    raise UnknownTableError(
        f"{_KIND_LABEL[kind].capitalize()} inconnue : « {name} ».", table=name
    )


@cache
def load(kind: Kind, name: str) -> Table:
    """The table ``name`` (see :func:`resolve_name`), loaded once then cached (by each name it is
    asked under: the engine asks thousands of times per dwelling)."""
    return _load_stem(resolve_name(kind, name))


@cache
def _load_stem(stem: str) -> Table:
    entry = manifest()["tables"][stem]
    text = resources.files(f"{__package__}.data").joinpath(entry["fichier"]).read_text("utf-8")
    data = json.loads(text)
    types = {c["nom"]: c["type"] for c in data["colonnes"]}
    positions = {name: index for index, name in enumerate(types)}
    converters = [_converter(kind) for kind in types.values()]
    rows = tuple(
        Row(data["table"], positions, tuple(f(v) for f, v in zip(converters, line, strict=True)))
        for line in data["lignes"]
    )
    return Table(
        name=data["table"],
        kind=data["type"],
        key_column=data["cle"],
        column_types=types,
        rows=rows,
        by_key={row.key: row for row in rows if isinstance(row.key, int | str)},
        source_file=data["source"]["fichier"],
        source_sheet=data["source"]["feuille"],
    )


def _converter(kind: str) -> Callable[[Any], CellValue]:
    """JSON value -> cell value: id lists become tuples, interval objects :class:`Bounds`."""
    if kind == "ids":
        return _ids
    if kind == "bornes":
        return _bounds
    return _scalar


def _ids(value: list[int] | None) -> CellValue:
    return None if value is None else tuple(value)


def _bounds(value: Mapping[str, Any] | None) -> CellValue:
    if value is None:
        return None
    return Bounds(value["min"], value["max"], value["min_inclus"], value["max_inclus"])


def _scalar(value: int | float | str | None) -> CellValue:
    return value
