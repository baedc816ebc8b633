"""The desk's own assumptions, read from ``expand_defaults.json``.

The 3CL-DPE 2021 method has defaults for some unknowns (U of an unknown wall, insulation of
unknown state, thermal bridges, the collective generator of §17.2.1.1); the engine applies those
and the expansion cites them. What the method leaves to the assessor's eyes (a window's fitting,
a tank's volume, the ventilation of a house nobody visited...) is a desk assumption: data in
that file, each group with its source, so that the estimate's assumption list can quote it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

_FILE = "expand_defaults.json"


@cache
def _document() -> Mapping[str, Any]:
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    loaded: Mapping[str, Any] = json.loads(text)
    return loaded


def group(name: str) -> Mapping[str, Any]:
    """One group of assumptions (``"menuiseries"``, ``"chauffage"``...), with its ``source``."""
    value: Mapping[str, Any] = _document()[name]
    return value


def number(name: str, key: str) -> float:
    """A numeric assumption of ``group(name)``."""
    return float(group(name)[key])


def integer(name: str, key: str) -> int:
    """An id or count of ``group(name)``."""
    return int(group(name)[key])


def by_year(rows: Sequence[Sequence[Any]], year: int) -> Any:
    """The value of the first ``[until_year, value]`` row whose year is ≥ ``year`` (None: any)."""
    for until, value in rows:
        if until is None or year <= until:
            return value
    raise KeyError(year)


def wall_thickness_cm(material_id: int) -> float:
    """Typical thickness [cm] of a wall material (corpus median; see the JSON source)."""
    thicknesses = group("epaisseur_mur_cm")
    return float(thicknesses["valeurs"].get(str(material_id), thicknesses["defaut"]))
