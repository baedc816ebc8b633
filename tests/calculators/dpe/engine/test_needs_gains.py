"""Free gains (3CL-DPE 2021, annex 1, chapter 6): south-equivalent area, solar and internal
gains, sunspaces, worked by hand with the C1 and E values of chapter 18."""

from __future__ import annotations

import pytest

from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    GlazingOrientation,
    GlazingTilt,
    monthly_climate,
)
from calculators.dpe.engine.gains import (
    Glazing,
    Sunspace,
    SunspaceWindow,
    glazing_sse,
    internal_gains_w,
    internal_gains_wh,
    solar_gains_wh,
    south_equivalent_area,
)
from calculators.dpe.engine.needs_errors import NeedsInputError

SOUTH = Glazing(2.0, sw=0.5, fe=0.8, orientation=GlazingOrientation.SUD, tilt=GlazingTilt.VERTICAL)
EAST = Glazing(2.0, sw=0.5, fe=0.8, orientation=GlazingOrientation.EST, tilt=GlazingTilt.VERTICAL)
H1A = ClimateZone.H1A


def test_south_equivalent_area_of_single_windows() -> None:
    # §6.2: Ssej = A × Sw × Fe × C1j. South vertical: C1 = 1 → 2 × 0.5 × 0.8 = 0.8 m² each
    # month. East vertical in H1a (§18.5): C1 January 0.40, July 1.14 → 0.32 and 0.912 m².
    # Products of short decimals: 1e-12 covers float rounding only.
    assert glazing_sse(SOUTH, H1A) == pytest.approx((0.8,) * 12, abs=1e-12)
    east = glazing_sse(EAST, H1A)
    assert (east[0], east[6]) == pytest.approx((0.32, 0.912), abs=1e-12)
    both = south_equivalent_area([SOUTH, EAST], H1A)
    assert both[0] == pytest.approx(1.12, abs=1e-12)


def test_solar_and_internal_gains_h1a_january() -> None:
    # §6.1: Asj = 1000 × Ssej × Ej; H1a January E = 38.36 kWh/m² (§18.2.1) →
    # 1000 × 0.8 × 38.36 = 30,688 Wh. Aij = ((3.18 + 0.34) × Sh + 90 × 132/168 × Nadeq) × Nrefj:
    # Sh 100 m², Nadeq 2.125 → 352 + 150.2679 = 502.2679 W; × 744 h = 373,687.3 Wh.
    # Tolerance 1e-6 relative: hand values carry 7 significant digits.
    climate = monthly_climate(H1A, AltitudeClass.BELOW_400)
    solar = solar_gains_wh(glazing_sse(SOUTH, H1A), climate.e)
    assert solar[0] == pytest.approx(30688.0, rel=1e-6)
    assert solar[6] == 0.0  # July: no heating, E is « - »
    assert internal_gains_w(100.0, 2.125) == pytest.approx(502.2679, rel=1e-6)
    internal = internal_gains_wh(100.0, 2.125, climate.nref19)
    assert internal[0] == pytest.approx(373687.3, rel=1e-6)


def test_sunspace_worked_by_hand() -> None:
    # §6.3 with T = 0.55, bver = 0.6, a 2 m² south window (Sw 0.5, Fe 1) between dwelling and
    # sunspace and a 10 m² south outer window: Ssd = 0.55 × 2 × 0.5 × 1 = 0.55;
    # Sst = 10 × (0.8 × 0.55 + 0.024) = 4.64; Ssind = 4.09; Sse = 0.55 + 4.09 × 0.6 = 3.004 m².
    space = Sunspace(
        transparence=0.55,
        bver=0.6,
        glazings_to_dwelling=(
            Glazing(2.0, 0.5, 1.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL),
        ),
        outer_windows=(SunspaceWindow(10.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL),),
    )
    sse = south_equivalent_area([], H1A, [space])
    assert sse == pytest.approx((3.004,) * 12, abs=1e-12)


def test_bad_glazing() -> None:
    with pytest.raises(NeedsInputError, match="facteur solaire Sw"):
        glazing_sse(Glazing(2.0, 1.4, 1.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL), H1A)
    with pytest.raises(NeedsInputError, match="surface de baie vitrée"):
        glazing_sse(Glazing(-2.0, 0.5, 1.0, GlazingOrientation.SUD, GlazingTilt.VERTICAL), H1A)
    with pytest.raises(NeedsInputError, match="surface habitable"):
        internal_gains_w(0.0, 2.0)
