"""The DPE label of a dwelling from its two indicators, and what it means on a date.

Method: arrêté du 31 mars 2021 (DPE des logements), annexe 5 — the energy class comes from the
primary energy of the 5 uses (Cep, kWhEP/m²/an), the climate class from greenhouse-gas emissions
(EGES, kgCO2eq/m²/an), both floored to integers and compared to strict upper bounds; the DPE
label is the worse of the two. The bounds are those in force on the date (national scale,
altitude variant, or since 1 July 2024 the small-surface table for 40 m² or less): see
:mod:`calculators.dpe.rules`. Rental consequences follow the loi Climat et Résilience and the
decency decree n° 2021-19 (``housing_law.json``).

A label computed here from our own figures is a « pré-diagnostic, non opposable ».
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from calculators.dpe.rules import (
    DPE_CLASSES,
    Bounds,
    DecencyCheck,
    DpeInputError,
    RentalStatus,
    Thresholds,
    check_decency,
    class_of,
    rental_status,
    rules_at,
)

PASSOIRE_CLASSES = frozenset("FG")
"""« Passoire énergétique »: labels F and G (arrêté du 31 mars 2021, annexe 5 § 1.1)."""


@dataclass(frozen=True)
class LabelResult:
    """A DPE label and its explanation.

    ``binding`` says which indicator sets the label: ``"énergie"``, ``"climat"`` or
    ``"les deux"`` when both classes are equal. ``energy_gain_kwh_m2`` (kWhEP/m²/an) and
    ``climate_gain_kg_m2`` (kgCO2eq/m²/an) are the whole-unit reductions of each indicator that
    bring it into the next better class (its displayed integer part to one below that class's
    bound); None in class A.
    """

    energy_class: str
    climate_class: str
    label: str
    passoire: bool
    binding: str
    cep_floor_kwh_m2: int
    eges_floor_kg_m2: int
    energy_gain_kwh_m2: int | None
    climate_gain_kg_m2: int | None
    thresholds: Thresholds
    decency: DecencyCheck | None
    rental: RentalStatus
    rules_version: str


def label(
    cep_kwh_m2: float,
    eges_kg_m2: float,
    surface_m2: float,
    at: date,
    altitude_m: float | None = None,
    ef_kwh_m2: float | None = None,
    *,
    climate_zone: str | None = None,
) -> LabelResult:
    """Label a dwelling on date ``at``.

    ``cep_kwh_m2``: primary energy, 5 uses [kWhEP/m²/an]; ``eges_kg_m2``: emissions
    [kgCO2eq/m²/an]; ``surface_m2``: reference surface [m²]; ``altitude_m`` [m] and
    ``climate_zone`` (``"H1a"``...) select the variant above 800 m (the zone is required there);
    ``ef_kwh_m2``: final energy, 5 uses [kWhEF/m²/an], to check decency.
    """
    cep = _non_negative(cep_kwh_m2, "consommation d'énergie primaire (Cep)", "kWhEP/m²/an")
    eges = _non_negative(eges_kg_m2, "émissions de gaz à effet de serre (EGES)", "kgCO2eq/m²/an")
    surface = _non_negative(surface_m2, "surface de référence", "m²")
    if surface == 0:
        raise DpeInputError(
            "Surface de référence invalide : 0 m² (attendu une surface positive).",
            field="surface de référence",
        )
    altitude = None if altitude_m is None else _finite(altitude_m, "altitude", "m")
    ef = None if ef_kwh_m2 is None else _non_negative(ef_kwh_m2, "énergie finale", "kWhEF/m²/an")
    rules = rules_at(at)
    thresholds = rules.thresholds_for(surface, altitude, climate_zone)
    energy_class = class_of(cep, thresholds.energy)
    climate_class = class_of(eges, thresholds.climate)
    dpe_label = max(energy_class, climate_class, key=DPE_CLASSES.index)
    return LabelResult(
        energy_class=energy_class,
        climate_class=climate_class,
        label=dpe_label,
        passoire=dpe_label in PASSOIRE_CLASSES,
        binding=_binding(energy_class, climate_class),
        cep_floor_kwh_m2=math.floor(cep),
        eges_floor_kg_m2=math.floor(eges),
        energy_gain_kwh_m2=_gain(cep, energy_class, thresholds.energy),
        climate_gain_kg_m2=_gain(eges, climate_class, thresholds.climate),
        thresholds=thresholds,
        decency=None if ef is None else check_decency(ef, rules.decency),
        rental=_rental(dpe_label, rules.at),
        rules_version=rules.version,
    )


@lru_cache(maxsize=1024)
def _rental(dpe_label: str, day: date) -> RentalStatus:
    """The rental status of a label on a day, kept per (label, day): it depends on the law's
    calendar in force that day only."""
    return rental_status(dpe_label, day, rules_at(day).rental_bans)


def _binding(energy_class: str, climate_class: str) -> str:
    if energy_class == climate_class:
        return "les deux"
    energy_worse = DPE_CLASSES.index(energy_class) > DPE_CLASSES.index(climate_class)
    return "énergie" if energy_worse else "climat"


def _gain(value: float, letter: str, bounds: Bounds) -> int | None:
    """Whole units to remove so that the floored value sits just below the next better bound."""
    index = DPE_CLASSES.index(letter)
    if index == 0:
        return None
    return math.floor(value) - bounds[index - 1] + 1


def _finite(value: float, name: str, unit: str) -> float:
    """``value`` as a float, or a French error naming it when it is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DpeInputError(
            f"{_capital(name)} invalide : « {value} » (attendu un nombre).", field=name
        )
    if math.isnan(value) or math.isinf(value):
        raise DpeInputError(
            f"{_capital(name)} invalide : {value} {unit} (attendu un nombre fini).", field=name
        )
    return float(value)


def _non_negative(value: float, name: str, unit: str) -> float:
    number = _finite(value, name, unit)
    if number < 0:
        raise DpeInputError(
            f"{_capital(name)} invalide : {number:g} {unit} (une valeur négative est impossible).",
            field=name,
        )
    return number


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
