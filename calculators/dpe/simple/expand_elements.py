"""Walls, roof and low floor of a simple description as §3.2 and §3.1 need them.

Each opaque element gets its structure id (the official ``materiaux_structure_mur`` or
``type_plancher_*`` enumerations), its insulation read as the nine steps of §3.2 (arrêté du
31 mars 2021, annexe 1) with its ``type_isolation`` id, and its coefficient b from the §3.1
tables. Unknowns take the method's steps (« inconnue »: step 4, year unknown: step 9) or the
desk assumptions of ``expand_defaults.json`` (ceiling structure, adjacencies), each stated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from calculators.dpe.engine.envelope import Insulation, InsulationState
from calculators.dpe.engine.envelope.adjacency import b_fixed
from calculators.dpe.engine.envelope.adjacency import b_unheated_space as _b_table
from calculators.dpe.engine.envelope.floors import GroundContact
from calculators.dpe.engine.envelope.periods import period_of_year
from calculators.dpe.engine.envelope.roofs import RoofKind
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.choices import EtatIsolation
from calculators.dpe.simple.choices import TypePlancherBas as Floor
from calculators.dpe.simple.choices import TypeToiture as Roof
from calculators.dpe.simple.description import Isolation, SimpleDescription
from calculators.dpe.simple.expand_notes import Notes
from calculators.dpe.simple.geometry import GeometryEstimate
from calculators.dpe.simple.official_ids import POSITIONS_ISOLATION

NOT_INSULATED, UNKNOWN_INSULATION = 2, 1
"""``type_isolation`` ids: not insulated; insulation unknown (§3.4 defaults by period)."""
OUTSIDE = 1
_CONTACTS = {
    Floor.TERRE_PLEIN: GroundContact.ON_GROUND,
    Floor.VIDE_SANITAIRE: GroundContact.CRAWL_SPACE_OR_BASEMENT,
    Floor.SOUS_SOL_NON_CHAUFFE: GroundContact.CRAWL_SPACE_OR_BASEMENT,
}
"""Floors whose U is replaced by Ue (§3.2.2.1); ground, crawl space and basement have b = 1."""


@dataclass(frozen=True, slots=True)
class Opaque:
    """A wall, roof or low floor: structure id (material, ``type_plancher_*``; None for an
    unknown wall), thickness [cm] (walls), insulation (§3.2 steps) and its ``type_isolation`` id
    (§3.4 placements, §7.3 inertia), opaque area [m²] and b."""

    structure_id: int | None
    thickness_cm: float | None
    insulation: Insulation
    type_isolation_id: int
    surface_m2: float
    b: float
    roof_kind: RoofKind | None = None
    contact: GroundContact | None = None
    perimeter_m: float = 0.0
    """Exposed perimeter [m] of a floor whose U is Ue (2S/P)."""
    lined: bool = False
    """A wall with a known inner lining, R = 0.21 m²·K/W (§3.2.1.2)."""


def insulation_of(
    isolation: Isolation, element: str, period: str, notes: Notes
) -> tuple[Insulation, int]:
    """The §3.2 insulation step and the ``type_isolation`` id of a desk insulation."""
    if isolation.etat is EtatIsolation.NON_ISOLE:
        return Insulation(InsulationState.ABSENT), NOT_INSULATED
    if isolation.etat is EtatIsolation.INCONNU:
        notes.add(
            f"{element}.isolation.etat",
            f"Isolation des {_NAMES[element]} inconnue : U = min(U non isolé ; U par défaut de "
            f"la période {period}) (3CL §3.2, étape 4).",
        )
        return Insulation(InsulationState.UNKNOWN), UNKNOWN_INSULATION
    placement = POSITIONS_ISOLATION[isolation.position]
    if isolation.resistance_m2k_w is not None:
        return Insulation(
            InsulationState.RESISTANCE, resistance_m2k_w=isolation.resistance_m2k_w
        ), (placement)
    if isolation.epaisseur_cm is not None:
        return Insulation(InsulationState.THICKNESS, thickness_cm=isolation.epaisseur_cm), placement
    if isolation.annee is not None:
        state = Insulation(
            InsulationState.INSULATION_PERIOD, period=period_of_year(isolation.annee)
        )
        return state, placement
    notes.add(
        f"{element}.isolation.annee",
        f"{_NAMES[element].capitalize()} isolés, épaisseur et année inconnues : U par défaut de "
        "la période de construction, 1975-1977 si elle est antérieure (3CL §3.2, étape 9).",
    )
    return Insulation(InsulationState.CONSTRUCTION_PERIOD), placement


_NAMES = {"murs": "murs", "toiture": "plafonds et toitures", "plancher_bas": "planchers bas"}


@lru_cache(maxsize=64)
def b_unheated_space(
    adjacency_id: int,
    *,
    aiu_m2: float,
    aue_m2: float,
    partition_insulated: bool,
    outer_walls_insulated: bool,
) -> float:
    """b of §3.1 for an unheated space (the engine's Aiu/Aue tables), read once per case."""
    return _b_table(
        adjacency_id,
        aiu_m2=aiu_m2,
        aue_m2=aue_m2,
        partition_insulated=partition_insulated,
        outer_walls_insulated=outer_walls_insulated,
    )


def landing_b(wall: Insulation) -> float:
    """b of walls and doors on the landing: a circulation without direct opening (§3.1 tables)."""
    adjacency = defaults.group("adjacences")["circulation"]
    return b_unheated_space(
        int(adjacency["type_adjacence"]),
        aiu_m2=float(adjacency["aiu_sur_aue"]),
        aue_m2=1.0,
        partition_insulated=wall.state is not InsulationState.ABSENT
        and wall.state is not InsulationState.UNKNOWN,
        outer_walls_insulated=False,
    )


def roof(
    description: SimpleDescription, geometry: GeometryEstimate, period: str, notes: Notes
) -> Opaque | None:
    if geometry.toiture_m2 <= 0:
        return None
    kind = description.toiture.type
    if kind is Roof.INCONNU:
        kind = (
            Roof.COMBLES_PERDUS if description.logement.type.est_maison else Roof.TOITURE_TERRASSE
        )
        notes.add(
            "toiture.type", f"Type de toiture inconnu : {kind.libelle} (hypothèse du guichet)."
        )
    insulation, type_id = insulation_of(description.toiture.isolation, "toiture", period, notes)
    insulated = type_id not in (NOT_INSULATED, UNKNOWN_INSULATION)
    b = b_fixed(OUTSIDE)
    structures = defaults.group("structures")
    family = RoofKind.ATTIC
    if kind is Roof.COMBLES_PERDUS:
        structure = int(structures["plafond_combles_perdus"])
        attic = defaults.group("adjacences")["combles_perdus"]
        b = b_unheated_space(
            int(attic["type_adjacence"]),
            aiu_m2=float(attic["aiu_sur_aue"]),
            aue_m2=1.0,
            partition_insulated=insulated,
            outer_walls_insulated=False,
        )
    elif kind is Roof.COMBLES_AMENAGES:
        structure = int(structures["plafond_combles_amenages"])
    elif kind is Roof.TOITURE_TERRASSE:
        structure, family = int(structures["plafond_terrasse"]), RoofKind.FLAT
    else:
        structure, family = int(structures["plafond_sous_local_non_chauffe"]), RoofKind.FLAT
        b = b_fixed(
            int(defaults.group("adjacences")["plafond_sous_local_non_chauffe"]["type_adjacence"])
        )
    if description.toiture.isolation.etat is not EtatIsolation.ISOLE:
        notes.add(
            "toiture.structure",
            "Structure du plafond non demandée : Uph0 de la "
            "structure la plus fréquente du corpus pour ce type (hypothèse du guichet ; "
            "« inconnue », la méthode prendrait 2,5 W/(m²·K), §3.2.3.1).",
        )
    return Opaque(structure, None, insulation, type_id, geometry.toiture_m2, b, roof_kind=family)


def floor(
    description: SimpleDescription, geometry: GeometryEstimate, period: str, notes: Notes
) -> Opaque | None:
    if geometry.plancher_bas_m2 <= 0:
        return None
    kind = description.plancher_bas.type
    if kind is Floor.INCONNU:
        kind = Floor.TERRE_PLEIN
        notes.add("plancher_bas.type", "Type de plancher bas inconnu : sur terre-plein.")
    insulation, type_id = insulation_of(
        description.plancher_bas.isolation, "plancher_bas", period, notes
    )
    b = b_fixed(OUTSIDE)
    if kind is Floor.LOCAL_NON_CHAUFFE:
        garage = defaults.group("adjacences")["plancher_sur_local_non_chauffe"]
        b = b_unheated_space(
            int(garage["type_adjacence"]),
            aiu_m2=float(garage["aiu_sur_aue"]),
            aue_m2=1.0,
            partition_insulated=type_id not in (NOT_INSULATED, UNKNOWN_INSULATION),
            outer_walls_insulated=False,
        )
    return Opaque(
        int(defaults.group("structures")["plancher_bas"]),
        None,
        insulation,
        type_id,
        geometry.plancher_bas_m2,
        b,
        contact=_CONTACTS.get(kind),
        perimeter_m=geometry.perimetre_expose_m,
    )
