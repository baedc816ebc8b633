"""District heating: the CO2 content of a network for a DPE date, and the hook for full lists.

Rule (arrêté du 31 mars 2021, annexe 13; arrêté du 15 septembre 2006, annexes 4 § 1.1 and 7): a
network's factor is the one of annexe 7 *in the version in force on the day the DPE is made*;
a network absent from it takes coal's content, 0.385 kgCO2eq/kWh. Annexe 7 is replaced about
once a year; ``heat_networks.json`` dates each list (the ADEME tables ``reseau_chaleur_20xx``)
and, for now, holds only Béthune's network 6204C.

The official tables package will serve every network through ``lookup`` (a function from
``(list_id, network_id)`` to the factor, or None when the network is not in that list); until
then :func:`bundled_lookup` answers from our data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from calculators.dpe.rules.errors import DpeInputError, RulesError
from calculators.dpe.rules.parsing import (
    entries,
    field,
    no_overlap,
    read_json,
    source,
    typed,
    validity,
)
from calculators.dpe.rules.sources import Source, Validity, as_day, french_date

NetworkLookup = Callable[[str, str], float | None]
"""``(list_id, network_id) -> kgCO2eq/kWh`` or None when the list does not hold the network."""

_NETWORK_ID = re.compile(r"^(?:\d{2}|2A|2B)\d{2}[CF]$")


@dataclass(frozen=True)
class HeatNetworkList:
    """One yearly version of annexe 7: its period of application and the networks we hold."""

    id: str
    validity: Validity
    source: Source
    networks: Mapping[str, float]


@dataclass(frozen=True)
class HeatNetworkData:
    """The dated lists, the default for unlisted networks and the rule that picks a list."""

    lists: tuple[HeatNetworkList, ...]
    unlisted_default: float
    default_source: Source
    rule: Source


@dataclass(frozen=True)
class HeatNetworkFactor:
    """GHG factor of a heat network (kgCO2eq per kWh delivered) and where it comes from.

    ``provisional`` is True when the DPE date is past the last list we hold: the value is that
    list's, and a newer list probably applies.
    """

    network_id: str | None
    kg_co2_per_kwh: float
    list_id: str
    listed: bool
    provisional: bool
    source: Source
    note: str


@cache
def heat_network_data() -> HeatNetworkData:
    """The heat-network data of the package, read and checked once."""
    doc = read_json("heat_networks.json")
    default = field(doc, "unlisted_default", "heat_networks.json")
    rule = field(doc, "rule", "heat_networks.json")
    lists = no_overlap(map(_list, entries(doc, "lists", "heat_networks.json")), "réseaux")
    for earlier, later in pairwise(lists):
        end = earlier.validity.valid_until
        if end is None or (later.validity.valid_from - end).days != 1:
            raise RulesError(f"Données réseaux de chaleur : trou avant la liste {later.id}.")
    return HeatNetworkData(
        lists=lists,
        unlisted_default=typed(default, "value", float, "heat_networks.json/unlisted_default"),
        default_source=source(default, "heat_networks.json/unlisted_default"),
        rule=Source(typed(rule, "text", str, "rule"), typed(rule, "ref", str, "rule")),
    )


def heat_network_list_at(at: date) -> tuple[HeatNetworkList, bool]:
    """The list applying to a DPE made on ``at``, and whether it is only the latest we hold."""
    at = as_day(at)
    data = heat_network_data()
    if at < data.lists[0].validity.valid_from:
        raise RulesError(
            f"Aucune liste de réseaux de chaleur pour le {french_date(at)} : la méthode "
            "3CL-DPE 2021 s'applique à partir du "
            f"{french_date(data.lists[0].validity.valid_from)}.",
            field="date",
        )
    for network_list in data.lists:
        if network_list.validity.covers(at):
            return network_list, False
    return data.lists[-1], True


def bundled_lookup(list_id: str, network_id: str) -> float | None:
    """The factor our own data holds for a network in a list (only Béthune's 6204C)."""
    for network_list in heat_network_data().lists:
        if network_list.id == list_id:
            return network_list.networks.get(network_id)
    return None


def heat_network_co2_factor(
    network_id: str | None, at: date, *, lookup: NetworkLookup | None = None
) -> HeatNetworkFactor:
    """GHG factor (kgCO2eq/kWh) of heat network ``network_id`` (e.g. ``"6204C"``) on ``at``.

    ``network_id`` None means a network not identified: the unlisted default applies.
    """
    data = heat_network_data()
    network_list, provisional = heat_network_list_at(at)
    network = _normalise(network_id)
    value = None if network is None else (lookup or bundled_lookup)(network_list.id, network)
    caveat = (
        f" Liste la plus récente intégrée ({network_list.id}, applicable jusqu'au "
        f"{french_date(network_list.validity.valid_until or at)}) : une liste plus récente "
        "s'applique probablement."
        if provisional
        else ""
    )
    if value is None:
        return HeatNetworkFactor(
            network_id=network,
            kg_co2_per_kwh=data.unlisted_default,
            list_id=network_list.id,
            listed=False,
            provisional=provisional,
            source=data.default_source,
            note="Réseau absent des listes disponibles : valeur par défaut des réseaux non "
            "listés (contenu CO2 du charbon)." + caveat,
        )
    return HeatNetworkFactor(
        network_id=network,
        kg_co2_per_kwh=value,
        list_id=network_list.id,
        listed=True,
        provisional=provisional,
        source=network_list.source,
        note=f"Valeur de la liste {network_list.id} de l'annexe 7." + caveat,
    )


def _normalise(network_id: str | None) -> str | None:
    if network_id is None:
        return None
    cleaned = re.sub(r"\s+", "", network_id).upper() if isinstance(network_id, str) else ""
    if not _NETWORK_ID.match(cleaned):
        raise DpeInputError(
            f"Identifiant de réseau de chaleur invalide : « {network_id} » (attendu par exemple "
            "« 6204C » : département, numéro, C pour chaleur).",
            field="identifiant du réseau",
        )
    if cleaned.endswith("F"):
        raise DpeInputError(
            f"« {cleaned} » est un réseau de froid : seuls les réseaux de chaleur sont traités.",
            field="identifiant du réseau",
        )
    return cleaned


def _list(obj: Any) -> HeatNetworkList:
    where = f"heat_networks.json/{obj.get('id')}"
    networks = {
        typed(row, "id", str, where): typed(row, "value", float, where)
        for row in entries(obj, "networks", where)
    }
    return HeatNetworkList(
        id=typed(obj, "id", str, where),
        validity=validity(obj, where),
        source=source(obj, where),
        networks=MappingProxyType(networks),
    )
