"""What the ADEME generator, emitter and adjacency ids say in the desk's vocabulary.

Id ranges transcribed from the ADEME observatoire enumerations shipped in
:mod:`calculators.dpe.tables` (``type_generateur_ch`` 1–171, ``type_generateur_ecs`` 1–134,
``type_emission_distribution`` 1–50, ``type_generateur_fr`` 1–23, ``type_adjacence`` 1–22,
``type_plancher_haut`` 1–16); the tests check that every id of those sheets is covered. The
installation year of a generator comes from the sheets' ``periode_installation_min/max``.
"""

from __future__ import annotations

from typing import TypeVar

from calculators.dpe.simple.choices import Emetteurs, GenerateurChauffage, GenerateurEcs
from calculators.dpe.simple.choices import TypeClimatisation as Clim
from calculators.dpe.simple.choices import TypePlancherBas as Floor
from calculators.dpe.simple.choices import TypeToiture as Roof
from calculators.dpe.tables import enum_row

G = GenerateurChauffage
W = GenerateurEcs
E = Emetteurs
T = TypeVar("T")

_HEATING: tuple[tuple[int, int, GenerateurChauffage], ...] = (
    (1, 3, G.PAC_AIR_AIR), (4, 7, G.PAC_AIR_EAU), (8, 11, G.PAC_EAU_EAU),
    (12, 19, G.PAC_GEOTHERMIQUE), (44, 46, G.POELE_GRANULES), (47, 47, G.POELE_FIOUL_GAZ_CHARBON),
    (48, 49, G.POELE_BOUILLEUR), (50, 52, G.GENERATEUR_AIR_CHAUD), (53, 54, G.RADIATEUR_GAZ),
    (55, 74, G.CHAUDIERE_BOIS), (75, 78, G.CHAUDIERE_CLASSIQUE), (79, 80, G.CHAUDIERE_STANDARD),
    (81, 82, G.CHAUDIERE_BASSE_TEMPERATURE), (83, 84, G.CHAUDIERE_CONDENSATION),
    (85, 87, G.CHAUDIERE_CLASSIQUE), (88, 90, G.CHAUDIERE_STANDARD),
    (91, 93, G.CHAUDIERE_BASSE_TEMPERATURE), (94, 97, G.CHAUDIERE_CONDENSATION),
    (98, 98, G.CONVECTEURS), (99, 99, G.PANNEAUX_RAYONNANTS), (100, 100, G.RADIATEURS_ELECTRIQUES),
    (101, 101, G.AUTRE), (102, 103, G.PLANCHER_RAYONNANT_ELECTRIQUE),
    (104, 104, G.RADIATEURS_ACCUMULATION), (105, 105, G.CONVECTEUR_BI_JONCTION),
    (106, 106, G.CHAUDIERE_ELECTRIQUE), (107, 108, G.RESEAU_CHALEUR),
    (109, 112, G.CHAUFFERIE_MULTI_BATIMENTS), (113, 118, G.AUTRE), (119, 119, G.INCONNU),
    (120, 121, G.CHAUDIERE_CLASSIQUE), (122, 126, G.CHAUDIERE_STANDARD),
    (127, 129, G.CHAUDIERE_CLASSIQUE), (130, 132, G.CHAUDIERE_STANDARD),
    (133, 135, G.CHAUDIERE_BASSE_TEMPERATURE), (136, 139, G.CHAUDIERE_CONDENSATION),
    (140, 141, G.POELE_BOUILLEUR), (142, 142, G.RESEAU_CHALEUR), (143, 170, G.PAC_HYBRIDE),
    (171, 171, G.CHAUFFERIE_MULTI_BATIMENTS),
)  # fmt: skip
"""``type_generateur_ch`` ranges; 20–43 (wood stoves, inserts, cookers) are sorted by label."""

_HOT_WATER: tuple[tuple[int, int, GenerateurEcs], ...] = (
    (1, 9, W.THERMODYNAMIQUE), (10, 12, W.PAC_DOUBLE_SERVICE), (13, 14, W.POELE_BOUILLEUR),
    (15, 57, W.CHAUDIERE), (58, 62, W.ACCUMULATEUR_GAZ), (63, 67, W.GAZ_INSTANTANE),
    (68, 71, W.BALLON_ELECTRIQUE), (72, 73, W.RESEAU_CHALEUR),
    (74, 77, W.CHAUFFERIE_MULTI_BATIMENTS), (78, 83, W.AUTRE), (84, 84, W.INCONNU),
    (85, 104, W.CHAUDIERE), (105, 109, W.ACCUMULATEUR_GAZ), (110, 114, W.GAZ_INSTANTANE),
    (115, 116, W.POELE_BOUILLEUR), (117, 117, W.ELECTRIQUE_INSTANTANE), (118, 118, W.CHAUDIERE),
    (119, 119, W.RESEAU_CHALEUR), (120, 133, W.CHAUDIERE), (134, 134, W.CHAUFFERIE_MULTI_BATIMENTS),
)  # fmt: skip
"""``type_generateur_ecs`` ranges."""

_EMITTERS: tuple[tuple[int, int, Emetteurs], ...] = (
    (1, 4, E.ELECTRIQUES), (5, 5, E.AIR_SOUFFLE), (6, 10, E.ELECTRIQUES),
    (11, 14, E.PLANCHER_CHAUFFANT), (15, 18, E.PLAFOND_CHAUFFANT),
    (19, 23, E.APPAREIL_INDEPENDANT), (24, 39, E.RADIATEURS_EAU), (40, 40, E.ELECTRIQUES),
    (41, 41, E.INCONNUS), (42, 42, E.AIR_SOUFFLE), (43, 45, E.DETENTE_DIRECTE),
    (46, 49, E.VENTILOCONVECTEURS), (50, 50, E.ELECTRIQUES),
)  # fmt: skip
"""``type_emission_distribution`` ranges."""

THERMOSTATIC_VALVES = frozenset((*range(28, 32), *range(36, 40)))
"""Water radiators « avec robinet thermostatique » (mono- and bi-tube)."""
NO_THERMOSTATIC_VALVES = frozenset((*range(24, 28), *range(32, 36)))

_COOLING: tuple[tuple[int, int, Clim], ...] = (
    (1, 3, Clim.PAC_AIR_AIR), (4, 19, Clim.AUTRE_PAC), (20, 22, Clim.AUTRE),
    (23, 23, Clim.RESEAU_FROID),
)  # fmt: skip
"""``type_generateur_fr`` ranges."""

OUTSIDE = 1
"""``type_adjacence`` 1: « extérieur »."""
HEATED_NEIGHBOUR = 22
"""``type_adjacence`` 22: « local non déperditif (local à usage d'habitation chauffé) »."""
_ATTICS = frozenset((7, 11, 12, 13))
"""Attics (strongly to very weakly ventilated) and non-accessible unheated spaces."""
_FLOORS = {1: Floor.EXTERIEUR, 2: Floor.TERRE_PLEIN, 3: Floor.VIDE_SANITAIRE,
           5: Floor.TERRE_PLEIN, 6: Floor.SOUS_SOL_NON_CHAUFFE}  # fmt: skip
"""Low-floor adjacencies other than unheated rooms (which give ``local_non_chauffe``)."""
_CONVERTED_ATTIC = 12
"""``type_plancher_haut`` 12: « combles aménagés sous rampant »."""
_FLAT_ROOFS = frozenset((8, 11, 16))
"""``type_plancher_haut`` of a roof slab on the outside: concrete, heavy block floor, steel deck."""


def _in_ranges(ranges: tuple[tuple[int, int, T], ...], ident: int) -> T | None:
    for first, last, value in ranges:
        if first <= ident <= last:
            return value
    return None


def heating_generator(ident: int) -> GenerateurChauffage:
    """The desk choice for a ``type_generateur_ch`` id (wood appliances 20–43 by label)."""
    found = _in_ranges(_HEATING, ident)
    if found is not None:
        return found
    if 20 <= ident <= 43:
        label = str(enum_row("type_generateur_ch", ident)["lib"]).lower()
        return G.POELE_BOIS if label.startswith("poêle") else G.INSERT_FOYER_FERME
    return G.INCONNU


def hot_water_generator(ident: int) -> GenerateurEcs:
    return _in_ranges(_HOT_WATER, ident) or W.INCONNU


def emitters(ident: int) -> Emetteurs:
    return _in_ranges(_EMITTERS, ident) or E.INCONNUS


def cooling(ident: int) -> Clim:
    return _in_ranges(_COOLING, ident) or Clim.INCONNUE


def installation_year(table: str, ident: int) -> int | None:
    """A year within the installation period of generator ``ident`` of ``table``
    (``type_generateur_ch`` or ``type_generateur_ecs``): the last year of an open-start period
    (« avant 2008 »), the first of an open-end one (« après 2017 »), else the middle."""
    row = enum_row(table, ident)
    first, last = row["periode_installation_min"], row["periode_installation_max"]
    if not isinstance(first, int) or not isinstance(last, int):
        return None
    if first <= 1900 and last >= 2100:
        return None
    if first <= 1900:
        return last
    if last >= 2100:
        return first
    return (first + last) // 2


def roof_type(adjacency: int, roof_structure: int | None) -> Roof:
    """The desk's roof type of a ``plancher_haut`` from its adjacency and structure."""
    if adjacency == HEATED_NEIGHBOUR:
        return Roof.LOGEMENT_AU_DESSUS
    if roof_structure == _CONVERTED_ATTIC:
        return Roof.COMBLES_AMENAGES
    if adjacency in _ATTICS:
        return Roof.COMBLES_PERDUS
    if adjacency == 1:
        return Roof.TOITURE_TERRASSE if roof_structure in _FLAT_ROOFS else Roof.COMBLES_AMENAGES
    return Roof.LOCAL_NON_CHAUFFE


def floor_type(adjacency: int) -> Floor:
    """The desk's low-floor type of a ``plancher_bas`` from its adjacency."""
    if adjacency == HEATED_NEIGHBOUR:
        return Floor.LOGEMENT_EN_DESSOUS
    return _FLOORS.get(adjacency, Floor.LOCAL_NON_CHAUFFE)
