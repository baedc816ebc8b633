"""Thermal bridges of an ADEME DPE file: junction and linked elements → k and loss (§3.4).

Each bridge names its two elements by reference (``reference_1``/``reference_2``: a wall and a
floor, roof, window or door). The placement of each element's insulation is read from its own
description (``enum_type_isolation_id``, with the defaults of §3.4 when unknown) and k looked up
by those criteria. When the file does not link the bridge to its elements (older files), the
criteria are inferred from the envelope when they are the same for every candidate element,
else read back from the file's own ``tv_pont_thermique_id`` row (noted in the cross-checks).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from calculators.dpe.ademe.envelope import Enveloppe, Mur, PlancherBas, PlancherHaut, PontThermique
from calculators.dpe.engine.envelope.ademe_bridge_rows import (
    Joinery,
    RowCriteria,
    criteria_from_row,
    width_from_reference,
)
from calculators.dpe.engine.envelope.bridges import (
    Element,
    Junction,
    Placement,
    bridge_loss,
    k_floor_wall,
    k_joinery_wall,
    k_wall_only,
    placement,
)
from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.conventions import (
    DEFAULT_CONVENTIONS,
    EngineConventions,
)
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.results import BridgeLoss
from calculators.dpe.tables import enum_row, value_row

_K_ENTERED = (2, 3)
"""``enum_methode_saisie_pont_thermique``: 2 justified k, 3 k from an RT2012/RE2020 study."""
_ON_GROUND = 5
_CIRCULATIONS = frozenset(range(14, 19))
"""``type_adjacence`` ids of communal circulations and entrance halls (§3.1)."""


def bridge_loss_of(
    index: int,
    pont: PontThermique,
    envelope: Enveloppe,
    period: int,
    notes: Notes,
    *,
    flat: bool,
    conventions: EngineConventions = DEFAULT_CONVENTIONS,
) -> BridgeLoss:
    """Loss of thermal bridge ``index`` (§3.4); ``flat``: the DPE covers a flat; the program's
    ``conventions`` say where the frame width of a window junction is read and whether a
    house's intermediate floors and partitions count half when the file gives no share."""
    element = f"pont thermique {index}"
    share = _share(pont, flat or conventions.half_share_in_houses)
    length = require_positive(pont.l, f"{element} : longueur [m]")
    if pont.enum_methode_saisie_pont_thermique_id in _K_ENTERED:
        k = require_positive(pont.k_saisi, f"{element} : k saisi")
    else:
        k = _k_from_description(pont, envelope, period, element, notes, conventions)
        notes.check_table_value(element, "pont_thermique", pont.tv_pont_thermique_id, "k", k)
    junction = pont.enum_type_liaison_id
    return BridgeLoss(
        index, pont.description, junction, length, k, share, bridge_loss(k, length, share)
    )


def _share(pont: PontThermique, halved: bool) -> float:
    """Share of the tabulated k counted: the file's ``pourcentage_valeur_pont_thermique``; when
    absent (older files), half for intermediate floors and partitions when ``halved`` (a flat,
    where they never separate two levels of the lot, §3.4.2, §3.4.4), else all."""
    if pont.pourcentage_valeur_pont_thermique is not None:
        return pont.pourcentage_valeur_pont_thermique
    if halved and pont.enum_type_liaison_id in (Junction.INTERMEDIATE_FLOOR, Junction.PARTITION):
        return coefficient("part_pont_thermique_hors_lot")
    return 1.0


def _k_from_description(
    pont: PontThermique,
    envelope: Enveloppe,
    period: int,
    element: str,
    notes: Notes,
    conventions: EngineConventions,
) -> float:
    junction = _junction(pont, element)
    wall = _find(envelope.murs, pont)
    if wall is not None and (_wooden(wall) or _on_circulation(wall)):
        return 0.0
    if wall is None and pont.tv_pont_thermique_id is not None and not _linked(pont, envelope):
        return _k_from_row(junction, criteria_from_row(pont, element, notes))
    wall_placement = _wall_placement(wall, envelope, period)
    if junction in (Junction.INTERMEDIATE_FLOOR, Junction.PARTITION):
        if wall_placement is None:
            wall_placement = criteria_from_row(pont, element, notes).wall
        return k_wall_only(junction, wall_placement)
    if junction is Junction.JOINERY:
        joinery = _joinery(pont, envelope)
        if wall_placement is None or joinery is None:
            row = criteria_from_row(pont, element, notes)
            wall_placement = wall_placement or row.wall
            joinery = joinery or row.joinery
        if joinery is None:
            return k_wall_only(junction, wall_placement)
        if conventions.frame_width_from_reference:
            joinery = width_from_reference(pont, wall_placement, joinery, element, notes)
        return k_joinery_wall(
            wall_placement,
            insulation_return=joinery.insulation_return,
            fitting_id=joinery.fitting_id,
            frame_width_cm=joinery.frame_width_cm,
        )
    floor_placement = _floor_placement(junction, pont, envelope, period)
    if wall_placement is None or floor_placement is None:
        row = criteria_from_row(pont, element, notes)
        wall_placement = wall_placement or row.wall
        floor_placement = floor_placement or row.floor
    return k_floor_wall(junction, wall_placement, floor_placement)


def _linked(pont: PontThermique, envelope: Enveloppe) -> bool:
    """Whether either reference of the bridge names an element of the envelope."""
    families = (envelope.planchers_bas, envelope.planchers_hauts, envelope.baies_vitrees)
    return any(_find(items, pont) is not None for items in families) or (
        _find(envelope.portes, pont) is not None
    )


def _k_from_row(junction: Junction, row: RowCriteria) -> float:
    """k from the criteria of the file's own table row (bridges linked to no element)."""
    if junction in (Junction.INTERMEDIATE_FLOOR, Junction.PARTITION):
        return k_wall_only(junction, row.wall)
    if junction is Junction.JOINERY:
        if row.joinery is None:
            return k_wall_only(junction, row.wall)
        return k_joinery_wall(
            row.wall,
            insulation_return=row.joinery.insulation_return,
            fitting_id=row.joinery.fitting_id,
            frame_width_cm=row.joinery.frame_width_cm,
        )
    return k_floor_wall(junction, row.wall, row.floor)


def _junction(pont: PontThermique, element: str) -> Junction:
    if pont.enum_type_liaison_id is None:
        if pont.tv_pont_thermique_id is None:
            raise EnvelopeInputError(f"{element} : type de liaison absent.", field=element)
        return Junction(
            value_row("pont_thermique", pont.tv_pont_thermique_id).ids("enum_type_liaison_id")[0]
        )
    return Junction(pont.enum_type_liaison_id)


class _Referenced(Protocol):
    @property
    def reference(self) -> str | None: ...


_E = TypeVar("_E", bound=_Referenced)


def _find(items: tuple[_E, ...], pont: PontThermique) -> _E | None:
    """The first element whose reference is one of the bridge's two references."""
    references = {pont.reference_1, pont.reference_2} - {None}
    for item in items:
        if item.reference in references:
            return item
    return None


def _wooden(wall: Mur) -> bool:
    """Walls in wood structure: their bridges are neglected (§3.4, §3.4.5)."""
    row = enum_row("materiaux_structure_mur", wall.enum_materiaux_structure_mur_id)
    return row["calcul_pont_thermique_baie"] == 0


def _on_circulation(wall: Mur) -> bool:
    """Walls on communal circulations: their bridges are not counted (§3.4)."""
    return wall.adjacence.enum_type_adjacence_id in _CIRCULATIONS


def _placement_of(item: Mur | PlancherBas | PlancherHaut, kind: Element, period: int) -> Placement:
    """Placement of an element's insulation (§3.4). When its type is unknown, the defaults of
    §3.4 are read at the element's insulation period when the file gives one, else at the
    construction period: an element insulated in 1983–88 is insulated even in a building of
    1900, so it takes the default of an insulated element (walls ITI, floors and ceilings ITE).
    Confirmed on 32 junctions of 8 LICIEL files (2021–2023); one 2024 file (2 junctions)
    keeps the construction period."""
    return placement(item.enum_type_isolation_id, kind, item.enum_periode_isolation_id or period)


def _wall_placement(wall: Mur | None, envelope: Enveloppe, period: int) -> Placement | None:
    if wall is not None:
        return _placement_of(wall, Element.WALL, period)
    return _common(
        _placement_of(mur, Element.WALL, period)
        for mur in envelope.murs
        if mur.adjacence.enum_type_adjacence_id == 1
    )


def _floor_placement(
    junction: Junction, pont: PontThermique, envelope: Enveloppe, period: int
) -> Placement | None:
    if junction is Junction.LOW_FLOOR:
        floors = envelope.planchers_bas
        found = _find(floors, pont)
        candidates = (found,) if found is not None else floors
        return _common(
            _placement_of(
                floor,
                Element.GROUND_FLOOR
                if floor.adjacence.enum_type_adjacence_id == _ON_GROUND
                else Element.LOW_FLOOR,
                period,
            )
            for floor in candidates
        )
    roofs = envelope.planchers_hauts
    found_roof = _find(roofs, pont)
    roof_candidates = (found_roof,) if found_roof is not None else roofs
    return _common(_placement_of(roof, Element.ROOF, period) for roof in roof_candidates)


def _joinery(pont: PontThermique, envelope: Enveloppe) -> Joinery | None:
    window = _find(envelope.baies_vitrees, pont)
    door = _find(envelope.portes, pont) if window is None else None
    item = window or door
    if item is None:
        return None
    width = item.largeur_dormant
    if width is None or item.enum_type_pose_id is None:
        return None
    return Joinery(item.enum_type_pose_id, bool(item.presence_retour_isolation), width)


def _common(placements: Iterable[Placement]) -> Placement | None:
    """The placement shared by every candidate element, ``None`` if they differ (or none)."""
    found = set(placements)
    return found.pop() if len(found) == 1 else None
