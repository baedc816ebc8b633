"""Invented material for the demo register: dwelling kinds by district, streets, people, projects.

Everything here is fictitious (streets, identifiers, people) but shaped like Béthune's housing:
rebuilt 1920s town centre, pre-1930 brick terraces, 1960s–70s social blocks of Mont-Liébaut on
the heat network, post-war and 1970s–90s detached houses, 2000s–2010s new districts by the Lawe.

Results are (primary energy [kWhEP/m²/yr], emissions [kgCO2eq/m²/yr], energy class, climate
class), invented but classed with the thresholds for more than 40 m² of the arrêté du 31 mars 2021,
annexe 5 (A < 70 / 6, B < 110 / 11, C < 180 / 30, D < 250 / 50, E < 330 / 70, F < 420 / 100);
the label is the worse class. Listed from worst to best: history goes from the first to the last.
"""

from __future__ import annotations

from dataclasses import dataclass

from diag_app.models.enums import DwellingType, HeatingEnergy, ProjectKind

Result = tuple[float, float, str, str]


@dataclass(frozen=True)
class Typology:
    """A kind of dwelling found in a district, with the ranges the demo draws from.

    ``heating`` pairs each plausible heating energy with plausible results for it.
    """

    district: str
    dwelling_type: DwellingType
    years: tuple[int, int]
    surface_m2: tuple[float, float]
    levels: tuple[int, int]
    ceiling_height_m: float
    heating: tuple[tuple[HeatingEnergy, tuple[Result, ...]], ...]
    streets: tuple[str, ...]
    count: int


_ELEC, _GAS, _OIL, _WOOD, _HEAT = (
    HeatingEnergy.ELECTRICITY,
    HeatingEnergy.NATURAL_GAS,
    HeatingEnergy.FUEL_OIL,
    HeatingEnergy.WOOD,
    HeatingEnergy.DISTRICT_HEAT,
)
_HOUSE, _FLAT = DwellingType.HOUSE, DwellingType.FLAT

OLD_GAS = (_GAS, ((455, 98, "G", "F"), (385, 84, "F", "F"), (240, 52, "D", "E")))
OLD_ELEC = (_ELEC, ((520, 16, "G", "C"), (400, 13, "F", "C"), (300, 9, "E", "B")))
OLD_OIL = (_OIL, ((350, 105, "F", "G"), (300, 90, "E", "F")))
POSTWAR_GAS = (_GAS, ((300, 65, "E", "E"), (228, 49, "D", "D")))
SEVENTIES_GAS = (_GAS, ((270, 58, "E", "E"), (225, 48, "D", "D")))
WOOD_STOVE = (_WOOD, ((280, 8, "E", "B"),))
HEAT_NETWORK = (_HEAT, ((260, 45, "E", "D"), (210, 29, "D", "C"), (175, 21, "C", "C")))
NEW_GAS = (_GAS, ((120, 25, "C", "C"),))
NEW_HEAT_PUMP = (_ELEC, ((95, 4, "B", "A"),))

TYPOLOGIES: tuple[Typology, ...] = (
    Typology(
        "Centre-ville", _HOUSE, (1920, 1932), (85, 140), (2, 3), 2.9, (OLD_GAS, OLD_ELEC),
        ("rue des Arbalétriers", "rue du Beffroi", "rue des Drapiers"), 6,
    ),
    Typology(
        "Centre-ville", _FLAT, (1950, 1960), (48, 80), (1, 1), 2.6, (POSTWAR_GAS, OLD_ELEC),
        ("place des Halles", "rue des Drapiers"), 4,
    ),
    Typology(
        "Catorive", _HOUSE, (1900, 1928), (62, 90), (2, 2), 2.5, (OLD_GAS, OLD_OIL, OLD_ELEC),
        ("rue des Corons", "rue de la Fosse", "cité des Tisserands"), 7,
    ),
    Typology(
        "Mont-Liébaut", _FLAT, (1962, 1975), (45, 82), (1, 1), 2.5, (HEAT_NETWORK,),
        ("allée des Merisiers", "avenue des Frênes", "square des Aulnes"), 10,
    ),
    Typology(
        "Saint-Pry", _HOUSE, (1948, 1968), (80, 115), (1, 2), 2.5, (POSTWAR_GAS, OLD_OIL),
        ("rue des Hortensias", "rue du Marais"), 5,
    ),
    Typology(
        "Le Perroy", _HOUSE, (1972, 1995), (90, 130), (1, 2), 2.5, (SEVENTIES_GAS, WOOD_STOVE),
        ("allée des Peupliers", "rue des Saules", "impasse du Moulin"), 6,
    ),
    Typology(
        "Quartier de la Gare", _HOUSE, (1895, 1914), (95, 160), (3, 3), 3.1, (OLD_GAS, OLD_ELEC),
        ("rue des Messageries", "rue du Quai"), 4,
    ),
    Typology(
        "Faubourg d'Arras", _HOUSE, (1930, 1960), (75, 110), (1, 2), 2.6, (OLD_GAS, OLD_OIL),
        ("rue des Glycines", "chemin des Prés"), 4,
    ),
    Typology(
        "Rives de la Lawe", _FLAT, (2008, 2019), (45, 90), (1, 1), 2.5, (NEW_GAS, NEW_HEAT_PUMP),
        ("quai des Bateliers", "allée du Halage"), 4,
    ),
)

# Obviously fictitious applicants; contacts on the reserved example.org domain.
APPLICANTS = (
    "Camille Exemple", "Jean Fictif", "Marie Démo", "Paul Essai", "Léa Testard",
    "Hugo Maquette", "Inès Prototype", "Louis Brouillon", "Chloé Modèle", "Nora Échantillon",
)
ADVISERS = ("Conseillère habitat A. Démo", "Conseiller habitat B. Fictif")

PROJECTS: tuple[tuple[ProjectKind, str, str], ...] = (
    (ProjectKind.RENOVATION, "DP", "Isolation des combles perdus et remplacement des fenêtres."),
    (ProjectKind.RENOVATION, "DP", "Isolation des murs par l'extérieur (ITE) et ravalement."),
    (ProjectKind.RENOVATION, "", "Remplacement de la chaudière fioul par une pompe à chaleur."),
    (ProjectKind.EXTENSION, "PC", "Extension de 20 m² côté jardin, ossature bois."),
    (ProjectKind.RENOVATION, "DP", "Pose de panneaux photovoltaïques (3 kWc) en toiture sud."),
    (ProjectKind.CHANGE_OF_USE, "PC", "Transformation d'un commerce en logement."),
    (ProjectKind.RENOVATION, "", "Rénovation globale visant un gain de deux classes."),
    (ProjectKind.EXTENSION, "PCMI", "Surélévation d'un étage d'une maison de ville."),
    (ProjectKind.NEW_BUILD, "PA", "Lotissement de quatre maisons individuelles."),
    (ProjectKind.RENOVATION, "DP", "Isolation du plancher bas et VMC simple flux."),
)
