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
from functools import lru_cache

from calculators.dpe.ademe.envelope import Mur, PlancherBas, PlancherHaut, PontThermique
from calculators.dpe.engine.envelope.ademe_bridge_links import BridgeLinks
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
_WALL_ONLY = frozenset({Junction.INTERMEDIATE_FLOOR, Junction.PARTITION})
"""Junctions whose k depends on the wall alone (§3.4.2, §3.4.4), halved in a flat."""
# Read once: an enum member read off its class goes through the slow attribute hook of
# EnumType.__getattr__ in Python 3.11 (≈ 0.15 µs), and these are read for every bridge.
_JOINERY, _LOW_FLOOR_JUNCTION = Junction.JOINERY, Junction.LOW_FLOOR
_WALL, _ROOF = Element.WALL, Element.ROOF
_GROUND_FLOOR, _LOW_FLOOR = Element.GROUND_FLOOR, Element.LOW_FLOOR
_JUNCTIONS = {member.value: member for member in Junction}
"""``Junction`` by id, read without the cost of an enum call (an unknown id still goes
through ``Junction(...)`` and its error)."""


def bridge_loss_of(
    index: int,
    pont: PontThermique,
    links: BridgeLinks,
    period: int,
    notes: Notes,
    *,
    flat: bool,
    conventions: EngineConventions = DEFAULT_CONVENTIONS,
) -> BridgeLoss:
    """Loss of thermal bridge ``index`` (§3.4), its elements found through ``links`` (the
    dwelling's envelope, indexed once); ``flat``: the DPE covers a flat; the program's
    ``conventions`` say where the frame width of a window junction is read and whether a
    house's intermediate floors and partitions count half when the file gives no share."""
    element = f"pont thermique {index}"
    share = _share(pont, flat or conventions.half_share_in_houses)
    length = require_positive(pont.l, "longueur [m]", element=element)
    if pont.enum_methode_saisie_pont_thermique_id in _K_ENTERED:
        k = require_positive(pont.k_saisi, "k saisi", element=element)
    else:
        k = _k_from_description(pont, links, period, element, notes, conventions)
        notes.check_table_value(element, "pont_thermique", pont.tv_pont_thermique_id, "k", k)
    junction = pont.enum_type_liaison_id
    # The loss k·l·share of bridges.bridge_loss, whose checks would only repeat those above (k
    # entered is checked; tabulated k are finite and ≥ 0, a test reads them all).
    return BridgeLoss(index, pont.description, junction, length, k, share, k * length * share)


def _share(pont: PontThermique, halved: bool) -> float:
    """Share of the tabulated k counted: the file's ``pourcentage_valeur_pont_thermique``; when
    absent (older files), half for intermediate floors and partitions when ``halved`` (a flat,
    where they never separate two levels of the lot, §3.4.2, §3.4.4), else all."""
    if pont.pourcentage_valeur_pont_thermique is not None:
        return pont.pourcentage_valeur_pont_thermique
    if halved and pont.enum_type_liaison_id in _WALL_ONLY:
        return coefficient("part_pont_thermique_hors_lot")
    return 1.0


def _k_from_description(
    pont: PontThermique,
    links: BridgeLinks,
    period: int,
    element: str,
    notes: Notes,
    conventions: EngineConventions,
) -> float:
    junction = _junction(pont, element)
    wall = links.walls.find(pont)
    if wall is not None and (
        _wooden(wall.enum_materiaux_structure_mur_id) or _on_circulation(wall)
    ):
        return 0.0
    if wall is None and pont.tv_pont_thermique_id is not None and not links.linked(pont):
        return _k_from_row(junction, criteria_from_row(pont, element, notes))
    wall_placement = _wall_placement(wall, links, period)
    if junction in _WALL_ONLY:
        if wall_placement is None:
            wall_placement = criteria_from_row(pont, element, notes).wall
        return k_wall_only(junction, wall_placement)
    if junction is _JOINERY:
        joinery = _joinery(pont, links)
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
    floor_placement = _floor_placement(junction, pont, links, period)
    if wall_placement is None or floor_placement is None:
        row = criteria_from_row(pont, element, notes)
        wall_placement = wall_placement or row.wall
        floor_placement = floor_placement or row.floor
    return k_floor_wall(junction, wall_placement, floor_placement)


def _k_from_row(junction: Junction, row: RowCriteria) -> float:
    """k from the criteria of the file's own table row (bridges linked to no element)."""
    if junction in _WALL_ONLY:
        return k_wall_only(junction, row.wall)
    if junction is _JOINERY:
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
    return _JUNCTIONS.get(pont.enum_type_liaison_id) or Junction(pont.enum_type_liaison_id)


@lru_cache(maxsize=256, typed=True)
def _wooden(material_id: int) -> bool:
    """Walls in wood structure: their bridges are neglected (§3.4, §3.4.5). Kept per material
    id (the enumeration never changes while the process runs), ``typed`` as the lookups."""
    row = enum_row("materiaux_structure_mur", material_id)
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


def _wall_placement(wall: Mur | None, links: BridgeLinks, period: int) -> Placement | None:
    if wall is not None:
        return _placement_of(wall, _WALL, period)
    return _common(
        _placement_of(mur, _WALL, period)
        for mur in links.walls.items
        if mur.adjacence.enum_type_adjacence_id == 1
    )


def _floor_placement(
    junction: Junction, pont: PontThermique, links: BridgeLinks, period: int
) -> Placement | None:
    if junction is _LOW_FLOOR_JUNCTION:
        floors = links.low_floors.items
        found = links.low_floors.find(pont)
        if found is not None:
            return _low_floor_placement(found, period)
        return _common(_low_floor_placement(floor, period) for floor in floors)
    roofs = links.roofs.items
    found_roof = links.roofs.find(pont)
    if found_roof is not None:
        return _placement_of(found_roof, _ROOF, period)
    return _common(_placement_of(roof, _ROOF, period) for roof in roofs)


def _low_floor_placement(floor: PlancherBas, period: int) -> Placement:
    on_ground = floor.adjacence.enum_type_adjacence_id == _ON_GROUND
    return _placement_of(floor, _GROUND_FLOOR if on_ground else _LOW_FLOOR, period)


def _joinery(pont: PontThermique, links: BridgeLinks) -> Joinery | None:
    window = links.windows.find(pont)
    door = links.doors.find(pont) if window is None else None
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
