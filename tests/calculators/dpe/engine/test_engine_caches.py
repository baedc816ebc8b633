"""Oracles for what the engine now keeps or short-cuts for speed (docs/dpe-engine.md § Speed).

Each cached or fast path is compared, exactly, with the plain computation it replaced, on every
value the official tables hold: b per adjacency (method §3.1, table
``coef_reduction_deperdition``), Ug by gap (§3.3.1, table ``ug``, « la valeur directement
inférieure »), the cross-checks of table references, and the validation helpers' fast path.
Exact comparisons: the same rows give the same float, there is no arithmetic to tolerate.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.dpe import tables
from calculators.dpe.engine.envelope.adjacency import b_fixed, is_unheated_space
from calculators.dpe.engine.envelope.errors import EnvelopeInputError
from calculators.dpe.engine.envelope.errors import require_positive as envelope_positive
from calculators.dpe.engine.envelope.glazing import _row_at_or_below, _rows_by_gap
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.needs_errors import require_positive as needs_positive
from calculators.dpe.engine.systems_coefficients import SystemsInputError, require_non_negative
from calculators.dpe.tables import Row

ADJACENCY_IDS = sorted({
    adjacency
    for row in tables.find_rows("coef_reduction_deperdition")
    for adjacency in row["enum_type_adjacence_id"] or ()
})


@pytest.mark.parametrize("adjacency", ADJACENCY_IDS)
def test_adjacency_answers_are_those_of_the_table_scan(adjacency: int) -> None:
    # §3.1: the previous code read the rows of the adjacency on every call; same rows, same b.
    rows = tables.find_rows("coef_reduction_deperdition", enum_type_adjacence_id=adjacency)
    assert is_unheated_space(adjacency) is any(row["uvue"] is not None for row in rows)
    flat = [r for r in rows if r["uvue"] is None and r["zone_climatique"] is None]
    for _ in range(2):  # the second call answers from the cache
        if flat:
            assert b_fixed(adjacency) == flat[0].number("b")
        else:
            with pytest.raises(EnvelopeInputError, match="Aiu, Aue"):
                b_fixed(adjacency)


def test_adjacency_cache_keeps_true_apart_from_one() -> None:
    # find_rows matches an ids column on int only: True selects nothing, 1 (outside) b = 1.
    assert b_fixed(1) == 1.0
    with pytest.raises(EnvelopeInputError):
        b_fixed(True)


def _previous_row_at_or_below(rows: tuple[Row, ...], gap_mm: float) -> Row:
    """The algorithm replaced: sort on every call, keep the last row of gap ≤ ``gap_mm``."""
    by_gap = sorted(rows, key=lambda row: row.number("epaisseur_lame"))
    chosen = by_gap[0]
    for row in by_gap:
        if row.number("epaisseur_lame") <= gap_mm:
            chosen = row
    return chosen


UG_SELECTIONS = sorted({
    (glazing, gas, inclination, int(row.number("vitrage_vir")))
    for row in tables.find_rows("ug")
    if row["epaisseur_lame"] is not None
    for glazing in row["enum_type_vitrage_id"] or ()
    for gas in row["enum_type_gaz_lame_id"] or ()
    for inclination in row["enum_inclinaison_vitrage_id"] or ()
})


def test_every_ug_selection_is_found() -> None:
    assert len(UG_SELECTIONS) >= 8  # double and triple × gases × inclinations × coating


@pytest.mark.parametrize("selection", UG_SELECTIONS)
def test_ug_row_by_gap_is_the_previous_one_for_every_gap(
    selection: tuple[int, int, int, int],
) -> None:
    # §3.3.1 « valeur directement inférieure »: every tabulated gap, between, below and above.
    glazing, gas, inclination, low_e = selection
    rows = tables.find_rows(
        "ug",
        enum_type_vitrage_id=glazing,
        enum_type_gaz_lame_id=gas,
        enum_inclinaison_vitrage_id=inclination,
        vitrage_vir=low_e,
    )
    gaps = sorted({row.number("epaisseur_lame") for row in rows})
    probes = [0.5, *gaps, *(g + 0.5 for g in gaps), *(g - 1e-9 for g in gaps), 1e6]
    by_gap = _rows_by_gap(glazing, gas, inclination, low_e)
    for gap in probes:
        assert _row_at_or_below(by_gap, gap) is _previous_row_at_or_below(rows, gap), gap


def test_cross_checks_note_every_unreadable_or_differing_reference() -> None:
    # uporte row 1 (sheet ``uporte``); an unknown id is noted each time, never cached away.
    notes = Notes()
    theirs = tables.value_row("uporte", 1).number("uporte")
    notes.check_table_value("porte 1", "uporte", 1, "uporte", theirs)
    notes.check_table_value("porte 2", "uporte", 1, "uporte", theirs * 1.01)
    notes.check_table_value("porte 3", "uporte", 999_999, "uporte", 1.0)
    notes.check_table_value("porte 4", "uporte", 999_999, "uporte", 1.0)
    notes.check_table_value("porte 5", "uporte", None, "uporte", 1.0)
    assert [m.split(" :")[0] for m in notes.cross_checks] == ["porte 2", "porte 3", "porte 4"]
    assert "illisible" in notes.cross_checks[1] and "illisible" in notes.cross_checks[2]


finite = st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10, 10) | st.none()


def _outcome(check: object, value: object, **options: bool) -> object:
    try:
        return ("ok", check(value, "champ", **options))  # type: ignore[operator]
    except (EnvelopeInputError, NeedsInputError, SystemsInputError) as error:
        return ("refus", error.field)


@given(value=finite, allow_zero=st.booleans())
def test_validation_fast_paths_agree_with_the_rules(value: float | None, allow_zero: bool) -> None:
    # Finite and > 0 (or = 0 when allowed) is returned as a float; anything else is refused.
    accepted = (
        value is not None
        and math.isfinite(value)
        and (value > 0 or (allow_zero and value == 0))
    )
    expected = ("ok", float(value)) if accepted and value is not None else ("refus", "champ")
    assert _outcome(envelope_positive, value, allow_zero=allow_zero) == expected
    if value is not None:
        assert _outcome(needs_positive, value, allow_zero=allow_zero) == expected
        assert _outcome(require_non_negative, value, strictly=not allow_zero) == expected


def test_fast_paths_keep_the_sign_of_zero_and_refuse_nan() -> None:
    assert math.copysign(1.0, envelope_positive(-0.0, "x")) == -1.0
    with pytest.raises(EnvelopeInputError, match="non finie"):
        envelope_positive(math.nan, "x")
    with pytest.raises(NeedsInputError, match="non finie"):
        needs_positive(math.inf, "x")
    with pytest.raises(SystemsInputError, match="strictement positive"):
        require_non_negative(0.0, "x", strictly=True)
