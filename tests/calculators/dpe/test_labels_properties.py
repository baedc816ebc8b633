"""Properties the label must keep for any input (arrêté du 31 mars 2021, annexe 5, as amended
by the arrêté du 25 mars 2024): monotone in each indicator, worse of the two classes, exact
bounds, small-surface scale never stricter than the national one. Classes are discrete, so every
property is asserted exactly. ``deadline=None``: no timing in tests (2 shared cores).
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators.dpe.labels import label
from calculators.dpe.rules import DPE_CLASSES, class_of, rules_at

DAYS = st.dates(min_value=date(2021, 7, 1), max_value=date(2035, 12, 31))
CEP = st.floats(min_value=0, max_value=1500, allow_nan=False)
EGES = st.floats(min_value=0, max_value=250, allow_nan=False)
SURFACES = st.floats(min_value=1, max_value=300, allow_nan=False)
AFTER_SMALL_SURFACE_RULE = st.dates(min_value=date(2024, 7, 1), max_value=date(2035, 12, 31))


def rank(letter: str) -> int:
    return DPE_CLASSES.index(letter)


@settings(deadline=None)
@given(CEP, CEP, EGES, SURFACES, DAYS)
def test_more_primary_energy_never_gives_a_better_label(
    cep_a: float, cep_b: float, eges: float, surface: float, day: date
) -> None:
    low, high = sorted((cep_a, cep_b))
    better, worse = label(low, eges, surface, day), label(high, eges, surface, day)
    assert rank(better.energy_class) <= rank(worse.energy_class)
    assert rank(better.label) <= rank(worse.label)


@settings(deadline=None)
@given(CEP, EGES, EGES, SURFACES, DAYS)
def test_more_emissions_never_give_a_better_label(
    cep: float, eges_a: float, eges_b: float, surface: float, day: date
) -> None:
    low, high = sorted((eges_a, eges_b))
    better, worse = label(cep, low, surface, day), label(cep, high, surface, day)
    assert rank(better.climate_class) <= rank(worse.climate_class)
    assert rank(better.label) <= rank(worse.label)


@settings(deadline=None)
@given(CEP, EGES, SURFACES, DAYS)
def test_label_is_the_worse_of_the_two_classes(
    cep: float, eges: float, surface: float, day: date
) -> None:
    result = label(cep, eges, surface, day)
    assert result.label == max(result.energy_class, result.climate_class, key=rank)
    assert result.passoire is (result.label in "FG")
    if result.energy_class == result.climate_class:
        assert result.binding == "les deux"
    else:
        assert result.binding == ("énergie" if result.label == result.energy_class else "climat")


@settings(deadline=None)
@given(SURFACES, DAYS, st.integers(min_value=0, max_value=5), st.floats(0, 0.999))
def test_bounds_are_exact_after_flooring(
    surface: float, day: date, index: int, fraction: float
) -> None:
    # A bound t belongs to the next class; anything whose integer part is t - 1 stays below.
    thresholds = rules_at(day).thresholds_for(surface)
    for bounds in (thresholds.energy, thresholds.climate):
        bound = bounds[index]
        assert class_of(bound, bounds) == DPE_CLASSES[index + 1]
        assert class_of(bound - 1 + fraction, bounds) == DPE_CLASSES[index]


@settings(deadline=None)
@given(CEP, EGES, st.floats(min_value=1, max_value=40), AFTER_SMALL_SURFACE_RULE)
def test_small_surfaces_are_never_rated_more_strictly(
    cep: float, eges: float, surface: float, day: date
) -> None:
    small = label(cep, eges, surface, day)
    national = label(cep, eges, 41, day)
    assert rank(small.energy_class) <= rank(national.energy_class)
    assert rank(small.climate_class) <= rank(national.climate_class)


@settings(deadline=None)
@given(CEP, EGES, SURFACES, DAYS)
def test_the_gain_reaches_exactly_the_next_better_class(
    cep: float, eges: float, surface: float, day: date
) -> None:
    result = label(cep, eges, surface, day)
    if result.energy_gain_kwh_m2 is not None:
        moved = label(cep - result.energy_gain_kwh_m2, eges, surface, day)
        assert rank(moved.energy_class) == rank(result.energy_class) - 1
        nearly = label(cep - result.energy_gain_kwh_m2 + 1, eges, surface, day)
        assert nearly.energy_class == result.energy_class
    if result.climate_gain_kg_m2 is not None:
        moved = label(cep, eges - result.climate_gain_kg_m2, surface, day)
        assert rank(moved.climate_class) == rank(result.climate_class) - 1
        nearly = label(cep, eges - result.climate_gain_kg_m2 + 1, surface, day)
        assert nearly.climate_class == result.climate_class
