"""Monthly heating need (3CL-DPE 2021, annex 1, §2, §6.1 and §9.1.1) worked by hand, and the
orchestrator :func:`compute_needs` on a Béthune house."""

from __future__ import annotations

import dataclasses

import pytest

from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    GlazingOrientation,
    GlazingTilt,
    monthly_climate,
)
from calculators.dpe.engine.gains import Glazing
from calculators.dpe.engine.heating_need import (
    HeatingMonths,
    free_gain_fraction,
    heating_months,
    net_need_kwh,
)
from calculators.dpe.engine.hot_water_need import HousingKind
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.engine.needs import NeedsInputs, compute_needs
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.recovered_losses import (
    GeneratorLossesInput,
    GeneratorUse,
    HotWaterLossesInput,
)

BETHUNE = monthly_climate(ClimateZone.H1A, AltitudeClass.BELOW_400)
ZERO = (0.0,) * 12


@pytest.mark.parametrize(
    ("x", "inertia", "expected"),
    [
        # §6.1: Fj = (X − X^a) / (1 − X^a).
        (0.5, InertiaClass.LEGERE, 0.392631),  # a 2.5: (0.5 − 0.176777) / 0.823223
        (0.5, InertiaClass.LOURDE, 0.455059),  # a 3.6: (0.5 − 0.082469) / 0.917531
        (0.5, InertiaClass.TRES_LOURDE, 0.455059),  # same exponent as « lourde »
        (0.25, InertiaClass.MOYENNE, 0.236293),  # a 2.9: (0.25 − 0.017948) / 0.982052
        (0.0, InertiaClass.MOYENNE, 0.0),
        (1.0, InertiaClass.MOYENNE, 1.9 / 2.9),  # limit (a − 1) / a at X = 1
    ],
)
def test_free_gain_fraction(x: float, inertia: InertiaClass, expected: float) -> None:
    # Tolerance 2e-6 absolute: hand values are rounded to 6 decimals.
    assert free_gain_fraction(x, inertia) == pytest.approx(expected, abs=2e-6)


def test_free_gain_fraction_is_continuous_at_one() -> None:
    left = free_gain_fraction(1 - 1e-7, InertiaClass.LEGERE)
    assert left == pytest.approx(free_gain_fraction(1.0, InertiaClass.LEGERE), abs=1e-6)


def test_need_without_gains_is_gv_times_degree_hours() -> None:
    # §2 with no gains: F = 0 and Bch = GV × ΣDH19 / 1000 = 200 × 60,585.1 / 1000
    # = 12,117.02 kWh for Béthune (§18.2.1 H1a). Exact up to float rounding.
    months = heating_months(200.0, BETHUNE.dh19, BETHUNE.nref19, ZERO, ZERO, InertiaClass.LEGERE)
    assert sum(months.need_before_recovery_kwh) == pytest.approx(12117.02, abs=1e-6)
    assert months.weighted_free_gain_fraction == 0.0


def test_one_month_with_gains() -> None:
    # January H1a: GV 100 W/K, DH 11,712.4 °C·h, gains 0.25 × GV × DH = 292,810 Wh → X = 0.25,
    # medium inertia: F = 0.236293, Bch = 100 × (1 − 0.236293) × 11,712.4 / 1000 = 894.485 kWh.
    # Tolerance 1e-6 relative: the hand F carries 6 digits.
    dh = (11712.4,) + (0.0,) * 11
    gains = (0.25 * 100 * 11712.4,) + (0.0,) * 11
    months = heating_months(100.0, dh, (744.0,) + (0.0,) * 11, gains, ZERO, InertiaClass.MOYENNE)
    assert months.free_gain_fraction[0] == pytest.approx(0.236293, abs=1e-6)
    assert months.need_before_recovery_kwh[0] == pytest.approx(894.485, rel=1e-6)
    assert months.weighted_free_gain_fraction == pytest.approx(0.236293, abs=1e-6)


def test_weighted_fraction_and_net_need() -> None:
    # F of the season = Σ Fj × DHj / Σ DHj: (0.2 × 1000 + 0.5 × 3000) / 4000 = 0.425.
    months = HeatingMonths(
        degree_hours=(1000.0, 3000.0) + (0.0,) * 10,
        heating_hours=ZERO,
        solar_gains_wh=ZERO,
        internal_gains_wh=ZERO,
        free_gain_fraction=(0.2, 0.5) + (0.0,) * 10,
        need_before_recovery_kwh=ZERO,
    )
    assert months.weighted_free_gain_fraction == pytest.approx(0.425, abs=1e-12)
    # §9.1.1: Bchj = Bchhp_j − recovered / 1000, never below zero in a month.
    assert net_need_kwh((10.0, 1.0), (2000.0, 5000.0)) == (8.0, 0.0)


def _house(**changes: object) -> NeedsInputs:
    """A 100 m² Béthune house: GV 250 W/K, medium inertia, 4 m² south and 4 m² north glazing."""
    inputs = NeedsInputs(
        zone=ClimateZone.H1A,
        altitude=AltitudeClass.BELOW_400,
        surface_habitable_m2=100.0,
        housing_kind=HousingKind.INDIVIDUEL,
        gv_w_k=250.0,
        inertia=InertiaClass.MOYENNE,
        glazings=(
            Glazing(4.0, 0.45, 1.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL),
            Glazing(4.0, 0.45, 1.0, GlazingOrientation.NORD, GlazingTilt.VERTICAL),
        ),
    )
    return dataclasses.replace(inputs, **changes)


def test_compute_needs_identities() -> None:
    result = compute_needs(_house())
    # Nadeq of a 100 m² house: Nmax 2.5 → 1.75 + 0.3 × 0.75 = 1.975 (§11.1).
    assert result.nadeq == pytest.approx(1.975, abs=1e-12)
    # By construction Bchhp = GV × (1 − F) × DH, so Σ Bchhp = GV × ΣDH × (1 − F_season).
    gross = 250.0 * sum(BETHUNE.dh19) / 1000
    before = sum(result.conventional.months.need_before_recovery_kwh)
    assert before == pytest.approx(gross * (1 - result.fraction_apport_gratuit_ch), rel=1e-12)
    # The ADEME besoin_ch deducts recovered hot-water distribution and storage losses.
    recovered = result.conventional.recovered
    expected = before - (sum(recovered.distribution_wh) + sum(recovered.storage_wh)) / 1000
    assert result.besoin_ch == pytest.approx(expected, rel=1e-12)
    # Sse = Σj (4 × 0.45 × 1 + 4 × 0.45 × C1 nord,j); C1 nord ≥ 75° in H1a (§18.5) sums to
    # 0.31 + 0.32 + 0.37 + 0.50 + 0.65 + 0.75 + 0.70 + 0.53 + 0.41 + 0.32 + 0.36 + 0.25 = 5.47.
    assert result.surface_sud_equivalente == pytest.approx(1.8 * 12 + 1.8 * 5.47, rel=1e-12)
    # Dépensier: 21 °C and 79 L/day need more.
    assert result.besoin_ch_depensier > result.besoin_ch
    assert result.besoin_ecs_depensier == pytest.approx(result.besoin_ecs * 79 / 56, rel=1e-12)


def test_generator_losses_are_reported_but_not_in_besoin_ch() -> None:
    # Certified engines leave the recovered generator losses out of besoin_ch (they are in
    # the generation efficiency, §13); need_net_of_generation_kwh applies §9.1.1 literally.
    boiler = GeneratorLossesInput(150.0, 24000.0, GeneratorUse.CHAUFFAGE_ET_ECS, ventouse=True)
    plain = compute_needs(_house())
    with_boiler = compute_needs(_house(generators=(boiler,)))
    assert with_boiler.besoin_ch == plain.besoin_ch
    generation = sum(with_boiler.conventional.recovered.generation_wh) / 1000
    assert generation > 0
    net = sum(with_boiler.conventional.need_net_of_generation_kwh)
    assert net == pytest.approx(plain.besoin_ch - generation, rel=1e-9)


def test_more_sun_or_heavier_inertia_lowers_the_need() -> None:
    base = compute_needs(_house()).besoin_ch
    south = Glazing(12.0, 0.45, 1.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL)
    assert compute_needs(_house(glazings=(south,))).besoin_ch < base
    assert compute_needs(_house(inertia=InertiaClass.LOURDE)).besoin_ch < base
    # A collective hot-water installation loses (and returns) more in the heated volume.
    collective = (HotWaterLossesInput(collective=True),)
    assert compute_needs(_house(hot_water=collective)).besoin_ch < base


def test_bad_inputs() -> None:
    with pytest.raises(NeedsInputError, match="déperditions GV"):
        compute_needs(_house(gv_w_k=0.0))
    with pytest.raises(NeedsInputError, match="surface habitable"):
        compute_needs(_house(surface_habitable_m2=float("inf")))
