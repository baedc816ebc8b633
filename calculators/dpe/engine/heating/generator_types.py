"""What rule of the method gives a heat generator's efficiency, from its ADEME type id.

``generator_types.json`` sorts the ids of the ADEME enumeration ``type_generateur_ch`` into
calculation families (heat pump, stove, boiler by energy, Joule, heat network...) and boilers
into loss-curve technologies (§13.2.1.5, §13.2.1.6). It also records the project's reading of
the data-model categories the method has no rule for (« autre système à combustion »).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from calculators.dpe.engine.heating.combustion import BoilerTechnology
from calculators.dpe.engine.heating.errors import HeatingInputError

DATA_FILE = "generator_types.json"

HEAT_PUMPS = frozenset(
    {"pac_air_air", "pac_air_eau", "pac_eau_eau", "pac_eau_glycolee_eau", "pac_geothermique"}
)
BOILERS = frozenset({"chaudiere_fioul", "chaudiere_gaz", "chaudiere_gpl"})
WOOD_BOILERS = frozenset({"chaudiere_bois", "chaudiere_charbon", "poele_bouilleur"})
COMBUSTION = BOILERS | WOOD_BOILERS | {"generateur_air_chaud", "radiateur_gaz"}


@dataclass(frozen=True, slots=True)
class GeneratorType:
    """A generator type id with its calculation family and, for boilers, loss curve."""

    type_generateur_ch_id: int
    famille: str
    technology: BoilerTechnology | None
    hybride: bool
    """Part of a hybrid heat pump (heat pump or boiler side, §9.1.4.3)."""


@cache
def _document() -> Mapping[str, Any]:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text("utf-8")
    loaded: Mapping[str, Any] = json.loads(text)
    return loaded


def _in(ranges: list[list[int]], ident: int) -> bool:
    return any(low <= ident <= high for low, high in ranges)


@cache
def generator_type(type_generateur_ch_id: int) -> GeneratorType:
    """Family and technology of an ``enum_type_generateur_ch_id``; unknown ids raise."""
    doc = _document()
    famille = next(
        (name for name, f in doc["familles"].items() if _in(f["ids"], type_generateur_ch_id)),
        None,
    )
    if famille is None:
        raise HeatingInputError(
            f"type de générateur de chauffage {type_generateur_ch_id} inconnu.",
            field="type de générateur",
        )
    technology = next(
        (
            BoilerTechnology(name)
            for name, t in doc["technologies_chaudieres"].items()
            if _in(t["ids"], type_generateur_ch_id)
        ),
        None,
    )
    if famille in WOOD_BOILERS:
        technology = BoilerTechnology.BOIS
    elif famille == "generateur_air_chaud":
        technology = BoilerTechnology.AIR_CHAUD
    elif famille == "radiateur_gaz":
        technology = BoilerTechnology.RADIATEUR_GAZ
    return GeneratorType(
        type_generateur_ch_id=type_generateur_ch_id,
        famille=famille,
        technology=technology,
        hybride=_in(doc["pac_hybride"]["ids"], type_generateur_ch_id),
    )


def equivalent_boiler(
    type_generateur_ch_id: int, type_energie_id: int, annee_construction: int | None
) -> int:
    """The standard boiler type computed for an « autre système à combustion » (113–116) or the
    default collective system (119, §17.2.1.1): same energy, installed the year the building
    was built or, unknown, the oldest (the most penalising); see the JSON for the reading."""
    table = _document()["autre_combustion_equivalent"]
    by_energy = table["par_type_et_energie"].get(str(type_generateur_ch_id))
    if by_energy is None:
        return type_generateur_ch_id
    steps: list[list[int]] = table[by_energy.get(str(type_energie_id), by_energy["defaut"])]
    chosen = steps[0][1]
    for first_year, ident in steps:
        if annee_construction is not None and annee_construction >= first_year:
            chosen = ident
    return int(chosen)
