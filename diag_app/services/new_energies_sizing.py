"""Self-consumption and money for each PV size: the household's load, battery, router, tariffs.

Why: the value of a roof is the electricity the household stops buying, which depends on its
own hourly use (electric heating, hot water, car), on a battery or a PV router, and on the
tariffs of the day of the connection request. The calculators do each part
(``calculators.solar.load_profile``, ``self_consumption``, ``economics``); this module feeds
them from the request and adds the battery's price, which the PV economics leave out: the
battery is paid in year 0 (TVA 20 % included in its price), its replacement within 20 years
is not counted (said in the notes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from calculators.solar.data import entry_at, read_json
from calculators.solar.economics import Outcome, PvEconomics, PvProject, PvRules, pv_economics
from calculators.solar.load_profile import (
    ElectricHeating,
    ElectricHotWater,
    ElectricVehicle,
    HeatingKind,
    Household,
    LoadProfile,
    WaterHeaterKind,
    hot_water_need_kwh_per_day,
    household_load,
    tank_loss_coefficient_w_k,
)
from calculators.solar.self_consumption import Battery, HotWaterDiverter, match
from diag_app.services.new_energies_defaults import assumption, battery_defaults, keyed
from diag_app.services.new_energies_needs import HeatNeed
from diag_app.services.new_energies_pv import FloatArray
from diag_app.services.new_energies_request import Dwelling, Generator, HouseholdOptions

TARIFF_SECTIONS = (
    ("surplus_tariffs", "surplus_eur_kwh"),
    ("surplus_tariffs", "bonus_eur_per_kwc"),
    ("vat_regimes", "vat"),
    ("electricity_prices", "electricity_eur_kwh"),
    ("installed_costs", "cost_low_eur_per_wc_ht"),
    ("installed_costs", "cost_high_eur_per_wc_ht"),
)
"""Dated entries of ``calculators/solar/data/pv_economics.json`` behind each tariff value."""


@dataclass(frozen=True)
class Money:
    """One electricity-price scenario: price [€/kWh], year-1 savings [€], simple payback
    [years] (None: never), 20-year net present value [€]."""

    electricity_eur_kwh: float
    first_year_savings_eur: float
    payback_years: float | None
    npv_20y_eur: float


@dataclass(frozen=True)
class SizeEconomics:
    """Investment [€ HT, € TTC incl. battery], battery [€ TTC], bonus [€], VAT applied, and
    the outcome at the price of the day and at −20 % / +20 %."""

    investment_ht_eur: float
    investment_ttc_eur: float
    battery_ttc_eur: float
    bonus_eur: float
    vat_label: str
    central: Money
    price_minus_20pct: Money
    price_plus_20pct: Money


@dataclass(frozen=True)
class SizeResult:
    """One PV size [kWc] over the typical year: energies [kWh/an], rates [%], money."""

    peak_kwp: float
    allocation: Mapping[str, float]
    production_kwh: float
    consumption_kwh: float
    self_consumed_kwh: float
    avoided_import_kwh: float
    export_kwh: float
    self_consumption_pct: float
    self_sufficiency_pct: float
    hot_water_from_pv_kwh: float
    battery_kwh: float | None
    economics: SizeEconomics


@dataclass(frozen=True, eq=False)
class HouseholdSetup:
    """The household's hourly load and the battery and router it wants (when they apply)."""

    load: LoadProfile
    battery: Battery | None
    diverter: HotWaterDiverter | None
    battery_eur_ttc: float
    notes: tuple[str, ...]
    sources: tuple[str, ...]


def household_setup(
    dwelling: Dwelling, options: HouseholdOptions, need: HeatNeed, temp_air_c: FloatArray
) -> HouseholdSetup:
    """The load profile of the request's household and its storage wishes."""
    notes: list[str] = []
    sources: list[str] = []
    heating = None
    if dwelling.heating.energy == "electricite" and not dwelling.heating.collective:
        heat_pump = dwelling.heating.generator is Generator.HEAT_PUMP
        annual = dwelling.heating.consumption_kwh
        if annual is None:
            key = "pompe_a_chaleur" if heat_pump else "effet_joule"
            efficiency = keyed("heating_efficiency_by_generator", key, "Rendement saisonnier", "")
            annual = need.kwh / efficiency.value
            sources += [v.describe() for v in (*need.used, efficiency)]
            notes.append(f"Chauffage électrique estimé : {need.basis}.")
        heating = ElectricHeating(
            HeatingKind.HEAT_PUMP if heat_pump else HeatingKind.DIRECT, annual
        )
    water = dwelling.hot_water
    hot_water = None
    if water.individual_electric:
        kind = WaterHeaterKind.HEAT_PUMP if water.thermodynamic else WaterHeaterKind.DIRECT
        hot_water = ElectricHotWater(kind, tank_litres=water.tank_litres)
    vehicle = ElectricVehicle(options.ev_km_per_year) if options.ev_km_per_year else None
    household = Household(
        dwelling.occupants, dwelling.surface_m2, heating=heating, hot_water=hot_water,
        vehicle=vehicle,
    )  # fmt: skip
    load = household_load(household, temp_air_c)
    notes += load.notes
    diverter = None
    if options.router:
        if water.individual_electric and not water.thermodynamic:
            diverter = _diverter(dwelling)
        else:
            notes.append(
                "Routeur photovoltaïque sans objet : l'eau chaude n'est pas produite par un "
                "ballon électrique à résistance du logement."
            )
    battery, battery_eur = None, 0.0
    if options.battery:
        capacity, power, default = battery_defaults()
        if options.battery_kwh is not None:
            capacity = options.battery_kwh
            power = options.battery_kw or capacity / 2.0
        else:
            sources.append(default.describe())
        battery = Battery(capacity, power)
        cost = assumption(
            "battery_cost_eur_per_kwh_ttc", "Coût installé de la batterie", "€ TTC/kWh"
        )
        battery_eur = capacity * cost.value
        sources.append(cost.describe())
        notes.append(
            "Batterie comptée à l'achat (TVA 20 % comprise) ; son remplacement (durée de vie "
            "10 à 15 ans) n'est pas compté dans la valeur sur 20 ans."
        )
    return HouseholdSetup(load, battery, diverter, battery_eur, tuple(notes), tuple(sources))


def _diverter(dwelling: Dwelling) -> HotWaterDiverter:
    """The PV router on the existing tank: the tank's daily need (3CL-DPE draws + standing
    losses at the class C limit) at the element's power, as the load profile counts them."""
    spec = read_json("load_profile.json")["hot_water"]
    litres = dwelling.hot_water.tank_litres or float(spec["tank_litres"])
    setpoint = float(spec["setpoint_c"])
    losses_kwh_day = (
        tank_loss_coefficient_w_k(litres) * 24.0 / 1000.0 * (setpoint - spec["room_temperature_c"])
    )
    need = hot_water_need_kwh_per_day(dwelling.occupants) + losses_kwh_day
    return HotWaterDiverter(
        litres, tuple(float(v) for v in need), float(spec["joule_power_kw"]), setpoint_c=setpoint
    )


def evaluate_size(
    production_kwh: FloatArray,
    allocation: tuple[tuple[str, float], ...],
    setup: HouseholdSetup,
    options: HouseholdOptions,
    at: date,
    *,
    with_battery: bool = True,
) -> tuple[SizeResult, PvEconomics]:
    """Self-consumption and economics of one size (its hourly ``production_kwh``)."""
    battery = setup.battery if with_battery else None
    load = setup.load.without("hot_water") if setup.diverter else setup.load.total_kwh
    flows = match(production_kwh, load, battery=battery, diverter=setup.diverter)
    kwp = round(sum(share for _, share in allocation), 3)
    project = PvProject(
        kwp,
        flows.avoided_import_kwh,
        flows.export_kwh,
        at,
        reduced_vat_criteria=options.reduced_vat_criteria,
    )
    money = pv_economics(project, options.electricity_eur_kwh)
    battery_eur = setup.battery_eur_ttc if battery is not None else 0.0
    result = SizeResult(
        peak_kwp=kwp,
        allocation=dict(allocation),
        production_kwh=flows.production_kwh,
        consumption_kwh=flows.consumption_kwh,
        self_consumed_kwh=flows.self_consumed_kwh,
        avoided_import_kwh=flows.avoided_import_kwh,
        export_kwh=flows.export_kwh,
        self_consumption_pct=100.0 * flows.self_consumption_rate,
        self_sufficiency_pct=100.0 * flows.self_sufficiency_rate,
        hot_water_from_pv_kwh=flows.hot_water_from_pv_kwh,
        battery_kwh=battery.capacity_kwh if battery is not None else None,
        economics=SizeEconomics(
            investment_ht_eur=money.investment_ht_eur,
            investment_ttc_eur=money.investment_ttc_eur + battery_eur,
            battery_ttc_eur=battery_eur,
            bonus_eur=money.bonus_eur,
            vat_label=money.rules.vat_label,
            central=_with_battery(money, money.central, battery_eur),
            price_minus_20pct=_with_battery(money, money.sensitivity[-0.20], battery_eur),
            price_plus_20pct=_with_battery(money, money.sensitivity[0.20], battery_eur),
        ),
    )
    return result, money


def _with_battery(money: PvEconomics, outcome: Outcome, battery_eur: float) -> Money:
    """An outcome of the PV economics with the battery's price added at year 0."""
    first = outcome.first_year_savings_eur
    paid = money.investment_ttc_eur + battery_eur - money.bonus_eur
    return Money(
        electricity_eur_kwh=outcome.electricity_eur_kwh,
        first_year_savings_eur=first,
        payback_years=paid / first if first > 0 else None,
        npv_20y_eur=outcome.net_present_value_eur - battery_eur,
    )


def tariff_lines(rules: PvRules, user_price: bool) -> list[str]:
    """Every tariff, tax, price and assumption used, with its source and period in force."""
    data = read_json("pv_economics.json")
    lines = []
    for section, name in TARIFF_SECTIONS:
        value = getattr(rules, name)
        if name == "electricity_eur_kwh" and user_price:
            lines.append(value.describe())
            continue
        entry = entry_at(data[section], rules.at, section, "pv_economics.json")
        start = date.fromisoformat(entry["valid_from"])
        end = entry["valid_until"]
        period = f"en vigueur depuis le {start:%d/%m/%Y}" + (
            f" jusqu'au {date.fromisoformat(end):%d/%m/%Y}" if end else ", sans date de fin connue"
        )
        lines.append(f"{value.describe()} [{period}]")
    used = {getattr(rules, name) for _, name in TARIFF_SECTIONS}
    lines += [v.describe() for v in rules.sourced_values() if v not in used]
    return list(dict.fromkeys(lines))
