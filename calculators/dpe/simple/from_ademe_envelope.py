"""The envelope of an ADEME DPE file as an adviser would describe it.

Walls: the dominant structure material (by opaque area), its thickness, and the insulation state
carrying the most area of the façades (walls on the outside). Roof and low floor: the type and
insulation of the largest element that loses heat. Windows: the dominant glazing, frame and
shutter. Areas themselves are not kept: the simple description does not know them. Elements
next to a heated dwelling (``type_adjacence`` 22) lose no heat and only tell whether a house is
semi-detached or terraced.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from calculators.dpe.ademe.envelope import Adjacence, BaieVitree, Enveloppe, Mur
from calculators.dpe.simple import ademe_codes
from calculators.dpe.simple.choices import (
    EtatIsolation,
    MateriauMenuiserie,
    MateriauMur,
    PositionAppartement,
    PositionIsolation,
    TypeLogement,
    TypePlancherBas,
    TypeToiture,
    TypeVitrage,
    TypeVolets,
)
from calculators.dpe.simple.derivation_notes import Notes, dominant
from calculators.dpe.simple.description import Fenetres, Isolation, Murs, PlancherBas, Toiture
from calculators.dpe.simple.official_ids import (
    MATERIAUX_MUR,
    MENUISERIES,
    POSITIONS_ISOLATION,
    VITRAGES,
    VOLETS,
    choice_of_id,
    choice_with_id,
    periode_from_id,
    representative_year,
)

TERRACED_SHARE = 0.45
"""Share of party walls in all walls above which a house is terraced rather than semi-detached:
one party wall on the long side of a 1.5 × 1 rectangle is 0.3 of its perimeter, two are 0.6."""
EXPOSED_SHARE = 0.25
"""A flat's low floor or roof counts as exposed when the elements losing heat cover at least a
quarter of its footprint (a few m² over a porch do not make a ground-floor flat)."""


class _Insulated(Protocol):
    @property
    def adjacence(self) -> Adjacence: ...
    @property
    def surface_paroi_opaque(self) -> float: ...
    @property
    def enum_type_isolation_id(self) -> int: ...
    @property
    def enum_periode_isolation_id(self) -> int | None: ...
    @property
    def epaisseur_isolation(self) -> float | None: ...
    @property
    def resistance_isolation(self) -> float | None: ...


T = TypeVar("T", bound=_Insulated)


def losing_heat(elements: Sequence[T]) -> list[T]:
    """Elements not next to a heated dwelling."""
    return [
        e for e in elements if e.adjacence.enum_type_adjacence_id != ademe_codes.HEATED_NEIGHBOUR
    ]


def house_type(enveloppe: Enveloppe) -> TypeLogement:
    """Detached, semi-detached or terraced, from the share of walls next to heated dwellings."""
    party = sum(m.surface_paroi_opaque for m in enveloppe.murs) - sum(
        m.surface_paroi_opaque for m in losing_heat(enveloppe.murs)
    )
    total = sum(m.surface_paroi_opaque for m in enveloppe.murs)
    if party <= 0 or total <= 0:
        return TypeLogement.MAISON_ISOLEE
    if party / total < TERRACED_SHARE:
        return TypeLogement.MAISON_JUMELEE
    return TypeLogement.MAISON_MITOYENNE


def flat_position(enveloppe: Enveloppe, footprint_m2: float) -> PositionAppartement:
    """From which of the low floor and the roof lose heat over at least
    :data:`EXPOSED_SHARE` of the flat's footprint [m²]."""
    floor = _area_sum(losing_heat(enveloppe.planchers_bas)) >= EXPOSED_SHARE * footprint_m2
    roof = _area_sum(losing_heat(enveloppe.planchers_hauts)) >= EXPOSED_SHARE * footprint_m2
    if floor and roof:
        return PositionAppartement.RDC_ET_DERNIER_ETAGE
    if floor:
        return PositionAppartement.REZ_DE_CHAUSSEE
    return PositionAppartement.DERNIER_ETAGE if roof else PositionAppartement.ETAGE_INTERMEDIAIRE


def walls(enveloppe: Enveloppe, built: int, notes: Notes) -> Murs:
    elements = losing_heat(enveloppe.murs)
    material_id = dominant(elements, lambda m: m.enum_materiaux_structure_mur_id, _area)
    if material_id is None:
        notes.add("murs : aucun mur déperditif dans le fichier.")
        return Murs()
    materiau = choice_with_id(MATERIAUX_MUR, material_id)
    same = [m for m in elements if m.enum_materiaux_structure_mur_id == material_id]
    largest: Mur = max(same, key=_area)
    return Murs(
        materiau=materiau or MateriauMur.INCONNU,
        epaisseur_cm=notes.bounded("murs.epaisseur_cm", largest.epaisseur_structure),
        isolation=insulation("murs", facades(elements), built, notes),
    )


def facades(walls: Sequence[Mur]) -> list[Mur]:
    """The walls on the outside (``type_adjacence`` 1), or all the given ones if none is: the
    façades are what an adviser sees and is told about (« les murs ont été isolés par
    l'extérieur »); walls on a landing, a garage or a cellar are rarely insulated with them and
    lose less (coefficient b < 1, method §3.1), so their area must not outvote the façades'."""
    outside = [m for m in walls if m.adjacence.enum_type_adjacence_id == ademe_codes.OUTSIDE]
    return outside or list(walls)


def insulation(path: str, elements: Sequence[_Insulated], built: int, notes: Notes) -> Isolation:
    """The insulation state carrying the most area, with the details of its largest element."""
    state = dominant(elements, lambda e: _state(e.enum_type_isolation_id), _area)
    if state is None or state is not EtatIsolation.ISOLE:
        return Isolation(etat=state or EtatIsolation.INCONNU)
    insulated = [e for e in elements if _state(e.enum_type_isolation_id) is EtatIsolation.ISOLE]
    largest = max(insulated, key=_area)
    position = choice_with_id(POSITIONS_ISOLATION, largest.enum_type_isolation_id)
    period = largest.enum_periode_isolation_id
    year = None if period is None else representative_year(periode_from_id(period))
    if year is not None and year < built:
        notes.add(
            f"{path}.isolation.annee : période d'isolation du fichier antérieure à la "
            f"construction ({built}), ignorée."
        )
        year = None
    return Isolation(
        etat=EtatIsolation.ISOLE,
        epaisseur_cm=notes.bounded(f"{path}.isolation.epaisseur_cm", largest.epaisseur_isolation),
        resistance_m2k_w=notes.bounded(
            f"{path}.isolation.resistance_m2k_w", largest.resistance_isolation
        ),
        annee=year,
        position=position or PositionIsolation.INCONNUE,
    )


def roof(enveloppe: Enveloppe, kind: TypeLogement, built: int, notes: Notes) -> Toiture:
    elements = losing_heat(enveloppe.planchers_hauts)
    if not elements:
        flat = kind is TypeLogement.APPARTEMENT
        return Toiture(type=TypeToiture.LOGEMENT_AU_DESSUS if flat else TypeToiture.INCONNU)
    largest = max(elements, key=_area)
    return Toiture(
        type=ademe_codes.roof_type(
            largest.adjacence.enum_type_adjacence_id, largest.enum_type_plancher_haut_id
        ),
        isolation=insulation("toiture", elements, built, notes),
    )


def low_floor(enveloppe: Enveloppe, kind: TypeLogement, built: int, notes: Notes) -> PlancherBas:
    elements = losing_heat(enveloppe.planchers_bas)
    if not elements:
        flat = kind is TypeLogement.APPARTEMENT
        return PlancherBas(
            type=TypePlancherBas.LOGEMENT_EN_DESSOUS if flat else TypePlancherBas.INCONNU
        )
    largest = max(elements, key=_area)
    return PlancherBas(
        type=ademe_codes.floor_type(largest.adjacence.enum_type_adjacence_id),
        isolation=insulation("plancher_bas", elements, built, notes),
    )


def windows(enveloppe: Enveloppe) -> Fenetres:
    baies = enveloppe.baies_vitrees

    def area(baie: BaieVitree) -> float:
        return baie.surface_totale_baie

    glazing = dominant(baies, lambda b: b.enum_type_vitrage_id, area)
    frame = dominant(baies, lambda b: b.enum_type_materiaux_menuiserie_id, area)
    shutter = dominant(baies, lambda b: b.enum_type_fermeture_id, area)
    return Fenetres(
        vitrage=choice_with_id(VITRAGES, glazing) or TypeVitrage.INCONNU,
        menuiserie=choice_with_id(MENUISERIES, frame) or MateriauMenuiserie.INCONNU,
        volets=choice_of_id(VOLETS, shutter) or TypeVolets.INCONNU,
    )


def _state(type_isolation_id: int) -> EtatIsolation:
    if type_isolation_id == 1:
        return EtatIsolation.INCONNU
    return EtatIsolation.NON_ISOLE if type_isolation_id == 2 else EtatIsolation.ISOLE


def _area(element: _Insulated) -> float:
    return element.surface_paroi_opaque


def _area_sum(elements: Sequence[_Insulated]) -> float:
    return sum(element.surface_paroi_opaque for element in elements)
