"""Intermittence of heating (3CL-DPE 2021, annex 1, chapter 8).

The intermittence factor is the ratio of the real heating need (night set-back, absences) to the
theoretical one: INT = I0 / (1 + 0,1 × (G − 1)) with G = GV / (Hsp × Sh). I0 comes from the
three tables of chapter 8 (ADEME table ``intermittence``): houses with individual heating, flats
with individual heating, flats with collective heating (with or without individual metering).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from calculators.dpe.engine.heating.coefficients import coefficients
from calculators.dpe.engine.heating.errors import HeatingInputError, require_positive
from calculators.dpe.tables import find_rows

CONFIGURATIONS = {
    "maison": "maison individuelle chauffage individuel",
    "immeuble_individuel": "immeuble collectif chauffage individuel",
    "immeuble_collectif": "immeuble collectif chauffage collectif",
}
"""Labels of the three I0 tables of §8 in the ADEME sheet (column ``configuration_chauffage``)."""

METERING = {True: "Présence de comptage individuel", False: "Absence de comptage individuel"}


class I0Table(StrEnum):
    """Which of the three I0 tables of §8 applies."""

    MAISON = "maison"
    """House; a house on a collective network is treated as individual central heating (§8)."""
    IMMEUBLE_INDIVIDUEL = "immeuble_individuel"
    """Flat or building with individual heating."""
    IMMEUBLE_COLLECTIF = "immeuble_collectif"
    """Flat or building with collective heating (mixed billing counts as metered, §8)."""


@dataclass(frozen=True, slots=True)
class IntermittenceCriteria:
    """Inputs of the I0 tables of §8, as ADEME enumeration ids.

    ``type_chauffage_id``: 1 divided, 2 central; ``equipement_intermittence_id``: 1 absent …
    7 central collective with presence detection; ``type_regulation_id``: 1 without, 2 with
    room-by-room regulation (a zone regulation counts as room by room, §8);
    ``type_emission_distribution_id``: the emitter (a stove is a radiator/convector, §8);
    ``classe_inertie_id``: 1 very heavy … 4 light (houses only); ``comptage_individuel``:
    individual metering (collective heating only).
    """

    table: I0Table
    type_chauffage_id: int
    equipement_intermittence_id: int
    type_regulation_id: int
    type_emission_distribution_id: int
    classe_inertie_id: int | None = None
    comptage_individuel: bool = False


def i0(criteria: IntermittenceCriteria) -> float:
    """I0 [-] from the tables of §8 (ADEME table ``intermittence``).

    Raises :class:`HeatingInputError` when no row of the table fits the criteria.
    """
    return i0_of(
        criteria.table,
        criteria.type_chauffage_id,
        criteria.equipement_intermittence_id,
        criteria.type_regulation_id,
        criteria.type_emission_distribution_id,
        criteria.classe_inertie_id,
        criteria.comptage_individuel,
    )


@lru_cache(maxsize=1024, typed=True)
def i0_of(
    table: I0Table,
    type_chauffage_id: int,
    equipement_intermittence_id: int,
    type_regulation_id: int,
    type_emission_distribution_id: int,
    classe_inertie_id: int | None,
    comptage_individuel: bool,
) -> float:
    """:func:`i0` of the criteria given one by one (the heating adapter asks for every emitter
    without building an :class:`IntermittenceCriteria`), kept per criteria (each typed: the
    table matches ids on ``int``)."""
    found = find_rows(
        "intermittence",
        configuration_chauffage=CONFIGURATIONS[table],
        enum_type_chauffage_id=type_chauffage_id,
        enum_equipement_intermittence_id=equipement_intermittence_id,
        enum_type_regulation_id=type_regulation_id,
        enum_type_emission_distribution_id=type_emission_distribution_id,
    )
    if table is I0Table.MAISON:
        found = tuple(r for r in found if classe_inertie_id in r.ids("enum_classe_inertie_id"))
    if table is I0Table.IMMEUBLE_COLLECTIF:
        found = tuple(r for r in found if r["comptage_individuel"] == METERING[comptage_individuel])
    if not found:
        raise HeatingInputError(
            "intermittence : aucune valeur de I0 dans les tables du §8 pour cette combinaison "
            f"(émetteur {type_emission_distribution_id}, équipement "
            f"{equipement_intermittence_id}, régulation {type_regulation_id}, "
            f"chauffage {type_chauffage_id}).",
            field="intermittence",
        )
    return found[0].number("i0")


def intermittence_factor(
    i0_value: float, gv_w_per_k: float, hsp_m: float, surface_habitable_m2: float
) -> float:
    """INT [-] = I0 / (1 + 0,1 × (G − 1)), G = GV / (Hsp × Sh) (§8).

    ``gv_w_per_k``: envelope and air-renewal losses GV [W/K] of the same dwelling or building
    as ``surface_habitable_m2`` [m²]; ``hsp_m``: mean ceiling height [m].
    """
    require_positive(i0_value, "I0")
    gv = require_positive(gv_w_per_k, "déperditions GV")
    g = gv / (
        require_positive(hsp_m, "hauteur sous plafond")
        * require_positive(surface_habitable_m2, "surface habitable")
    )
    return i0_value / (1 + coefficients().intermittence_coefficient_g * (g - 1))
