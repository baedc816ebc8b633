"""Families of generators (heat pump, wood, heat network, multi-building plant) by enum id.

Used to sort a corpus of DPE files by the systems that matter for the engine (collective heating
and heat networks are where DPE engines fail most). The id ranges are data, in
``familles_generateurs.csv``, transcribed from the ADEME data-model enum sheets it cites.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

from calculators.dpe.ademe.systems import GenerateurChauffage, GenerateurEcs

PAC = "pac"
BOIS = "bois"
RESEAU_CHALEUR = "reseau_chaleur"
MULTI_BATIMENT = "multi_batiment"


@cache
def _families() -> dict[tuple[str, int], frozenset[str]]:
    text = resources.files(__package__).joinpath("familles_generateurs.csv").read_text("utf-8")
    lines = (line for line in io.StringIO(text) if not line.startswith("#"))
    found: dict[tuple[str, int], set[str]] = {}
    for row in csv.DictReader(lines):
        for ident in range(int(row["id_min"]), int(row["id_max"]) + 1):
            found.setdefault((row["table"], ident), set()).add(row["famille"])
    return {key: frozenset(value) for key, value in found.items()}


def _lookup(table: str, ident: int | None) -> frozenset[str]:
    if ident is None:
        return frozenset()
    return _families().get((table, ident), frozenset())


def familles_chauffage(generateur: GenerateurChauffage) -> frozenset[str]:
    """Families of a heat generator, from its type and its energy."""
    return _lookup("type_generateur_ch", generateur.enum_type_generateur_ch_id) | _lookup(
        "type_energie", generateur.enum_type_energie_id
    )


def familles_ecs(generateur: GenerateurEcs) -> frozenset[str]:
    """Families of a hot-water generator, from its type and its energy."""
    return _lookup("type_generateur_ecs", generateur.enum_type_generateur_ecs_id) | _lookup(
        "type_energie", generateur.enum_type_energie_id
    )
