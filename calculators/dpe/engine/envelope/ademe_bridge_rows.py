"""Thermal-bridge criteria read back from a file's own ``tv_pont_thermique_id`` row (§3.4).

Two cases only: a bridge the file links to no element (older files), whose wall and floor
placements and joinery come from its row (noted in the cross-checks); and the frame width of a
window junction for programs that do not export it (``conventions.json``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from calculators.dpe.ademe.envelope import PontThermique
from calculators.dpe.engine.envelope.bridges import Placement
from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.lookup import memoised
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.tables import TableLookupError, value_row


class Joinery(NamedTuple):
    """What §3.4.5 needs of a window or door: ``type_pose`` id, insulation return around the
    frame, frame width Lp [cm]. A named tuple: one is built for most window junctions, and a
    frozen dataclass costs a call per field."""

    fitting_id: int
    insulation_return: bool
    frame_width_cm: float


@dataclass(frozen=True, slots=True)
class RowCriteria:
    """The criteria of a ``pont_thermique`` row: wall and floor placements, joinery if any."""

    wall: Placement
    floor: Placement
    joinery: Joinery | None


def criteria_from_row(pont: PontThermique, element: str, notes: Notes) -> RowCriteria:
    """The criteria of the bridge's own row, for a bridge linked to no element (noted)."""
    if pont.tv_pont_thermique_id is None:
        raise EnvelopeInputError(
            f"{element} : éléments liés introuvables et pas de référence de table.",
            field=element,
        )
    notes.cross_checks.append(
        f"{element} : éléments liés non identifiés, critères lus dans tv_pont_thermique_id "
        f"{pont.tv_pont_thermique_id}"
    )
    return _row_criteria(pont.tv_pont_thermique_id)


@memoised
def _row_criteria(tv_id: int) -> RowCriteria:
    """The criteria of row ``tv_id`` of table ``pont_thermique``."""
    row = value_row("pont_thermique", tv_id)
    floor = row["isolation_plancher"]
    joinery = None
    if row["enum_type_pose_id"] is not None:
        joinery = Joinery(
            row.ids("enum_type_pose_id")[0],
            row["presence_retour_isolation"] == 1,
            row.number("largeur_dormant"),
        )
    return RowCriteria(
        wall=Placement(str(row["isolation_mur"])),
        floor=Placement(str(floor)) if floor is not None else Placement.NONE,
        joinery=joinery,
    )


def width_from_reference(
    pont: PontThermique, wall: Placement, joinery: Joinery, element: str, notes: Notes
) -> Joinery:
    """The joinery with the frame width Lp of the bridge's own table row, when that row is a
    joinery row agreeing with the description on the wall's insulation, the fitting and the
    insulation return; a different width is noted. For programs that write a constant width
    on every window (``conventions.json``, ``largeur_dormant_par_reference``)."""
    if pont.tv_pont_thermique_id is None:
        return joinery
    width = _reference_width(
        pont.tv_pont_thermique_id, wall, joinery.fitting_id, joinery.insulation_return
    )
    if width is None:
        return joinery
    if width != joinery.frame_width_cm:
        notes.cross_checks.append(
            f"{element} : largeur du dormant {width:g} cm lue dans tv_pont_thermique_id "
            f"{pont.tv_pont_thermique_id}, {joinery.frame_width_cm:g} cm dans la description"
        )
    return Joinery(joinery.fitting_id, joinery.insulation_return, width)


@memoised
def _reference_width(
    tv_id: int, wall: Placement, fitting_id: int, insulation_return: bool
) -> float | None:
    """Frame width Lp [cm] of row ``tv_id`` when it is a joinery row agreeing with the
    description (wall insulation, fitting, insulation return), else ``None``."""
    try:
        row = value_row("pont_thermique", tv_id)
    except TableLookupError:
        return None
    if row["largeur_dormant"] is None or row["isolation_mur"] != wall.value:
        return None
    if fitting_id not in row.ids("enum_type_pose_id"):
        return None
    row_return = row["presence_retour_isolation"]
    if row_return is not None and row_return != int(insulation_return):
        return None
    return row.number("largeur_dormant")
