"""The simple description of a dwelling: what an applicant knows at the housing desk.

It is the input of the desk pré-diagnostic: the year, the surface, what the walls and roof are
made of and whether they were insulated, the windows, the heating and the hot water — never the
area of each wall (:mod:`~calculators.dpe.simple.geometry` estimates them). Attribute names are
the French keys of the JSON file, so that an error can name ``murs.isolation.epaisseur_cm``.
Units are in the names (``_m2``, ``_cm``, ``_m``, ``_m2k_w`` for m²·K/W, ``_l``, ``_kwc``,
``_pct``). ``None`` means unknown or not given: the method's default then applies (labels,
ranges and defaults of every field are in :mod:`~calculators.dpe.simple.fields`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calculators.dpe.simple.choices import (
    Appoint,
    Choix,
    ClasseAltitude,
    Emetteurs,
    Energie,
    EtatIsolation,
    FormeEmprise,
    GenerateurChauffage,
    GenerateurEcs,
    MateriauMenuiserie,
    MateriauMur,
    OrientationPv,
    PeriodeConstruction,
    PositionAppartement,
    PositionIsolation,
    Regulation,
    TemperatureDistribution,
    TypeClimatisation,
    TypeLogement,
    TypePlancherBas,
    TypeProjet,
    TypeToiture,
    TypeVentilation,
    TypeVitrage,
    TypeVolets,
    ZoneClimatique,
)

SCHEMA_VERSION = 1
"""Version of the JSON format (``version`` key); raise it when a key changes meaning."""


@dataclass(frozen=True, slots=True)
class Logement:
    """Type, size and age. ``annee_construction`` or ``periode_construction`` is required;
    a flat also has a ``position``; the emprise (footprint) length and width are in metres."""

    type: TypeLogement
    surface_habitable_m2: float
    annee_construction: int | None = None
    periode_construction: PeriodeConstruction | None = None
    position: PositionAppartement | None = None
    nombre_niveaux: int | None = None
    hauteur_sous_plafond_m: float | None = None
    forme: FormeEmprise = FormeEmprise.INCONNUE
    longueur_m: float | None = None
    largeur_m: float | None = None
    facades_exposees: int | None = None
    nombre_logements: int | None = None
    nombre_portes: int | None = None


@dataclass(frozen=True, slots=True)
class Site:
    """Climate zone, altitude class and altitude [m] (the method uses the class; the altitude,
    when known, must fall in it). The defaults are Béthune's city profile: INSEE 62119, zone
    H1a, altitude about 25 m, class « inférieure à 400 m »."""

    zone_climatique: ZoneClimatique = ZoneClimatique.H1A
    classe_altitude: ClasseAltitude = ClasseAltitude.MOINS_DE_400
    altitude_m: float | None = 25.0


@dataclass(frozen=True, slots=True)
class Isolation:
    """Insulation of a wall, roof or floor: state, and when known its thickness [cm], its
    resistance [m²·K/W], the year of the works and its position."""

    etat: EtatIsolation = EtatIsolation.INCONNU
    epaisseur_cm: float | None = None
    resistance_m2k_w: float | None = None
    annee: int | None = None
    position: PositionIsolation = PositionIsolation.INCONNUE


@dataclass(frozen=True, slots=True)
class Murs:
    """The dominant wall: structure material (ADEME vocabulary), thickness [cm], insulation."""

    materiau: MateriauMur = MateriauMur.INCONNU
    epaisseur_cm: float | None = None
    isolation: Isolation = field(default_factory=Isolation)


@dataclass(frozen=True, slots=True)
class Toiture:
    type: TypeToiture = TypeToiture.INCONNU
    isolation: Isolation = field(default_factory=Isolation)


@dataclass(frozen=True, slots=True)
class PlancherBas:
    type: TypePlancherBas = TypePlancherBas.INCONNU
    isolation: Isolation = field(default_factory=Isolation)


@dataclass(frozen=True, slots=True)
class RepartitionOrientation:
    """Share of the window area facing each direction [%]; the four add up to 100."""

    sud_pct: float
    nord_pct: float
    est_pct: float
    ouest_pct: float


@dataclass(frozen=True, slots=True)
class Fenetres:
    """The dominant windows. Their amount is given at most one way: total area [m²], count,
    or share of the exposed façade [%]; otherwise it is estimated from the surface."""

    vitrage: TypeVitrage = TypeVitrage.INCONNU
    menuiserie: MateriauMenuiserie = MateriauMenuiserie.INCONNU
    volets: TypeVolets = TypeVolets.INCONNU
    surface_m2: float | None = None
    nombre: int | None = None
    part_facade_pct: float | None = None
    orientation: RepartitionOrientation | None = None
    annee_pose: int | None = None


@dataclass(frozen=True, slots=True)
class Ventilation:
    type: TypeVentilation = TypeVentilation.INCONNUE
    annee_installation: int | None = None


@dataclass(frozen=True, slots=True)
class Chauffage:
    """Main heating: energy, generator and the year it was installed, emitters, distribution
    temperature, regulation, collective or not, heat-network id (``6204C``), back-up."""

    energie: Energie = Energie.INCONNUE
    generateur: GenerateurChauffage = GenerateurChauffage.INCONNU
    annee_installation: int | None = None
    emetteurs: Emetteurs = Emetteurs.INCONNUS
    temperature_distribution: TemperatureDistribution = TemperatureDistribution.INCONNUE
    regulation: Regulation = Regulation.INCONNUE
    collectif: bool | None = None
    reseau_chaleur_id: str | None = None
    appoint: Appoint = Appoint.AUCUN


@dataclass(frozen=True, slots=True)
class EauChaude:
    """Hot water: generator, its energy, tank volume [L], collective or not, year installed."""

    generateur: GenerateurEcs = GenerateurEcs.INCONNU
    energie: Energie = Energie.INCONNUE
    volume_ballon_l: float | None = None
    collectif: bool | None = None
    annee_installation: int | None = None


@dataclass(frozen=True, slots=True)
class Climatisation:
    type: TypeClimatisation = TypeClimatisation.AUCUNE


@dataclass(frozen=True, slots=True)
class Photovoltaique:
    """Rooftop PV: peak power [kWc], orientation and tilt [°] when known."""

    puissance_kwc: float
    orientation: OrientationPv = OrientationPv.INCONNUE
    inclinaison_deg: float | None = None


@dataclass(frozen=True, slots=True)
class SimpleDescription:
    """Everything the desk diagnostic starts from (JSON root object)."""

    logement: Logement
    site: Site = field(default_factory=Site)
    projet: TypeProjet = TypeProjet.EXISTANT
    murs: Murs = field(default_factory=Murs)
    toiture: Toiture = field(default_factory=Toiture)
    plancher_bas: PlancherBas = field(default_factory=PlancherBas)
    fenetres: Fenetres = field(default_factory=Fenetres)
    ventilation: Ventilation = field(default_factory=Ventilation)
    chauffage: Chauffage = field(default_factory=Chauffage)
    eau_chaude: EauChaude = field(default_factory=EauChaude)
    climatisation: Climatisation = field(default_factory=Climatisation)
    photovoltaique: Photovoltaique | None = None
    version: int = SCHEMA_VERSION


__all__ = [
    "SCHEMA_VERSION",
    "Appoint",
    "Chauffage",
    "Choix",
    "ClasseAltitude",
    "Climatisation",
    "EauChaude",
    "Emetteurs",
    "Energie",
    "EtatIsolation",
    "Fenetres",
    "FormeEmprise",
    "GenerateurChauffage",
    "GenerateurEcs",
    "Isolation",
    "Logement",
    "MateriauMenuiserie",
    "MateriauMur",
    "Murs",
    "OrientationPv",
    "PeriodeConstruction",
    "Photovoltaique",
    "PlancherBas",
    "PositionAppartement",
    "PositionIsolation",
    "Regulation",
    "RepartitionOrientation",
    "SimpleDescription",
    "Site",
    "TemperatureDistribution",
    "Toiture",
    "TypeClimatisation",
    "TypeLogement",
    "TypePlancherBas",
    "TypeProjet",
    "TypeToiture",
    "TypeVentilation",
    "TypeVitrage",
    "TypeVolets",
    "Ventilation",
    "ZoneClimatique",
]
