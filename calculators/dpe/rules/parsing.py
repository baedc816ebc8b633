"""Reading the rules' JSON files: typed accessors that fail with a French message naming the spot.

The files ship as package data next to this module. Broken data is a packaging bug, but it must
still fail loudly and clearly: every accessor raises :class:`RulesError` naming file and entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from importlib import resources
from itertools import pairwise
from typing import Any, Protocol, TypeVar

from calculators.dpe.rules.errors import RulesError
from calculators.dpe.rules.sources import Source, Validity

T = TypeVar("T")


class Dated(Protocol):
    """Any rule object with a period of validity."""

    @property
    def validity(self) -> Validity: ...


D = TypeVar("D", bound=Dated)


def read_json(name: str) -> Any:
    """The parsed content of the package data file ``name``."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, ValueError) as exc:
        raise RulesError(f"Fichier de règles DPE illisible : {name} ({exc}).") from exc


def field(obj: Any, key: str, where: str) -> Any:
    """``obj[key]``, or a :class:`RulesError` naming ``where`` and the missing key."""
    if not isinstance(obj, Mapping) or key not in obj:
        raise RulesError(f"Données de règles DPE invalides ({where}) : champ « {key} » absent.")
    return obj[key]


def typed(obj: Any, key: str, kind: type[T], where: str) -> T:
    """``obj[key]`` checked to be a ``kind`` (an int is accepted where a float is expected)."""
    value = field(obj, key, where)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise RulesError(
            f"Données de règles DPE invalides ({where}) : « {key} » devrait être de type "
            f"{kind.__name__}, lu {value!r}."
        )
    return value


def iso_date(text: Any, where: str) -> date:
    """A ``YYYY-MM-DD`` string as a date."""
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise RulesError(f"Données de règles DPE invalides ({where}) : date « {text} ».") from exc


def validity(obj: Any, where: str) -> Validity:
    """The ``valid_from``/``valid_until`` pair of an entry (``valid_until`` may be null)."""
    start = iso_date(field(obj, "valid_from", where), where)
    end_text = field(obj, "valid_until", where)
    end = None if end_text is None else iso_date(end_text, where)
    if end is not None and end < start:
        raise RulesError(f"Données de règles DPE invalides ({where}) : fin avant début.")
    return Validity(start, end)


def source(obj: Any, where: str) -> Source:
    """The ``source`` of an entry: ``text`` and ``ref`` are required, ``note`` optional."""
    src = field(obj, "source", where)
    note = src.get("note") if isinstance(src, Mapping) else None
    return Source(typed(src, "text", str, where), typed(src, "ref", str, where), note)


def entries(obj: Any, key: str, where: str) -> list[Any]:
    """A non-empty list field."""
    value = field(obj, key, where)
    if not isinstance(value, list) or not value:
        raise RulesError(f"Données de règles DPE invalides ({where}) : « {key} » vide.")
    return value


def no_overlap(items: Iterable[D], where: str) -> tuple[D, ...]:
    """The items sorted by start date, refusing two periods that share a day."""
    ordered = sorted(items, key=lambda item: item.validity.valid_from)
    for earlier, later in pairwise(ordered):
        if earlier.validity.overlaps(later.validity):
            raise RulesError(
                f"Données de règles DPE invalides ({where}) : deux périodes se chevauchent "
                f"(à partir du {later.validity.valid_from.isoformat()})."
            )
    return tuple(ordered)


def covering(items: Iterable[D], at: date) -> D | None:
    """The one item whose period covers ``at`` (periods are checked not to overlap at load)."""
    return next((item for item in items if item.validity.covers(at)), None)
