"""Every field of the simple description as data: French label, unit, range, default.

One :class:`FieldSpec` per leaf of :class:`~calculators.dpe.simple.description.SimpleDescription`,
keyed by its JSON path (``murs.isolation.epaisseur_cm``). Validation reads the ranges, the JSON
schema the labels, units and defaults, the UI can read them too. ``inconnu`` tells whether the
adviser may leave the value unknown; ``defaut`` says what is then assumed and by what rule
(a default of the 3CL-DPE 2021 method, arrêté du 31 mars 2021 annexe 1, or of our geometry).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

ANNEE_MIN = 1500
"""Oldest construction year accepted (older buildings are out of the DPE stock's reach)."""
AVANCE_ANNEE_MAX = 5
"""A year may lie at most this many years after the reference year (a permit filed today)."""

_GEOMETRIE = "estimé par la géométrie (docs/dpe-simple.md)"
_COLLECTIF = (
    "installation collective : méthode §17.2.1.1, chaudière fioul standard mixte datant de la "
    "construction ; installation individuelle : selon le moteur"
)
_ISOLATION_INCONNUE = (
    "méthode §3.2, étape 4 : U = min(U non isolé ; U tabulé de la période de construction)"
)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field: JSON ``path``, French ``libelle``, ``unite``, inclusive bounds, whether
    ``inconnu`` is accepted and what ``defaut`` then applies. A ``annee`` field's upper bound
    is the reference year plus :data:`AVANCE_ANNEE_MAX`."""

    path: str
    libelle: str
    unite: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    inconnu: bool = True
    defaut: str | None = None
    annee: bool = False
    motif: str | None = None
    """Regular expression a text value must match."""


def _year(path: str, libelle: str, defaut: str, minimum: int = 1900) -> FieldSpec:
    return FieldSpec(path, libelle, "année", minimum=minimum, defaut=defaut, annee=True)


def _insulation(element: str, nom: str, epaisseur_max: float, r_max: float) -> list[FieldSpec]:
    base = f"{element}.isolation"
    return [
        FieldSpec(f"{base}.etat", f"{nom} : isolation", defaut=_ISOLATION_INCONNUE),
        FieldSpec(f"{base}.epaisseur_cm", f"{nom} : épaisseur d'isolant", "cm", 1, epaisseur_max,
                  defaut="méthode §3.2, étapes 8-9 : U tabulé de la période d'isolation"),
        FieldSpec(f"{base}.resistance_m2k_w", f"{nom} : résistance thermique de l'isolant",
                  "m²·K/W", 0.1, r_max, defaut="déduite de l'épaisseur si elle est connue"),
        _year(f"{base}.annee", f"{nom} : année des travaux d'isolation",
              "méthode §3.2, étape 9 : période de construction, 1975-1977 si elle est antérieure"),
        FieldSpec(f"{base}.position", f"{nom} : position de l'isolant",
                  defaut="méthode §3.4 : murs ITI, planchers et plafonds ITE"),
    ]  # fmt: skip


_SPECS: list[FieldSpec] = [
    FieldSpec("version", "version du format", minimum=1, maximum=1, inconnu=False),
    FieldSpec("projet", "nature du projet", defaut="logement existant"),
    FieldSpec("logement.type", "type de logement", inconnu=False),
    FieldSpec("logement.surface_habitable_m2", "surface habitable (de référence)", "m²", 8,
              100_000, inconnu=False),
    _year("logement.annee_construction", "année de construction",
          "la période de construction, obligatoire si l'année est inconnue", ANNEE_MIN),
    FieldSpec("logement.periode_construction", "période de construction",
              defaut="déduite de l'année de construction"),
    FieldSpec("logement.position", "position de l'appartement dans l'immeuble",
              defaut="inconnue : plancher et plafond au prorata des niveaux de l'immeuble"),
    FieldSpec("logement.nombre_niveaux", "nombre de niveaux", None, 1, 60,
              defaut="maison 2, appartement 1, immeuble d'après le nombre de logements"),
    FieldSpec("logement.hauteur_sous_plafond_m", "hauteur sous plafond", "m", 1.8, 8,
              defaut="2,5 m"),
    FieldSpec("logement.forme", "forme de l'emprise au sol", defaut=_GEOMETRIE),
    FieldSpec("logement.longueur_m", "longueur de l'emprise au sol", "m", 2, 300,
              defaut=_GEOMETRIE),
    FieldSpec("logement.largeur_m", "largeur de l'emprise au sol", "m", 2, 300,
              defaut=_GEOMETRIE),
    FieldSpec("logement.facades_exposees", "nombre de façades exposées", None, 1, 4,
              defaut="maison d'après sa mitoyenneté, appartement 2 (traversant)"),
    FieldSpec("logement.nombre_logements", "nombre de logements de l'immeuble", None, 1, 5000,
              defaut="immeuble : surface / 65 m²"),
    FieldSpec("logement.nombre_portes", "nombre de portes extérieures ou palières", None, 0, 500,
              defaut="1 par logement"),
    FieldSpec("site.zone_climatique", "zone climatique", defaut="H1a (Béthune)",
              inconnu=False),
    FieldSpec("site.classe_altitude", "classe d'altitude", defaut="moins de 400 m (Béthune)",
              inconnu=False),
    FieldSpec("site.altitude_m", "altitude", "m", -10, 4810, defaut="25 m (Béthune)"),
    FieldSpec("murs.materiau", "matériau des murs",
              defaut="méthode §3.2.1.1 : mur inconnu, Umur0 = 2,5 W/(m²·K)"),
    FieldSpec("murs.epaisseur_cm", "épaisseur des murs", "cm", 5, 150,
              defaut="méthode §3.2.1.2 : épaisseur la plus proche du tableau Umur0"),
    *_insulation("murs", "murs", 40, 10),
    FieldSpec("toiture.type", "type de toiture", defaut="maison : combles perdus"),
    *_insulation("toiture", "toiture", 60, 15),
    FieldSpec("plancher_bas.type", "type de plancher bas", defaut="terre-plein"),
    *_insulation("plancher_bas", "plancher bas", 30, 10),
    FieldSpec("fenetres.vitrage", "type de vitrage"),
    FieldSpec("fenetres.menuiserie", "matériau des menuiseries"),
    FieldSpec("fenetres.volets", "volets et fermetures"),
    FieldSpec("fenetres.surface_m2", "surface totale des fenêtres", "m²", 0.5, 20_000,
              defaut=_GEOMETRIE),
    FieldSpec("fenetres.nombre", "nombre de fenêtres", None, 0, 5000, defaut=_GEOMETRIE),
    FieldSpec("fenetres.part_facade_pct", "part vitrée des façades exposées", "%", 1, 100,
              defaut=_GEOMETRIE),
    FieldSpec("fenetres.orientation.sud_pct", "part des fenêtres au sud", "%", 0, 100),
    FieldSpec("fenetres.orientation.nord_pct", "part des fenêtres au nord", "%", 0, 100),
    FieldSpec("fenetres.orientation.est_pct", "part des fenêtres à l'est", "%", 0, 100),
    FieldSpec("fenetres.orientation.ouest_pct", "part des fenêtres à l'ouest", "%", 0, 100),
    _year("fenetres.annee_pose", "année de pose des fenêtres", "année de construction"),
    FieldSpec("ventilation.type", "ventilation"),
    _year("ventilation.annee_installation", "année d'installation de la ventilation",
          "année de construction"),
    FieldSpec("chauffage.energie", "énergie du chauffage principal"),
    FieldSpec("chauffage.generateur", "générateur de chauffage principal", defaut=_COLLECTIF),
    _year("chauffage.annee_installation", "année d'installation du générateur",
          "année de construction"),
    FieldSpec("chauffage.emetteurs", "émetteurs de chaleur"),
    FieldSpec("chauffage.temperature_distribution", "température de distribution"),
    FieldSpec("chauffage.regulation", "régulation"),
    FieldSpec("chauffage.collectif", "chauffage collectif",
              defaut="d'après le type de logement"),
    FieldSpec("chauffage.reseau_chaleur_id", "identifiant du réseau de chaleur",
              defaut="méthode : réseau non répertorié (contenu CO2 du charbon)",
              motif=r"^[0-9]{4}[A-Z]$"),
    FieldSpec("chauffage.appoint", "chauffage d'appoint", defaut="aucun"),
    FieldSpec("eau_chaude.generateur", "production d'eau chaude sanitaire", defaut=_COLLECTIF),
    FieldSpec("eau_chaude.energie", "énergie de l'eau chaude"),
    FieldSpec("eau_chaude.volume_ballon_l", "volume du ballon", "L", 10, 20_000,
              defaut="collectif : 50 L par logement (méthode §17.2.1.1)"),
    FieldSpec("eau_chaude.collectif", "eau chaude collective", defaut="comme le chauffage"),
    _year("eau_chaude.annee_installation", "année d'installation du chauffe-eau",
          "année de construction"),
    FieldSpec("climatisation.type", "climatisation", defaut="aucune"),
    FieldSpec("photovoltaique.puissance_kwc", "puissance photovoltaïque", "kWc", 0.1, 1000,
              inconnu=False),
    FieldSpec("photovoltaique.orientation", "orientation des panneaux"),
    FieldSpec("photovoltaique.inclinaison_deg", "inclinaison des panneaux", "°", 0, 90),
]  # fmt: skip

FIELDS: MappingProxyType[str, FieldSpec] = MappingProxyType({spec.path: spec for spec in _SPECS})
"""Every field of the description by JSON path."""


def field_spec(path: str) -> FieldSpec:
    """The spec of the field at ``path``; unknown path: ``KeyError``."""
    return FIELDS[path]


BLOCKS: MappingProxyType[str, str] = MappingProxyType({
    "logement": "logement", "site": "site", "murs": "murs", "murs.isolation": "isolation des murs",
    "toiture": "toiture", "toiture.isolation": "isolation de la toiture",
    "plancher_bas": "plancher bas", "plancher_bas.isolation": "isolation du plancher bas",
    "fenetres": "fenêtres", "fenetres.orientation": "répartition des fenêtres par orientation",
    "ventilation": "ventilation", "chauffage": "chauffage", "eau_chaude": "eau chaude sanitaire",
    "climatisation": "climatisation", "photovoltaique": "photovoltaïque",
})  # fmt: skip
"""French labels of the JSON objects that group fields."""


def label(path: str) -> str:
    """The French label of ``path`` followed by its unit: « surface habitable (m²) »."""
    if path in BLOCKS:
        return BLOCKS[path]
    spec = FIELDS[path]
    return f"{spec.libelle} ({spec.unite})" if spec.unite else spec.libelle
