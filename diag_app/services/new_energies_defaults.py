"""Assumptions of the dwelling-level « nouvelles énergies » diagnostic, as sourced data.

When a request leaves a value out (the heating need of an unlabelled house, the room for wood,
the size of a solar water heater…) the diagnostic uses the value of
``new_energies_defaults.json`` and reports it with its source; the unconfirmed ones
(``checked: false``) are listed « (à vérifier) » in the result. Tariffs, bonuses, VAT and the
electricity price are not here: they are the solar calculators' dated data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from calculators.solar.data import (
    DataError,
    Source,
    SourcedValue,
    entry_at,
    field,
    number,
    numbers,
    source,
)

FILE = "new_energies_defaults.json"


@cache
def defaults() -> Mapping[str, Any]:
    """The parsed assumptions file (read once per process)."""
    try:
        text = resources.files(__package__).joinpath(FILE).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        raise DataError(f"Hypothèses « nouvelles énergies » illisibles : {FILE} ({exc}).") from exc
    if not isinstance(data, Mapping):
        raise DataError(f"Hypothèses « nouvelles énergies » invalides : {FILE}.")
    return data


def assumption(key: str, label: str, unit: str) -> SourcedValue:
    """A single-valued assumption (``{"value": …, "source": …}``) with its label and unit."""
    entry = field(defaults(), key, FILE)
    return SourcedValue(label, number(entry, "value", f"{FILE}/{key}"), unit, source(entry, key))


def keyed(key: str, item: str, label: str, unit: str) -> SourcedValue:
    """One value of a table assumption (``{"values": {item: …}, "source": …}``)."""
    entry = field(defaults(), key, FILE)
    return SourcedValue(
        label,
        number(field(entry, "values", FILE), item, f"{FILE}/{key}"),
        unit,
        source(entry, key),
    )


def pv_sizes() -> tuple[tuple[float, ...], Source]:
    """The peak powers compared by default [kWc], and where they come from."""
    entry = field(defaults(), "pv_sizes_kwc", FILE)
    return numbers(entry, "values", f"{FILE}/pv_sizes_kwc"), source(entry, "pv_sizes_kwc")


@dataclass(frozen=True)
class WaterHeaterSize:
    """A solar water heater for the household: collector ``area_m2`` [m²], ``tank_litres`` [L]."""

    area_m2: float
    tank_litres: float
    source: SourcedValue


def water_heater_size(occupants: int) -> WaterHeaterSize:
    """The usual system for ``occupants`` people (smallest row whose maximum fits)."""
    entry = field(defaults(), "solar_water_heater_systems", FILE)
    where = f"{FILE}/solar_water_heater_systems"
    for row in field(entry, "systems", where):
        if occupants <= number(row, "max_occupants", where):
            area, litres = number(row, "area_m2", where), number(row, "tank_litres", where)
            cited = SourcedValue(
                "Chauffe-eau solaire", area, "m²", source(entry, "solar_water_heater_systems")
            )
            return WaterHeaterSize(area, litres, cited)
    raise DataError(f"Hypothèses invalides ({where}) : aucun système pour {occupants} personnes.")


def battery_defaults() -> tuple[float, float, SourcedValue]:
    """Usable capacity [kWh], power [kW] and source of the default battery."""
    entry = field(defaults(), "battery", FILE)
    capacity = number(entry, "capacity_kwh", f"{FILE}/battery")
    cited = SourcedValue("Batterie par défaut", capacity, "kWh", source(entry, "battery"))
    return capacity, number(entry, "power_kw", f"{FILE}/battery"), cited


def gas_price_at(at: date) -> SourcedValue:
    """The reference natural-gas price in force on ``at`` [€ TTC/kWh PCI]."""
    entry = entry_at(field(defaults(), "gas_prices", FILE), at, "prix du gaz naturel", FILE)
    return SourcedValue(
        "Prix du gaz naturel",
        number(entry, "eur_per_kwh_ttc", f"{FILE}/gas_prices"),
        "€ TTC/kWh",
        source(entry, "gas_prices"),
    )
