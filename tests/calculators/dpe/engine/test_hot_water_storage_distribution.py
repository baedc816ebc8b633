"""Hot-water distribution and storage (3CL-DPE 2021, annex 1, §11.5 and §11.6).

References: the §11.5.1/§11.5.2 tables of Rd, the §11.6.2 table of Cr, the formulas
Qg,w = 67662 × Vs^0.55 (§11.6.1), Qg,w = 8592 × 45 / 24 × Vs × Cr (§11.6.2) and
Rs = 1 / (1 + Qg,w × Rd / Becs), × 1.08 for category C (§11.6.3), worked by hand below.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.hot_water.collective import (
    equivalent_storage_losses_wh,
    flat_consumption_kwh,
    flat_share,
)
from calculators.dpe.engine.hot_water.distribution import (
    CollectiveNetwork,
    collective_distribution_efficiency,
    distribution_efficiency_from_table,
    individual_distribution_efficiency,
)
from calculators.dpe.engine.hot_water.storage import (
    ElectricTank,
    electric_storage_efficiency,
    electric_tank_losses_wh,
    storage_losses_accumulation_wh,
    tank_loss_coefficient,
)
from calculators.dpe.engine.systems_coefficients import SystemsInputError

# Hand computations are exact up to float rounding.
EXACT = 1e-9


@pytest.mark.parametrize(
    ("in_volume", "contiguous", "rd"),
    [(True, True, 0.93), (True, False, 0.87), (False, True, 0.83), (False, False, 0.83)],
)
def test_individual_distribution(in_volume: bool, contiguous: bool, rd: float) -> None:
    assert individual_distribution_efficiency(in_volume, contiguous) == rd  # §11.5.1 table


@pytest.mark.parametrize(
    ("network", "contiguous", "rd"),
    [
        (CollectiveNetwork.NON_ISOLE, True, 0.28),
        (CollectiveNetwork.NON_ISOLE, False, 0.26),
        (CollectiveNetwork.ISOLE_BOUCLE, True, 0.55),
        (CollectiveNetwork.ISOLE_BOUCLE, False, 0.52),
        (CollectiveNetwork.ISOLE_TRACE_OU_SIMPLE, False, 0.83),
    ],
)
def test_collective_distribution(network: CollectiveNetwork, contiguous: bool, rd: float) -> None:
    assert collective_distribution_efficiency(network, contiguous) == rd  # §11.5.2 table


def test_distribution_row_of_a_file() -> None:
    assert distribution_efficiency_from_table(2) == 0.87


@pytest.mark.parametrize(
    ("tank", "volume", "cr"),
    [
        (ElectricTank.HORIZONTAL, 100.0, 0.39),  # ≤ 100 L
        (ElectricTank.VERTICAL_AUTRE_OU_INCONNUE, 150.0, 0.23),  # 100 < V ≤ 200
        (ElectricTank.VERTICAL_CATEGORIE_B, 250.0, 0.2),  # 200 < V ≤ 300
        (ElectricTank.VERTICAL_CATEGORIE_C, 400.0, 0.16),  # > 300
    ],
)
def test_cr_table(tank: ElectricTank, volume: float, cr: float) -> None:
    assert tank_loss_coefficient(tank, volume) == cr  # §11.6.2 table


def test_electric_tank_of_category_b() -> None:
    # 200 L, Cr 0.22: Qg,w = 8592 × 45 / 24 × 200 × 0.22 = 708 840 Wh; Becs 2000 kWh, Rd 0.93:
    # Rs = 1 / (1 + 708 840 × 0.93 / 2 000 000) = 0.7520999.
    losses = electric_tank_losses_wh(ElectricTank.VERTICAL_CATEGORIE_B, 200.0)
    assert losses == pytest.approx(708_840.0, rel=EXACT)
    rs = electric_storage_efficiency(losses, 2000.0, 0.93, ElectricTank.VERTICAL_CATEGORIE_B)
    assert rs == pytest.approx(0.7520999005272672, rel=EXACT)


def test_category_c_bonus() -> None:
    # 150 L, Cr 0.2: Qg,w = 483 300 Wh; Rs = 1.08 / (1 + 483 300 × 0.93 / 2e6) = 0.8818238.
    losses = electric_tank_losses_wh(ElectricTank.VERTICAL_CATEGORIE_C, 150.0)
    rs = electric_storage_efficiency(losses, 2000.0, 0.93, ElectricTank.VERTICAL_CATEGORIE_C)
    assert rs == pytest.approx(0.8818237748671243, rel=EXACT)


def test_accumulation_tank_losses() -> None:
    # §11.6.1: 67662 × 100^0.55 = 851 814.1 Wh.
    assert storage_losses_accumulation_wh(100.0) == pytest.approx(851_814.1121281696, rel=EXACT)


def test_collective_scaling_of_section_17() -> None:
    # §17.2.1: a = 60 / 1200 = 0.05; the flat bears a × Qg,w of the collective tank.
    share = flat_share(60.0, 1200.0)
    assert share == pytest.approx(0.05, rel=EXACT)
    assert equivalent_storage_losses_wh(1_000_000.0, share) == pytest.approx(50_000.0)
    assert flat_consumption_kwh(100_000.0, 0.02) == pytest.approx(2000.0)  # §17.2.2 key


def test_errors_name_the_field() -> None:
    with pytest.raises(SystemsInputError, match="besoin d'ECS"):
        electric_storage_efficiency(1000.0, 0.0, 0.93, ElectricTank.HORIZONTAL)
    with pytest.raises(SystemsInputError, match="volume du ballon"):
        tank_loss_coefficient(ElectricTank.HORIZONTAL, -1.0)
