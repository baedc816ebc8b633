"""Data of the bioclimatic advice: materials and design rules, as JSON with their sources.

Same layout as ``calculators/solar/data`` and ``calculators/options/data``: every value or
group of values carries a ``source`` (``text``: the act, standard or publication; ``ref``:
article, table, section; ``checked``: false when the value could not be confirmed from a
public source, cited « (à vérifier) »); rules that change carry ``valid_from`` /
``valid_until``. Code reads values through the accessors below, which name the file and the
entry when the data is broken.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from calculators.advice.errors import AdviceDataError
from calculators.solar.data import Source

RULES = "bioclimatic.json"
MATERIALS = "materials.json"


@cache
def read_json(name: str) -> Mapping[str, Any]:
    """The parsed content of the package data file ``name`` (read once per process)."""
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise AdviceDataError(f"Fichier de données du conseil illisible : {name} ({exc}).") from exc
    if not isinstance(data, Mapping):
        raise AdviceDataError(f"Fichier de données du conseil invalide : {name}.")
    return data


def entry(name: str, *path: str) -> Any:
    """The object at ``path`` in file ``name`` (``entry(RULES, "confort_ete")``)."""
    node: Any = read_json(name)
    for depth, key in enumerate(path):
        if not isinstance(node, Mapping) or key not in node:
            where = "/".join(path[: depth + 1])
            raise AdviceDataError(f"Données du conseil invalides ({name}) : « {where} » absent.")
        node = node[key]
    return node


def number(name: str, *path: str) -> float:
    """The finite number at ``path`` (JSON integers accepted)."""
    found = entry(name, *path)
    if isinstance(found, bool) or not isinstance(found, int | float) or found != found:
        where = "/".join(path)
        raise AdviceDataError(f"Données du conseil invalides ({name}) : « {where} » non numérique.")
    return float(found)


def source(name: str, *path: str) -> Source:
    """The ``source`` block of the entry at ``path``."""
    return source_block(name, *path, "source")


def source_block(name: str, *path: str) -> Source:
    """The object at ``path`` read as a source (``text``, ``ref``, ``checked``, ``note``)."""
    block = entry(name, *path)
    where = "/".join(path)
    if not isinstance(block, Mapping) or not isinstance(block.get("checked"), bool):
        raise AdviceDataError(f"Données du conseil invalides ({name}) : source « {where} ».")
    if "text" not in block or "ref" not in block:
        raise AdviceDataError(f"Données du conseil invalides ({name}) : source « {where} ».")
    note = block.get("note")
    return Source(str(block["text"]), str(block["ref"]), block["checked"], note and str(note))


def rule(*path: str) -> float:
    """A number of ``bioclimatic.json``: ``rule("confort_ete", "seuil_confort_c")``."""
    return number(RULES, *path)


def rule_source(*path: str) -> Source:
    """The source of an entry of ``bioclimatic.json``."""
    return source(RULES, *path)
