"""Helpers shared by the derivation from ADEME files: notes on what was dropped, dominant values.

A DPE file describes every wall and every generator; the simple description keeps what an
adviser would say (« des murs en briques pleines, pas isolés »). What does not fit is dropped
with a French note, never silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from calculators.dpe.simple.fields import FIELDS, label

K = TypeVar("K")
V = TypeVar("V")


class Notes:
    """French notes on the values the derivation left unknown, and why."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(text)

    def bounded(self, path: str, value: float | None) -> float | None:
        """``value`` when it lies in the range of field ``path``, else None with a note."""
        if value is None:
            return None
        spec = FIELDS[path]
        low = spec.minimum if spec.minimum is not None else float("-inf")
        high = spec.maximum if spec.maximum is not None else float("inf")
        if low <= value <= high:
            return value
        self.add(f"{path} ({label(path)}) : valeur « {value:g} » du fichier hors limites, ignorée.")
        return None

    def text(self, path: str, value: str | None) -> str | None:
        """``value`` stripped when it matches the pattern of field ``path``, else None."""
        if value is None or not value.strip():
            return None
        pattern = FIELDS[path].motif
        if pattern is None or re.fullmatch(pattern, value.strip()):
            return value.strip()
        self.add(f"{path} ({label(path)}) : valeur « {value} » du fichier non reconnue, ignorée.")
        return None

    def bounded_int(self, path: str, value: float | None) -> int | None:
        kept = self.bounded(path, value)
        return None if kept is None else round(kept)


def dominant(items: Iterable[V], key: Callable[[V], K], weight: Callable[[V], float]) -> K | None:
    """The ``key`` value carrying the largest total ``weight`` (first seen on a tie)."""
    totals: dict[K, float] = {}
    for item in items:
        totals[key(item)] = totals.get(key(item), 0.0) + weight(item)
    if not totals:
        return None
    return max(totals, key=lambda value: totals[value])
