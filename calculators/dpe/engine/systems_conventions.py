"""How one certified program reads points of chapters 14 and 15 the method leaves open.

The text's reading is the default everywhere; a program's own reading, measured on the ADEME
corpus, applies to that program's files only (``usr_logiciel_id``). Each reading is data, in
``systems_conventions.json`` beside this module, with the section it concerns and the files
that show it. Sibling of ``lighting_conventions`` (§16.1) and ``envelope/conventions`` (ch. 3).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

_FILE = "systems_conventions.json"


@dataclass(frozen=True, slots=True)
class SystemsConventions:
    """The readings of one program; the defaults are the text's."""

    substation_always_insulated: bool = False
    """§14.3: Rs × Rg of a district substation is 0.9 whatever ``reseau_distribution_isole``."""
    loop_levels_from_building: bool = False
    """§15.2.3: Niv_inst_ecs of a collective loop is the building's number of levels."""


TEXT = SystemsConventions()
"""The method's own reading, for every program without a recorded one."""


def systems_conventions(software_id: str | None) -> SystemsConventions:
    """The readings applied to the files of program ``software_id`` (the text's when unknown)."""
    if software_id is None:
        return TEXT
    return _conventions().get(software_id.strip(), TEXT)


@cache
def _conventions() -> MappingProxyType[str, SystemsConventions]:
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    document = json.loads(text)
    return MappingProxyType(
        {
            key: SystemsConventions(
                substation_always_insulated=bool(
                    entry["sous_station_ecs_toujours_isolee"]["valeur"]
                ),
                loop_levels_from_building=bool(entry["bouclage_ecs_niveaux_immeuble"]["valeur"]),
            )
            for key, entry in document["logiciels"].items()
        }
    )
