"""Load-profile generation efficiency of combustion generators (3CL-DPE 2021, §13.2).

Each expected Rg was worked by hand from the method text (independently of the code): PCI
efficiencies divided by kPCS/PCI (§13.2.1.4), QP30/QP100 from §13.2.1.5–13.2.1.6 (or QP50 for
wood, §13.2.2.3), loads Tchx = min(x / Cdimref, 1) except the 95 % class (§13.2.1.2), then
Rg = k × Pmfou / (Pmcons + 0,45 QP0 + Pveil) (§13.2.3–13.2.4). Intermediate values are in the
comments. Tolerance: 1e-6 relative, the hand computation kept 15 significant digits.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.combustion import (
    BoilerTechnology,
    CombustionCharacteristics,
    generation_efficiency,
    load_rates,
    losses_at_load,
    sizing_ratio,
)

HAND = 1e-6
K_GAS, K_WOOD = 1.11, 1.08  # §13.2.1.4
GV, TBASE = 200.0, -9.5  # W/K; H1a below 400 m (§18.1)


def _standard_gas_24kw() -> CombustionCharacteristics:
    # Gas standard boiler 2001–2015, Pn 24 kW (§13.2.2): Rpn = 84 + 2 log 24 = 86,7604 %,
    # Rpint = 80 + 3 log 24 = 84,1406 %, QP0 = 1 % Pn = 0,24 kW; no burner regulation so
    # Tfonc_100 = 80 °C (high temperature emitters before 1981) enters QP30 too.
    return CombustionCharacteristics(
        technology=BoilerTechnology.STANDARD,
        pn_kw=24,
        rpn=(84 + 2 * math.log10(24)) / 100,
        rpint=(80 + 3 * math.log10(24)) / 100,
        qp0_kw=0.24,
        temp_fonc_30_c=59,
        temp_fonc_100_c=80,
    )


def test_sizing_ratio_worked_example() -> None:
    # Cdimref = 1000 × 24 / (200 × (19 − (−9,5))) = 24000 / 5700 = 4,210526 (§13.2.1.2).
    assert sizing_ratio(24, GV, 19, TBASE) == pytest.approx(24000 / 5700, rel=1e-12)


def test_load_rates_follow_the_profile_stretched_by_cdimref() -> None:
    rates = load_rates(24000 / 5700)
    # Tch5 = 0,05 / 4,2105 = 0,011875; … Tch85 = 0,201875; the 90–100 % class stays 0,95.
    assert rates[0] == pytest.approx(0.011875, rel=1e-9)
    assert rates[8] == pytest.approx(0.201875, rel=1e-9)
    assert rates[9] == 0.95
    # An undersized generator (Cdimref 0,5) runs at full load from the 55 % class on.
    assert load_rates(0.5)[5] == 1.0


def test_standard_boiler_worked_example() -> None:
    # PCS: Rpn 78,16254 %, Rpint 75,80237 %, QP0 0,2664 kW. R30 = Rpint + 0,1 (50 − 80) =
    # 72,80237 → QP30 = 0,3 × 24 × (100 − R30) / R30 = 2,689788 kW; R100 = Rpn + 0,1 (70 − 80)
    # = 77,16254 → QP100 = 7,103174 kW. Below 30 %: QPx = (QP30 − 0,15 QP0) x / 0,3 + 0,15 QP0.
    # Pmfou = 1,80975 kW, Pmcons = 2,515755 kW → Rg = 1,11 × 1,80975 / (2,515755 + 0,45 ×
    # 0,2664) = 0,762178.
    rates = load_rates(sizing_ratio(24, GV, 19, TBASE))
    assert generation_efficiency(_standard_gas_24kw(), K_GAS, rates) == pytest.approx(
        0.7621777481634626, rel=HAND
    )


def test_losses_at_the_standard_points() -> None:
    gen = _standard_gas_24kw()
    # QP(0) = 0,15 × QP0 (PCS) = 0,03996 kW; QP(0,3) = QP30; QP(1) = QP100 (values above).
    assert losses_at_load(0.0, gen, K_GAS) == pytest.approx(0.15 * 0.2664, rel=1e-9)
    assert losses_at_load(0.3, gen, K_GAS) == pytest.approx(2.689787558384437, rel=HAND)
    assert losses_at_load(1.0, gen, K_GAS) == pytest.approx(7.1031740738417355, rel=HAND)


def test_condensing_boiler_worked_example() -> None:
    # Gas condensing after 2015, Pn 24 kW, fan in the flue circuit (E 1,75, F −0,55):
    # Rpn = 91 + 3 log 24 = 95,1406 %, Rpint = 103 + 2,5 log 24 = 106,4505 %,
    # QP0 = 24 × (1,75 − 0,55 log 24) / 100 = 0,237812 kW. Burner regulation: Tfonc_30 = 32,
    # Tfonc_100 = 60 °C (medium temperature after 2000). R30 = Rpint/k + 0,2 (33 − 32) =
    # 96,10138 → QP30 = 0,292088; R100 = Rpn/k + 0,1 (70 − 60) = 86,71228 → QP100 = 3,677740;
    # QP15 = QP30 / 2. Pmfou = 1,80975, Pmcons = 1,903444 → Rg = 0,993369.
    gen = CombustionCharacteristics(
        technology=BoilerTechnology.CONDENSATION,
        pn_kw=24,
        rpn=(91 + 3 * math.log10(24)) / 100,
        rpint=(103 + 2.5 * math.log10(24)) / 100,
        qp0_kw=24 * (1.75 - 0.55 * math.log10(24)) / 100,
        temp_fonc_30_c=32,
        temp_fonc_100_c=60,
        regulation_combustion=True,
    )
    rates = load_rates(sizing_ratio(24, GV, 19, TBASE))
    assert generation_efficiency(gen, K_GAS, rates) == pytest.approx(0.9933694171019722, rel=HAND)


def test_wood_boiler_worked_example() -> None:
    # Log boiler 2013–2017, Pn 18 kW (§13.2.2.3): Rpn = 67 + 6 log 18 = 74,5316 %, Rpint =
    # 75,5316 %, QP0 = 0,085 × 18 × 18^−0,4 = 0,481485 kW; k = 1,08. Cdimref = 18000 / 5700 =
    # 3,157895. QP50 = 0,5 × 18 × (100 − Rpint/k) / (Rpint/k) = 3,868780, QP100 = 8,082884.
    # Rg = 0,677712.
    gen = CombustionCharacteristics(
        technology=BoilerTechnology.BOIS,
        pn_kw=18,
        rpn=(67 + 6 * math.log10(18)) / 100,
        rpint=(68 + 6 * math.log10(18)) / 100,
        qp0_kw=0.085 * 18 * 18**-0.4,
    )
    rates = load_rates(sizing_ratio(18, GV, 19, TBASE))
    assert generation_efficiency(gen, K_WOOD, rates) == pytest.approx(0.6777115408701496, rel=HAND)


def test_gas_radiator_has_a_load_independent_efficiency() -> None:
    # §13.2.2.2: QPx = 1,04 (100 − Rpn) / Rpn × Pn × x and no QP0, so Rg = k / (1 + 1,04 (100 −
    # Rpn)/Rpn) whatever the loads: Rpn 80 % (new, Pn < 5 kW) → Rpn/k = 72,072 → Rg = 0,791162.
    gen = CombustionCharacteristics(BoilerTechnology.RADIATEUR_GAZ, 4, 0.80, None, 0.0)
    for cdimref in (0.8, 2.8, 6.0):
        rg = generation_efficiency(gen, K_GAS, load_rates(cdimref))
        assert rg == pytest.approx(0.7911617961511047, rel=HAND)


def test_pilot_light_lowers_efficiency() -> None:
    # A pilot light of 120 W (§13.2.2, 1991–2000 boilers) adds Pveil × k to the denominator.
    rates = load_rates(sizing_ratio(24, GV, 19, TBASE))
    base = _standard_gas_24kw()
    with_pilot = replace(base, pveil_kw=0.12)
    expected = K_GAS * 1.80975 / (2.5157551977480885 + 0.45 * 0.2664 + 0.12 * K_GAS)
    assert generation_efficiency(with_pilot, K_GAS, rates) == pytest.approx(expected, rel=HAND)


def test_depensier_behaviour_sizes_on_21_degrees() -> None:
    # Tcons 21 °C enlarges the sizing base (§13.2.1.2): the boiler runs at higher loads and its
    # Rg is higher than at 19 °C for this oversized boiler.
    gen = _standard_gas_24kw()
    rg19 = generation_efficiency(gen, K_GAS, load_rates(sizing_ratio(24, GV, 19, TBASE)))
    rg21 = generation_efficiency(gen, K_GAS, load_rates(sizing_ratio(24, GV, 21, TBASE)))
    assert rg21 > rg19


def test_cascade_with_priority_loads_the_first_generator_first() -> None:
    # §13.2.1.3.1, Prel 0,6 / 0,4, Tchx_dim = 0,3: the priority generator takes min(0,6; 0,3)
    # = 0,3 → rate 0,5; the second gets min(0,4; 0,3 − 0,3) = 0 → rate 0.
    cdimref = 0.05 / 0.3  # so that Tch5_dim = 0,3
    assert load_rates(cdimref, 0.6, priority=True)[0] == pytest.approx(0.5, rel=1e-12)
    assert load_rates(cdimref, 0.4, priority=False)[0] == pytest.approx(0.0, abs=1e-12)
    # Without priority both run at the system's rate (§13.2.1.3.2).
    assert load_rates(cdimref, 0.4, priority=None)[0] == pytest.approx(0.3, rel=1e-12)


def test_inputs_are_checked() -> None:
    with pytest.raises(HeatingInputError, match="température de base"):
        sizing_ratio(24, GV, 19, 20)
    gen = CombustionCharacteristics(BoilerTechnology.STANDARD, 24, 0.87, 0.84, 0.24)
    with pytest.raises(HeatingInputError, match="température de fonctionnement"):
        losses_at_load(0.2, gen, K_GAS)

