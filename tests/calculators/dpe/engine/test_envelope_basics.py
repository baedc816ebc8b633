"""Shared pieces of the envelope stage: periods, interpolation, the coefficients file, context.

References: the ADEME period enumeration (``enum_periode_construction``), the method's rule for
an unknown insulation year (§3.2.1.1 step 9) and its interpolation clause (§3.3.2). Exact
comparisons, except interpolations (1e-12 relative, two float operations).
"""

from __future__ import annotations

from datetime import date

import pytest

from calculators.dpe.engine.envelope import DwellingContext, EnvelopeInputError
from calculators.dpe.engine.envelope.coefficients import coefficient, method_coefficients
from calculators.dpe.engine.envelope.interpolation import interpolate
from calculators.dpe.engine.envelope.periods import (
    insulation_period_when_unknown,
    period_of_year,
)


@pytest.mark.parametrize(
    ("year", "period"),
    [(1900, 1), (1947, 1), (1948, 2), (1974, 2), (1975, 3), (1982, 4), (2000, 6), (2001, 7),
     (2012, 8), (2021, 9), (2022, 10)],
)  # fmt: skip
def test_period_of_year(year: int, period: int) -> None:
    assert period_of_year(year) == period


def test_unknown_insulation_year_before_1975_dates_from_1975_77() -> None:
    # §3.2.1.1 step 9: construction ≤ 74 → insulation 75–77; else the construction period.
    assert insulation_period_when_unknown(1) == 3
    assert insulation_period_when_unknown(2) == 3
    assert insulation_period_when_unknown(6) == 6


def test_interpolate_inside_outside_and_on_points() -> None:
    points = [(1.0, 10.0), (2.0, 20.0), (4.0, 30.0)]
    assert interpolate(points, 2.0) == 20.0
    assert interpolate(points, 3.0) == pytest.approx(25.0, rel=1e-12)
    assert interpolate(points, 0.0) == pytest.approx(0.0, rel=1e-12, abs=1e-12)  # extrapolated
    assert interpolate(points, 6.0) == pytest.approx(40.0, rel=1e-12)
    assert interpolate([(3.0, 7.0)], 1.0) == 7.0


def test_coefficients_carry_their_source_and_validity() -> None:
    table = method_coefficients()
    assert table.validity.valid_from == date(2021, 7, 1)
    assert table.validity.covers(date(2026, 1, 1))
    for item in table.by_key.values():
        assert item.source.ref.startswith("§"), item.key
        assert "3CL-DPE 2021" in item.source.text
    assert coefficient("umur_nu_max") == 2.5
    assert coefficient("lambda_isolant_plancher_bas") == 0.042
    assert coefficient("r_lame_double_fenetre") == 0.07


def test_context_checks_zone_and_period() -> None:
    with pytest.raises(EnvelopeInputError, match="zone climatique"):
        DwellingContext(zone_id=9, construction_period=2, electric_joule=False)
    with pytest.raises(EnvelopeInputError, match="période de construction"):
        DwellingContext(zone_id=1, construction_period=11, electric_joule=False)
