"""The building blocks of the uncertainty band: an alternative, a variation, the ranges.

An :class:`Option` is one plausible value of an unknown — JSON-path changes to the description,
scale factors on the estimated areas, or a replacement of a desk assumption
(:class:`~.expand_notes.Unasked`); a :class:`Variation` groups the options of one unknown with
its French name. The ranges (geometry errors measured on the corpus, extreme values of each
unknown) are data in ``uncertainty.json`` with their sources.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from calculators.dpe.simple.choices import Choix
from calculators.dpe.simple.description import SimpleDescription

_FILE = "uncertainty.json"
Change = tuple[str, Any]
"""(JSON path, new value) applied to the description."""


@dataclass(frozen=True, slots=True)
class Option:
    """One plausible alternative: ``nom`` in French, description changes, geometry factors
    (``murs``, ``fenetres``, ``toiture``, ``plancher_bas`` → multiplier of the estimated area)."""

    nom: str
    changes: tuple[Change, ...] = ()
    scale: tuple[tuple[str, float], ...] = ()
    unasked: tuple[tuple[str, Any], ...] = ()
    """Fields of :class:`~.expand_envelope.Unasked` replacing the desk's assumptions."""


@dataclass(frozen=True, slots=True)
class Variation:
    """An unknown or estimated quantity: its JSON path (or ``geometrie.*``), its French name
    with article (« l'isolation des murs ») and state (« inconnue »), its alternatives."""

    champ: str
    libelle: str
    etat: str
    options: tuple[Option, ...]


@cache
def ranges() -> Mapping[str, Any]:
    """``uncertainty.json``: geometry errors and the alternatives' values, with sources."""
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    loaded: Mapping[str, Any] = json.loads(text)
    return loaded


def apply(description: SimpleDescription, changes: tuple[Change, ...]) -> SimpleDescription:
    """``description`` with each JSON path set to its new value (nested frozen dataclasses)."""
    for path, value in changes:
        description = _set(description, path.split("."), value)
    return description


def _set(node: Any, keys: list[str], value: Any) -> Any:
    head, *rest = keys
    if not rest:
        return replace(node, **{head: value})
    return replace(node, **{head: _set(getattr(node, head), rest, value)})


def choices(
    path: str, libelle: str, etat: str, kind: type[Choix], keys: tuple[str, ...]
) -> Variation:
    options = tuple(Option(kind(key).libelle, ((path, kind(key)),)) for key in keys)
    return Variation(path, libelle, etat, options)
