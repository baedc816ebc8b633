"""What an adviser would have known of a dwelling, derived from its ADEME DPE XML file.

``simple_from_ademe(dpe)`` keeps the year or period, the surface, the type and position, the
dominant wall material and insulation, the roof and low-floor types and insulation, the glazing,
the ventilation, the main heating and hot-water generators and the PV — not the detailed areas,
which the simple description does not know. It serves to test the desk path on real dwellings
whose official results are known, and to prefill a description from an existing DPE.

Values the file holds but the description cannot (out of range, contradictory) are dropped with
a French note (``derive_from_ademe(...).notes``); the result always passes validation, or a
:class:`~calculators.dpe.simple.errors.SimpleDescriptionError` says why it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.ademe.envelope import Enveloppe
from calculators.dpe.ademe.inputs import CaracteristiqueGenerale, Meteo, TypeDpe
from calculators.dpe.simple import from_ademe_envelope as envelope
from calculators.dpe.simple import from_ademe_systems as systems
from calculators.dpe.simple.choices import (
    PositionAppartement,
    TypeLogement,
    TypePlancherBas,
    TypeProjet,
    TypeToiture,
    ZoneClimatique,
)
from calculators.dpe.simple.derivation_notes import Notes
from calculators.dpe.simple.description import (
    Logement,
    PlancherBas,
    SimpleDescription,
    Site,
    Toiture,
)
from calculators.dpe.simple.errors import SimpleDescriptionError
from calculators.dpe.simple.official_ids import (
    CLASSES_ALTITUDE,
    PERIODES,
    choice_with_id,
    classe_altitude_of,
    construction_year,
    periode_from_id,
)
from calculators.dpe.simple.validation import MAX_LEVELS, validate


@dataclass(frozen=True, slots=True)
class Derivation:
    """A derived description, the DPE number it comes from and the notes on what was dropped."""

    description: SimpleDescription
    numero_dpe: str
    notes: tuple[str, ...]


def simple_from_ademe(dpe_file: DpeFile | str | Path) -> SimpleDescription:
    """The simple description of the dwelling of ``dpe_file`` (a read file or its path)."""
    return derive_from_ademe(dpe_file).description


def derive_from_ademe(dpe_file: DpeFile | str | Path) -> Derivation:
    """The simple description of ``dpe_file`` with the notes on what could not be kept."""
    dpe = dpe_file if isinstance(dpe_file, DpeFile) else read_dpe(dpe_file)
    inputs = dpe.inputs
    notes = Notes()
    kind = inputs.administratif.methode_application.type_dpe
    env = inputs.enveloppe
    logement = _logement(kind, inputs.caracteristique_generale, env, notes)
    built = construction_year(logement.annee_construction, logement.periode_construction)
    description = SimpleDescription(
        logement=logement,
        site=_site(inputs.meteo, notes),
        projet=TypeProjet.EXISTANT,
        murs=envelope.walls(env, built, notes),
        toiture=envelope.roof(env, logement.type, built, notes),
        plancher_bas=envelope.low_floor(env, logement.type, built, notes),
        fenetres=envelope.windows(env),
        ventilation=systems.ventilation(inputs.systemes),
        chauffage=systems.heating(inputs.systemes, notes),
        eau_chaude=systems.hot_water(inputs.systemes, notes),
        climatisation=systems.cooling(inputs.systemes),
        photovoltaique=systems.photovoltaics(inputs.systemes.production_elec_enr, notes),
    )
    if kind is TypeDpe.APPARTEMENT:
        description = _small_exposures(description, notes)
    if kind is TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE:
        notes.add(
            "appartement établi à partir des données de l'immeuble : l'enveloppe du fichier est "
            "celle de l'immeuble, position, toiture et plancher bas du logement inconnus."
        )
        description = replace(
            description,
            toiture=replace(description.toiture, type=TypeToiture.INCONNU),
            plancher_bas=replace(description.plancher_bas, type=TypePlancherBas.INCONNU),
        )
    number = inputs.administratif.numero_dpe
    try:
        validate(description)
    except SimpleDescriptionError as error:
        raise SimpleDescriptionError(
            f"DPE {number} : description dérivée invalide — {error.message}", field=error.field
        ) from error
    return Derivation(description, number, tuple(notes.items))


def _small_exposures(description: SimpleDescription, notes: Notes) -> SimpleDescription:
    """A flat whose roof or low floor loses heat over less than a quarter of its footprint is
    described with a dwelling above or below (see ``flat_position``)."""
    position = description.logement.position
    top = position in (PositionAppartement.DERNIER_ETAGE, PositionAppartement.RDC_ET_DERNIER_ETAGE)
    ground = position in (
        PositionAppartement.REZ_DE_CHAUSSEE,
        PositionAppartement.RDC_ET_DERNIER_ETAGE,
    )
    if not top and description.toiture.type is not TypeToiture.LOGEMENT_AU_DESSUS:
        notes.add("toiture : parois déperditives sur moins d'un quart de l'emprise, ignorées.")
        description = replace(description, toiture=Toiture(type=TypeToiture.LOGEMENT_AU_DESSUS))
    if not ground and description.plancher_bas.type is not TypePlancherBas.LOGEMENT_EN_DESSOUS:
        notes.add("plancher bas : parois déperditives sur moins d'un quart de l'emprise, ignorées.")
        below = PlancherBas(type=TypePlancherBas.LOGEMENT_EN_DESSOUS)
        description = replace(description, plancher_bas=below)
    return description


def _logement(
    kind: TypeDpe, general: CaracteristiqueGenerale, env: Enveloppe, notes: Notes
) -> Logement:
    if kind is TypeDpe.MAISON:
        type_logement = envelope.house_type(env)
    elif kind is TypeDpe.IMMEUBLE:
        type_logement = TypeLogement.IMMEUBLE
    else:
        type_logement = TypeLogement.APPARTEMENT
    building = type_logement is TypeLogement.IMMEUBLE
    surface = general.surface_habitable_immeuble if building else general.surface_habitable_logement
    surface = notes.bounded("logement.surface_habitable_m2", surface)
    if surface is None:
        raise SimpleDescriptionError(
            "logement.surface_habitable_m2 : surface habitable absente ou hors limites dans le "
            "fichier DPE.",
            field="logement.surface_habitable_m2",
        )
    levels = general.nombre_niveau_immeuble if building else general.nombre_niveau_logement
    levels = notes.bounded_int("logement.nombre_niveaux", levels)
    if levels is not None and levels > MAX_LEVELS[type_logement]:
        notes.add(f"logement.nombre_niveaux : {levels} niveaux pour ce type de logement, ignoré.")
        levels = None
    periode = periode_from_id(general.enum_periode_construction_id)
    year = notes.bounded_int("logement.annee_construction", general.annee_construction)
    _, first, last = PERIODES[periode]
    if year is not None and not ((first or year) <= year <= (last or year)):
        notes.add(
            f"logement.annee_construction : {year} hors de la période « {periode.libelle} » "
            "du fichier, seule la période est gardée."
        )
        year = None
    position = None
    if type_logement is TypeLogement.APPARTEMENT:
        position = (
            envelope.flat_position(env, surface / (levels or 1))
            if kind is TypeDpe.APPARTEMENT
            else PositionAppartement.INCONNUE
        )
    return Logement(
        type=type_logement,
        surface_habitable_m2=surface,
        annee_construction=year,
        periode_construction=periode,
        position=position,
        nombre_niveaux=levels,
        hauteur_sous_plafond_m=notes.bounded("logement.hauteur_sous_plafond_m", general.hsp),
        nombre_logements=notes.bounded_int(
            "logement.nombre_logements", general.nombre_appartement if building else None
        ),
    )


def _site(meteo: Meteo, notes: Notes) -> Site:
    zones = list(ZoneClimatique)
    zone = zones[meteo.enum_zone_climatique_id - 1]
    classe = choice_with_id(CLASSES_ALTITUDE, meteo.enum_classe_altitude_id)
    if classe is None:
        raise SimpleDescriptionError(
            f"site.classe_altitude : classe « {meteo.enum_classe_altitude_id} » inconnue.",
            field="site.classe_altitude",
        )
    altitude = notes.bounded("site.altitude_m", meteo.altitude)
    if altitude is not None and classe_altitude_of(altitude) is not classe:
        notes.add(f"site.altitude_m : {altitude:g} m hors de la classe « {classe.libelle} ».")
        altitude = None
    return Site(zone_climatique=zone, classe_altitude=classe, altitude_m=altitude)
