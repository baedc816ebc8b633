"""Distribution efficiency Rd of hot water (3CL-DPE 2021, annex 1, §11.5).

Rd is conventional, for a whole year: 0.93 / 0.87 / 0.83 for an individual installation
(production inside the living volume with contiguous or non-contiguous supplied rooms, or outside
it), 0.28 down to 0.26 for an uninsulated collective network, 0.55 / 0.52 for an insulated looped
one and 0.83 with trace heating or without loop (§11.5.2). The values are ADEME's table
``rendement_distribution_ecs``; the criteria are those the assessor sees.
"""

from __future__ import annotations

from enum import StrEnum

from calculators.dpe.engine.systems_coefficients import SystemsInputError
from calculators.dpe.tables import find_rows, value_row

INDIVIDUAL = 1
COLLECTIVE = 2
"""``enum_type_installation_id`` of the table's rows (3, multi-building, shares row 2's)."""


class CollectiveNetwork(StrEnum):
    """The three network rows of the §11.5.2 table (ADEME labels)."""

    NON_ISOLE = "Réseau collectif non isolé"
    ISOLE_BOUCLE = "Réseau collectif isolé bouclé"
    ISOLE_TRACE_OU_SIMPLE = (
        "Réseau collectif isolé avec traçage ou Réseau collectif isolé sans traçage ni bouclage"
    )


def individual_distribution_efficiency(in_living_volume: bool, contiguous_rooms: bool) -> float:
    """Rd of an individual installation [-] (§11.5.1); the rooms are the kitchen and bathrooms,
    contiguous when they share a wall, a floor or a ceiling."""
    if not in_living_volume:
        wanted = "production hors volume habitable"
    elif contiguous_rooms:
        wanted = "production volume habitable + pièces alimentées contiguës"
    else:
        wanted = "production volume habitable + pièces alimentées non contiguës"
    return _rd(enum_type_installation_id=INDIVIDUAL, configuration_logement=wanted)


def collective_distribution_efficiency(network: CollectiveNetwork, contiguous_rooms: bool) -> float:
    """Rd of a collective installation [-] (§11.5.2), from the network and the rooms of most
    dwellings (the traced or unlooped insulated network does not depend on the rooms)."""
    if network is CollectiveNetwork.ISOLE_TRACE_OU_SIMPLE:
        return _rd(enum_type_installation_id=COLLECTIVE, type_reseau_collectif=network.value)
    rooms = "contiguës" if contiguous_rooms else "non contiguës"
    return _rd(
        enum_type_installation_id=COLLECTIVE,
        type_reseau_collectif=network.value,
        configuration_logement=f"majorité des logements avec pièces alimentées {rooms}",
    )


def distribution_efficiency_from_table(tv_rendement_distribution_ecs_id: int) -> float:
    """Rd [-] of a row of ADEME's table, as an XML file references it."""
    return value_row("rendement_distribution_ecs", tv_rendement_distribution_ecs_id).number("rd")


def _rd(**criteria: object) -> float:
    rows = find_rows("rendement_distribution_ecs", **criteria)
    if len(rows) != 1:
        raise SystemsInputError(
            "rendement de distribution de l'ECS : configuration non prévue par la méthode.",
            field="distribution de l'ECS",
        )
    return rows[0].number("rd")
