"""Collective base with individual back-up (3CL-DPE 2021, §9.8).

The worked example follows the text step by step on a one-month climate chosen so that the
arithmetic is short: Pe = 10 kW, DH14 season = 40 000 °C·h, Bch = 100 000 kWh → T = 14 − 10 ×
40 000 / 100 000 = 10 °C; January Text 5 °C, Tbase −10 °C, Nref 720 h → X = 0,5 × 20 / 15 =
0,666667, X⁵ = 0,131687, 14 − 28X + 20X² − 5X³ = 2,740741, DHT = 720 × 15 × X⁵ × 2,740741 =
3 897,94 °C·h against DH14 = 720 × 9 = 6 480 °C·h: the base covers 1 − 0,601534 = 0,398466 of
that month. Tolerance 1e-9 relative: the same closed formulas.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.base_appoint import (
    MonthlyClimate,
    base_share,
    sizing_temperature,
)

REL = 1e-9
ONE_MONTH = MonthlyClimate(
    dh14=(6480,) + (0,) * 11,
    nref=(720,) + (0,) * 11,
    text=(5,) + (None,) * 11,
    tbase_c=-10,
)


def test_sizing_temperature() -> None:
    assert sizing_temperature(10, 100_000, 40_000) == pytest.approx(10, rel=REL)


def test_base_share_one_month_worked_example() -> None:
    # The season's DH14 enters T; here the climate holds one month, so DH14 season = 6 480 and
    # we scale Pe to keep T = 10 °C: Pe × 6 480 / 100 000 = 4 → Pe = 61,728395 kW.
    months = (100_000,) + (0,) * 11
    assert base_share(4 * 100_000 / 6480, months, ONE_MONTH) == pytest.approx(
        0.39846568104455604, rel=REL
    )


def test_a_powerful_base_covers_everything_and_no_power_means_half() -> None:
    months = (100_000,) + (0,) * 11
    # T below Tbase: X ≤ 0, no degree-hour below T, the base takes all.
    assert base_share(1000, months, ONE_MONTH) == 1.0
    # Base power unknown: « l'appoint est supposé être dimensionné pour assurer 50 % du besoin ».
    assert base_share(None, months, ONE_MONTH) == 0.5


def test_months_outside_the_season_stay_with_the_base() -> None:
    # A need in a month without heating data (Text None) is left to the base.
    months = (50_000, 50_000) + (0,) * 10
    share = base_share(4 * 50_000 / 6480, months, ONE_MONTH)
    assert 0.5 < share < 1


def test_twelve_months_are_required() -> None:
    with pytest.raises(HeatingInputError, match="douze"):
        base_share(10, (1.0,) * 11, ONE_MONTH)
