"""Typed inputs of a DPE file: administrative data, general characteristics, climate.

Field names are the XML tag names of the ADEME observatoire data model (``donnee_entree``
side), so that every value can be traced back to the file; units are given per field. Table
references (``tv_*_id``) and enumerations (``enum_*_id``) stay ints: their meaning is in the
official tables (``calculators.dpe.tables``). An optional value absent from the file is ``None``,
never 0. Envelope and systems are in :mod:`~calculators.dpe.ademe.envelope` and
:mod:`~calculators.dpe.ademe.systems`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from calculators.dpe.ademe.envelope import Enveloppe
from calculators.dpe.ademe.systems import Systemes


class TypeDpe(StrEnum):
    """What the DPE describes (from ``enum_methode_application_dpe_log_id``)."""

    MAISON = "maison"
    APPARTEMENT = "appartement"
    APPARTEMENT_DEPUIS_IMMEUBLE = "appartement_depuis_immeuble"
    """Flat whose DPE was generated from the whole-building DPE data."""
    IMMEUBLE = "immeuble"


@dataclass(frozen=True, slots=True)
class MethodeApplication:
    """``enum_methode_application_dpe_log_id`` and what it says about the dwelling.

    Source: ADEME data model, enum sheet ``methode_application_dpe_log`` (see
    ``methode_application.csv``).
    """

    id: int
    type_dpe: TypeDpe
    etude_thermique: str | None
    """``"RT2012"`` or ``"RE2020"`` when the DPE derives from a regulatory study, else None."""
    chauffage: str | None
    """Heating installation: ``individuel``, ``collectif``, ``mixte`` or None (not stated)."""
    ecs: str | None
    """Hot-water installation: ``individuel``, ``collectif``, ``mixte`` or None."""


@dataclass(frozen=True, slots=True)
class Administratif:
    """Identification of the DPE (``numero_dpe`` and ``administratif`` block)."""

    numero_dpe: str
    """13-character ADEME number (``2238E0097309E``) or ``NON_DEPOSE`` for a pre-deposit file."""
    statut: str | None
    """``ACTIF``, ``REMPLACE``, ``PRE_DEPOT``..."""
    date_etablissement_dpe: date | None
    """Date the DPE was drawn up (decides the factors and thresholds that applied)."""
    date_visite_diagnostiqueur: date | None
    enum_modele_dpe_id: int
    """1 = 3CL-DPE 2021 existing dwelling, the only model read here."""
    enum_version_id: str
    """Data-model version, ``"2"``, ``"2.1"``... ``"2.6"`` (a string: it is not an integer)."""
    methode_application: MethodeApplication
    departement: str | None
    """Département code (``62``, ``2A``, ``971``) from the DPE number, else the postcode."""
    code_postal: str | None
    code_insee: str | None
    """INSEE commune code from the BAN geocoding (``ban_citycode``), when geocoded."""
    dpe_a_remplacer: str | None
    dpe_immeuble_associe: str | None
    """Number of the whole-building DPE a flat DPE was generated from."""


@dataclass(frozen=True, slots=True)
class CaracteristiqueGenerale:
    """``logement/caracteristique_generale``: size and age of the dwelling or building."""

    annee_construction: int | None
    enum_periode_construction_id: int
    enum_methode_application_dpe_log_id: int
    surface_habitable_logement: float | None
    """Living area of the dwelling [m²]; absent for whole-building DPEs."""
    surface_habitable_immeuble: float | None
    """Living area of the whole building [m²]; for flats and buildings."""
    nombre_niveau_logement: int | None
    nombre_niveau_immeuble: int | None
    hsp: float
    """Mean ceiling height [m]."""
    nombre_appartement: int | None
    appartement_non_visite: bool | None
    enum_calcul_echantillonnage_id: int | None


@dataclass(frozen=True, slots=True)
class Meteo:
    """``logement/meteo``: climate zone and altitude class (method §18, annexes)."""

    enum_zone_climatique_id: int
    """1 H1a, 2 H1b, 3 H1c, 4 H2a, 5 H2b, 6 H2c, 7 H2d, 8 H3."""
    enum_classe_altitude_id: int
    """1 below 400 m, 2 400–800 m, 3 above 800 m."""
    altitude: float | None
    """Altitude [m], given by some programs only."""
    batiment_materiaux_anciens: bool | None


@dataclass(frozen=True, slots=True)
class DpeInputs:
    """Everything the 3CL engine needs from ``logement/.../donnee_entree``, with the
    certified engine's ``donnee_intermediaire`` values kept beside each element."""

    administratif: Administratif
    caracteristique_generale: CaracteristiqueGenerale
    meteo: Meteo
    enveloppe: Enveloppe
    systemes: Systemes
