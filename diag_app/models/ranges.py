"""Plausibility ranges for the register's numeric fields, as data with the reason for each bound.

A value outside its range is refused with a French message naming the field and the bounds: it is
almost always a typing error (a surface in cm², a year with a digit missing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from diag_app.errors import ValidationError
from diag_app.models.text import sentence_start


@dataclass(frozen=True)
class Range:
    """Closed interval ``[low, high]`` in ``unit`` for the field called ``label`` in French."""

    label: str
    low: float
    high: float
    unit: str
    why: str

    def check(self, value: float) -> float:
        if not (self.low <= value <= self.high):
            unit = f" {self.unit}" if self.unit else ""
            raise ValidationError(
                f"{sentence_start(self.label)} hors plage : {value:g}{unit} (attendu entre "
                f"{self.low:g} et {self.high:g}{unit}).",
                field=self.label,
            )
        return value


def construction_year_range(today: date | None = None) -> Range:
    """1500 (the oldest dwellings still lived in) to the current year (nothing built later)."""
    year = (today or date.today()).year
    return Range("année de construction", 1500, year, "", "bâti existant")


REFERENCE_SURFACE_M2 = Range(
    "surface de référence", 1, 10_000, "m²", "d'un studio à un grand immeuble collectif"
)
LEVELS = Range("nombre de niveaux", 1, 60, "", "plus haut immeuble d'habitation français : ~50")
# Surfaces under 1.80 m of ceiling do not count as living area (code de la construction et de
# l'habitation, art. R156-1); above 8 m is a typing error for a dwelling.
CEILING_HEIGHT_M = Range("hauteur sous plafond", 1.8, 8, "m", "CCH art. R156-1 ; plausibilité")
LATITUDE = Range("latitude", -90, 90, "°", "WGS84")
LONGITUDE = Range("longitude", -180, 180, "°", "WGS84")
# Primary energy and emissions per m² of a 3CL-DPE 2021 result; G starts at 420 kWhEP/m²/yr and
# 100 kgCO2eq/m²/yr (arrêté du 31 mars 2021, annexe 5): ten times that is a unit error.
CEP_KWH_M2 = Range("consommation d'énergie primaire", 0, 5_000, "kWhEP/m²/an", "plausibilité")
EGES_KG_M2 = Range("émissions de GES", 0, 1_500, "kgCO2eq/m²/an", "plausibilité")
