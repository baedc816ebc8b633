"""Losses recovered for heating (3CL-DPE 2021, annex 1, §9.1.1, §11.6, §15.2.3), worked by
hand."""

from __future__ import annotations

import pytest

from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, monthly_climate
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.recovered_losses import (
    GeneratorLossesInput,
    GeneratorUse,
    HotWaterLossesInput,
    distribution_losses_heated_volume_wh,
    generator_recovered_wh,
    recovered_from_yearly_wh,
    recovered_losses,
    storage_losses_accumulation_wh,
    storage_losses_electric_wh,
)

BETHUNE = monthly_climate(ClimateZone.H1A, AltitudeClass.BELOW_400)
BECS_WH = 1_391_100.0
"""Becs of a 120 m² house in H1a (test_needs_hot_water)."""
BOILER = GeneratorLossesInput(qp0_w=150.0, pn_w=24000.0, use=GeneratorUse.CHAUFFAGE, ventouse=False)


def test_storage_losses() -> None:
    # §11.6.1: Qg,w = 67662 × 200^0.55 = 67662 × 18.43147 = 1,247,129 Wh/yr.
    # §11.6.2: electric 200 L « vertical autres ou inconnue » Cr = 0.23 (100 < V ≤ 200):
    # 8592 × 45 / 24 × 200 × 0.23 = 16,110 × 46 = 741,060 Wh/yr.
    # Tolerance 1e-6 relative: 200^0.55 by hand to 7 digits; the electric case is exact.
    assert storage_losses_accumulation_wh(200.0) == pytest.approx(1_247_129, rel=1e-6)
    assert storage_losses_electric_wh(200.0, 0.23) == pytest.approx(741_060.0, abs=1e-6)
    assert storage_losses_accumulation_wh(0.0) == 0.0


def test_distribution_losses_in_heated_volume() -> None:
    # §15.2.3: individual 0.5 × Lvc / Sh × Becs with Lvc = 0.2 × Sh × Ratecs → 0.1 × Becs;
    # collective adds 0.112 × Becs; two systems serve half each (Ratecs 0.5).
    single = HotWaterLossesInput(collective=False)
    assert distribution_losses_heated_volume_wh(BECS_WH, single) == pytest.approx(139_110.0)
    collective = HotWaterLossesInput(collective=True)
    assert distribution_losses_heated_volume_wh(BECS_WH, collective) == pytest.approx(
        0.212 * BECS_WH
    )
    half = HotWaterLossesInput(collective=False, share=0.5)
    assert distribution_losses_heated_volume_wh(BECS_WH, half) == pytest.approx(69_555.0)


def test_monthly_recovery_of_yearly_losses() -> None:
    # §9.1.1: 0.48 × Nrefj × Q / 8760; January H1a Nref 744 h:
    # 0.48 × 744 / 8760 × 139,110 = 5,671.11 Wh; July (no heating) 0.
    months = recovered_from_yearly_wh(139_110.0, BETHUNE.nref19)
    assert months[0] == pytest.approx(5671.11, rel=1e-6)
    assert months[6] == 0.0


@pytest.mark.parametrize(
    ("use", "need_kwh", "expected_wh"),
    [
        # §9.1.1, Qp0 150 W, Pn 24 kW, Cper 0.5, Nref 744 h:
        (GeneratorUse.CHAUFFAGE, 2000.0, 13_000.0),  # Dper = 1.3 × 2000 / (0.3 × 24) = 361.1 h
        (GeneratorUse.CHAUFFAGE, 10_000.0, 26_784.0),  # 1805.6 h capped at Nref 744 h
        (GeneratorUse.ECS, 2000.0, 5472.986),  # 744 × 1790 / 8760 = 152.03 h
        (GeneratorUse.CHAUFFAGE_ET_ECS, 2000.0, 18_472.986),  # 361.11 + 152.03 h
    ],
)
def test_generator_recovered(use: GeneratorUse, need_kwh: float, expected_wh: float) -> None:
    # Qgen_rec = 0.48 × 0.5 × 150 × Dper. Tolerance 1e-6 relative (hand values, 7 digits).
    generator = GeneratorLossesInput(150.0, 24000.0, use, ventouse=False)
    months = generator_recovered_wh(generator, (744.0,), (need_kwh,))
    assert months[0] == pytest.approx(expected_wh, rel=1e-6)


def test_room_sealed_generator_and_collective_storage() -> None:
    # Cper 0.75 for a room-sealed (« ventouse ») generator: 1.5 × the open one.
    sealed = GeneratorLossesInput(150.0, 24000.0, GeneratorUse.CHAUFFAGE, ventouse=True)
    open_ = generator_recovered_wh(BOILER, (744.0,), (2000.0,))[0]
    assert generator_recovered_wh(sealed, (744.0,), (2000.0,))[0] == pytest.approx(1.5 * open_)
    # Collective tanks are never recovered (§17.1.4.2): only distribution remains.
    tank = 1_000_000.0
    individual = recovered_losses(
        BECS_WH,
        [HotWaterLossesInput(False, storage_losses_wh=tank)],
        [],
        BETHUNE.nref19,
        (0.0,) * 12,
    )
    collective = recovered_losses(
        BECS_WH,
        [HotWaterLossesInput(True, storage_losses_wh=tank)],
        [],
        BETHUNE.nref19,
        (0.0,) * 12,
    )
    assert sum(individual.storage_wh) == pytest.approx(0.48 * sum(BETHUNE.nref19) / 8760 * tank)
    assert sum(collective.storage_wh) == 0.0
    assert sum(collective.total_wh) == pytest.approx(sum(collective.distribution_wh))
    # A program's reading may place a collective tank in the heated volume (DPEWIN, §9.1.1):
    # then it is recovered like an individual one.
    in_volume = recovered_losses(
        BECS_WH,
        [HotWaterLossesInput(True, storage_losses_wh=tank, collective_tank_in_volume=True)],
        [],
        BETHUNE.nref19,
        (0.0,) * 12,
    )
    assert sum(in_volume.storage_wh) == pytest.approx(sum(individual.storage_wh))


def test_bad_inputs() -> None:
    with pytest.raises(NeedsInputError, match="volume de stockage"):
        storage_losses_accumulation_wh(-10.0)
    with pytest.raises(NeedsInputError, match="Cr"):
        storage_losses_electric_wh(100.0, float("nan"))
    with pytest.raises(NeedsInputError, match="Qp0"):
        generator_recovered_wh(
            GeneratorLossesInput(-1.0, 24000.0, GeneratorUse.CHAUFFAGE, False), (744.0,), (1.0,)
        )
