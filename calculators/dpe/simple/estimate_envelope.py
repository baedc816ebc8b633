"""The envelope stage of the desk estimate: U, b and losses of every element (3CL-DPE 2021, §3).

Runs the engine's envelope calculators (``calculators/dpe/engine/envelope``: §3.2 walls, floors
and roofs with the nine insulation steps, §3.3 glazing, windows and shutters, §3.3.4 doors,
§3.4 thermal bridges, §6.2 solar factor) on the criteria :mod:`~.expand_envelope` produced, and
sums them with :func:`~calculators.dpe.engine.envelope.envelope_totals` (ΣDP, PT, Sdep, Ubât).
Losses in W/K, areas in m².
"""

from __future__ import annotations

from functools import lru_cache

from calculators.dpe.engine.climate import GlazingOrientation, GlazingTilt
from calculators.dpe.engine.envelope import (
    BridgeLoss,
    DoorLoss,
    DwellingContext,
    EnvelopeResult,
    Insulation,
    OpaqueLoss,
    WindowLoss,
    envelope_totals,
)
from calculators.dpe.engine.envelope.bridges import (
    Element,
    Junction,
    bridge_loss,
    k_floor_wall,
    k_joinery_wall,
    k_wall_only,
    placement,
)
from calculators.dpe.engine.envelope.doors import uporte
from calculators.dpe.engine.envelope.floors import (
    GroundContact,
    two_s_over_p,
    ue,
    upb,
    upb0_from_table,
)
from calculators.dpe.engine.envelope.glazing import DOUBLE, SURVITRAGE, VERTICAL, ug
from calculators.dpe.engine.envelope.roofs import RoofKind, uph, uph0_from_table
from calculators.dpe.engine.envelope.solar import sw
from calculators.dpe.engine.envelope.walls import Lining, umur, umur0_from_table, umur_bare
from calculators.dpe.engine.envelope.windows import u_window_losses, uw
from calculators.dpe.engine.gains import Glazing
from calculators.dpe.simple.expand_elements import Opaque
from calculators.dpe.simple.expand_envelope import Envelope
from calculators.dpe.simple.expand_windows import Windows, WindowType

CACHE_SIZE = 4096
"""Table lookups are cached by their criteria: the uncertainty band re-runs the same elements."""
SHARED = 0.5
"""Share of an intermediate floor or partition/wall junction shared with another dwelling
(§3.4.2, §3.4.4)."""
_ORIENTATIONS = (
    ("sud_m2", 1, GlazingOrientation.SUD),
    ("nord_m2", 2, GlazingOrientation.NORD),
    ("est_m2", 3, GlazingOrientation.EST),
    ("ouest_m2", 4, GlazingOrientation.OUEST),
)
"""Window areas of the geometry → ``orientation`` id (§6.2) and C1 orientation (§18.5)."""


def envelope_stage(envelope: Envelope, context: DwellingContext) -> EnvelopeResult:
    """Losses of every element and their sums, without air renewal (§3; DR is §4's)."""
    walls = tuple(
        _loss(index, "mur", wall, *_wall_u(wall, context))
        for index, wall in enumerate(envelope.walls, start=1)
    )
    roofs = ()
    if envelope.roof is not None:
        roofs = (_loss(1, "plancher haut", envelope.roof, *_roof_u(envelope.roof, context)),)
    floors = ()
    if envelope.floor is not None:
        floors = (_loss(1, "plancher bas", envelope.floor, *_floor_u(envelope.floor, context)),)
    windows = _windows(envelope.windows)
    door_u = uporte(envelope.door_type_id)
    doors = tuple(
        DoorLoss(index, "porte", area, b, door_u, b * area * door_u)
        for index, (area, b) in enumerate(envelope.doors, start=1)
    )
    return envelope_totals(
        walls=walls,
        low_floors=floors,
        roofs=roofs,
        windows=windows,
        doors=doors,
        bridges=_bridges(envelope, context),
        air_renewal_w_k=None,
    )


def glazings(result: EnvelopeResult) -> tuple[Glazing, ...]:
    """The windows as the free-gains stage needs them (§6.2: no masks, Fe = 1)."""
    by_id = {ident: orientation for _, ident, orientation in _ORIENTATIONS}
    return tuple(
        Glazing(w.surface_m2, w.sw, w.fe1 * w.fe2, by_id[w.orientation_id], GlazingTilt.VERTICAL)
        for w in result.windows
    )


def _loss(
    index: int,
    name: str,
    element: Opaque,
    u_used: float,
    u_bare: float | None,
    u: float | None = None,
) -> OpaqueLoss:
    return OpaqueLoss(
        index=index,
        description=name,
        surface_m2=element.surface_m2,
        b=element.b,
        u_bare=u_bare,
        u=u_used if u is None else u,
        u_used=u_used,
        loss_w_k=element.b * element.surface_m2 * u_used,
    )


def _wall_u(wall: Opaque, context: DwellingContext) -> tuple[float, float]:
    return _wall_u_cached(
        wall.structure_id, wall.thickness_cm, wall.insulation, wall.lined, context
    )


@lru_cache(maxsize=CACHE_SIZE)
def _wall_u_cached(
    material: int | None,
    thickness_cm: float | None,
    insulation: Insulation,
    lined: bool,
    context: DwellingContext,
) -> tuple[float, float]:
    """(Umur, Umur_nu) of §3.2.1: Umur0 of the material and thickness (2.5 for an unknown
    wall), with a known lining or none, no insulating render (not asked at the desk), then the
    insulation step."""
    u0 = None if material is None else umur0_from_table(material, thickness_cm)
    bare = umur_bare(u0, lining=Lining.KNOWN if lined else Lining.NONE, insulating_render=False)
    value = umur(
        bare,
        insulation,
        zone_id=context.zone_id,
        electric_joule=context.electric_joule,
        construction_period=context.construction_period,
    )
    return value, bare


def _roof_u(roof: Opaque, context: DwellingContext) -> tuple[float, float]:
    return _roof_u_cached(roof.structure_id or 1, roof.insulation, roof.roof_kind, context)


@lru_cache(maxsize=CACHE_SIZE)
def _roof_u_cached(
    structure_id: int, insulation: Insulation, kind: RoofKind | None, context: DwellingContext
) -> tuple[float, float]:
    """(Uph, Uph0) of §3.2.3."""
    bare = uph0_from_table(structure_id)
    value = uph(
        bare,
        insulation,
        kind=kind or RoofKind.ATTIC,
        zone_id=context.zone_id,
        electric_joule=context.electric_joule,
        construction_period=context.construction_period,
    )
    return value, bare


def _floor_u(floor: Opaque, context: DwellingContext) -> tuple[float, float, float]:
    ratio = None
    if floor.contact is not None and floor.perimeter_m > 0:
        ratio = two_s_over_p(floor.surface_m2, floor.perimeter_m)
    return _floor_u_cached(floor.structure_id or 1, floor.insulation, floor.contact, ratio, context)


@lru_cache(maxsize=CACHE_SIZE)
def _floor_u_cached(
    structure_id: int,
    insulation: Insulation,
    contact: GroundContact | None,
    ratio: int | None,
    context: DwellingContext,
) -> tuple[float, float, float]:
    """(U used, Upb0, Upb) of §3.2.2: Ue for floors on the ground, a crawl space or a
    basement, with 2S/P (``ratio``) of the floor over its exposed perimeter."""
    bare = upb0_from_table(structure_id)
    value = upb(
        bare,
        insulation,
        zone_id=context.zone_id,
        electric_joule=context.electric_joule,
        construction_period=context.construction_period,
    )
    if contact is None or ratio is None:
        return value, bare, value
    return ue(value, ratio, contact, context.construction_period), bare, value


def _windows(windows: Windows) -> tuple[WindowLoss, ...]:
    u_glass, u_window, ujn, used, solar = _window_values(windows.type)
    losses = []
    for attribute, ident, _ in _ORIENTATIONS:
        area = float(getattr(windows.areas, attribute))
        if area <= 0:
            continue
        losses.append(
            WindowLoss(
                index=ident,
                description="fenêtres",
                surface_m2=area,
                b=1.0,
                ug=u_glass,
                uw=u_window,
                ujn=ujn,
                u_used=used,
                sw=solar,
                fe1=1.0,
                fe2=1.0,
                orientation_id=ident,
                inclination_id=VERTICAL,
                adjacency_id=1,
                loss_w_k=area * used,
            )
        )
    return tuple(losses)


@lru_cache(maxsize=CACHE_SIZE)
def _window_values(windows: WindowType) -> tuple[float, float, float | None, float, float]:
    """(Ug, Uw, Ujn, U used, Sw) of the windows (§3.3, §6.2.1)."""
    u_glass = ug(
        windows.glazing_id,
        gap_mm=windows.gap_mm,
        gas_id=windows.gas_id,
        inclination_id=VERTICAL,
        low_emissivity=windows.low_emissivity,
    )
    u_window = uw(windows.window_type_id, windows.frame_id, u_glass)
    ujn, used = u_window_losses(u_window, windows.closure_id)
    solar = sw(
        windows.window_type_id,
        windows.frame_id,
        glazing_type_id=DOUBLE if windows.glazing_id == SURVITRAGE else windows.glazing_id,
        low_emissivity=windows.low_emissivity,
        fitting_id=windows.fitting_id,
    )
    return u_glass, u_window, ujn, used, solar


def _bridges(envelope: Envelope, context: DwellingContext) -> tuple[BridgeLoss, ...]:
    """§3.4: k by junction and insulation placements, on the geometry's lengths. Timber walls
    have none (§3.4)."""
    if envelope.wood_frame:
        return ()
    floor = envelope.floor
    roof = envelope.roof
    ks = _k_values(
        envelope.walls[0].type_isolation_id,
        None
        if floor is None
        else (floor.type_isolation_id, floor.contact is GroundContact.ON_GROUND),
        None if roof is None else roof.type_isolation_id,
        context.construction_period,
        envelope.windows.type.fitting_id,
        envelope.windows.type.frame_width_cm,
    )
    lengths = envelope.lengths
    share = SHARED if envelope.shared_junctions else 1.0
    items = (
        (Junction.LOW_FLOOR, ks[0], lengths.plancher_bas_mur_m if floor else 0.0, 1.0),
        (
            Junction.TOP_FLOOR,
            ks[1],
            lengths.plancher_haut_mur_m if envelope.heavy_roof else 0.0,
            1.0,
        ),
        (
            Junction.INTERMEDIATE_FLOOR,
            ks[2],
            lengths.plancher_intermediaire_mur_m if envelope.heavy_floors else 0.0,
            share,
        ),
        (Junction.PARTITION, ks[3], lengths.refend_mur_m, SHARED),
        (Junction.JOINERY, ks[4], lengths.menuiseries_m, 1.0),
    )
    return tuple(
        BridgeLoss(
            index,
            junction.name.lower(),
            int(junction),
            length,
            k,
            part,
            bridge_loss(k, length, part),
        )
        for index, (junction, k, length, part) in enumerate(items, start=1)
        if length > 0
    )


@lru_cache(maxsize=CACHE_SIZE)
def _k_values(
    wall_isolation_id: int,
    floor: tuple[int, bool] | None,
    roof_isolation_id: int | None,
    period: int,
    fitting_id: int,
    frame_width_cm: float,
) -> tuple[float, float, float, float, float]:
    """k [W/(m·K)] of the low-floor, top-floor, intermediate-floor, partition and joinery
    junctions (0 where the element is absent), with the §3.4 placement defaults."""
    wall = placement(wall_isolation_id, Element.WALL, period)
    low = 0.0
    if floor is not None:
        element = Element.GROUND_FLOOR if floor[1] else Element.LOW_FLOOR
        low = k_floor_wall(Junction.LOW_FLOOR, wall, placement(floor[0], element, period))
    top = 0.0
    if roof_isolation_id is not None:
        top = k_floor_wall(
            Junction.TOP_FLOOR, wall, placement(roof_isolation_id, Element.ROOF, period)
        )
    joinery = k_joinery_wall(
        wall, insulation_return=False, fitting_id=fitting_id, frame_width_cm=frame_width_cm
    )
    return (
        low,
        top,
        k_wall_only(Junction.INTERMEDIATE_FLOOR, wall),
        k_wall_only(Junction.PARTITION, wall),
        joinery,
    )
