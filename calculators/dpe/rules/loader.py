"""Loads every dated rule from the JSON package data into one checked, immutable catalogue.

:func:`catalogue` reads the files once per process; :func:`parse_catalogue` does the work from
already-parsed documents so that tests can feed it broken data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType
from typing import Any

from calculators.dpe.rules.errors import RulesError
from calculators.dpe.rules.factors import ELECTRICITY, DatedFactor, Energy, GhgFactors
from calculators.dpe.rules.housing import DecencyRule, RentalBan, RentalCalendar
from calculators.dpe.rules.parsing import (
    entries,
    field,
    iso_date,
    no_overlap,
    read_json,
    source,
    typed,
    validity,
)
from calculators.dpe.rules.prices import EnergyPrices, PriceTier
from calculators.dpe.rules.scales import (
    DPE_CLASSES,
    LabelScale,
    MountainVariant,
    SmallSurfaceTable,
    check_bounds,
)
from calculators.dpe.rules.sources import Source, Validity

FILES = (
    "label_thresholds.json",
    "small_surface_thresholds.json",
    "primary_energy_factors.json",
    "energies.json",
    "ghg_factors.json",
    "housing_law.json",
    "energy_prices.json",
)


@dataclass(frozen=True)
class Method:
    """The calculation method and the day it came into force."""

    name: str
    start: Validity
    source: Source


@dataclass(frozen=True)
class Catalogue:
    """Every dated rule, each series sorted by start date and free of overlaps."""

    method: Method
    scales: tuple[LabelScale, ...]
    mountain_variants: tuple[MountainVariant, ...]
    small_surface_tables: tuple[SmallSurfaceTable, ...]
    electricity_factors: tuple[DatedFactor, ...]
    other_energy_factors: tuple[DatedFactor, ...]
    energies: Mapping[str, Energy]
    ghg: tuple[GhgFactors, ...]
    decency: tuple[DecencyRule, ...]
    rental_calendars: tuple[RentalCalendar, ...]
    prices: tuple[EnergyPrices, ...]


@cache
def catalogue() -> Catalogue:
    """The catalogue of the package data, read once."""
    return parse_catalogue({name: read_json(name) for name in FILES})


def parse_catalogue(docs: Mapping[str, Any]) -> Catalogue:
    """Build and check the catalogue from the parsed content of each file in :data:`FILES`."""
    thresholds = docs["label_thresholds.json"]
    scales = entries(thresholds, "scales", "label_thresholds.json")
    variants = entries(thresholds, "mountain_variants", "label_thresholds.json")
    small = entries(docs["small_surface_thresholds.json"], "tables", "petites surfaces")
    factors = [
        _factor(f, "primary_energy_factors.json")
        for f in entries(docs["primary_energy_factors.json"], "factors", "énergie primaire")
    ]
    energies = {
        e.key: e for e in map(_energy, entries(docs["energies.json"], "energies", "énergies"))
    }
    ghg = [_ghg(t, set(energies)) for t in entries(docs["ghg_factors.json"], "tables", "GES")]
    law = docs["housing_law.json"]
    prices = entries(docs["energy_prices.json"], "tables", "prix des énergies")
    return Catalogue(
        method=_method(field(thresholds, "method", "label_thresholds.json")),
        scales=no_overlap(map(_scale, scales), "échelles nationales"),
        mountain_variants=no_overlap(map(_mountain, variants), "variantes d'altitude"),
        small_surface_tables=no_overlap(map(_small, small), "petites surfaces"),
        electricity_factors=no_overlap(
            (f for f in factors if f.energy == ELECTRICITY), "facteur EP électricité"
        ),
        other_energy_factors=no_overlap(
            (f for f in factors if f.energy == "autres"), "facteur EP autres énergies"
        ),
        energies=MappingProxyType(energies),
        ghg=no_overlap(ghg, "facteurs d'émission"),
        decency=no_overlap(
            map(_decency, entries(law, "decency", "housing_law.json")), "décence"
        ),
        rental_calendars=no_overlap(
            map(_calendar, entries(law, "rental_bans", "housing_law.json")), "location"
        ),
        prices=no_overlap(map(_prices, prices), "prix des énergies"),
    )


def _method(obj: Any) -> Method:
    where = "label_thresholds.json/method"
    start = iso_date(field(obj, "valid_from", where), where)
    return Method(typed(obj, "name", str, where), Validity(start, None), source(obj, where))


def _scale(obj: Any) -> LabelScale:
    where = f"label_thresholds.json/scales/{obj.get('id')}"
    _check_order(obj, list(DPE_CLASSES[:6]), where)
    return LabelScale(
        id=typed(obj, "id", str, where),
        energy=check_bounds(field(obj, "energy", where), where),
        climate=check_bounds(field(obj, "climate", where), where),
        validity=validity(obj, where),
        source=source(obj, where),
    )


def _mountain(obj: Any) -> MountainVariant:
    where = f"label_thresholds.json/mountain_variants/{obj.get('id')}"
    order = typed(obj, "bounds_order", list, where)
    energy, climate = field(obj, "energy", where), field(obj, "climate", where)
    if not set(order) <= set(DPE_CLASSES[:6]) or not len(order) == len(energy) == len(climate):
        raise RulesError(f"Données de règles DPE invalides ({where}) : bornes incohérentes.")
    return MountainVariant(
        id=typed(obj, "id", str, where),
        climate_zones=frozenset(typed(obj, "climate_zones", list, where)),
        altitude_above_m=typed(obj, "altitude_above_m", float, where),
        energy=MappingProxyType(dict(zip(order, energy, strict=True))),
        climate=MappingProxyType(dict(zip(order, climate, strict=True))),
        validity=validity(obj, where),
        source=source(obj, where),
    )


def _small(obj: Any) -> SmallSurfaceTable:
    where = f"small_surface_thresholds.json/{obj.get('id')}"
    _check_order(obj, list(DPE_CLASSES[:6]), where)
    rows = {}
    for row in entries(obj, "rows", where):
        surface = typed(row, "sref_m2", int, where)
        rows[surface] = (
            check_bounds(field(row, "energy", where), f"{where}/{surface} m²"),
            check_bounds(field(row, "climate", where), f"{where}/{surface} m²"),
        )
    low, high = typed(obj, "min_surface_m2", int, where), typed(obj, "max_surface_m2", int, where)
    if sorted(rows) != list(range(low, high + 1)):
        raise RulesError(f"Données de règles DPE invalides ({where}) : lignes {low} à {high} m².")
    return SmallSurfaceTable(
        id=typed(obj, "id", str, where),
        min_surface_m2=low,
        max_surface_m2=high,
        max_altitude_m=typed(obj, "max_altitude_m", float, where),
        rows=MappingProxyType(rows),
        validity=validity(obj, where),
        source=source(obj, where),
    )


def _factor(obj: Any, where: str) -> DatedFactor:
    energy = typed(obj, "energy", str, where)
    value = typed(obj, "value", float, f"{where}/{energy}")
    if value <= 0:
        raise RulesError(f"Données de règles DPE invalides ({where}) : facteur {value}.")
    return DatedFactor(energy, value, validity(obj, where), source(obj, where))


def _energy(obj: Any) -> Energy:
    where = "energies.json"
    return Energy(
        typed(obj, "key", str, where),
        typed(obj, "label", str, where),
        typed(obj, "ademe_id", int, where),
    )


def _ghg(obj: Any, known: set[str]) -> GhgFactors:
    where = f"ghg_factors.json/{obj.get('id')}"
    by_energy = {
        typed(row, "energy", str, where): typed(row, "value", float, where)
        for row in entries(obj, "by_energy", where)
    }
    by_use = {
        typed(row, "use", str, where): typed(row, "value", float, where)
        for row in entries(obj, "electricity_by_use", where)
    }
    missing = known - set(by_energy) - {ELECTRICITY}
    if missing or any(v < 0 for v in (*by_energy.values(), *by_use.values())):
        raise RulesError(f"Données de règles DPE invalides ({where}) : manque {sorted(missing)}.")
    return GhgFactors(
        id=typed(obj, "id", str, where),
        by_energy=MappingProxyType(by_energy),
        electricity_by_use=MappingProxyType(by_use),
        validity=validity(obj, where),
        source=source(obj, where),
    )


def _decency(obj: Any) -> DecencyRule:
    where = f"housing_law.json/decency/{obj.get('id')}"
    return DecencyRule(
        id=typed(obj, "id", str, where),
        max_final_energy_kwh_ef_m2=typed(obj, "max_final_energy_kwh_ef_m2", float, where),
        scope=typed(obj, "scope", str, where),
        validity=validity(obj, where),
        source=source(obj, where),
    )


def _calendar(obj: Any) -> RentalCalendar:
    where = f"housing_law.json/rental_bans/{obj.get('id')}"
    src = source(obj, where)
    bans = tuple(
        RentalBan(typed(b, "label", str, where), iso_date(field(b, "from", where), where), src)
        for b in entries(obj, "bans", where)
    )
    if any(ban.label not in DPE_CLASSES for ban in bans):
        raise RulesError(f"Données de règles DPE invalides ({where}) : classe inconnue.")
    return RentalCalendar(typed(obj, "id", str, where), bans, validity(obj, where), src)


def _prices(obj: Any) -> EnergyPrices:
    where = f"energy_prices.json/{obj.get('id')}"
    tiers: dict[str, list[PriceTier]] = {}
    for row in entries(obj, "tiers", where):
        tier = PriceTier(
            from_kwh=typed(row, "from_kwh", float, where),
            fixed_eur=typed(row, "fixed_eur", float, where),
            eur_per_kwh=typed(row, "eur_per_kwh", float, where),
        )
        tiers.setdefault(typed(row, "energy", str, where), []).append(tier)
    for energy, rows in tiers.items():
        rows.sort(key=lambda t: t.from_kwh)
        if rows[0].from_kwh != 0:
            raise RulesError(f"Données de règles DPE invalides ({where}) : {energy} sans 0 kWh.")
    return EnergyPrices(
        id=typed(obj, "id", str, where),
        price_date=iso_date(field(obj, "price_date", where), where),
        tiers=MappingProxyType({energy: tuple(rows) for energy, rows in tiers.items()}),
        validity=validity(obj, where),
        source=source(obj, where),
    )


def _check_order(obj: Any, expected: list[str], where: str) -> None:
    if typed(obj, "bounds_order", list, where) != expected:
        raise RulesError(f"Données de règles DPE invalides ({where}) : ordre des bornes.")
