"""Rules and reference values of the options, as JSON with their sources (package data).

Same layout as ``calculators/solar/data``: each value has ``value`` and ``source``
(``text``, ``ref``, ``checked``; unchecked values are cited « (à vérifier) »).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from calculators.solar.data import DataError, Source, field, number, source


@cache
def read_json(name: str) -> Mapping[str, Any]:
    """The parsed content of the options data file ``name`` (read once per process)."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise DataError(f"Fichier de données des options illisible : {name} ({exc}).") from exc
    if not isinstance(data, Mapping):
        raise DataError(f"Fichier de données des options invalide : {name}.")
    return data


def value(name: str, key: str) -> tuple[float, Source]:
    """``data[key]["value"]`` of file ``name`` and its source."""
    entry = field(read_json(name), key, name)
    return number(entry, "value", f"{name}/{key}"), source(entry, f"{name}/{key}")
