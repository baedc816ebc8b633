"""Estimated nominal power of combustion generators (3CL-DPE 2021, §13.2.2.4).

Worked by hand from the text: Pch = 1,2 × GV × (19 − Tbase) / (1000 × 0,95³), Pecs by storage
volume, then the table of standard sizes. The divisor is 0,95³ as printed in the PDF (page 90,
superscript; a plain-text extraction reads « 0,953 »). Tolerance 1e-9 relative: closed formulas.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.nominal_power import (
    boiler_nominal_power_kw,
    heating_power_kw,
    hot_water_power_kw,
)

REL = 1e-9


def test_heating_power_worked_example() -> None:
    # GV 150 W/K, Tbase −9,5 °C: 1,2 × 150 × 28,5 / (1000 × 0,857375) = 5,98338 kW.
    assert heating_power_kw(150, -9.5) == pytest.approx(5130 / 857.375, rel=REL)
    # A generator heating 40 % of the dwelling is prorated.
    assert heating_power_kw(150, -9.5, 0.4) == pytest.approx(0.4 * 5130 / 857.375, rel=REL)


@pytest.mark.parametrize(
    ("volume", "expected"),
    [
        (0, 21),  # instantaneous
        (10, 21 - 0.8 * 10),  # semi-instantaneous: 13 kW
        (85, 5 - 1.751 * (85 - 20) / 65),  # semi-accumulation: 3,249 kW
        (200, (7.14 * 200 + 428) / 1000),  # accumulation: 1,856 kW
    ],
)
def test_hot_water_power(volume: float, expected: float) -> None:
    assert hot_water_power_kw(volume) == pytest.approx(expected, rel=REL)


@pytest.mark.parametrize(
    ("pdim", "wall_hung_since_2006", "expected"),
    [
        (5.98, False, 18),  # floor-standing or before 2006: 18 kW minimum
        (5.98, True, 10),  # wall-hung from 2006: 5 < Pdim ≤ 10
        (13.0, True, 13),
        (21.0, False, 24),
        (40.0, False, 40),
        (41.0, False, 45),  # above 40 kW: (partie entière(41 / 5) + 1) × 5
        (45.0, False, 50),
    ],
)
def test_standard_sizes(pdim: float, wall_hung_since_2006: bool, expected: float) -> None:
    assert boiler_nominal_power_kw(pdim, wall_hung_since_2006) == expected


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(HeatingInputError, match="volume de stockage"):
        hot_water_power_kw(-1)
    with pytest.raises(HeatingInputError, match="part de surface"):
        heating_power_kw(150, -9.5, 1.5)
