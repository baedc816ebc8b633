"""How certified DPE programs read the points of chapter 3 the method leaves open.

The official DPE is what certified engines compute. Where the ADEME corpus shows one reading
shared by several programs and years, the envelope functions follow it (their docstrings say
so); where programs disagree, the text's reading is the default and a program's own reading is
applied to its own files only, selected by the ``usr_logiciel_id`` an ADEME file carries. Each
reading is data, in ``conventions.json`` beside this module, with the section it concerns and
what the corpus shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

_FILE = "conventions.json"


class LiningOrder(StrEnum):
    """When a wall's lining resistance is added (§3.2.1.2) relative to the 2.5 cap (§3.2.1.1)."""

    BEFORE_CAP = "avant_plafonnement"
    """Umur_nu = Min(1/(1/Umur0 + R_doublage) ; 2.5): the text's order."""
    AFTER_CAP = "apres_plafonnement"
    """Umur_nu = 1/(1/Min(Umur0 ; 2.5) + R_doublage)."""


class RatioBelowTable(StrEnum):
    """How a 2S/P below the first tabulated value (3) is read in the Ue tables (§3.2.2.1)."""

    HOLD = "maintenu"
    EXTRAPOLATE = "extrapole"


class RatioBetweenRows(StrEnum):
    """How a rounded 2S/P between two tabulated rows (11, 13... above 10) is read (§3.2.2.1)."""

    INTERPOLATE = "interpole"
    ROW_BELOW = "ligne_inferieure"


@dataclass(frozen=True, slots=True)
class EngineConventions:
    """The readings applied by the envelope stage; :func:`conventions_for` gives a program's.
    The field defaults are the readings used when the program is unknown (``par_defaut``)."""

    lining: LiningOrder = LiningOrder.BEFORE_CAP
    ue_ratio_below_table: RatioBelowTable = RatioBelowTable.HOLD
    ue_ratio_between_rows: RatioBetweenRows = RatioBetweenRows.INTERPOLATE
    frame_width_from_reference: bool = False
    """Read a joinery bridge's frame width Lp (§3.4.5) in the file's own table reference."""
    lining_with_unknown_insulation: bool = True
    """Add the lining resistance (§3.2.1.2) to a wall whose insulation is unknown (U from the
    table of its period, §3.2.1.1: Umur = Min(Umur_nu ; Umur_tab)); False: Umur_nu = Umur0."""
    half_share_in_houses: bool = False
    """Count half of an intermediate-floor or partition junction (§3.4.2, §3.4.4) in a house too
    when the file leaves ``pourcentage_valeur_pont_thermique`` out (the text's default halves
    them in flats only)."""
    one_facade_as_several: bool = False
    """Take the wind-protection coefficients e and f of « plusieurs façades exposées » (§4)
    even when the file says one façade (the air-renewal stage reads this one)."""
    collective_tank_recovered: bool = False
    """Recover the storage losses of a collective hot-water tank whose generator the file
    places in the heated volume (§9.1.1), the whole tank for a building, the flat's share a
    for a flat; the text never recovers collective tanks (§17.1.4.2, §17.2.1). The needs stage
    reads this one."""
    software: str | None = None
    """Name of the program whose readings these are; ``None`` for the defaults."""


DEFAULT_CONVENTIONS = EngineConventions()
"""The readings used when the program is unknown (``par_defaut`` of ``conventions.json``)."""

_FIELDS = {
    "doublage": ("lining", LiningOrder),
    "ue_2s_p_sous_table": ("ue_ratio_below_table", RatioBelowTable),
    "ue_2s_p_entre_lignes": ("ue_ratio_between_rows", RatioBetweenRows),
    "largeur_dormant_par_reference": ("frame_width_from_reference", bool),
    "une_facade_lue_plusieurs": ("one_facade_as_several", bool),
    "doublage_isolation_inconnue": ("lining_with_unknown_insulation", bool),
    "moitie_pont_refend_maison": ("half_share_in_houses", bool),
    "ballon_collectif_en_volume_recupere": ("collective_tank_recovered", bool),
}


@dataclass(frozen=True, slots=True)
class _ConventionTable:
    default: EngineConventions
    by_software: MappingProxyType[str, EngineConventions]


def conventions_for(software_id: str | None) -> EngineConventions:
    """The readings of the program ``software_id`` (an ADEME ``usr_logiciel_id``), or the
    defaults for an unknown or absent program."""
    table = _table()
    if software_id is None:
        return table.default
    return table.by_software.get(software_id.strip(), table.default)


@cache
def _table() -> _ConventionTable:
    text = resources.files(__package__).joinpath(_FILE).read_text(encoding="utf-8")
    document = json.loads(text)
    default = _apply(EngineConventions(), document["par_defaut"])
    by_software = {
        key: replace(_apply(default, entry), software=str(entry["nom"]))
        for key, entry in document["logiciels"].items()
    }
    return _ConventionTable(default, MappingProxyType(by_software))


def _apply(base: EngineConventions, entries: dict[str, Any]) -> EngineConventions:
    changes: dict[str, Any] = {}
    for key, (field, kind) in _FIELDS.items():
        if key in entries:
            value = entries[key]["valeur"]
            changes[field] = bool(value) if kind is bool else kind(value)
    return replace(base, **changes)
