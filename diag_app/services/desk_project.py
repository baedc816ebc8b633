"""A simple description of a new building (or an extension) read as a bioclimatic project.

The desk description knows the structure material of the walls, the insulation resistance of
walls, roof and floor, the window area and its split by orientation, the shutters and the PV
orientation — not the layers nor the roof planes. :func:`project_from_description` builds the
:class:`~calculators.advice.bioclimatic.BioclimaticProject` the advice needs from it and the
estimated geometry (:func:`calculators.dpe.simple.estimate_geometry`), and lists in French
every assumption it had to make: the advice is only as good as what the plans tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians

from calculators.advice.bioclimatic import (
    BioclimaticProject,
    ElementKind,
    Facade,
    InternalMass,
    Layer,
    OpaqueElement,
    ProjectKind,
    RoofPlane,
    RoofSolarInput,
    RoofStructure,
    SolarProtection,
    SummerZone,
    Window,
    WindowAiring,
    material,
)
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone
from calculators.dpe.simple import SimpleDescription, estimate_geometry
from calculators.dpe.simple.choices import (
    MateriauMur,
    OrientationPv,
    PositionIsolation,
    TypePlancherBas,
    TypeProjet,
    TypeToiture,
    TypeVolets,
)
from calculators.dpe.simple.description import Isolation
from calculators.solar.weather.year import Site

PROJECT_KINDS = {
    TypeProjet.CONSTRUCTION_NEUVE: ProjectKind.CONSTRUCTION_NEUVE,
    TypeProjet.EXTENSION: ProjectKind.EXTENSION,
}
"""Desk projects that get bioclimatic advice (the Ville's commitment: permits and extensions)."""

STRUCTURES: dict[MateriauMur, tuple[str, float]] = {
    MateriauMur.OSSATURE_BOIS_ISOLANT_DEPUIS_2006: ("osb", 0.012),
    MateriauMur.BOIS_RONDIN: ("bois_massif", 0.20),
    MateriauMur.BRIQUE_ALVEOLAIRE: ("brique_alveolaire", 0.20),
    MateriauMur.BRIQUE_PLEINE_SIMPLE: ("brique_pleine", 0.22),
    MateriauMur.BRIQUE_PLEINE_DOUBLE: ("brique_pleine", 0.22),
    MateriauMur.BETON_BANCHE: ("beton_arme", 0.18),
    MateriauMur.BLOC_BETON_PLEIN: ("beton_arme", 0.20),
    MateriauMur.BLOC_BETON_CREUX: ("beton_arme", 0.20),
    MateriauMur.PIERRE_TAILLE: ("pierre_calcaire", 0.40),
}
"""Wall structure → (material of ``materials.json``, thickness [m] when not given): the usual
section of each (desk assumption). Hollow concrete blocks are counted as solid concrete, which
overstates their thermal mass; other structures take :data:`DEFAULT_STRUCTURE`."""

DEFAULT_STRUCTURE = ("beton_arme", 0.20)
"""Structure of an unknown or unlisted wall: 20 cm of concrete (desk assumption)."""

INSULANT = "laine_verre"
"""Insulant when the description does not name it (it never does): mineral wool, the most
common, whose short time lag the advice then compares with bio-sourced variants."""

DEFAULT_R_M2K_W = {"murs": 4.0, "toiture": 8.0}
"""Insulation resistance [m²·K/W] of a new element whose R and thickness are unknown: order of
magnitude of RE 2020 houses (desk assumption, to confirm with the thermal study)."""

WINDOW_HEIGHT_M = 1.45
"""Height of a window when the plans are not read [m]: a common standard window (desk
assumption); the south overhang is sized for it."""

DEFAULT_PV_TILT_DEG = 35.0
"""Roof pitch when no PV tilt is given [°]: a usual tiled roof of the region (desk assumption)."""

PROTECTIONS = {
    TypeVolets.VOLETS_ROULANTS: SolarProtection.VOLET_ROULANT,
    TypeVolets.VOLETS_ROULANTS_ALU: SolarProtection.VOLET_ROULANT,
    TypeVolets.VOLETS_BATTANTS: SolarProtection.VOLET_ROULANT,
    TypeVolets.FERMETURE_ISOLEE: SolarProtection.VOLET_ROULANT,
    TypeVolets.PERSIENNES_AJOUREES: SolarProtection.STORE_EXTERIEUR,
}
"""Desk shutters → mobile solar protection (opaque outside closures count as roller shutters)."""

PV_AZIMUTHS = {
    OrientationPv.SUD: 180.0,
    OrientationPv.SUD_EST: 135.0,
    OrientationPv.SUD_OUEST: 225.0,
    OrientationPv.EST: 90.0,
    OrientationPv.OUEST: 270.0,
}
"""PV orientation → azimuth of the main roof plane [° from north]."""


@dataclass(frozen=True)
class DeskProject:
    """The project handed to the advice and the assumptions made to build it (French)."""

    project: BioclimaticProject
    hypotheses: tuple[str, ...]


def project_from_description(
    description: SimpleDescription,
    site: Site,
    climate_zone: ClimateZone,
) -> DeskProject | None:
    """The bioclimatic project of a new build or extension at ``site`` (the city profile's),
    or None for an existing dwelling."""
    kind = PROJECT_KINDS.get(description.projet)
    if kind is None:
        return None
    notes: list[str] = []
    geometry = estimate_geometry(description)
    floor = description.logement.surface_habitable_m2
    height = description.logement.hauteur_sous_plafond_m or 2.5
    by_facade = {
        Facade.SUD: geometry.fenetres.sud_m2,
        Facade.NORD: geometry.fenetres.nord_m2,
        Facade.EST: geometry.fenetres.est_m2,
        Facade.OUEST: geometry.fenetres.ouest_m2,
    }
    protection = PROTECTIONS.get(description.fenetres.volets, SolarProtection.AUCUNE)
    windows = tuple(
        Window(facade, area, height_m=WINDOW_HEIGHT_M, protection=protection)
        for facade, area in by_facade.items()
        if area > 0
    )
    notes.append(
        f"Fenêtres de {WINDOW_HEIGHT_M:.2f} m de haut".replace(".", ",")
        + ", facteur solaire et Uw par défaut du conseil, sans casquette."
    )
    walls = _walls(
        description, geometry.murs_exterieurs_m2, geometry.longueur_m, geometry.largeur_m, notes
    )
    roof = _roof(description, geometry.toiture_m2, notes)
    masses = ()
    if description.plancher_bas.type in (TypePlancherBas.TERRE_PLEIN, TypePlancherBas.INCONNU):
        masses = (InternalMass("dalle béton", geometry.emprise_m2, (Layer("beton_arme", 0.15),)),)
        notes.append("Dalle béton de 15 cm sur terre-plein, revêtement léger ; cloisons légères.")
    sides = {f for f, area in by_facade.items() if area > 0}
    through = {Facade.SUD, Facade.NORD} <= sides or {Facade.EST, Facade.OUEST} <= sides
    airing = WindowAiring.TRAVERSANTE if through else WindowAiring.MONO_ORIENTEE
    zone = SummerZone(floor, floor * height, windows, (*walls, *roof), masses, airing)
    project = BioclimaticProject(
        "projet décrit au guichet",
        kind,
        site,
        climate_zone,
        zone,
        altitude=AltitudeClass.from_altitude(site.altitude_m),
        roof=_roof_planes(description, geometry.emprise_m2, notes),
    )
    return DeskProject(project, tuple(notes))


def _insulant(isolation: Isolation, element: str, notes: list[str]) -> Layer:
    """The insulant layer: the declared thickness, else R × λ of :data:`INSULANT`."""
    lam = material(INSULANT).lambda_w_mk
    if isolation.epaisseur_cm is not None:
        return Layer(INSULANT, isolation.epaisseur_cm / 100.0)
    r = isolation.resistance_m2k_w
    if r is None:
        r = DEFAULT_R_M2K_W[element]
        notes.append(f"{element} : résistance d'isolant inconnue, R = {r:g} m²·K/W retenue.")
    return Layer(INSULANT, r * lam)


def _walls(
    description: SimpleDescription,
    area_m2: float,
    length_m: float,
    width_m: float,
    notes: list[str],
) -> list[OpaqueElement]:
    """Opaque walls by façade, the estimated area shared by façade length."""
    murs = description.murs
    key, thickness = STRUCTURES.get(murs.materiau, DEFAULT_STRUCTURE)
    if murs.epaisseur_cm is not None and key != "osb":
        thickness = murs.epaisseur_cm / 100.0
    structure = Layer(key, thickness)
    insulant = _insulant(murs.isolation, "murs", notes)
    plaster = Layer("plaque_platre", 0.013)
    if murs.isolation.position is PositionIsolation.EXTERIEUR:
        layers = (Layer("enduit_chaux", 0.02), insulant, structure, plaster)
    else:
        layers = (structure, insulant, plaster)
    notes.append(
        f"Murs : {material(key).label} de {thickness * 100:.0f} cm et "
        f"{insulant.thickness_m * 100:.0f} cm de {material(INSULANT).label} (isolant non "
        "précisé par la description), surface partagée entre façades selon leur longueur."
    )
    share = {
        Facade.SUD: length_m,
        Facade.NORD: length_m,
        Facade.EST: width_m,
        Facade.OUEST: width_m,
    }
    total = sum(share.values())
    return [
        OpaqueElement(
            f"mur {facade.value}",
            ElementKind.MUR,
            area_m2 * side / total,
            layers,
            azimuth_deg=facade.azimuth_deg,
        )
        for facade, side in share.items()
    ]


def _roof(
    description: SimpleDescription, area_m2: float, notes: list[str]
) -> tuple[OpaqueElement, ...]:
    """The roof (or top floor) as one horizontal element, when the dwelling has one."""
    if area_m2 <= 0:
        return ()
    insulant = _insulant(description.toiture.isolation, "toiture", notes)
    if description.toiture.type is TypeToiture.TOITURE_TERRASSE:
        layers: tuple[Layer, ...] = (insulant, Layer("beton_arme", 0.20))
    else:
        layers = (insulant, Layer("plaque_platre", 0.013))
    return (OpaqueElement("toiture", ElementKind.TOITURE, area_m2, layers, tilt_deg=0.0),)


def _roof_planes(
    description: SimpleDescription, footprint_m2: float, notes: list[str]
) -> RoofSolarInput | None:
    """Two pitched planes facing the PV orientation (south when unknown) and away from it,
    or one flat roof; None for a dwelling without its own roof."""
    kind = description.toiture.type
    if kind in (TypeToiture.LOGEMENT_AU_DESSUS, TypeToiture.LOCAL_NON_CHAUFFE):
        return None
    if kind is TypeToiture.TOITURE_TERRASSE:
        notes.append("Toiture-terrasse en béton.")
        return RoofSolarInput(
            (RoofPlane("toiture-terrasse", 0.0, 180.0, footprint_m2),), RoofStructure.TERRASSE_BETON
        )
    pv = description.photovoltaique
    azimuth = PV_AZIMUTHS.get(pv.orientation if pv else OrientationPv.INCONNUE, 180.0)
    tilt = pv.inclinaison_deg if pv and pv.inclinaison_deg is not None else DEFAULT_PV_TILT_DEG
    tilt = min(max(tilt, 15.0), 60.0)
    plane_m2 = footprint_m2 / 2.0 / cos(radians(tilt))
    notes.append(
        f"Toiture à deux pans de {tilt:.0f}°, le pan principal orienté à {azimuth:.0f}° "
        "(azimut depuis le nord), charpente en fermettes."
    )
    return RoofSolarInput(
        (
            RoofPlane("pan principal", tilt, azimuth, plane_m2),
            RoofPlane("pan opposé", tilt, (azimuth + 180.0) % 360.0, plane_m2),
        ),
        RoofStructure.FERMETTES,
    )
