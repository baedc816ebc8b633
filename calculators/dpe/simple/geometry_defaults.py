"""The assumptions of the estimated geometry, read from ``geometry_defaults.json``.

The 3CL-DPE 2021 method gives no default area: the assessor measures every wall. What the desk
estimate assumes instead (ceiling height, footprint proportions, window-to-floor ratio by type and
period, typical window and door sizes...) is data in that file, each value with its source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

_FILE = "geometry_defaults.json"


@dataclass(frozen=True, slots=True)
class Parameter:
    """One assumption: value, unit and where it comes from."""

    key: str
    value: float
    unit: str
    source: str


@dataclass(frozen=True, slots=True)
class WindowRatio:
    """Window area per m² of living area for ``kind`` (``maison``/``appartement``) built up to
    ``until_year`` inclusive (None: every later year)."""

    kind: str
    until_year: int | None
    ratio: float


@dataclass(frozen=True, slots=True)
class FacadeShare:
    """Share of the two long sides on the outside for a flat of unknown façades at
    ``position`` with a surface in [``min_m2``, ``max_m2``) [m²]."""

    position: str
    min_m2: float
    max_m2: float
    share: float


@dataclass(frozen=True, slots=True)
class GeometryDefaults:
    parameters: MappingProxyType[str, Parameter]
    window_ratios: tuple[WindowRatio, ...]
    window_ratio_source: str
    facade_shares: tuple[FacadeShare, ...]


@cache
def geometry_defaults() -> GeometryDefaults:
    """The assumptions shipped with the package, read once."""
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    return _parse(json.loads(text))


def parameter(key: str) -> float:
    """The value of assumption ``key``; unknown key: ``KeyError``."""
    return geometry_defaults().parameters[key].value


def window_ratio(kind: str, year: int) -> float:
    """Window-to-living-area ratio for a ``maison`` or ``appartement`` built in ``year``."""
    for row in geometry_defaults().window_ratios:
        if row.kind == kind and (row.until_year is None or year <= row.until_year):
            return row.ratio
    raise KeyError(kind)


def facade_share(position: str, surface_m2: float) -> float | None:
    """Share of a flat's two long sides on the outside when its façades are unknown (corpus
    median by position and size); None where the two façades of a through flat are kept."""
    for row in geometry_defaults().facade_shares:
        if row.position == position and row.min_m2 <= surface_m2 < row.max_m2:
            return row.share
    return None


def _parse(document: dict[str, Any]) -> GeometryDefaults:
    parameters = {
        key: Parameter(key, float(entry["valeur"]), str(entry["unite"]), str(entry["source"]))
        for key, entry in document["parametres"].items()
    }
    ratios = document["ratios_fenetres"]
    rows = tuple(
        WindowRatio(str(row["type"]), row["jusqu_a"], float(row["ratio"]))
        for row in ratios["lignes"]
    )
    shares = tuple(
        FacadeShare(
            str(row["position"]),
            float(row["surface_min_m2"]),
            float(row["surface_max_m2"]),
            float(row["part"]),
        )
        for row in document["facades_appartement_par_taille"]["lignes"]
    )
    return GeometryDefaults(MappingProxyType(parameters), rows, str(ratios["source"]), shares)
