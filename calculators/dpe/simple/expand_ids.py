"""From the desk's words to the ADEME generator ids the engine's tables are keyed by.

A desk choice (« chaudière à condensation », « gaz naturel », installed in 2004) stands for one
of a few ids of the official enumerations ``type_generateur_ch`` and ``type_generateur_ecs``,
which differ by energy and installation period (ids transcribed from the enumerations shipped
in :mod:`calculators.dpe.tables`; the tests check every label). The period is read from the
enumeration's own ``periode_installation_min/max``: the id whose period holds the year, else the
nearest one (a condensing boiler « of 1975 » is the oldest condensing boiler the table has).
"""

from __future__ import annotations

from types import MappingProxyType

from calculators.dpe.simple.choices import Energie
from calculators.dpe.simple.choices import GenerateurChauffage as G
from calculators.dpe.simple.choices import GenerateurEcs as W
from calculators.dpe.simple.official_ids import ENERGIES
from calculators.dpe.tables import enum_row

GAS, OIL, LPG, LOGS, PELLETS, CHIPS, COAL, ELECTRIC, NETWORK = (
    "gaz",
    "fioul",
    "gpl",
    "buches",
    "granules",
    "plaquettes",
    "charbon",
    "electricite",
    "reseau",
)
"""Energy families the id tables are split by."""

_FAMILY = MappingProxyType(
    {
        Energie.GAZ_NATUREL: GAS,
        Energie.FIOUL: OIL,
        Energie.GPL: LPG,
        Energie.PROPANE: LPG,
        Energie.BUTANE: LPG,
        Energie.BOIS_BUCHES: LOGS,
        Energie.BOIS_GRANULES: PELLETS,
        Energie.BOIS_PLAQUETTES: CHIPS,
        Energie.CHARBON: COAL,
        Energie.AUTRE_FOSSILE: COAL,
        Energie.ELECTRICITE: ELECTRIC,
        Energie.RESEAU_CHALEUR: NETWORK,
    }
)

_R = range
_HEATING: MappingProxyType[G, dict[str, tuple[int, ...]]] = MappingProxyType(
    {
        G.CHAUDIERE_CLASSIQUE: {GAS: (85, 86, 87), OIL: (75, 76, 77, 78), LPG: (127, 128, 129)},
        G.CHAUDIERE_STANDARD: {GAS: (88, 89, 90), OIL: (79, 80), LPG: (130, 131, 132)},
        G.CHAUDIERE_BASSE_TEMPERATURE: {GAS: (91, 92, 93), OIL: (81, 82), LPG: (133, 134, 135)},
        G.CHAUDIERE_CONDENSATION: {GAS: (94, 95, 96, 97), OIL: (83, 84), LPG: (136, 137, 138, 139)},
        G.CHAUDIERE_BOIS: {
            LOGS: tuple(_R(55, 62)),
            CHIPS: tuple(_R(62, 69)),
            PELLETS: tuple(_R(69, 75)),
            COAL: tuple(_R(120, 127)),
        },
        G.CHAUDIERE_ELECTRIQUE: {ELECTRIC: (106,)},
        G.PAC_AIR_AIR: {ELECTRIC: (1, 2, 3)},
        G.PAC_AIR_EAU: {ELECTRIC: (4, 5, 6, 7)},
        G.PAC_EAU_EAU: {ELECTRIC: (8, 9, 10, 11)},
        G.PAC_GEOTHERMIQUE: {ELECTRIC: (16, 17, 18, 19)},
        G.PAC_HYBRIDE: {ELECTRIC: (145, 146, 147)},
        G.POELE_BOIS: {LOGS: (22, 26, 30)},
        G.INSERT_FOYER_FERME: {LOGS: (23, 27, 31)},
        G.POELE_GRANULES: {PELLETS: (44, 45, 46)},
        G.POELE_BOUILLEUR: {LOGS: (48, 49), PELLETS: (140, 141)},
        G.POELE_FIOUL_GAZ_CHARBON: {OIL: (47,), LPG: (47,), COAL: (47,)},
        G.GENERATEUR_AIR_CHAUD: {GAS: (50, 51), OIL: (50, 51), LPG: (50, 51)},
        G.RADIATEUR_GAZ: {GAS: (53, 54), LPG: (53, 54)},
        G.CONVECTEURS: {ELECTRIC: (98,)},
        G.PANNEAUX_RAYONNANTS: {ELECTRIC: (99,)},
        G.RADIATEURS_ELECTRIQUES: {ELECTRIC: (100,)},
        G.PLANCHER_RAYONNANT_ELECTRIQUE: {ELECTRIC: (102,)},
        G.RADIATEURS_ACCUMULATION: {ELECTRIC: (104,)},
        G.CONVECTEUR_BI_JONCTION: {ELECTRIC: (105,)},
        G.RESEAU_CHALEUR: {NETWORK: (108,)},
        G.CHAUFFERIE_MULTI_BATIMENTS: {
            LOGS: (109,),
            PELLETS: (109,),
            CHIPS: (109,),
            OIL: (110,),
            GAS: (111,),
            LPG: (111,),
            ELECTRIC: (112,),
            COAL: (171,),
            NETWORK: (108,),
        },
        G.AUTRE: {
            GAS: (113,),
            LPG: (113,),
            OIL: (114,),
            LOGS: (115,),
            PELLETS: (115,),
            CHIPS: (115,),
            COAL: (116,),
            ELECTRIC: (101,),
        },
    }
)
"""``type_generateur_ch`` ids by desk generator and energy family. Warm-air generators run on
natural gas too (two in the ADEME corpus) although their enumeration row omits it."""

HYBRID_BOILER: dict[str, tuple[int, ...]] = {GAS: (148, 149), OIL: (150, 151), LPG: (160, 161)}
"""Boiler side of a hybrid heat pump (``type_generateur_ch``), by its energy."""

_BOILERS_ECS: MappingProxyType[G, dict[str, tuple[int, ...]]] = MappingProxyType(
    {
        G.CHAUDIERE_CLASSIQUE: {GAS: (45, 46, 47), OIL: (35, 36, 37, 38), LPG: (92, 93, 94)},
        G.CHAUDIERE_STANDARD: {GAS: (48, 49, 50), OIL: (39, 40), LPG: (95, 96, 97)},
        G.CHAUDIERE_BASSE_TEMPERATURE: {GAS: (51, 52, 53), OIL: (41, 42), LPG: (98, 99, 100)},
        G.CHAUDIERE_CONDENSATION: {GAS: (54, 55, 56, 57), OIL: (43, 44), LPG: (101, 102, 103, 104)},
        G.CHAUDIERE_BOIS: {
            LOGS: tuple(_R(15, 22)),
            CHIPS: tuple(_R(22, 29)),
            PELLETS: tuple(_R(29, 35)),
            COAL: tuple(_R(85, 92)),
        },
        G.CHAUDIERE_ELECTRIQUE: {ELECTRIC: (118,)},
        G.PAC_HYBRIDE: {GAS: (120, 121), OIL: (122, 123)},
    }
)
"""``type_generateur_ecs`` ids of a boiler also making hot water, by its heating kind."""

_HOT_WATER: MappingProxyType[W, dict[str, tuple[int, ...]]] = MappingProxyType(
    {
        W.BALLON_ELECTRIQUE: {ELECTRIC: (69,)},
        W.ELECTRIQUE_INSTANTANE: {ELECTRIC: (117,)},
        W.THERMODYNAMIQUE: {ELECTRIC: (1, 2, 3)},
        W.PAC_DOUBLE_SERVICE: {ELECTRIC: (10, 11, 12)},
        W.GAZ_INSTANTANE: {GAS: (63, 64, 65, 66, 67), LPG: (110, 111, 112, 113, 114)},
        W.ACCUMULATEUR_GAZ: {GAS: (58, 59, 60), LPG: (105, 106, 107)},
        W.POELE_BOUILLEUR: {LOGS: (13, 14), PELLETS: (115, 116)},
        W.RESEAU_CHALEUR: {NETWORK: (73,)},
        W.CHAUFFERIE_MULTI_BATIMENTS: {
            LOGS: (74,),
            PELLETS: (74,),
            CHIPS: (74,),
            OIL: (75,),
            GAS: (76,),
            LPG: (76,),
            ELECTRIC: (77,),
            COAL: (134,),
        },
        W.AUTRE: {
            GAS: (48, 49, 50),
            LPG: (95, 96, 97),
            OIL: (39, 40),
            LOGS: tuple(_R(15, 22)),
            PELLETS: tuple(_R(29, 35)),
            CHIPS: tuple(_R(22, 29)),
            COAL: tuple(_R(85, 92)),
            ELECTRIC: (1, 2, 3),
            NETWORK: (73,),
        },
    }
)
"""``type_generateur_ecs`` ids of the other hot-water generators. An « autre » system is
computed as the standard boiler of its energy (the reading ``generator_types.json`` makes of the
« autre système à combustion » of heating; ids 78–81 have no default characteristics), an
electric one as a heat-pump water heater on ambient air (id 82, « autre système thermodynamique
électrique », has no default COP, §14.2)."""


def energy_family(energie: Energie) -> str | None:
    """The id tables' energy family of ``energie`` (None when unknown)."""
    return _FAMILY.get(energie)


def energy_id(energie: Energie) -> int:
    """``type_energie`` id of a known energy (first of :data:`official_ids.ENERGIES`)."""
    return ENERGIES[energie][0]


def heating_ids(generateur: G, energie: Energie) -> tuple[int, ...] | None:
    """Candidate ``type_generateur_ch`` ids, or None when the pair has no official id."""
    family = energy_family(energie)
    return None if family is None else _HEATING.get(generateur, {}).get(family)


def boiler_hot_water_ids(generateur: G, energie: Energie) -> tuple[int, ...] | None:
    family = energy_family(energie)
    return None if family is None else _BOILERS_ECS.get(generateur, {}).get(family)


def hot_water_ids(generateur: W, energie: Energie) -> tuple[int, ...] | None:
    family = energy_family(energie)
    return None if family is None else _HOT_WATER.get(generateur, {}).get(family)


def by_period(table: str, candidates: tuple[int, ...], year: int) -> int:
    """The candidate of enumeration ``table`` whose installation period holds ``year``, else
    the one whose period is nearest (the first for an earlier year, the last for a later one)."""
    best, best_gap = candidates[0], None
    for ident in candidates:
        row = enum_row(table, ident)
        first, last = row["periode_installation_min"], row["periode_installation_max"]
        if not isinstance(first, int) or not isinstance(last, int):
            return ident
        gap = 0 if first <= year <= last else min(abs(year - first), abs(year - last))
        if best_gap is None or gap < best_gap:
            best, best_gap = ident, gap
    return best
