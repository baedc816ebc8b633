"""Intermittence (3CL-DPE 2021, annex 1, chapter 8): I0 tables and INT = I0 / (1 + 0,1 (G − 1)).

Expected I0 values are read in the three tables printed in §8 (pages 55–56 of the method PDF),
not in the ADEME sheet the code uses: the test checks the sheet and the lookup together.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.intermittence import (
    I0Table,
    IntermittenceCriteria,
    i0,
    intermittence_factor,
)

# I0 values are tabulated with two decimals and looked up exactly.
EXACT = 1e-12

RADIATOR, CONVECTOR, FLOOR, AIR = 38, 1, 14, 5
ABSENT, CENTRAL_NO_MIN, ROOM_MIN, CENTRAL_COLLECTIVE = 1, 2, 4, 6
DIVIDED, CENTRAL = 1, 2
WITHOUT, WITH = 1, 2
LIGHT, HEAVY = 4, 2


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        # §8, houses: central, room-by-room regulation, radiator, no equipment, light inertia.
        (IntermittenceCriteria(I0Table.MAISON, CENTRAL, ABSENT, WITH, RADIATOR, LIGHT), 0.88),
        # Same with heavy inertia (right half of the table).
        (IntermittenceCriteria(I0Table.MAISON, CENTRAL, ABSENT, WITH, RADIATOR, HEAVY), 0.90),
        # Divided convectors, central programmer without minimum temperature, light inertia.
        (
            IntermittenceCriteria(I0Table.MAISON, DIVIDED, CENTRAL_NO_MIN, WITH, CONVECTOR, LIGHT),
            0.83,
        ),
        # Central without room regulation, heating floor, room minimum not offered → absent.
        (IntermittenceCriteria(I0Table.MAISON, CENTRAL, ABSENT, WITHOUT, FLOOR, LIGHT), 0.92),
        # §8, flats with individual heating: central, regulated radiators, no equipment.
        (IntermittenceCriteria(I0Table.IMMEUBLE_INDIVIDUEL, CENTRAL, ABSENT, WITH, RADIATOR), 0.93),
        # Divided, room-by-room minimum temperature: 0,86.
        (
            IntermittenceCriteria(I0Table.IMMEUBLE_INDIVIDUEL, DIVIDED, ROOM_MIN, WITH, CONVECTOR),
            0.86,
        ),
        # §8, collective heating without individual metering: regulated radiators, absent.
        (
            IntermittenceCriteria(I0Table.IMMEUBLE_COLLECTIF, CENTRAL, ABSENT, WITH, RADIATOR),
            1.03,
        ),
        # With individual metering and a central collective set-back: 0,93.
        (
            IntermittenceCriteria(
                I0Table.IMMEUBLE_COLLECTIF, CENTRAL, CENTRAL_COLLECTIVE, WITH, RADIATOR,
                comptage_individuel=True,
            ),
            0.93,
        ),
        # Unregulated heating floor, no metering, no set-back: 1,07 (largest value of §8).
        (IntermittenceCriteria(I0Table.IMMEUBLE_COLLECTIF, CENTRAL, ABSENT, WITHOUT, 12), 1.07),
        # Warm air, collective, regulated, no metering: 1,01.
        (IntermittenceCriteria(I0Table.IMMEUBLE_COLLECTIF, CENTRAL, ABSENT, WITH, AIR), 1.01),
    ],
)
def test_i0_reads_the_tables_of_chapter_8(criteria: IntermittenceCriteria, expected: float) -> None:
    assert i0(criteria) == pytest.approx(expected, abs=EXACT)


def test_a_stove_counts_as_a_radiator_or_convector() -> None:
    # §8: « Un poêle sera modélisé comme un radiateur/convecteur » (wood stove emitter id 21).
    stove = IntermittenceCriteria(I0Table.MAISON, DIVIDED, ABSENT, WITH, 21, LIGHT)
    convector = IntermittenceCriteria(I0Table.MAISON, DIVIDED, ABSENT, WITH, CONVECTOR, LIGHT)
    assert i0(stove) == i0(convector) == pytest.approx(0.84, abs=EXACT)


def test_a_combination_outside_the_tables_is_refused_in_french() -> None:
    # Collective tables have no « par pièce avec minimum » equipment (id 4).
    criteria = IntermittenceCriteria(I0Table.IMMEUBLE_COLLECTIF, CENTRAL, ROOM_MIN, WITH, RADIATOR)
    with pytest.raises(HeatingInputError, match="intermittence") as caught:
        i0(criteria)
    assert caught.value.field == "intermittence"


def test_intermittence_factor_worked_example() -> None:
    # §8 by hand: GV = 150 W/K, Hsp = 2,5 m, Sh = 100 m² → G = 150 / 250 = 0,6;
    # INT = 0,88 / (1 + 0,1 × (0,6 − 1)) = 0,88 / 0,96 = 0,916667 (exact arithmetic).
    assert intermittence_factor(0.88, 150, 2.5, 100) == pytest.approx(0.88 / 0.96, rel=1e-12)


def test_intermittence_factor_equals_i0_at_g_one() -> None:
    # G = 1 cancels the correction: GV = Hsp × Sh.
    assert intermittence_factor(0.9, 250, 2.5, 100) == pytest.approx(0.9, rel=1e-12)


@pytest.mark.parametrize(
    ("gv", "hsp", "sh"), [(-1, 2.5, 100), (150, 0, 100), (150, 2.5, float("nan"))]
)
def test_intermittence_factor_refuses_bad_inputs(gv: float, hsp: float, sh: float) -> None:
    with pytest.raises(HeatingInputError):
        intermittence_factor(0.9, gv, hsp, sh)
