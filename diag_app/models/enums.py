"""Closed vocabularies of the register, each value with its French label.

Values are stable English identifiers stored in the database; labels are what people read.
"""

from __future__ import annotations

from enum import StrEnum


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, French label) pairs in declaration order, for forms and filters."""
        return [(m.value, m.label) for m in cls]


class DwellingType(_Labelled):
    HOUSE = "house"
    FLAT = "flat"
    BUILDING = "building"


class HeatingEnergy(_Labelled):
    ELECTRICITY = "electricity"
    NATURAL_GAS = "natural_gas"
    FUEL_OIL = "fuel_oil"
    LPG = "lpg"
    WOOD = "wood"
    DISTRICT_HEAT = "district_heat"
    COAL = "coal"
    UNKNOWN = "unknown"


class ProjectKind(_Labelled):
    RENOVATION = "renovation"
    EXTENSION = "extension"
    CHANGE_OF_USE = "change_of_use"
    NEW_BUILD = "new_build"


class CaseStatus(_Labelled):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class DiagnosticKind(_Labelled):
    """Where a diagnostic's figures come from."""

    SIMPLIFIED = "simplified"  # our engine, from the short form
    XML = "xml"  # our engine, from an ADEME observatoire XML file
    IMPORTED = "imported"  # an official DPE's own results, read from ADEME open data


_LABELS: dict[StrEnum, str] = {
    DwellingType.HOUSE: "Maison",
    DwellingType.FLAT: "Appartement",
    DwellingType.BUILDING: "Immeuble",
    HeatingEnergy.ELECTRICITY: "Électricité",
    HeatingEnergy.NATURAL_GAS: "Gaz naturel",
    HeatingEnergy.FUEL_OIL: "Fioul",
    HeatingEnergy.LPG: "GPL",
    HeatingEnergy.WOOD: "Bois",
    HeatingEnergy.DISTRICT_HEAT: "Réseau de chaleur",
    HeatingEnergy.COAL: "Charbon",
    HeatingEnergy.UNKNOWN: "Inconnue",
    ProjectKind.RENOVATION: "Rénovation",
    ProjectKind.EXTENSION: "Extension",
    ProjectKind.CHANGE_OF_USE: "Changement d'usage",
    ProjectKind.NEW_BUILD: "Construction neuve",
    CaseStatus.OPEN: "Ouvert",
    CaseStatus.IN_PROGRESS: "En cours",
    CaseStatus.CLOSED: "Clos",
    DiagnosticKind.SIMPLIFIED: "Simplifié",
    DiagnosticKind.XML: "XML ADEME",
    DiagnosticKind.IMPORTED: "DPE officiel importé",
}
