"""Hour-by-hour matching of PV production with the household's consumption.

Why: since 2025 the surplus of a small roof is bought at 0.04 €/kWh while a kWh taken from
the grid costs about 0.19 €, so a PV project is worth what the household consumes itself.
Annual totals cannot tell it; hourly matching over a typical year can.

Energy flows each hour, in order of priority (documented choice):

1. the household's own loads take the PV output directly;
2. a PV router (optional) sends what is left to the electric water heater, up to its power
   and up to the day's hot-water need (``daily_need_kwh``, capped by what the tank can hold);
   the part of the need the router did not supply is reheated at night, in the first hours
   of the next day (the off-peak contactor), at the heater's power, from whatever PV is left
   at that hour, else the battery, else the grid;
3. a battery (optional) stores what is still left and gives it back to later loads, within
   its power, its usable capacity and its round-trip efficiency (half the losses on charge,
   half on discharge); the night reheating of the tank counts as a load it may supply;
4. the rest is exported (sold as surplus), the missing energy is imported.

The router comes before the battery: the tank's need is a sure use of the energy with no
storage loss, and the battery then serves the evening loads. A "day" for the router is 24
hours from 00:00 UTC (01:00 or 02:00 French time): the sunny hours fall well inside it.
The battery starts the year at the state it ends it (a typical year is circular).

Totals: ``self_consumed_kwh`` is the PV energy used on site (production − export: direct use,
router, battery charge including its losses); ``avoided_import_kwh`` is what the household no
longer buys (consumption − import), the quantity that saves money.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from calculators.solar.errors import SolarInputError
from calculators.solar.hours import (
    DAYS_PER_YEAR,
    HOURS_PER_YEAR,
    FloatArray,
    as_hourly,
    check_range,
)

NIGHT_REHEAT_START_UTC = 0
"""Hour of day (UTC) at which the grid reheats what the router did not supply."""


@dataclass(frozen=True)
class Battery:
    """Home battery: usable energy ``capacity_kwh``, charge/discharge ``power_kw``,
    ``round_trip_efficiency`` (0–1), ``min_soc`` the state of charge kept in reserve (0–1)."""

    capacity_kwh: float
    power_kw: float
    round_trip_efficiency: float = 0.9
    min_soc: float = 0.1

    def __post_init__(self) -> None:
        check_range(
            self.capacity_kwh, "batterie_capacite", "La capacité de la batterie (kWh)", 0.1, 200.0
        )
        check_range(
            self.power_kw, "batterie_puissance", "La puissance de la batterie (kW)", 0.1, 100.0
        )
        check_range(
            self.round_trip_efficiency,
            "batterie_rendement",
            "Le rendement aller-retour de la batterie",
            0.5,
            1.0,
        )
        check_range(self.min_soc, "batterie_soc_min", "L'état de charge minimal", 0.0, 0.9)

    @property
    def one_way_efficiency(self) -> float:
        """Efficiency of charge or of discharge alone: √(round trip)."""
        return float(np.sqrt(self.round_trip_efficiency))


@dataclass(frozen=True)
class HotWaterDiverter:
    """PV router on the electric water heater.

    ``tank_litres``: tank volume [L]; ``daily_need_kwh``: heat the tank must supply each day
    (draws plus standing losses) [kWh/jour], one value or 365; ``max_power_kw``: heating
    element power [kW]; the tank holds at most ``tank_litres`` × 1.163 Wh/(L·K) ×
    (``setpoint_c`` − ``cold_water_c``).
    """

    tank_litres: float
    daily_need_kwh: float | tuple[float, ...]
    max_power_kw: float
    setpoint_c: float = 55.0
    cold_water_c: float = 10.0

    def __post_init__(self) -> None:
        check_range(self.tank_litres, "ballon", "Le volume du ballon (L)", 30.0, 1000.0)
        check_range(
            self.max_power_kw, "routeur_puissance", "La puissance de la résistance (kW)", 0.3, 12.0
        )
        check_range(self.setpoint_c, "consigne", "La consigne du ballon (°C)", 40.0, 85.0)
        check_range(self.cold_water_c, "eau_froide", "La température d'eau froide (°C)", 0.0, 30.0)
        need = self.daily_needs_kwh()
        if need.max() > 24.0 * self.max_power_kw:
            raise SolarInputError(
                "Le besoin d'eau chaude d'une journée dépasse ce que la résistance peut fournir "
                "en 24 h.",
                field="besoin_eau_chaude",
            )

    def daily_needs_kwh(self) -> FloatArray:
        """The need of each of the 365 days [kWh]."""
        values = np.atleast_1d(np.asarray(self.daily_need_kwh, dtype=float))
        if values.size == 1:
            values = np.full(DAYS_PER_YEAR, values[0])
        if values.shape != (DAYS_PER_YEAR,) or not np.all(np.isfinite(values) & (values >= 0)):
            raise SolarInputError(
                "Besoin d'eau chaude : une valeur positive, ou 365 valeurs journalières.",
                field="besoin_eau_chaude",
            )
        return values

    @property
    def capacity_kwh(self) -> float:
        """Heat the tank can store between cold water and setpoint [kWh]."""
        return self.tank_litres * 1.163e-3 * (self.setpoint_c - self.cold_water_c)


@dataclass(frozen=True)
class HourlyFlows:
    """Energy flows of each hour [kWh]: PV to the loads (``direct``) and to the tank
    (``diverted``), tank reheating not covered by PV (``reheat``), battery in and out (AC
    side), export, import, and the battery's stored energy at the end of the hour."""

    direct: FloatArray
    diverted: FloatArray
    reheat: FloatArray
    battery_charge: FloatArray
    battery_discharge: FloatArray
    export: FloatArray
    grid_import: FloatArray
    state_of_charge: FloatArray


@dataclass(frozen=True)
class SelfConsumption:
    """Yearly totals [kWh] and rates (0–1) of one production / consumption pair."""

    production_kwh: float
    consumption_kwh: float
    self_consumed_kwh: float
    avoided_import_kwh: float
    export_kwh: float
    grid_import_kwh: float
    hot_water_from_pv_kwh: float
    battery_losses_kwh: float
    flows: HourlyFlows

    @property
    def self_consumption_rate(self) -> float:
        """Share of the production used on site (0 when nothing is produced)."""
        return self.self_consumed_kwh / self.production_kwh if self.production_kwh else 0.0

    @property
    def self_sufficiency_rate(self) -> float:
        """Share of the consumption covered by the PV (0 when nothing is consumed)."""
        return self.avoided_import_kwh / self.consumption_kwh if self.consumption_kwh else 0.0


def match(
    production_kwh: npt.ArrayLike,
    load_kwh: npt.ArrayLike,
    *,
    battery: Battery | None = None,
    diverter: HotWaterDiverter | None = None,
) -> SelfConsumption:
    """Self-consumption of hourly PV ``production_kwh`` against hourly ``load_kwh``.

    Both are 8,760 non-negative values [kWh per hour]. With a ``diverter``, ``load_kwh`` must
    exclude the water heater (``LoadProfile.without("hot_water")``): the router and the night
    reheating supply it here.
    """
    pv = as_hourly(production_kwh, "production", "Production photovoltaïque horaire (kWh)")
    load = as_hourly(load_kwh, "consommation", "Consommation horaire (kWh)")
    direct = np.minimum(pv, load)
    surplus = pv - direct
    deficit = load - direct
    diverted = np.zeros(HOURS_PER_YEAR)
    reheat = np.zeros(HOURS_PER_YEAR)
    hot_water_need = 0.0
    if diverter is not None:
        diverted, reheat = _route(surplus, diverter)
        surplus = surplus - diverted
        early_sun = np.minimum(surplus, reheat)
        diverted, reheat, surplus = diverted + early_sun, reheat - early_sun, surplus - early_sun
        deficit = deficit + reheat
        hot_water_need = float(diverter.daily_needs_kwh().sum())
    charge = np.zeros(HOURS_PER_YEAR)
    discharge = np.zeros(HOURS_PER_YEAR)
    soc = np.zeros(HOURS_PER_YEAR)
    if battery is not None:
        charge, discharge, soc = _dispatch(surplus, deficit, battery)
    export = surplus - charge
    grid_import = deficit - discharge
    flows = HourlyFlows(direct, diverted, reheat, charge, discharge, export, grid_import, soc)
    consumption = float(load.sum()) + hot_water_need
    return SelfConsumption(
        production_kwh=float(pv.sum()),
        consumption_kwh=consumption,
        self_consumed_kwh=float(pv.sum() - export.sum()),
        avoided_import_kwh=consumption - float(grid_import.sum()),
        export_kwh=float(export.sum()),
        grid_import_kwh=float(grid_import.sum()),
        hot_water_from_pv_kwh=float(diverted.sum()),
        battery_losses_kwh=float(charge.sum() - discharge.sum()),
        flows=flows,
    )


def _route(surplus: FloatArray, diverter: HotWaterDiverter) -> tuple[FloatArray, FloatArray]:
    """PV sent to the tank each hour, and the grid reheating of the rest of each day's need.

    Vectorised by day: the router takes min(surplus, power) each hour until the day's budget
    (need capped by tank capacity) is used up; the remainder of the need is reheated from
    :data:`NIGHT_REHEAT_START_UTC` of the next day at the element's power.
    """
    need = diverter.daily_needs_kwh()
    budget = np.minimum(need, diverter.capacity_kwh)
    offered = np.minimum(surplus, diverter.max_power_kw).reshape(DAYS_PER_YEAR, 24)
    taken = np.minimum(np.cumsum(offered, axis=1), budget[:, None])
    diverted = np.diff(taken, axis=1, prepend=0.0)
    missing = np.roll(need - taken[:, -1], 1)
    hours = np.arange(24) - NIGHT_REHEAT_START_UTC
    reheat = np.clip(
        missing[:, None] - hours[None, :] * diverter.max_power_kw, 0.0, diverter.max_power_kw
    )
    reheat[:, hours < 0] = 0.0
    return diverted.ravel(), reheat.ravel()


def _dispatch(
    surplus: FloatArray, deficit: FloatArray, battery: Battery
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Battery charge and discharge of each hour (AC side) and state of charge [kWh].

    Sequential by nature (each hour depends on the stored energy); runs the year twice so
    the first hour starts from the state of charge the year ends with.
    """
    eta = battery.one_way_efficiency
    floor = battery.min_soc * battery.capacity_kwh
    top = battery.capacity_kwh
    power = battery.power_kw
    charge = np.zeros(HOURS_PER_YEAR)
    discharge = np.zeros(HOURS_PER_YEAR)
    soc = np.zeros(HOURS_PER_YEAR)
    surplus_list = surplus.tolist()
    deficit_list = deficit.tolist()
    stored = floor
    for _ in range(2):
        for t in range(HOURS_PER_YEAR):
            into = min(surplus_list[t], power, max(top - stored, 0.0) / eta)
            stored += into * eta
            out = min(deficit_list[t], power, max(stored - floor, 0.0) * eta)
            stored -= out / eta
            charge[t], discharge[t], soc[t] = into, out, stored
    return charge, discharge, soc
