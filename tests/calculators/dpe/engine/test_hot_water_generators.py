"""Hot-water generators and consumption (3CL-DPE 2021, annex 1, §11.2–§11.4, §14, §18.4).

References: §14.1.1 (instantaneous gas heater), §14.1.2 (boiler), §14.1.3 (gas accumulator),
the §13.2.2 default tables (ADEME ``generateur_combustion``), §14.2 COP table (``scop``), §14.3
(network substation), §18.4 (``facteur_couverture_solaire``), §11.2–§11.4 consumption, worked
by hand below; default values are also those of the corpus's certified engines where noted.
"""

from __future__ import annotations

import math

import pytest

from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.hot_water.combustion import (
    CombustionGenerator,
    boiler_efficiency,
    gas_accumulator_efficiency,
    instantaneous_heater_efficiency,
)
from calculators.dpe.engine.hot_water.combustion_defaults import (
    default_characteristics,
    default_characteristics_for_type,
)
from calculators.dpe.engine.hot_water.consumption import (
    GeneratorEfficiency,
    hot_water_consumption_kwh,
    solar_production_kwh,
    system_shares,
)
from calculators.dpe.engine.hot_water.district import substation_efficiency
from calculators.dpe.engine.hot_water.solar import SolarInstallation, default_solar_fraction
from calculators.dpe.engine.hot_water.storage import storage_losses_accumulation_wh
from calculators.dpe.engine.hot_water.thermodynamic import default_cop
from calculators.dpe.engine.systems_coefficients import SystemsInputError

# Hand computations are exact up to float rounding.
EXACT = 1e-9


def test_instantaneous_gas_heater() -> None:
    """§14.1.1, heater of 1990–2000 above 10 kW with a pilot: Rpn 82 %, QP0 1.2 % × 19.2 kW
    = 230.4 W, Pveil 120 W; Becs 2000 kWh:
    Rg = 1 / (1/0.82 + 1790 × 230.4 / 2e6 + 6970 × 120 / 2e6) = 0.5423228."""
    heater = default_characteristics_for_type(65, 19_200.0, pilot_light=True)
    assert (heater.rpn, heater.qp0_w, heater.pilot_w) == pytest.approx((0.82, 230.4, 120.0))
    assert instantaneous_heater_efficiency(heater, 2000.0) == pytest.approx(
        0.5423228199601464, rel=EXACT
    )


def test_boiler_with_tank() -> None:
    """§14.1.2, gas standard boiler 2001–2015 of 24 kW: Rpn = (84 + 2 log 24) % = 86.760 %,
    QP0 = 1 % × Pn = 240 W, no pilot; 100 L tank (Qg,w = 851 814 Wh); Becs 2000 kWh:
    Rg × Rs = 1 / (1/0.867604 + (1790 × 240 + 851 814) / 2e6) = 0.5576292."""
    boiler = default_characteristics(5, 24_000.0)
    assert boiler.rpn == pytest.approx(0.8676042248342322, rel=EXACT)
    losses = storage_losses_accumulation_wh(100.0)
    assert boiler_efficiency(boiler, 2000.0, losses) == pytest.approx(0.5576292142725217, rel=EXACT)


def test_gas_accumulator() -> None:
    """§14.1.3, Pn 5 kW so QP0 = 1.5 % × 5000 = 75 W, Rpn 84 %, Pveil 150 W, 150 L tank:
    Rg × Rs = 1 / (1/0.84 + (8592 × 75 + 67662 × 150^0.55) / 2e6 + 6970 × 150 / 2e6)."""
    accumulator = CombustionGenerator(pn_w=5000.0, rpn=0.84, qp0_w=0.0, pilot_w=150.0)
    losses = storage_losses_accumulation_wh(150.0)
    assert gas_accumulator_efficiency(accumulator, 2000.0, losses) == pytest.approx(
        0.3894480326597563, rel=EXACT
    )


def test_default_standby_losses_formulas() -> None:
    # §13.2.2: gas standard after 2015, no fan: QP0 = Pn (2.5 − 0.8 log Pn) / 100 kW = 335.0 W at
    # 24 kW; the corpus's certified engines give 334.999 W (2569E1572944R...).
    after_2015 = default_characteristics(6, 24_000.0)
    assert after_2015.qp0_w == pytest.approx(24 * (2.5 - 0.8 * math.log10(24)) * 10, rel=EXACT)
    # Wood log boiler 2013–2017 of 18 kW: Rpn = (67 + 6 log 18) %, QP0 = 0.085 × 18 × 18^−0.4
    # kW = 481.48 W, as in the corpus file 2287E1308066Q.
    wood = default_characteristics(40, 18_000.0)
    assert wood.rpn == pytest.approx(0.7453163503061984, rel=EXACT)
    assert wood.qp0_w == pytest.approx(481.48463076039997, rel=EXACT)
    # Gas condensing boiler after 2015 above 400 kW: Rpn 96.6 %, QP0 0.3 % (merged cell).
    big = default_characteristics(15, 983_000.0)
    assert (big.rpn, big.qp0_w) == pytest.approx((0.966, 2949.0))


def test_equivalent_generator_of_a_flat() -> None:
    plant = CombustionGenerator(pn_w=200_000.0, rpn=0.9, qp0_w=2000.0, pilot_w=150.0)
    flat = plant.scaled(0.01)  # §17.2.1: a × Pn, a × QP0, a × Pveil, same Rpn
    assert (flat.pn_w, flat.rpn, flat.qp0_w, flat.pilot_w) == pytest.approx((2000, 0.9, 20, 1.5))


@pytest.mark.parametrize(
    ("type_id", "zone", "cop"),
    [
        (6, ClimateZone.H1A, 2.5),  # CET on outdoor air after 2014, H1–H2
        (6, ClimateZone.H3, 2.8),  # same in H3
        (8, ClimateZone.H2B, 2.5),  # CET on exhaust air 2010–2014
        (10, ClimateZone.H1C, 2.0),  # double-service heat pump before 2010
    ],
)
def test_default_cop(type_id: int, zone: ClimateZone, cop: float) -> None:
    assert default_cop(type_id, zone) == cop  # §14.2 tables


def test_thermodynamic_consumption() -> None:
    # §14.2: Iecs = 1 / (Rd × COP); 1860 kWh, Rd 0.93, COP 2.5 → 800 kWh.
    assert hot_water_consumption_kwh(1860.0, 0.93, GeneratorEfficiency(2.5)) == pytest.approx(800.0)


def test_network_substation() -> None:
    assert substation_efficiency(insulated=True) == 0.9  # §14.3
    assert substation_efficiency(insulated=False) == 0.75


def test_solar_share_and_production() -> None:
    # §18.4: hot-water-only solar older than 5 years in H1a: 0.49 (house), 0.26 (flats).
    assert (
        default_solar_fraction(SolarInstallation.ECS_PLUS_DE_5_ANS, ClimateZone.H1A, True) == 0.49
    )
    assert (
        default_solar_fraction(SolarInstallation.ECS_PLUS_DE_5_ANS, ClimateZone.H1A, False) == 0.26
    )
    # §11.3: Cecs = Becs × (1 − Fecs) × Iecs; Prodecs = Becs × Fecs × Iecs (electric, Rs 0.8).
    efficiency = GeneratorEfficiency(1.0, 0.8)
    assert hot_water_consumption_kwh(2000.0, 0.93, efficiency, solar_fraction=0.5) == pytest.approx(
        1000 / (0.93 * 0.8), rel=EXACT
    )
    assert solar_production_kwh(2000.0, 0.93, efficiency, 0.5) == pytest.approx(1000 / 0.744)


def test_two_systems_share_the_need() -> None:
    assert system_shares(1) == (1.0,)
    assert system_shares(2) == (0.5, 0.5)  # §11.4
    with pytest.raises(SystemsInputError, match="3 systèmes"):
        system_shares(3)


def test_errors_name_the_field() -> None:
    with pytest.raises(SystemsInputError, match="Rpn"):
        instantaneous_heater_efficiency(CombustionGenerator(20_000, 0.0, 100.0), 1000.0)
    with pytest.raises(SystemsInputError, match="facteur de couverture solaire"):
        hot_water_consumption_kwh(1000.0, 0.9, GeneratorEfficiency(1.0), solar_fraction=1.5)
