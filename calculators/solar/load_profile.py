"""Hourly electricity consumption of a household over a typical year (8,760 values, kWh).

Why: with a surplus bought at a few cents, the value of a PV roof is the share of its output
the household uses itself, which only an hour-by-hour comparison with the household's own
consumption can tell (:mod:`.self_consumption`).

The profile is a documented parametric model, not Enedis's published RES1/RES2 coefficients
(not shipped): each use has an annual energy and an hourly shape, all in
``data/load_profile.json`` and ``data/hot_water.json`` with their sources.

- appliances, lighting, cooking: annual kWh = fixed + per occupant + per m², spread on a
  weekday/weekend daily shape with a winter/summer modulation;
- electric heating (direct or heat pump): the annual kWh if known, else surface × a default
  need; spread in proportion to heating degree-hours of the hourly air temperature (divided by
  the heat pump's COP at that temperature), with a night setback;
- electric hot water: the 3CL-DPE 2021 conventional need (§ 11.1) plus the tank's standing
  losses, heated each day from an off-peak (22 h) or a daytime (12 h) start at full power;
- electric vehicle: km/yr × kWh/100 km, charged each day at home from a start hour.

Hours: index 0 is 1 January 00:00 UTC of a non-leap year, as in the weather files
(``calculators.solar.weather``); the daily shapes are in French legal time (UTC+1, UTC+2 in
summer time), converted with the EU summer-time rule. Deterministic: no random draw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt

from calculators.solar.data import number, numbers, read_json
from calculators.solar.errors import SolarInputError
from calculators.solar.hours import (
    DAYS_PER_YEAR,
    HOURS_PER_YEAR,
    FloatArray,
    LocalClock,
    as_hourly,
    check_range,
    day_months,
    local_clock,
)

COMPONENT_LABELS = MappingProxyType(
    {
        "appliances": "électroménager, éclairage, cuisson",
        "heating": "chauffage électrique",
        "hot_water": "eau chaude électrique",
        "vehicle": "recharge du véhicule électrique",
    }
)


class HeatingKind(StrEnum):
    """Electric heating: direct (Joule: convectors, panels) or an air-to-water heat pump."""

    DIRECT = "effet Joule"
    HEAT_PUMP = "pompe à chaleur"


class WaterHeaterKind(StrEnum):
    """Electric water heater: resistance (Joule) or heat pump (« thermodynamique »)."""

    DIRECT = "effet Joule"
    HEAT_PUMP = "thermodynamique"


class WaterHeaterSchedule(StrEnum):
    """When the tank reheats: off-peak night start or shifted to midday (PV)."""

    OFF_PEAK = "heures creuses (nuit)"
    DAYTIME = "journée (décalé sur la production solaire)"


@dataclass(frozen=True)
class ElectricHeating:
    """Electric heating; ``annual_kwh`` is the yearly electricity use when known."""

    kind: HeatingKind = HeatingKind.DIRECT
    annual_kwh: float | None = None


@dataclass(frozen=True)
class ElectricHotWater:
    """Electric hot-water tank; ``tank_litres`` sets its standing losses."""

    kind: WaterHeaterKind = WaterHeaterKind.DIRECT
    schedule: WaterHeaterSchedule = WaterHeaterSchedule.OFF_PEAK
    tank_litres: float | None = None


@dataclass(frozen=True)
class ElectricVehicle:
    """Electric car charged at home: ``km_per_year``, daily charge from ``start_hour`` (local)."""

    km_per_year: float
    start_hour: int | None = None
    charger_power_kw: float | None = None
    home_share: float = 1.0


@dataclass(frozen=True)
class Household:
    """Who lives there and which uses are electric. ``surface_m2``: living area [m²]."""

    occupants: int
    surface_m2: float
    heating: ElectricHeating | None = None
    hot_water: ElectricHotWater | None = None
    vehicle: ElectricVehicle | None = None
    appliances_kwh: float | None = None

    def __post_init__(self) -> None:
        if isinstance(self.occupants, bool) or not isinstance(self.occupants, int):
            raise SolarInputError("Le nombre d'occupants doit être un entier.", field="occupants")
        check_range(self.occupants, "occupants", "Le nombre d'occupants", 1, 20)
        check_range(self.surface_m2, "surface", "La surface habitable (m²)", 5.0, 2000.0)
        if self.appliances_kwh is not None:
            check_range(
                self.appliances_kwh,
                "appliances_kwh",
                "La consommation des appareils (kWh/an)",
                0.0,
                50_000.0,
            )
        if self.heating is not None and self.heating.annual_kwh is not None:
            check_range(
                self.heating.annual_kwh,
                "chauffage",
                "La consommation de chauffage (kWh/an)",
                0.0,
                200_000.0,
            )
        if self.hot_water is not None and self.hot_water.tank_litres is not None:
            check_range(self.hot_water.tank_litres, "ballon", "Le volume du ballon (L)", 30, 1000)
        if self.vehicle is not None:
            v = self.vehicle
            check_range(v.km_per_year, "km", "Le kilométrage annuel", 0.0, 200_000.0)
            check_range(v.home_share, "part_domicile", "La part rechargée au domicile", 0.0, 1.0)
            if v.start_hour is not None:
                check_range(v.start_hour, "heure_recharge", "L'heure de début de recharge", 0, 23)
            if v.charger_power_kw is not None:
                check_range(
                    v.charger_power_kw,
                    "puissance_recharge",
                    "La puissance de recharge (kW)",
                    1.0,
                    22.0,
                )


@dataclass(frozen=True)
class LoadProfile:
    """Hourly consumption per use [kWh], each an array of 8,760 values (UTC hours)."""

    components_kwh: Mapping[str, FloatArray]
    notes: tuple[str, ...] = field(default=())

    @property
    def total_kwh(self) -> FloatArray:
        """All uses summed, hour by hour [kWh]."""
        return np.sum(list(self.components_kwh.values()), axis=0)

    def annual_kwh(self) -> dict[str, float]:
        """Yearly consumption of each use [kWh/an]."""
        return {name: float(values.sum()) for name, values in self.components_kwh.items()}

    def without(self, *names: str) -> FloatArray:
        """The total without some uses, e.g. ``"hot_water"`` when a PV router heats the tank."""
        kept = [v for k, v in self.components_kwh.items() if k not in names]
        return np.sum(kept, axis=0) if kept else np.zeros(HOURS_PER_YEAR)


def hot_water_need_kwh_per_day(
    occupants: float,
    litres_per_adult_40c: float | None = None,
    cold_water_c_by_month: tuple[float, ...] | None = None,
) -> FloatArray:
    """Heat to warm the day's hot water, for each of the 365 days [kWh/jour].

    3CL-DPE 2021 § 11.1: Becs = 1.163 × Nadeq × 56 × (40 − Tefs) Wh per day, Tefs the month's
    cold-water temperature (default: § 18.2.1, zone H1a, altitude < 400 m, Béthune's).
    ``occupants`` stands for Nadeq (adult equivalents); ``litres_per_adult_40c`` replaces the
    conventional 56 L at 40 °C.
    """
    data = read_json("hot_water.json")
    litres = litres_per_adult_40c or number(data["litres_per_adult_day_40c"], "value", "56 L")
    heat = number(data["water_heat_kwh_per_litre_kelvin"], "value", "1,163 Wh/(L·K)")
    draw_c = number(data["draw_temperature_c"], "value", "40 °C")
    cold = cold_water_c_by_month or numbers(data["cold_water_c_by_month"], "values", "Tefs", 12)
    if len(cold) != 12 or not all(0.0 <= c < draw_c for c in cold):
        raise SolarInputError(
            f"Températures d'eau froide : 12 valeurs mensuelles entre 0 et {draw_c:g} °C.",
            field="eau_froide",
        )
    return occupants * litres * heat * (draw_c - np.asarray(cold)[day_months() - 1])


def tank_loss_coefficient_w_k(tank_litres: float) -> float:
    """Standing-loss coefficient UA of a tank [W/K] at the class C limit of Reg. (EU)
    812/2013: S = 16.66 + 8.33·V^0.4 W measured at 45 K, so UA = S / 45."""
    c = read_json("hot_water.json")["tank_standing_loss_class_c"]
    where = "classe C"
    standing_w = number(c, "constant_w", where) + number(c, "factor_w", where) * tank_litres ** (
        number(c, "exponent", where)
    )
    return standing_w / number(c, "test_delta_k", where)


def household_load(household: Household, temp_air_c: npt.ArrayLike | None = None) -> LoadProfile:
    """Hourly electricity consumption of ``household`` over the typical year [kWh].

    ``temp_air_c``: hourly air temperature of the same typical year [°C], required when the
    heating is electric (it shapes the heating over the year).
    """
    data = read_json("load_profile.json")
    clock = local_clock()
    notes: list[str] = []
    components = {"appliances": _appliances(household, data["appliances"], clock)}
    if household.heating is not None:
        if temp_air_c is None:
            raise SolarInputError(
                "La température horaire est nécessaire pour répartir le chauffage électrique.",
                field="temperature",
            )
        temps = as_hourly(temp_air_c, "temperature", "Température de l'air", low=-60.0)
        components["heating"] = _heating(
            household, household.heating, data["heating"], temps, clock, notes
        )
    if household.hot_water is not None:
        components["hot_water"] = _hot_water(
            household, household.hot_water, data["hot_water"], clock
        )
    if household.vehicle is not None:
        components["vehicle"] = _vehicle(household.vehicle, data["vehicle"], clock)
    return LoadProfile(MappingProxyType(components), tuple(notes))


def _appliances(household: Household, spec: Mapping[str, Any], clock: LocalClock) -> FloatArray:
    where = "load_profile.json/appliances"
    annual = household.appliances_kwh
    if annual is None:
        annual = (
            number(spec, "fixed_kwh", where)
            + number(spec, "per_occupant_kwh", where) * household.occupants
            + number(spec, "per_m2_kwh", where) * household.surface_m2
        )
    weekday = np.array(numbers(spec, "weekday_shape", where, 24))
    weekend = np.array(numbers(spec, "weekend_shape", where, 24))
    shape = np.where(clock.weekend, weekend[clock.hour], weekday[clock.hour])
    phase = 2 * np.pi * (clock.day - number(spec, "peak_day_of_year", where)) / DAYS_PER_YEAR
    shape = shape * (1.0 + number(spec, "seasonal_amplitude", where) * np.cos(phase))
    return annual * shape / shape.sum()


def heat_pump_cop(temp_air_c: FloatArray, spec: Mapping[str, Any]) -> FloatArray:
    """COP of an air-to-water heat pump at the outdoor temperature [°C] (linear, floored)."""
    where = "load_profile.json/heating/heat_pump_cop"
    cop = number(spec, "cop_at_7c", where) * (
        1.0 + number(spec, "change_per_kelvin", where) * (temp_air_c - 7.0)
    )
    return np.maximum(cop, number(spec, "minimum", where))


def _heating(
    household: Household,
    heating: ElectricHeating,
    spec: Mapping[str, Any],
    temps: FloatArray,
    clock: LocalClock,
    notes: list[str],
) -> FloatArray:
    where = "load_profile.json/heating"
    heat_pump = heating.kind is HeatingKind.HEAT_PUMP
    annual = heating.annual_kwh
    if annual is None:
        need = number(spec, "default_heat_need_kwh_per_m2", where) * household.surface_m2
        annual = need / number(spec, "default_scop", where) if heat_pump else need
        shown = f"{annual:,.0f}".replace(",", "\u202f")
        notes.append(
            f"Consommation de chauffage inconnue : estimée à {shown} kWh/an à partir de la "
            "surface (ordre de grandeur, à remplacer par la consommation réelle ou le DPE)."
        )
    intraday = np.array(numbers(spec, "intraday_weights", where, 24))
    weight = np.maximum(number(spec, "threshold_c", where) - temps, 0.0) * intraday[clock.hour]
    if heat_pump:
        weight = weight / heat_pump_cop(temps, spec["heat_pump_cop"])
    if annual > 0 and weight.sum() <= 0:
        raise SolarInputError(
            "Aucune heure sous le seuil de chauffage dans l'année type : impossible de répartir "
            "le chauffage.",
            field="temperature",
        )
    return annual * weight / weight.sum() if annual > 0 else np.zeros(HOURS_PER_YEAR)


def daily_schedule(
    energy_per_day_kwh: FloatArray, start_hour: int, power_kw: float, clock: LocalClock, what: str
) -> FloatArray:
    """Each day's energy drawn at ``power_kw`` from ``start_hour`` (local) until done [kWh/h].

    An appliance starting at 22 h belongs to the day it started, so hours before the start
    count for the previous day. The result is rescaled to the exact yearly energy (the
    summer-time change days have 23 and 25 hours).
    """
    if np.any(energy_per_day_kwh > 24.0 * power_kw):
        raise SolarInputError(
            f"{what} : l'énergie d'une journée dépasse 24 h à {power_kw:g} kW.",
            field="puissance",
        )
    since_start = (clock.hour - start_hour) % 24
    started_day = np.where(clock.hour < start_hour, clock.day - 1, clock.day) % DAYS_PER_YEAR
    hourly = np.clip(energy_per_day_kwh[started_day] - since_start * power_kw, 0.0, power_kw)
    total = float(energy_per_day_kwh.sum())
    return hourly * (total / hourly.sum()) if hourly.sum() > 0 else hourly


def _hot_water(
    household: Household, heater: ElectricHotWater, spec: Mapping[str, Any], clock: LocalClock
) -> FloatArray:
    where = "load_profile.json/hot_water"
    litres = heater.tank_litres or number(spec, "tank_litres", where)
    loss_kwh_day = (
        tank_loss_coefficient_w_k(litres)
        * 24.0
        / 1000.0
        * (number(spec, "setpoint_c", where) - number(spec, "room_temperature_c", where))
    )
    heat = hot_water_need_kwh_per_day(household.occupants) + loss_kwh_day
    if heater.kind is WaterHeaterKind.HEAT_PUMP:
        electricity = heat / number(spec, "thermodynamic_cop", where)
        power = number(spec, "thermodynamic_power_kw", where)
    else:
        electricity, power = heat, number(spec, "joule_power_kw", where)
    key = (
        "daytime_start_hour"
        if heater.schedule is WaterHeaterSchedule.DAYTIME
        else "off_peak_start_hour"
    )
    return daily_schedule(electricity, int(number(spec, key, where)), power, clock, "Chauffe-eau")


def _vehicle(vehicle: ElectricVehicle, spec: Mapping[str, Any], clock: LocalClock) -> FloatArray:
    where = "load_profile.json/vehicle"
    annual = (
        vehicle.km_per_year
        * number(spec, "kwh_per_100km", where)
        / 100.0
        / number(spec, "charger_efficiency", where)
        * vehicle.home_share
    )
    start = (
        vehicle.start_hour
        if vehicle.start_hour is not None
        else int(number(spec, "start_hour", where))
    )
    power = vehicle.charger_power_kw or number(spec, "charger_power_kw", where)
    per_day = np.full(DAYS_PER_YEAR, annual / DAYS_PER_YEAR)
    return daily_schedule(per_day, start, power, clock, "Recharge du véhicule")
