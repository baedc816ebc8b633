"""Default boiler characteristics and operating temperatures (3CL-DPE 2021, §13.2.1.5–13.2.2).

Expected values are evaluated by hand from the tables printed in the method (§13.2.2 gas, oil,
wood and warm-air tables; Tfonc tables of §13.2.1.5–13.2.1.6), then compared with what the
code reads from the ADEME sheet. Tolerance 1e-9 relative: both sides evaluate the same closed
formulas (log base 10, Pn in kW).
"""

from __future__ import annotations

import math

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.combustion import BoilerTechnology
from calculators.dpe.engine.heating.combustion_defaults import (
    EmitterTemperature,
    default_characteristics,
    operating_temperatures,
    period_of_year,
)
from calculators.dpe.engine.heating.formulas import evaluate

REL = 1e-9
STD, COND = BoilerTechnology.STANDARD, BoilerTechnology.CONDENSATION


def test_standard_gas_boiler_2001_2015() -> None:
    # « Chaudière gaz standard 2001-2015 » (89): 84 + 2 logPn, 80 + 3 logPn, QP0 1 % Pn.
    d = default_characteristics(89, STD, 24, ventilateur=False)
    assert d.rpn == pytest.approx((84 + 2 * math.log10(24)) / 100, rel=REL)
    assert d.rpint == pytest.approx((80 + 3 * math.log10(24)) / 100, rel=REL)
    assert d.qp0_kw == pytest.approx(0.24, rel=REL)
    assert d.pveil_kw == 0.0


def test_standard_after_2015_qp0_depends_on_the_fan() -> None:
    # « Standard, à partir de 2016 » (90): QP0 = Pn (E + F logPn) / 100 [kW] with E = 1,75 and
    # F = −0,55 with a fan in the combustion circuit, 2,5 and −0,8 without (§13.2.2).
    fan = default_characteristics(90, STD, 24, ventilateur=True)
    no_fan = default_characteristics(90, STD, 24, ventilateur=False)
    assert fan.qp0_kw == pytest.approx(24 * (1.75 - 0.55 * math.log10(24)) / 100, rel=REL)
    assert no_fan.qp0_kw == pytest.approx(24 * (2.5 - 0.8 * math.log10(24)) / 100, rel=REL)


def test_condensing_after_2015_small() -> None:
    # « Condensation, à partir de 2016, Pn ≤ 70 kW »: 91 + 3 logPn, 103 + 2,5 logPn, 0,5 % Pn.
    d = default_characteristics(97, COND, 24, ventilateur=True)
    assert d.rpn == pytest.approx((91 + 3 * math.log10(24)) / 100, rel=REL)
    assert d.rpint == pytest.approx((103 + 2.5 * math.log10(24)) / 100, rel=REL)
    assert d.qp0_kw == pytest.approx(0.005 * 24, rel=REL)


@pytest.mark.parametrize(
    ("pn", "rpn", "rpint", "qp0"),
    [
        (100, 94 + 2, 105 + 0.5 * 2, 0.3),  # 70 < Pn ≤ 400: 94 + logPn, QP0 0,3 % Pn
        (983, 96.6, 106.3, 0.003 * 983),  # Pn > 400: fixed values, QP0 0,3 % (merged cell)
    ],
)
def test_large_condensing_boilers(pn: float, rpn: float, rpint: float, qp0: float) -> None:
    d = default_characteristics(97, COND, pn, ventilateur=True)
    assert (d.rpn, d.rpint, d.qp0_kw) == pytest.approx((rpn / 100, rpint / 100, qp0), rel=REL)


def test_condensing_2001_2015_takes_the_merged_one_percent() -> None:
    # The PDF's merged cell gives QP0 = 1 % to the 1986–2015 condensing boilers; the ADEME
    # sheet leaves it empty (coefficients.json records the reading).
    assert default_characteristics(96, COND, 24, ventilateur=True).qp0_kw == pytest.approx(0.24)


def test_wood_and_warm_air_generators() -> None:
    # « Chaudière bois bûche < 1978 », Pn ≤ 70: 47 + 6 logPn and QP0 = 0,08 Pn Pn^−0,27 [kW].
    wood = default_characteristics(55, BoilerTechnology.BOIS, 24, ventilateur=False)
    assert wood.rpn == pytest.approx((47 + 6 * math.log10(24)) / 100, rel=REL)
    assert wood.qp0_kw == pytest.approx(0.08 * 24 * 24**-0.27, rel=REL)
    # Warm air before 2006: Rpn 77 %, Rpint 74 %, QP0 = Pn (1,75 − 0,55 logPn) / 100 (§13.2.2.1).
    air = default_characteristics(50, BoilerTechnology.AIR_CHAUD, 18, ventilateur=True)
    assert (air.rpn, air.rpint) == pytest.approx((0.77, 0.74), rel=REL)
    assert air.qp0_kw == pytest.approx(18 * (1.75 - 0.55 * math.log10(18)) / 100, rel=REL)


def test_pilot_light_counts_only_when_present() -> None:
    # « Chaudière gaz classique avant 1981 »: QP0 4 % Pn, pilot light 240 W « si veilleuse ».
    assert default_characteristics(85, STD, 24, ventilateur=False).pveil_kw == 0.0
    lit = default_characteristics(85, STD, 24, ventilateur=False, veilleuse=True)
    assert lit.pveil_kw == pytest.approx(0.24, rel=REL)
    assert lit.qp0_kw == pytest.approx(0.96, rel=REL)


def test_virtualised_collective_boiler() -> None:
    # §17.2.1.1: a flat's share a = 0,02 of a 300 kW gas standard boiler 1991–2000 (88):
    # formulas at the collective Pn = 6 / 0,02 = 300 kW, QP0 = 1,2 % of the flat's 6 kW.
    d = default_characteristics(88, STD, 6, ventilateur=False, ratio_virtualisation=0.02)
    assert d.rpn == pytest.approx((84 + 2 * math.log10(300)) / 100, rel=REL)
    assert d.qp0_kw == pytest.approx(0.012 * 6, rel=REL)


def test_unknown_generator_type_is_refused() -> None:
    with pytest.raises(HeatingInputError, match="caractéristiques par défaut"):
        default_characteristics(98, STD, 24, ventilateur=False)


@pytest.mark.parametrize(
    ("generator", "emitters", "expected"),
    [
        # Condensing, radiators on a medium-temperature network after 2000: (32, 60).
        (96, [EmitterTemperature(3, 3, 38)], (32.0, 60.0)),
        # A heating floor declared « moyenne » reads the « basse / plancher » row: (24,5, 35).
        (96, [EmitterTemperature(3, 3, 14)], (24.5, 35.0)),
        # Radiators declared « basse » are read as « moyenne » (only floors run low).
        (96, [EmitterTemperature(2, 3, 38)], (32.0, 60.0)),
        # The highest temperature of the emitters counts: high before 1981 → (38, 80).
        (96, [EmitterTemperature(3, 3, 38), EmitterTemperature(4, 1, 32)], (38.0, 80.0)),
        # Standard boiler since 1991, high temperature, 1981–2000: (52,5, 70).
        (89, [EmitterTemperature(4, 2, 34)], (52.5, 70.0)),
        # Low-temperature boiler, medium, before 1981: (48,5, 80).
        (92, [EmitterTemperature(3, 1, 38)], (48.5, 80.0)),
        # Classique boiler up to 1990, high, before 1981: (59, 80).
        (75, [EmitterTemperature(4, 1, 30)], (59.0, 80.0)),
        # Emitters without a network give no temperature.
        (96, [EmitterTemperature(1, 3, 1)], (None, None)),
    ],
)
def test_operating_temperatures(
    generator: int, emitters: list[EmitterTemperature], expected: tuple[float | None, ...]
) -> None:
    assert operating_temperatures(generator, emitters) == expected


def test_unknown_installation_period_takes_the_construction_year() -> None:
    # §13.2.1.5: « Si l'année d'installation des émetteurs est inconnue, prendre l'année de
    # construction du bâtiment ».
    assert [period_of_year(y) for y in (1948, 1981, 2000, 2001)] == [1, 2, 2, 3]


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("84 + 2 logPn", 84 + 2 * math.log10(24)),
        ("87,5 + 1,5logPn", 87.5 + 1.5 * math.log10(24)),
        ("0,085*Pn*(Pn)^-0,4", 0.085 * 24 * 24**-0.4),
        ("Pn * (E + F * logPn) / 100", 24 * (1.75 - 0.55 * math.log10(24)) / 100),
        (96.6, 96.6),
    ],
)
def test_table_formulas(formula: str | float, expected: float) -> None:
    assert evaluate(formula, 24, 1.75, -0.55) == pytest.approx(expected, rel=REL)


@pytest.mark.parametrize("formula", ["__import__('os')", "Pn.real", "open('x')", "84 +"])
def test_table_formulas_refuse_anything_else(formula: str) -> None:
    with pytest.raises(HeatingInputError, match="formule"):
        evaluate(formula, 24)
