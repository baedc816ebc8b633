"""Heat pumps (3CL-DPE 2021, §12.4.2 default SCOP, §9.1.4.3 hybrid shares).

Expected SCOP/COP values are typed from the four tables of §12.4.2 (page 77 of the method PDF).
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.heat_pumps import (
    climate_group,
    default_scop,
    hybrid_heat_pump_share,
    installation_scop,
)

EXACT = 1e-12  # table values are read unchanged
H1A, H2B, H3 = 1, 5, 8
RADIATOR, FLOOR, AIR = 38, 14, 42


@pytest.mark.parametrize(
    ("generator", "zone", "emitter", "expected"),
    [
        (7, H1A, RADIATOR, 2.8),  # air/eau from 2017, H1-H2, « autres »
        (7, H1A, FLOOR, 3.2),  # … floors and ceilings
        (7, H3, FLOOR, 3.8),  # H3
        (4, H2B, RADIATOR, 2.2),  # air/eau before 2008 (a COP)
        (10, H1A, RADIATOR, 2.7),  # eau/eau 2015–2016
        (10, H1A, FLOOR, 3.0),
        (14, H3, RADIATOR, 3.1),  # eau glycolée/eau 2015–2016, H3
        (16, H3, FLOOR, 2.9),  # géothermie before 2008, H3
        (19, H1A, FLOOR, 3.3),  # géothermie from 2017
        (2, H1A, None, 2.3),  # air/air 2008–2014
        (3, H3, AIR, 3.3),  # air/air from 2015, H3 (no emitter column)
    ],
)
def test_default_scop(generator: int, zone: int, emitter: int | None, expected: float) -> None:
    assert default_scop(generator, zone, emitter) == pytest.approx(expected, abs=EXACT)


def test_the_least_favourable_emitter_sets_the_scop() -> None:
    # §12.4.2: « le COP le plus défavorable sera pris » — floors 3,2 and radiators 2,8 → 2,8.
    values = [default_scop(7, H1A, FLOOR), default_scop(7, H1A, RADIATOR)]
    assert installation_scop(values) == pytest.approx(2.8, abs=EXACT)
    with pytest.raises(HeatingInputError, match="émetteur"):
        installation_scop([])


@pytest.mark.parametrize(("zone", "share"), [(1, 0.8), (3, 0.8), (4, 0.83), (7, 0.83), (8, 0.88)])
def test_hybrid_heat_pump_share_by_zone(zone: int, share: float) -> None:
    # §9.1.4.3 table: H1 80 %, H2 83 %, H3 88 % of the need by the heat pump.
    assert hybrid_heat_pump_share(zone) == pytest.approx(share, abs=EXACT)


def test_unknown_zone_and_generator_are_refused() -> None:
    with pytest.raises(HeatingInputError, match="zone climatique"):
        climate_group(9)
    with pytest.raises(HeatingInputError, match="SCOP"):
        default_scop(98, H1A, RADIATOR)
