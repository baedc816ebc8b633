"""Self-consumption: the vectorised matching checked against a slow hour-by-hour reference.

Reference: the energy-flow rules written in ``calculators/solar/self_consumption.py``'s module
docstring (priority loads → router → battery → export), re-implemented below as the most
literal loop over hours and days (Friture's habit: fast code against a slow oracle). The
energy balance (production + import = consumption + export + battery losses) holds exactly.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from calculators.solar.errors import SolarInputError
from calculators.solar.self_consumption import Battery, HotWaterDiverter, match

HOURS = 8760
ABS_KWH = 1e-9
"""Per-hour tolerance: both sides add the same floats in a different order."""


def synthetic_year(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Deterministic PV (a daily bell × seasonal factor × a reproducible "cloud" draw) and a
    load with morning and evening peaks, both in kWh per UTC hour."""
    rng = np.random.default_rng(seed)
    hours = np.arange(HOURS)
    hour_of_day = hours % 24
    season = 0.6 + 0.4 * np.sin(2 * np.pi * (hours / HOURS - 0.22))
    bell = np.clip(np.sin(np.pi * (hour_of_day - 4) / 15), 0.0, None)
    pv = 3.0 * bell * season * rng.uniform(0.1, 1.0, HOURS)
    load = 0.25 + 0.6 * np.exp(-(((hour_of_day - 18) / 2.5) ** 2)) + rng.uniform(0, 0.4, HOURS)
    return pv, load


def reference(pv, load, battery=None, diverter=None):
    """Hour by hour, day by day, with plain Python floats: the documented rules, literally."""
    direct = [min(p, q) for p, q in zip(pv, load, strict=True)]
    surplus = [p - d for p, d in zip(pv, direct, strict=True)]
    deficit = [q - d for q, d in zip(load, direct, strict=True)]
    diverted = [0.0] * HOURS
    reheat = [0.0] * HOURS
    need_total = 0.0
    if diverter is not None:
        needs = diverter.daily_needs_kwh().tolist()
        need_total = sum(needs)
        power = diverter.max_power_kw
        missing = []
        for day in range(365):
            budget = min(needs[day], diverter.capacity_kwh)
            used = 0.0
            for h in range(24):
                t = day * 24 + h
                take = max(0.0, min(surplus[t], power, budget - used))
                used += take
                diverted[t] = take
                surplus[t] -= take
            missing.append(needs[day] - used)
        for day in range(365):
            left = missing[day - 1]  # yesterday's shortfall (day 0 takes 31 December's)
            for h in range(24):
                t = day * 24 + h
                heat = min(left, power)
                left -= heat
                from_sun = min(surplus[t], heat)
                surplus[t] -= from_sun
                diverted[t] += from_sun
                reheat[t] = heat - from_sun
                deficit[t] += heat - from_sun
    charge = [0.0] * HOURS
    discharge = [0.0] * HOURS
    if battery is not None:
        eta = math.sqrt(battery.round_trip_efficiency)
        low = battery.min_soc * battery.capacity_kwh
        stored = low
        for _ in range(2):
            for t in range(HOURS):
                room = max(battery.capacity_kwh - stored, 0.0)
                charge[t] = min(surplus[t], battery.power_kw, room / eta)
                stored += charge[t] * eta
                available = max(stored - low, 0.0)
                discharge[t] = min(deficit[t], battery.power_kw, available * eta)
                stored -= discharge[t] / eta
    export = [s - c for s, c in zip(surplus, charge, strict=True)]
    grid = [d - c for d, c in zip(deficit, discharge, strict=True)]
    return {
        "direct": direct,
        "diverted": diverted,
        "reheat": reheat,
        "battery_charge": charge,
        "battery_discharge": discharge,
        "export": export,
        "grid_import": grid,
        "consumption": sum(load) + need_total,
    }


CASES = {
    "sans stockage": {},
    "batterie": {"battery": Battery(5.0, 2.5, 0.9, 0.1)},
    "routeur": {"diverter": HotWaterDiverter(200.0, 7.5, 2.2)},
    "routeur et batterie": {
        "battery": Battery(3.0, 1.5, 0.85, 0.2),
        "diverter": HotWaterDiverter(150.0, tuple(5.0 + 3.0 * np.cos(np.arange(365) / 58)), 1.5),
    },
}


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("case", list(CASES))
def test_vectorised_flows_match_the_hourly_reference(case: str, seed: int) -> None:
    pv, load = synthetic_year(seed)
    options = CASES[case]
    result = match(pv, load, **options)
    expected = reference(pv.tolist(), load.tolist(), **options)
    for name in ("direct", "diverted", "reheat", "battery_charge", "battery_discharge"):
        assert getattr(result.flows, name) == pytest.approx(expected[name], abs=ABS_KWH), name
    assert result.flows.export == pytest.approx(expected["export"], abs=ABS_KWH)
    assert result.flows.grid_import == pytest.approx(expected["grid_import"], abs=ABS_KWH)
    assert result.consumption_kwh == pytest.approx(expected["consumption"], rel=1e-12)


@pytest.mark.parametrize("case", list(CASES))
def test_energy_balance_and_rates(case: str) -> None:
    pv, load = synthetic_year(3)
    r = match(pv, load, **CASES[case])
    # Production + import = consumption + export + battery losses, to float rounding.
    assert r.production_kwh + r.grid_import_kwh == pytest.approx(
        r.consumption_kwh + r.export_kwh + r.battery_losses_kwh, rel=1e-12
    )
    assert r.self_consumed_kwh == pytest.approx(r.production_kwh - r.export_kwh, rel=1e-12)
    assert 0.0 <= r.self_consumption_rate <= 1.0
    assert 0.0 <= r.self_sufficiency_rate <= 1.0
    flows = r.flows
    for values in (flows.export, flows.grid_import, flows.battery_charge, flows.diverted):
        assert np.all(values >= -ABS_KWH) and np.all(np.isfinite(values))


def test_storage_raises_self_consumption() -> None:
    pv, load = synthetic_year(4)
    plain = match(pv, load)
    stored = match(pv, load, battery=Battery(5.0, 2.5))
    assert stored.self_consumption_rate > plain.self_consumption_rate
    assert stored.self_sufficiency_rate > plain.self_sufficiency_rate


def test_hand_case_half_of_a_flat_production_is_used() -> None:
    # 1 kWh produced and 0.5 kWh consumed every hour: half the production is used on site,
    # the whole consumption is covered.
    r = match(np.ones(HOURS), np.full(HOURS, 0.5))
    assert r.self_consumption_rate == pytest.approx(0.5)
    assert r.self_sufficiency_rate == pytest.approx(1.0)
    assert r.export_kwh == pytest.approx(0.5 * HOURS)


def test_router_covers_the_whole_need_on_endless_sun() -> None:
    # 2 kWh of surplus every hour: the router supplies each day's 6 kWh, nothing from the grid.
    r = match(np.full(HOURS, 2.0), np.zeros(HOURS), diverter=HotWaterDiverter(200.0, 6.0, 2.0))
    assert r.hot_water_from_pv_kwh == pytest.approx(6.0 * 365)
    assert r.grid_import_kwh == pytest.approx(0.0, abs=1e-9)


def test_no_production_gives_zero_rates_not_nan() -> None:
    r = match(np.zeros(HOURS), np.full(HOURS, 0.3), battery=Battery(5.0, 2.5))
    assert r.self_consumption_rate == 0.0 and r.self_sufficiency_rate == 0.0
    assert r.grid_import_kwh == pytest.approx(0.3 * HOURS)


@pytest.mark.parametrize(
    ("production", "load", "field"),
    [
        (np.ones(100), np.ones(HOURS), "production"),
        (np.ones(HOURS), -np.ones(HOURS), "consommation"),
        (np.r_[np.ones(HOURS - 1), np.nan], np.ones(HOURS), "production"),
        ("beaucoup", np.ones(HOURS), "production"),
    ],
)
def test_bad_arrays_are_refused_with_the_field(production, load, field) -> None:
    with pytest.raises(SolarInputError) as caught:
        match(production, load)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Battery(-1.0, 2.0), "batterie_capacite"),
        (lambda: Battery(5.0, 2.0, round_trip_efficiency=1.2), "batterie_rendement"),
        (lambda: HotWaterDiverter(-200.0, 6.0, 2.0), "ballon"),
        (lambda: HotWaterDiverter(200.0, 60.0, 2.0), "besoin_eau_chaude"),
        (lambda: HotWaterDiverter(200.0, (1.0, 2.0), 2.0), "besoin_eau_chaude"),
    ],
)
def test_bad_equipment_is_refused_with_the_field(make, field) -> None:
    with pytest.raises(SolarInputError) as caught:
        make()
    assert caught.value.field == field
