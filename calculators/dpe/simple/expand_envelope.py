"""The envelope of a simple description as the 3CL-DPE 2021 envelope stage needs it (§3).

Each element of the estimated geometry (walls on the outside and on the landing, roof, low floor,
windows, doors, thermal-bridge lengths) gets the criteria of the method's tables: official ids,
the insulation as the nine steps of §3.2 read it, and the adjacency coefficient b. Where the
description says « inconnu » the method's own default applies (its step and section are cited
in the assumption line); where the method leaves the value to the assessor's eyes, the desk
assumption of ``expand_defaults.json`` does, and says so. Roof and floor are in
:mod:`~.expand_elements`, windows in :mod:`~.expand_windows`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from calculators.dpe.engine.envelope.adjacency import b_fixed
from calculators.dpe.engine.envelope.lookup import rows_where
from calculators.dpe.simple import expand_defaults as defaults
from calculators.dpe.simple.choices import MateriauMur, TypeLogement
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.expand_elements import (
    OUTSIDE,
    Opaque,
    floor,
    insulation_of,
    landing_b,
    roof,
)
from calculators.dpe.simple.expand_notes import Notes, Unasked, fr
from calculators.dpe.simple.expand_windows import Windows, windows
from calculators.dpe.simple.geometry import GeometryEstimate, Lengths
from calculators.dpe.simple.official_ids import MATERIAUX_MUR, construction_year, periode_of_year

DEFAULTS = Unasked()
"""The desk's assumptions on what it never asks (:class:`~.expand_notes.Unasked`)."""
WOOD_FRAMES = frozenset({5, 6, 7, 18, 24, 25, 26, 27})
"""Timber walls (``materiaux_structure_mur``): their junctions have k = 0 (§3.4)."""


@dataclass(frozen=True, slots=True)
class Envelope:
    """Every element of the estimated envelope with the criteria of §3."""

    walls: tuple[Opaque, ...]
    roof: Opaque | None
    floor: Opaque | None
    windows: Windows
    door_type_id: int
    doors: tuple[tuple[float, float], ...]
    """(area [m²], b) of the doors on the outside and on the landing."""
    lengths: Lengths
    shared_junctions: bool
    """Intermediate floors and partitions shared with another dwelling (share 0.5, §3.4)."""
    heavy_floors: bool
    """Intermediate floors of concrete or masonry, whose junctions §3.4.2 counts."""
    heavy_roof: bool
    """A concrete roof slab, whose junction with the walls §3.4.3 counts (a ceiling of timber
    joists under an attic has none)."""
    wood_frame: bool


def expand_envelope(
    description: SimpleDescription,
    geometry: GeometryEstimate,
    notes: Notes,
    unasked: Unasked = DEFAULTS,
) -> Envelope:
    """The envelope criteria of ``description`` over ``geometry`` (assumptions into ``notes``)."""
    material = _wall_material(description, notes)
    thickness = _wall_thickness(description, material, notes)
    period = _period_label(description)
    wall_insulation, wall_type = insulation_of(description.murs.isolation, "murs", period, notes)
    landing = landing_b(wall_insulation)
    wall = Opaque(
        material,
        thickness,
        wall_insulation,
        wall_type,
        geometry.murs_exterieurs_m2,
        b_fixed(OUTSIDE),
        lined=unasked.murs_doublage,
    )
    walls = [wall]
    if geometry.murs_lnc_m2 > 0:
        walls.append(replace(wall, surface_m2=geometry.murs_lnc_m2, b=landing))
    door_b = landing if geometry.perimetre_lnc_m > 0 else b_fixed(OUTSIDE)
    top = roof(description, geometry, period, notes)
    if top is not None and unasked.plafond_structure is not None:
        top = replace(top, structure_id=unasked.plafond_structure)
    return Envelope(
        walls=tuple(walls),
        roof=top,
        floor=floor(description, geometry, period, notes),
        windows=windows(description, geometry, notes),
        door_type_id=defaults.integer("menuiseries", "type_porte"),
        doors=((geometry.portes_m2, door_b),) if geometry.portes_m2 > 0 else (),
        lengths=geometry.lineaires,
        shared_junctions=description.logement.type is TypeLogement.APPARTEMENT,
        heavy_floors=_heavy_floors(description, notes),
        heavy_roof=top is not None
        and top.structure_id == int(defaults.group("structures")["plafond_terrasse"]),
        wood_frame=material in WOOD_FRAMES,
    )


def _period_label(description: SimpleDescription) -> str:
    year = construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    return periode_of_year(year).libelle


def _wall_material(description: SimpleDescription, notes: Notes) -> int | None:
    material = description.murs.materiau
    if material is MateriauMur.INCONNU:
        notes.add(
            "murs.materiau",
            "Matériau des murs inconnu : Umur0 = 2,5 W/(m²·K) (3CL §3.2.1.1, étape 3).",
        )
        return None
    if not rows_where("umur0", enum_materiaux_structure_mur_id=MATERIAUX_MUR[material]):
        notes.add(
            "murs.materiau",
            f"Murs en « {material.libelle} » : pas de Umur0 forfaitaire, 2,5 W/(m²·K) comme un "
            "mur inconnu (3CL §3.2.1.1, étape 3).",
        )
        return None
    return MATERIAUX_MUR[material]


def _wall_thickness(
    description: SimpleDescription, material: int | None, notes: Notes
) -> float | None:
    if description.murs.epaisseur_cm is not None or material is None:
        return description.murs.epaisseur_cm
    value = defaults.wall_thickness_cm(material)
    notes.add(
        "murs.epaisseur_cm",
        f"Épaisseur des murs inconnue : {fr(value)} cm, médiane du corpus ADEME pour ce matériau "
        "(hypothèse du guichet).",
    )
    return value


def _heavy_floors(description: SimpleDescription, notes: Notes) -> bool:
    built = construction_year(
        description.logement.annee_construction, description.logement.periode_construction
    )
    structures = defaults.group("structures")
    heavy = built >= int(structures["planchers_intermediaires_lourds_depuis"])
    if not heavy:
        notes.add(
            "plancher_intermediaire",
            "Planchers d'étage en bois (construit avant 1948) : "
            "pas de pont thermique plancher intermédiaire / mur (3CL §3.4.2 ; hypothèse "
            "du guichet).",
        )
    return heavy
