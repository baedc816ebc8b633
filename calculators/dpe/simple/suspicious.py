"""Suspicious but possible descriptions: typed warnings for the adviser to confirm.

Each :class:`Avertissement` has a stable ``code`` (for tests and the UI), the JSON path it
concerns and a French message saying what to check and why. The years quoted are those of the
regulations that made the declared state unlikely.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from calculators.dpe.simple.choices import (
    EtatIsolation,
    GenerateurChauffage,
    TemperatureDistribution,
    TypeLogement,
    TypeProjet,
    TypeVentilation,
    TypeVitrage,
)
from calculators.dpe.simple.description import SimpleDescription
from calculators.dpe.simple.official_ids import construction_year

G = GenerateurChauffage
OLD_BUILDING_UNTIL = 1947
"""Last year of the oldest period (« avant 1948 ») of the method's tables."""
SINGLE_GLAZING_UNTIL = 2000
"""RT 2000 (décret du 29 novembre 2000, in force for permits from 1 June 2001) made single
glazing practically impossible in new dwellings."""
VENTILATION_REQUIRED_FROM = 1983
"""Arrêté du 24 mars 1982 (aération des logements): general and permanent ventilation."""
UNINSULATED_WALLS_FROM = 1990
"""Walls built after the RT 1988 that are declared uninsulated."""
MIN_DECENT_SURFACE_M2 = 9.0
MIN_DECENT_HEIGHT_M = 2.2
"""Décret n° 2002-120, art. 4: a room of at least 9 m² and 2.20 m high (or 20 m³)."""
HIGH_CEILING_M = 3.5
LARGE_FLAT_M2 = 200.0
LARGE_HOUSE_M2 = 400.0
LARGE_PV_KWC = 36.0
"""The small-producer band of the feed-in orders stops at 36 kWc: beyond, unusual for a home."""
_HEAT_PUMPS = {G.PAC_AIR_EAU, G.PAC_EAU_EAU, G.PAC_GEOTHERMIQUE, G.PAC_HYBRIDE}
_FOSSIL_BOILERS = {G.CHAUDIERE_CLASSIQUE, G.CHAUDIERE_STANDARD, G.CHAUDIERE_BASSE_TEMPERATURE,
                   G.CHAUDIERE_CONDENSATION}  # fmt: skip
_ELECTRIC_ROOM_HEATERS = {G.CONVECTEURS, G.PANNEAUX_RAYONNANTS, G.RADIATEURS_ELECTRIQUES}


@dataclass(frozen=True, slots=True)
class Avertissement:
    """A possible but suspicious value: ``code``, JSON path ``field``, French ``message``."""

    code: str
    field: str
    message: str


def warnings_for(description: SimpleDescription, year_now: int) -> tuple[Avertissement, ...]:
    """Every warning of a description free of errors."""
    return tuple(_warnings(description, year_now))


def _warnings(d: SimpleDescription, year_now: int) -> Iterator[Avertissement]:
    logement = d.logement
    built = construction_year(logement.annee_construction, logement.periode_construction)
    house = logement.type.est_maison
    states = (d.murs.isolation.etat, d.toiture.isolation.etat, d.plancher_bas.isolation.etat)
    if built <= OLD_BUILDING_UNTIL and all(s is EtatIsolation.ISOLE for s in states):
        yield Avertissement(
            "ancien_isole_partout", "murs.isolation.etat",
            f"logement de {built} déclaré isolé partout (murs, toiture, plancher bas) : "
            "vérifier les travaux (factures, épaisseurs) avant de retenir cette isolation.",
        )  # fmt: skip
    if logement.type is TypeLogement.APPARTEMENT and logement.surface_habitable_m2 >= LARGE_FLAT_M2:
        yield Avertissement(
            "grand_appartement", "logement.surface_habitable_m2",
            f"appartement de {logement.surface_habitable_m2:g} m² : vérifier qu'il ne s'agit pas "
            "de la surface de l'immeuble.",
        )  # fmt: skip
    if house and logement.surface_habitable_m2 >= LARGE_HOUSE_M2:
        yield Avertissement(
            "grande_maison", "logement.surface_habitable_m2",
            f"maison de {logement.surface_habitable_m2:g} m² : vérifier la surface habitable "
            "(hors garage, combles non aménagés, annexes).",
        )  # fmt: skip
    if (
        logement.surface_habitable_m2 < MIN_DECENT_SURFACE_M2
        and logement.type is not TypeLogement.IMMEUBLE
    ):
        yield Avertissement(
            "surface_indecente", "logement.surface_habitable_m2",
            "moins de 9 m² : sous le seuil de décence (décret n° 2002-120, art. 4).",
        )  # fmt: skip
    height = logement.hauteur_sous_plafond_m
    if height is not None and (height < MIN_DECENT_HEIGHT_M or height > HIGH_CEILING_M):
        yield Avertissement(
            "hauteur_inhabituelle", "logement.hauteur_sous_plafond_m",
            f"hauteur sous plafond de {height:g} m : inhabituelle (décence : 2,20 m minimum).",
        )  # fmt: skip
    if d.fenetres.vitrage is TypeVitrage.SIMPLE and built > SINGLE_GLAZING_UNTIL:
        yield Avertissement(
            "simple_vitrage_recent", "fenetres.vitrage",
            f"simple vitrage dans une construction de {built} : improbable depuis la RT 2000, "
            "vérifier (double vitrage ancien, survitrage ?).",
        )  # fmt: skip
    if built > UNINSULATED_WALLS_FROM and d.murs.isolation.etat is EtatIsolation.NON_ISOLE:
        yield Avertissement(
            "murs_recents_non_isoles", "murs.isolation.etat",
            f"murs non isolés dans une construction de {built} : improbable, vérifier "
            "(monomur, isolation répartie ?).",
        )  # fmt: skip
    if (
        built >= VENTILATION_REQUIRED_FROM
        and d.ventilation.type is TypeVentilation.OUVERTURE_FENETRES
    ):
        yield Avertissement(
            "aeration_par_fenetres", "ventilation.type",
            f"aération par les fenêtres dans une construction de {built} : une ventilation "
            "générale et permanente est exigée depuis l'arrêté du 24 mars 1982.",
        )  # fmt: skip
    yield from _system_warnings(d, built)


def _system_warnings(d: SimpleDescription, built: int) -> Iterator[Avertissement]:
    heating = d.chauffage
    if heating.generateur in _HEAT_PUMPS and (
        heating.temperature_distribution is TemperatureDistribution.HAUTE
    ):
        yield Avertissement(
            "pac_haute_temperature", "chauffage.temperature_distribution",
            "pompe à chaleur sur un réseau haute température (radiateurs à 80 °C) : rendement "
            "dégradé et confort incertain, vérifier les émetteurs et la loi d'eau.",
        )  # fmt: skip
    installed = heating.annee_installation
    if installed is not None and installed < built - 1:
        yield Avertissement(
            "generateur_avant_construction", "chauffage.annee_installation",
            f"générateur de {installed} dans un logement de {built} : vérifier les deux années.",
        )  # fmt: skip
    if d.projet is TypeProjet.CONSTRUCTION_NEUVE and heating.generateur in _FOSSIL_BOILERS:
        yield Avertissement(
            "neuf_chaudiere_fossile", "chauffage.generateur",
            "chaudière à combustible fossile en construction neuve : incompatible en pratique "
            "avec les seuils d'émissions de la RE2020 (maisons depuis 2022, collectifs depuis "
            "2025).",
        )  # fmt: skip
    if heating.collectif and heating.generateur in _ELECTRIC_ROOM_HEATERS:
        yield Avertissement(
            "electrique_collectif", "chauffage.collectif",
            "convecteurs ou panneaux électriques déclarés collectifs : vérifier.",
        )  # fmt: skip
    pv = d.photovoltaique
    if (
        pv is not None
        and pv.puissance_kwc > LARGE_PV_KWC
        and d.logement.type is not TypeLogement.IMMEUBLE
    ):
        yield Avertissement(
            "pv_puissant", "photovoltaique.puissance_kwc",
            f"{pv.puissance_kwc:g} kWc pour un logement : inhabituel (au-delà de 36 kWc).",
        )  # fmt: skip
