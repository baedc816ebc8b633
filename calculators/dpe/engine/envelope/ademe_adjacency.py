"""Coefficient b of an element of an ADEME DPE file, from its adjacency description (§3.1)."""

from __future__ import annotations

from calculators.dpe.ademe.envelope import Adjacence
from calculators.dpe.engine.envelope.adjacency import (
    VERANDA,
    VerandaOrientation,
    b_fixed,
    b_unheated_space,
    b_veranda,
    is_unheated_space,
    plain_b,
)
from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.notes import Notes

# enum_cfg_isolation_lnc: (partition lc insulated, unheated space's outer walls insulated).
_CFG_UNHEATED = {2: (False, False), 3: (False, True), 4: (True, False), 5: (True, True)}
# enum_cfg_isolation_lnc of verandas: (orientation, partition lc insulated).
_CFG_VERANDA = {
    6: (VerandaOrientation.NORTH, True),
    7: (VerandaOrientation.SOUTH, True),
    8: (VerandaOrientation.EAST_WEST, True),
    9: (VerandaOrientation.NORTH, False),
    10: (VerandaOrientation.SOUTH, False),
    11: (VerandaOrientation.EAST_WEST, False),
}


def b_of(adjacence: Adjacence, zone_id: int, element: str, notes: Notes) -> float:
    """b of an element (§3.1), checked against the file's ``tv_coef_reduction_deperdition_id``."""
    value = _b(adjacence, zone_id, element)
    notes.check_table_value(
        element,
        "coef_reduction_deperdition",
        adjacence.tv_coef_reduction_deperdition_id,
        "b",
        value,
    )
    return value


def _b(adjacence: Adjacence, zone_id: int, element: str) -> float:
    adjacency = adjacence.enum_type_adjacence_id
    if adjacency != VERANDA:
        b = plain_b(adjacency)
        if b is not None:
            return b
    cfg = adjacence.enum_cfg_isolation_lnc_id
    if adjacency == VERANDA:
        if cfg not in _CFG_VERANDA:
            raise EnvelopeInputError(
                f"{element} : véranda sans orientation ni isolation de la paroi "
                "(enum_cfg_isolation_lnc_id 6 à 11 attendu, §3.1).",
                field=f"{element} : configuration de la véranda",
            )
        orientation, insulated = _CFG_VERANDA[cfg]
        return b_veranda(zone_id, orientation, insulated)
    if not is_unheated_space(adjacency):
        return b_fixed(adjacency)
    if adjacence.surface_aue == 0:
        return b_unheated_space(
            adjacency,
            aiu_m2=adjacence.surface_aiu or 0.0,
            aue_m2=0.0,
            partition_insulated=False,
            outer_walls_insulated=False,
            element=element,
        )
    if cfg not in _CFG_UNHEATED:
        raise EnvelopeInputError(
            f"{element} : isolation du local non chauffé non décrite "
            "(enum_cfg_isolation_lnc_id 2 à 5 attendu, §3.1).",
            field=f"{element} : isolation du local non chauffé",
        )
    partition, outer = _CFG_UNHEATED[cfg]
    return b_unheated_space(
        adjacency,
        aiu_m2=adjacence.surface_aiu,
        aue_m2=adjacence.surface_aue,
        partition_insulated=partition,
        outer_walls_insulated=outer,
        element=element,
    )
