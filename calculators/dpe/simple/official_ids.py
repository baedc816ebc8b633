"""How the simple description's choices map to the official ADEME enumeration ids.

The 3CL engine and the ADEME XML speak in ``enum_*_id`` of the observatoire data model (shipped
in :mod:`calculators.dpe.tables`); the desk speaks in :mod:`~calculators.dpe.simple.choices`.
These tables are the bridge, both ways. Where a choice stands for several ids that differ by
installation period (ventilation), the official enumeration's own period column picks the id.
The tests check every id against the shipped tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeVar

from calculators.dpe.simple.choices import (
    ClasseAltitude,
    Energie,
    MateriauMenuiserie,
    MateriauMur,
    PeriodeConstruction,
    PositionIsolation,
    TypeVentilation,
    TypeVitrage,
    TypeVolets,
    ZoneClimatique,
)
from calculators.dpe.tables import enum_row

C = TypeVar("C")

PERIODES: MappingProxyType[PeriodeConstruction, tuple[int, int | None, int | None]] = (
    MappingProxyType({
        PeriodeConstruction.AVANT_1948: (1, None, 1947),
        PeriodeConstruction.DE_1948_A_1974: (2, 1948, 1974),
        PeriodeConstruction.DE_1975_A_1977: (3, 1975, 1977),
        PeriodeConstruction.DE_1978_A_1982: (4, 1978, 1982),
        PeriodeConstruction.DE_1983_A_1988: (5, 1983, 1988),
        PeriodeConstruction.DE_1989_A_2000: (6, 1989, 2000),
        PeriodeConstruction.DE_2001_A_2005: (7, 2001, 2005),
        PeriodeConstruction.DE_2006_A_2012: (8, 2006, 2012),
        PeriodeConstruction.DE_2013_A_2021: (9, 2013, 2021),
        PeriodeConstruction.APRES_2021: (10, 2022, None),
    })
)  # fmt: skip
"""``periode_construction`` id, first and last year (inclusive), from the enumeration labels."""

MATERIAUX_MUR: MappingProxyType[MateriauMur, int] = MappingProxyType(
    {materiau: rank for rank, materiau in enumerate(MateriauMur, start=1)}
)
"""``materiaux_structure_mur`` ids: the choices are declared in the enumeration's order (1–27)."""

ZONES: MappingProxyType[ZoneClimatique, int] = MappingProxyType(
    {zone: rank for rank, zone in enumerate(ZoneClimatique, start=1)}
)
"""``zone_climatique`` ids, 1 H1a … 8 H3."""

ALTITUDE_BOUNDS_M = (400.0, 800.0)
"""``classe_altitude``: 1 « inférieur à 400m », 2 « 400-800m », 3 « supérieur à 800m »."""

VITRAGES: MappingProxyType[TypeVitrage, int] = MappingProxyType({
    TypeVitrage.SIMPLE: 1, TypeVitrage.DOUBLE: 2, TypeVitrage.TRIPLE: 3, TypeVitrage.SURVITRAGE: 4,
})  # fmt: skip
"""``type_vitrage`` ids (5 glass bricks and 6 polycarbonate have no desk choice)."""

MENUISERIES: MappingProxyType[MateriauMenuiserie, int] = MappingProxyType({
    MateriauMenuiserie.BOIS: 3, MateriauMenuiserie.BOIS_METAL: 4, MateriauMenuiserie.PVC: 5,
    MateriauMenuiserie.METAL_RUPTURE: 6, MateriauMenuiserie.METAL_SANS_RUPTURE: 7,
})  # fmt: skip
"""``type_materiaux_menuiserie`` ids."""

VOLETS: MappingProxyType[TypeVolets, tuple[int, ...]] = MappingProxyType({
    TypeVolets.AUCUN: (1,), TypeVolets.PERSIENNES_AJOUREES: (2,),
    TypeVolets.VOLETS_ROULANTS_ALU: (3,), TypeVolets.VOLETS_ROULANTS: (4, 6),
    TypeVolets.VOLETS_BATTANTS: (5, 7), TypeVolets.FERMETURE_ISOLEE: (8,),
})  # fmt: skip
"""``type_fermeture`` ids; the first is the one used forward (the thinner, less favourable)."""

ENERGIES: MappingProxyType[Energie, tuple[int, ...]] = MappingProxyType({
    Energie.ELECTRICITE: (1, 12), Energie.GAZ_NATUREL: (2,), Energie.FIOUL: (3,),
    Energie.BOIS_BUCHES: (4,), Energie.BOIS_GRANULES: (5,), Energie.BOIS_PLAQUETTES: (6, 7),
    Energie.RESEAU_CHALEUR: (8,), Energie.PROPANE: (9,), Energie.BUTANE: (10,),
    Energie.CHARBON: (11,), Energie.GPL: (13,), Energie.AUTRE_FOSSILE: (14,),
})  # fmt: skip
"""``type_energie`` ids (12 on-site renewable electricity counts as electricity here)."""

POSITIONS_ISOLATION: MappingProxyType[PositionIsolation, int] = MappingProxyType({
    PositionIsolation.INTERIEUR: 3, PositionIsolation.EXTERIEUR: 4,
    PositionIsolation.REPARTIE: 5, PositionIsolation.INTERIEUR_ET_EXTERIEUR: 6,
    PositionIsolation.INCONNUE: 9,
})  # fmt: skip
"""``type_isolation`` ids of an insulated element (1 unknown, 2 not insulated)."""

VENTILATIONS: MappingProxyType[TypeVentilation, tuple[int, ...]] = MappingProxyType({
    TypeVentilation.OUVERTURE_FENETRES: (1,), TypeVentilation.ENTREES_AIR: (2,),
    TypeVentilation.NATURELLE_CONDUIT: (25,), TypeVentilation.NATURELLE_CONDUIT_HYGRO: (34,),
    TypeVentilation.VMC_AUTOREGLABLE: (3, 4, 5, 6), TypeVentilation.VMC_HYGRO_A: (7, 8, 9),
    TypeVentilation.VMC_HYGRO_B: (13, 14, 15), TypeVentilation.VMC_GAZ: (10, 11, 12),
    TypeVentilation.VMC_BASSE_PRESSION: (16, 17, 18),
    TypeVentilation.VMC_DOUBLE_FLUX: (19, 20, 21, 22),
    TypeVentilation.DOUBLE_FLUX_SANS_ECHANGEUR: (23, 24),
    TypeVentilation.HYBRIDE: (26, 27, 28, 29, 30, 31),
    TypeVentilation.MECANIQUE_CONDUIT_EXISTANT: (32, 33),
    TypeVentilation.PUITS_CLIMATIQUE: (35, 36, 37, 38),
})  # fmt: skip
"""``type_ventilation`` ids per choice; the enumeration's ``periode_construction`` column tells
which id applies to an installation period."""


def periode_of_year(year: int) -> PeriodeConstruction:
    """The construction period containing ``year``."""
    for periode, (_, _, last) in PERIODES.items():
        if last is None or year <= last:
            return periode
    raise AssertionError("the last period is open-ended")


def representative_year(periode: PeriodeConstruction) -> int:
    """A year standing for ``periode``: its last year, or 2022 for « après 2021 »."""
    _, first, last = PERIODES[periode]
    if last is not None:
        return last
    assert first is not None
    return first


def periode_from_id(period_id: int) -> PeriodeConstruction:
    """The period of ``periode_construction`` id ``period_id`` (``KeyError`` if unknown)."""
    for periode, (ident, _, _) in PERIODES.items():
        if ident == period_id:
            return periode
    raise KeyError(period_id)


CLASSES_ALTITUDE: MappingProxyType[ClasseAltitude, int] = MappingProxyType(
    {classe: rank for rank, classe in enumerate(ClasseAltitude, start=1)}
)
"""``classe_altitude`` ids 1–3."""


def classe_altitude_of(altitude_m: float) -> ClasseAltitude:
    """The altitude class of an altitude [m]; 400 m and 800 m fall in the middle class."""
    low, high = ALTITUDE_BOUNDS_M
    if altitude_m < low:
        return ClasseAltitude.MOINS_DE_400
    return ClasseAltitude.DE_400_A_800 if altitude_m <= high else ClasseAltitude.PLUS_DE_800


def ventilation_id(ventilation: TypeVentilation, installation_year: int) -> int | None:
    """The ``type_ventilation`` id of a choice installed in ``installation_year`` (None when
    the choice is unknown): the id whose period column holds that year's period, else the
    choice's only id."""
    candidates = VENTILATIONS.get(ventilation)
    if candidates is None:
        return None
    period_id = PERIODES[periode_of_year(installation_year)][0]
    for ident in candidates:
        periods = enum_row("type_ventilation", ident)["periode_construction"]
        if periods is None or str(period_id) in str(periods).split("|"):
            return ident
    return candidates[0]


def choice_of_id(table: Mapping[C, tuple[int, ...]], ident: int | None) -> C | None:
    """The choice of ``table`` that lists ``ident``, or None."""
    if ident is None:
        return None
    for choice, ids in table.items():
        if ident in ids:
            return choice
    return None


def construction_year(annee: int | None, periode: PeriodeConstruction | None) -> int:
    """The construction year, or the year standing for the period when only it is known."""
    if annee is not None:
        return annee
    if periode is None:
        raise ValueError("année et période de construction inconnues")
    return representative_year(periode)


def choice_with_id(table: Mapping[C, int], ident: int | None) -> C | None:
    """The choice of a one-id-per-choice ``table`` whose id is ``ident``, or None."""
    return next((choice for choice, value in table.items() if value == ident), None)
