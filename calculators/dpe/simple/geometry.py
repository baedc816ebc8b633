"""Areas and lengths of a dwelling estimated from its simple description.

The 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1, §3) multiplies measured areas by U
values and measured lengths by linear coefficients k; at the desk nobody has measured them. This
module estimates them from the surface, the number of levels, the ceiling height, the type of
dwelling and what it touches (party walls of terraced and semi-detached houses, floors and
ceilings shared with other flats). Every assumption is data in ``geometry_defaults.json`` with
its source, and each estimate lists, in French, the assumptions it used. Areas in m², lengths
in m; wall areas are opaque (net of windows and doors), as the method uses them.

The model, in short: the heated footprint is the surface divided by the number of storeys
(a converted attic counts 0.7); the footprint is a rectangle of known proportions whose long
sides carry the party walls of a house and the façades of a flat; walls are the exposed
perimeter times the storey heights; windows follow a ratio to the surface by type and period.
Figures measured against the 231 ADEME files are in ``docs/dpe-simple.md``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from calculators.dpe.simple.choices import FormeEmprise, PositionAppartement, TypeLogement
from calculators.dpe.simple.choices import TypePlancherBas as Floor
from calculators.dpe.simple.choices import TypeToiture as Roof
from calculators.dpe.simple.description import Logement, SimpleDescription
from calculators.dpe.simple.geometry_defaults import facade_share, parameter, window_ratio
from calculators.dpe.simple.official_ids import construction_year

_EXPOSED_SIDES = {4: (2, 2), 3: (1, 2), 2: (0, 2), 1: (0, 1)}
"""House or building: façades → (long sides, short sides) exposed; party walls are long sides."""
_FLAT_SIDES = {1: (1, 0), 2: (2, 0), 3: (2, 1), 4: (2, 2)}
"""Flat: façades → (long sides, short sides) exposed; façades are the long sides first."""
_JUNCTIONS = {4: 0, 3: 2, 2: 4, 1: 2}
"""Vertical junctions between a party wall and an exposed façade, by number of façades."""
_HOUSE_FACADES = {
    TypeLogement.MAISON_ISOLEE: 4, TypeLogement.MAISON_JUMELEE: 3,
    TypeLogement.MAISON_MITOYENNE: 2, TypeLogement.IMMEUBLE: 4,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class WindowsByOrientation:
    """Window area facing each direction [m²]."""

    sud_m2: float
    nord_m2: float
    est_m2: float
    ouest_m2: float


@dataclass(frozen=True, slots=True)
class Lengths:
    """Lengths [m] of the junctions whose thermal bridges §3.4 counts, before any share
    (the engine applies the 0.5 of a junction shared with another dwelling)."""

    plancher_bas_mur_m: float
    plancher_intermediaire_mur_m: float
    plancher_haut_mur_m: float
    refend_mur_m: float
    menuiseries_m: float
    """Perimeters of windows and doors."""


@dataclass(frozen=True, slots=True)
class GeometryEstimate:
    """The estimated envelope of the dwelling (or of the whole building for ``immeuble``)."""

    emprise_m2: float
    """Heated footprint [m²]."""
    longueur_m: float
    largeur_m: float
    perimetre_expose_m: float
    """Footprint perimeter on the outside [m]."""
    perimetre_lnc_m: float
    """Footprint perimeter on unheated spaces (landing, stairwell) [m]."""
    hauteur_murs_m: float
    """Height of wall counted over all storeys [m]."""
    murs_exterieurs_m2: float
    murs_lnc_m2: float
    toiture_m2: float
    plancher_bas_m2: float
    fenetres_m2: float
    fenetres: WindowsByOrientation
    nombre_fenetres: int
    portes_m2: float
    nombre_portes: int
    lineaires: Lengths
    hypotheses: tuple[str, ...]
    """Every assumption used, in French, for the report."""

    @property
    def murs_m2(self) -> float:
        """All opaque walls losing heat: to the outside and to unheated spaces [m²]."""
        return self.murs_exterieurs_m2 + self.murs_lnc_m2


def estimate_geometry(description: SimpleDescription) -> GeometryEstimate:
    """Estimate areas and lengths from ``description`` (assumed valid: see ``validation``)."""
    logement = description.logement
    notes: list[str] = []
    height = _ceiling_height(logement, notes)
    levels = _levels(logement, notes)
    roof_share, floor_share = _exposure(description, notes)
    attic = _converted_attic(description, levels)
    storeys = levels - 1 + parameter("part_niveau_combles_amenages") if attic else levels
    wall_storeys = levels - 1 + parameter("part_hauteur_murs_combles_amenages") if attic else levels
    if attic:
        share = _fr(parameter("part_niveau_combles_amenages"))
        notes.append(f"comble aménagé : le dernier niveau compte pour {share} niveau (IWU).")
    length, width, footprint = _footprint(logement, storeys, notes)
    facades = _facades(logement, notes)
    exposed, landing = _sides(logement, facades, length, width)
    exposed *= _facade_share(logement, notes)
    wall_height = wall_storeys * height
    gross_exterior = exposed * wall_height
    gross_landing = landing * height * levels

    doors = _doors(logement, levels, notes)
    door_area = doors * parameter("porte_largeur_m") * parameter("porte_hauteur_m")
    doors_on_landing = door_area if landing > 0 else 0.0
    window_area, window_count, window_size = _windows(description, gross_exterior, notes)
    exterior_openings = min(window_area + door_area - doors_on_landing, gross_exterior)

    roof_factor = parameter("facteur_toiture_combles_amenages") if attic else 1.0
    slabs = levels - 1 + ((2 - roof_share - floor_share) if _is_flat(logement) else 0)
    door_perimeter = 2 * (parameter("porte_largeur_m") + parameter("porte_hauteur_m"))
    lengths = Lengths(
        plancher_bas_mur_m=exposed * floor_share,
        plancher_intermediaire_mur_m=exposed * slabs,
        plancher_haut_mur_m=exposed * roof_share,
        refend_mur_m=_JUNCTIONS[facades] * wall_height
        + _building_partitions(logement, levels, height),
        menuiseries_m=window_count * 2 * sum(window_size) + doors * door_perimeter,
    )
    return GeometryEstimate(
        emprise_m2=footprint,
        longueur_m=length,
        largeur_m=width,
        perimetre_expose_m=exposed,
        perimetre_lnc_m=landing,
        hauteur_murs_m=wall_height,
        murs_exterieurs_m2=gross_exterior - exterior_openings,
        murs_lnc_m2=max(gross_landing - doors_on_landing, 0.0),
        toiture_m2=footprint * roof_share * roof_factor,
        plancher_bas_m2=footprint * floor_share,
        fenetres_m2=window_area,
        fenetres=_orientations(description, window_area, notes),
        nombre_fenetres=window_count,
        portes_m2=door_area,
        nombre_portes=doors,
        lineaires=lengths,
        hypotheses=tuple(notes),
    )


def _is_flat(logement: Logement) -> bool:
    return logement.type is TypeLogement.APPARTEMENT


def _ceiling_height(logement: Logement, notes: list[str]) -> float:
    if logement.hauteur_sous_plafond_m is not None:
        return logement.hauteur_sous_plafond_m
    value = parameter("hauteur_sous_plafond_m")
    notes.append(f"hauteur sous plafond inconnue : {_fr(value)} m.")
    return value


def _dwellings(logement: Logement) -> int:
    if logement.nombre_logements is not None:
        return logement.nombre_logements
    return max(1, round(logement.surface_habitable_m2 / parameter("surface_par_logement_m2")))


def _levels(logement: Logement, notes: list[str]) -> int:
    if logement.nombre_niveaux is not None:
        return logement.nombre_niveaux
    if logement.type.est_maison:
        value = int(parameter("niveaux_maison"))
    elif _is_flat(logement):
        value = int(parameter("niveaux_appartement"))
    else:
        per_level = parameter("logements_par_niveau_immeuble")
        cap = int(parameter("niveaux_immeuble_max_defaut"))
        value = min(cap, round(_dwellings(logement) / per_level) + 1)
    notes.append(f"nombre de niveaux inconnu : {value}.")
    return value


def _exposure(description: SimpleDescription, notes: list[str]) -> tuple[float, float]:
    """Shares of the footprint under a roof and over a low floor (0, 1, or the expected value
    for a flat of unknown position)."""
    logement = description.logement
    roof, floor = description.toiture.type, description.plancher_bas.type
    has_roof: float = 0.0 if roof is Roof.LOGEMENT_AU_DESSUS else 1.0
    has_floor: float = 0.0 if floor is Floor.LOGEMENT_EN_DESSOUS else 1.0
    if not _is_flat(logement):
        return has_roof, has_floor
    position = logement.position or PositionAppartement.INCONNUE
    top = position in (PositionAppartement.DERNIER_ETAGE, PositionAppartement.RDC_ET_DERNIER_ETAGE)
    ground = position in (
        PositionAppartement.REZ_DE_CHAUSSEE,
        PositionAppartement.RDC_ET_DERNIER_ETAGE,
    )
    expected = 1.0 / parameter("niveaux_immeuble_position_inconnue")
    unknown = position is PositionAppartement.INCONNUE
    if unknown and Floor.INCONNU is floor and Roof.INCONNU is roof:
        share = _fr(expected * 100)
        notes.append(
            f"position de l'appartement inconnue : {share} % de plancher bas et de toiture."
        )
    if roof is Roof.INCONNU:
        has_roof = expected if unknown else float(top)
    if floor is Floor.INCONNU:
        has_floor = expected if unknown else float(ground)
    return has_roof, has_floor


def _converted_attic(description: SimpleDescription, levels: int) -> bool:
    return description.toiture.type is Roof.COMBLES_AMENAGES and levels >= 2


def _footprint(logement: Logement, storeys: float, notes: list[str]) -> tuple[float, float, float]:
    """Length, width [m] and area [m²] of the heated footprint."""
    if logement.longueur_m is not None and logement.largeur_m is not None:
        length = max(logement.longueur_m, logement.largeur_m)
        width = min(logement.longueur_m, logement.largeur_m)
        return length, width, length * width
    area = logement.surface_habitable_m2 / storeys
    ratio = _aspect_ratio(logement, notes)
    width = math.sqrt(area / ratio)
    return ratio * width, width, area


def _aspect_ratio(logement: Logement, notes: list[str]) -> float:
    if logement.forme is FormeEmprise.COMPACTE:
        return parameter("rapport_longueur_largeur_compacte")
    if logement.forme is FormeEmprise.ALLONGEE:
        return parameter("rapport_longueur_largeur_allongee")
    if logement.forme is FormeEmprise.EN_L:
        return parameter("rapport_longueur_largeur_en_l")
    kind = "maison" if logement.type.est_maison else logement.type.value
    value = parameter(f"rapport_longueur_largeur_{kind}")
    notes.append(f"forme inconnue : rectangle de rapport longueur/largeur {_fr(value)}.")
    return value


def _facades(logement: Logement, notes: list[str]) -> int:
    if logement.facades_exposees is not None:
        return logement.facades_exposees
    if _is_flat(logement):
        value = int(parameter("facades_appartement"))
        notes.append(f"appartement supposé traversant : {value} façades exposées.")
        return value
    return _HOUSE_FACADES[logement.type]


def _facade_share(logement: Logement, notes: list[str]) -> float:
    """Share of the long sides of a flat of unknown façades that is really exposed: a middle-
    floor flat of middling size is as often single-aspect as through (corpus median)."""
    if not _is_flat(logement) or logement.facades_exposees is not None:
        return 1.0
    position = (logement.position or PositionAppartement.INCONNUE).value
    share = facade_share(position, logement.surface_habitable_m2)
    if share is None:
        return 1.0
    notes.append(
        f"façades inconnues d'un appartement de cette taille et position : {_fr(share * 100)} %"
        " de deux façades exposées (médiane du corpus ADEME)."
    )
    return share


def _sides(logement: Logement, facades: int, length: float, width: float) -> tuple[float, float]:
    """Footprint perimeter [m] on the outside and on unheated circulations."""
    long_sides, short_sides = (_FLAT_SIDES if _is_flat(logement) else _EXPOSED_SIDES)[facades]
    exposed = long_sides * length + short_sides * width
    landing = parameter("part_palier_petit_cote") * width if _is_flat(logement) else 0.0
    if facades == 4:
        landing = 0.0
    has_dimensions = logement.longueur_m is not None and logement.largeur_m is not None
    if logement.forme is FormeEmprise.EN_L and not has_dimensions:
        exposed *= parameter("facteur_perimetre_en_l")
    return exposed, landing


def _doors(logement: Logement, levels: int, notes: list[str]) -> int:
    if logement.nombre_portes is not None:
        return logement.nombre_portes
    if logement.type is TypeLogement.IMMEUBLE:
        per_stair = parameter("logements_par_palier") * levels
        value = max(1, round(_dwellings(logement) / per_stair))
        notes.append(f"portes d'immeuble : {value} (une par cage d'escalier).")
        return value
    return int(parameter("portes_par_logement"))


def _windows(
    description: SimpleDescription, gross_exterior_m2: float, notes: list[str]
) -> tuple[float, int, tuple[float, float]]:
    """Window area [m²], count and typical (width, height) [m]."""
    logement, windows = description.logement, description.fenetres
    kind = "maison" if logement.type.est_maison else "appartement"
    size = (
        parameter(f"fenetre_type_{kind}_largeur_m"),
        parameter(f"fenetre_type_{kind}_hauteur_m"),
    )
    unit_area = size[0] * size[1]
    if windows.surface_m2 is not None:
        area = windows.surface_m2
    elif windows.nombre is not None:
        area = windows.nombre * unit_area
        notes.append(f"fenêtres de {_fr(size[0])} × {_fr(size[1])} m.")
    elif windows.part_facade_pct is not None:
        area = windows.part_facade_pct / 100 * gross_exterior_m2
    else:
        year = construction_year(logement.annee_construction, logement.periode_construction)
        ratio = window_ratio(kind, year)
        area = min(ratio * logement.surface_habitable_m2, gross_exterior_m2)
        notes.append(f"surface de fenêtres estimée à {_fr(ratio * 100)} % de la surface habitable.")
    count = windows.nombre if windows.nombre is not None else round(area / unit_area)
    return area, max(count, 1 if area > 0 else 0), size


def _orientations(
    description: SimpleDescription, area_m2: float, notes: list[str]
) -> WindowsByOrientation:
    split = description.fenetres.orientation
    if split is None:
        notes.append("orientation des fenêtres inconnue : un quart par orientation.")
        shares = tuple(
            parameter(f"orientation_{side}_pct") for side in ("sud", "nord", "est", "ouest")
        )
    else:
        shares = (split.sud_pct, split.nord_pct, split.est_pct, split.ouest_pct)
    total = sum(shares)
    south, north, east, west = (area_m2 * share / total for share in shares)
    return WindowsByOrientation(south, north, east, west)


def _building_partitions(logement: Logement, levels: int, height_m: float) -> float:
    """Method §3.4: in a block of flats, refend/wall length = 2 · Hsp · (Nb_lgt − Niv)."""
    if logement.type is not TypeLogement.IMMEUBLE:
        return 0.0
    return 2 * height_m * max(_dwellings(logement) - levels, 0)


def _fr(value: float) -> str:
    """A number the French way: ``1.5`` → ``"1,5"``."""
    return f"{value:g}".replace(".", ",")
