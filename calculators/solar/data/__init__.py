"""Dated data of the self-consumption, economics and solar hot-water calculators.

Tariffs, tax rates, prices, costs and model defaults live in the JSON files of this package,
never as literals in code. Every entry carries a ``source`` (``text``: the act, publication or
dataset; ``ref``: article, table, page; ``checked``: false when the value could not be
confirmed from a public source, shown as « (à vérifier) »), and dated entries carry
``valid_from`` / ``valid_until`` (both inclusive, ``null`` while open-ended).

:func:`entry_at` picks the entry in force on a day; the calculators turn the raw mappings
into typed values through the accessors below, which name the file and entry when the data
is broken.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

from calculators.solar.errors import SolarError, SolarInputError

UNCHECKED = "(à vérifier)"


class DataError(SolarError):
    """A data file of the package is missing, unreadable or inconsistent (a packaging bug)."""


@dataclass(frozen=True)
class Source:
    """Where a value comes from; ``checked`` is false for values we could not confirm."""

    text: str
    ref: str
    checked: bool
    note: str | None = None

    def cite(self) -> str:
        """One line for reports: ``"<text>, <ref>"``, flagged « (à vérifier) » if unchecked."""
        line = f"{self.text}, {self.ref}"
        return line if self.checked else f"{line} {UNCHECKED}"


@dataclass(frozen=True)
class SourcedValue:
    """A number with its unit and source, as reported back to the user with a result."""

    label: str
    value: float
    unit: str
    source: Source

    def describe(self) -> str:
        """``"<label> : <value> <unit> — <source>"`` with a French decimal comma."""
        shown = f"{self.value:g}".replace(".", ",")
        unit = f" {self.unit}" if self.unit else ""
        return f"{self.label} : {shown}{unit} — {self.source.cite()}"


@cache
def read_json(name: str) -> Mapping[str, Any]:
    """The parsed content of the package data file ``name`` (read once per process)."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise DataError(f"Fichier de données solaires illisible : {name} ({exc}).") from exc
    if not isinstance(data, Mapping):
        raise DataError(f"Fichier de données solaires invalide : {name} (objet JSON attendu).")
    return data


def field(obj: Any, key: str, where: str) -> Any:
    """``obj[key]``, or a :class:`DataError` naming ``where`` and the missing key."""
    if not isinstance(obj, Mapping) or key not in obj:
        raise DataError(f"Données solaires invalides ({where}) : champ « {key} » absent.")
    return obj[key]


def number(obj: Any, key: str, where: str) -> float:
    """``obj[key]`` as a finite float (JSON ints accepted)."""
    value = field(obj, key, where)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise DataError(f"Données solaires invalides ({where}) : « {key} » n'est pas un nombre.")
    return float(value)


def numbers(obj: Any, key: str, where: str, length: int | None = None) -> tuple[float, ...]:
    """``obj[key]`` as a tuple of floats, of ``length`` items when given."""
    values = field(obj, key, where)
    if not isinstance(values, list) or (length is not None and len(values) != length):
        raise DataError(
            f"Données solaires invalides ({where}) : « {key} » doit être une liste"
            + (f" de {length} nombres." if length is not None else " de nombres.")
        )
    return tuple(number({"v": v}, "v", f"{where}/{key}") for v in values)


def source(obj: Any, where: str) -> Source:
    """The ``source`` block of an entry."""
    block = field(obj, "source", where)
    checked = field(block, "checked", where)
    if not isinstance(checked, bool):
        raise DataError(f"Données solaires invalides ({where}) : « checked » doit être booléen.")
    note = block.get("note")
    return Source(
        text=str(field(block, "text", where)),
        ref=str(field(block, "ref", where)),
        checked=checked,
        note=None if note is None else str(note),
    )


def sourced(obj: Any, key: str, where: str, label: str, unit: str) -> SourcedValue:
    """The entry ``obj[key]`` (``{"value": …, "source": …}``) as a :class:`SourcedValue`."""
    entry = field(obj, key, where)
    return SourcedValue(label, number(entry, "value", f"{where}/{key}"), unit, source(entry, key))


def _day(text: Any, where: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise DataError(f"Données solaires invalides ({where}) : date « {text} ».") from exc


def covers(entry: Mapping[str, Any], at: date, where: str) -> bool:
    """True when ``at`` lies within the entry's ``valid_from`` … ``valid_until`` (inclusive)."""
    if isinstance(at, datetime):
        at = at.date()
    start = _day(field(entry, "valid_from", where), where)
    end_text = field(entry, "valid_until", where)
    end = None if end_text is None else _day(end_text, where)
    return start <= at and (end is None or at <= end)


def entry_at(entries: Sequence[Any], at: date, what: str, where: str) -> Mapping[str, Any]:
    """The single entry of ``entries`` in force on ``at``.

    No entry → :class:`SolarInputError` on the field « date » (the value is not transcribed
    for that day: the user must enter it); two entries → :class:`DataError` (overlap).
    """
    if not isinstance(at, date):
        raise SolarInputError(f"Date invalide : « {at} ».", field="date")
    if isinstance(at, datetime):
        at = at.date()
    found = [e for e in entries if covers(e, at, where)]
    if len(found) > 1:
        raise DataError(f"Données solaires invalides ({where}) : périodes qui se chevauchent.")
    if not found:
        raise SolarInputError(
            f"Aucune valeur « {what} » transcrite pour le {at:%d/%m/%Y} : saisissez-la.",
            field="date",
        )
    return found[0]
