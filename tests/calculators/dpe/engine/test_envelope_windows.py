"""Windows (method 3CL-DPE 2021, §3.3.1–3.3.3) and their solar factors (§6.2.1–6.2.2).

Expected values are read by hand in the method's tables (cited per case) — exact comparison —
or worked from them for the interpolations and the double-window formula (1e-9 relative: a few
float operations).
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.envelope import EnvelopeInputError
from calculators.dpe.engine.envelope.glazing import (
    DOUBLE,
    GAS_AIR,
    GAS_ARGON,
    GAS_UNKNOWN,
    GLASS_BRICK,
    SINGLE,
    SURVITRAGE,
    TRIPLE,
    VERTICAL,
    ug,
)
from calculators.dpe.engine.envelope.solar import (
    NearMask,
    fe1,
    fe2_homogeneous,
    fe2_non_homogeneous,
    sw,
)
from calculators.dpe.engine.envelope.windows import (
    u_window_losses,
    ujn,
    uw,
    uw_double_window,
)

FORMULA = 1e-9
INCLINED = 2
CASEMENT, FRENCH_WINDOW_PANEL, SOLID_GLASS_BRICK = 4, 8, 1
WOOD, PVC = 3, 5
OUTER_FACE, INNER_FACE = 1, 2
SOUTH, NORTH, EAST = 1, 2, 3


@pytest.mark.parametrize(
    ("glazing", "gap", "gas", "inclination", "low_e", "expected"),
    [
        (SINGLE, None, None, VERTICAL, False, 5.8),  # « Ug = 5.8 ... vertical ou horizontal »
        (DOUBLE, 16, GAS_ARGON, VERTICAL, True, 1.1),  # double vertical argon, peu émissif, 16
        (DOUBLE, 17, GAS_ARGON, VERTICAL, True, 1.1),  # 17 mm → « valeur directement inférieure »
        (DOUBLE, 13, GAS_ARGON, VERTICAL, True, 1.3),  # 13 → 12 mm
        (DOUBLE, 10, GAS_UNKNOWN, VERTICAL, False, 2.9),  # gas unknown: « air sec ou inconnu »
        (DOUBLE, 12, GAS_AIR, INCLINED, True, 1.7),  # double horizontal (< 75°), air, VIR, 12
        (TRIPLE, 12, GAS_ARGON, VERTICAL, True, 0.9),  # triple vertical argon VIR 12
        (SURVITRAGE, 25, None, VERTICAL, False, 2.8),  # double air 20 mm (capped) 2.7 + 0.1
    ],
)
def test_ug(
    glazing: int, gap: float | None, gas: int | None, inclination: int, low_e: bool, expected: float
) -> None:
    value = ug(glazing, gap_mm=gap, gas_id=gas, inclination_id=inclination, low_emissivity=low_e)
    assert value == pytest.approx(expected, rel=FORMULA)


def test_ug_needs_a_gap_for_insulating_glazing() -> None:
    with pytest.raises(EnvelopeInputError, match="lame d'air"):
        ug(DOUBLE, gap_mm=None, gas_id=GAS_AIR, inclination_id=VERTICAL, low_emissivity=False)


def test_uw_reads_and_interpolates_the_frame_table() -> None:
    # §3.3.2 « Menuiserie PVC », fenêtre battante: Ug 1.1 → 1.4, Ug 1.2 → 1.5.
    assert uw(CASEMENT, PVC, 1.1) == 1.4
    assert uw(CASEMENT, PVC, 1.15) == pytest.approx(1.45, rel=FORMULA)
    # Between Ug 4.0 (3.6) and 5.7 (4.8): 3.6 + 0.1/1.7 × 1.2 = 3.670588.
    assert uw(CASEMENT, PVC, 4.1) == pytest.approx(3.6 + 0.1 / 1.7 * 1.2, rel=FORMULA)
    # « Menuiserie bois », fenêtre battante, Ug 5.8 → 5.4; glass brick wall: Uw = 3.5 flat.
    assert uw(CASEMENT, WOOD, 5.8) == 5.4
    assert uw(SOLID_GLASS_BRICK, 1, None) == 3.5


def test_double_window() -> None:
    # §3.3.2: Uw = 1/(1/Uw1 + 1/Uw2 + 0.07) = 1/(2/5.4 + 0.07) = 2.270833.
    assert uw_double_window(5.4, 5.4) == pytest.approx(1 / (2 / 5.4 + 0.07), rel=FORMULA)


def test_ujn_with_shutters() -> None:
    # §3.3.3 table: ΔR 0.19, Uw 2.6 → 2.2; ΔR 0.25, Uw 5.4 → 3.8.
    assert ujn(2.6, 0.19) == 2.2
    assert ujn(5.4, 0.25) == 3.8
    # Volets roulants PVC e ≤ 12 mm (type 4) → ΔR 0.19; no closure (type 1): U = Uw.
    assert u_window_losses(2.6, 4) == (2.2, 2.2)
    assert u_window_losses(2.6, 1) == (None, 2.6)


@pytest.mark.parametrize(
    ("window", "frame", "glazing", "low_e", "fitting", "expected"),
    [
        (CASEMENT, PVC, DOUBLE, True, OUTER_FACE, 0.42),  # §6.2.1 nu extérieur, PVC battante
        (CASEMENT, PVC, DOUBLE, False, INNER_FACE, 0.44),  # nu intérieur ou tunnel
        (CASEMENT, PVC, SURVITRAGE, False, OUTER_FACE, 0.48),  # survitrage as double glazing
        (FRENCH_WINDOW_PANEL, WOOD, SINGLE, False, OUTER_FACE, 0.53),  # PF avec soubassement
        (SOLID_GLASS_BRICK, 1, GLASS_BRICK, False, 4, 0.4),  # brique de verre: 0.4
    ],
)
def test_sw(
    window: int, frame: int, glazing: int, low_e: bool, fitting: int, expected: float
) -> None:
    assert sw(window, frame, glazing_type_id=glazing, low_emissivity=low_e, fitting_id=fitting) == (
        expected
    )


def test_near_masks() -> None:
    # §6.2.2.1: fond de balcon Sud, avancée 1.5 m → 0.4; sous balcon 2.5 m → 0.5; paroi
    # latérale faisant obstacle au Sud → 0.5; no mask → 1.
    assert fe1(NearMask.BALCONY_BACK, depth_m=1.5, orientation_id=SOUTH) == 0.4
    assert fe1(NearMask.UNDER_BALCONY, depth_m=2.5, orientation_id=NORTH) == 0.5
    assert fe1(NearMask.SIDE_WALL_SOUTH, depth_m=None, orientation_id=EAST) == 0.5
    assert fe1(NearMask.NONE, depth_m=None, orientation_id=EAST) == 1.0


def test_far_masks() -> None:
    # §6.2.2.2.1: Est 20° → 0.77; Sud 65° → 0.1; Nord 10° → 1.
    assert fe2_homogeneous(EAST, 20) == 0.77
    assert fe2_homogeneous(SOUTH, 65) == 0.1
    assert fe2_homogeneous(NORTH, 10) == 1.0
    # §6.2.2.2.2, façade Sud: 2 lateral sectors 15–30° (Omb 4 each), 2 central 30–60° (35
    # each): Fe2 = 1 − 78/100 = 0.22.
    assert fe2_non_homogeneous([4, 4, 35, 35]) == pytest.approx(0.22, rel=FORMULA)
