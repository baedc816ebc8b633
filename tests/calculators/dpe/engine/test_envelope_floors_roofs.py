"""Low floors (§3.2.2, with Ue of §3.2.2.1) and roofs (§3.2.3) of the 3CL-DPE 2021 method.

Tabulated values (Upb0, Uph0, Upb_tab, Uph_tab, Ue) come from ADEME's workbook of the method's
tables and are compared exactly. Formulas and interpolations are worked by hand in the comments
and compared to 1e-9 relative (a few float operations; the method prints 2–3 decimals). Several
of these hand values also appear, to 8 decimals, as ``upb_final`` of real DPE files (named).
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.envelope import EnvelopeInputError, Insulation, InsulationState
from calculators.dpe.engine.envelope.conventions import RatioBelowTable, RatioBetweenRows
from calculators.dpe.engine.envelope.floors import (
    GroundContact,
    two_s_over_p,
    ue,
    upb,
    upb0_from_table,
    upb_tab,
)
from calculators.dpe.engine.envelope.roofs import RoofKind, uph, uph0_from_table, uph_tab

FORMULA = 1e-9
H1A = 1
BEFORE_1948, P1983_1988, P1989_2000, P2013_2021 = 1, 5, 6, 9
GROUND = GroundContact.ON_GROUND
CRAWL = GroundContact.CRAWL_SPACE_OR_BASEMENT


@pytest.mark.parametrize(
    ("floor_type", "expected"),
    [(1, 2.0), (9, 2.0), (10, 1.6), (4, 1.1), (8, 0.8), (12, 0.45), (2, 1.45)],
)
def test_upb0_by_floor_type(floor_type: int, expected: float) -> None:
    # §3.2.2.2: unknown 2 (step 2), dalle béton 2, bois sur solives bois 1.6, entre solives bois
    # 1.1, voûtains en briques 0.8, entrevous isolant 0.45, avec ou sans remplissage 1.45.
    assert upb0_from_table(floor_type) == expected


def test_upb_tab_by_period_and_energy() -> None:
    # §3.2.2.1 Upb_tab, 1989–2000, H1: effet joule 0.55, autres 0.5.
    assert upb_tab(P1989_2000, H1A, True) == 0.55
    assert upb_tab(P1989_2000, H1A, False) == 0.5


def test_upb_thickness_uses_lambda_0_042() -> None:
    # §3.2.2.1 step 7: 1/(1/2 + 0.10/0.042) = 1/2.880952 = 0.347107 (file 2335E2295999C, floor 2).
    value = upb(
        2.0,
        Insulation(InsulationState.THICKNESS, thickness_cm=10),
        zone_id=H1A,
        electric_joule=False,
        construction_period=BEFORE_1948,
    )
    assert value == pytest.approx(1 / (0.5 + 0.1 / 0.042), rel=FORMULA)


@pytest.mark.parametrize(
    ("surface", "perimeter", "expected"),
    [(75.07, 41.2, 4), (10.5, 10.0, 2), (12.5, 10.0, 3), (44.8, 12.8, 7)],
)
def test_two_s_over_p_is_rounded_to_the_nearest_integer(
    surface: float, perimeter: float, expected: int
) -> None:
    # §3.2.2.1 « 2S/P est arrondi à l'entier le plus proche »: 3.64 → 4, 2.1 → 2, 2.5 → 3, 7.0.
    assert two_s_over_p(surface, perimeter) == expected


def test_ue_interpolates_in_upb() -> None:
    # On the ground, before 2001, 2S/P = 4: Upb 3.4 → 0.68, Upb 1.5 → 0.51;
    # Upb 2: 0.51 + (2 − 1.5)/(3.4 − 1.5) × 0.17 = 0.554737 (file 2187E0982013C, floor 1).
    assert ue(2.0, 4, GROUND, BEFORE_1948) == pytest.approx(0.51 + 0.5 / 1.9 * 0.17, rel=FORMULA)
    # Crawl space, 2S/P = 4: Upb 3.33 → 0.43, 1.43 → 0.40; Upb 1.6: 0.40 + 0.17/1.9 × 0.03.
    assert ue(1.6, 4, CRAWL, BEFORE_1948) == pytest.approx(0.40 + 0.17 / 1.9 * 0.03, rel=FORMULA)


def test_ue_extrapolates_beyond_the_upb_columns() -> None:
    # Ground before 2001, 2S/P 7, Upb 1.45 below the 1.5 column: line through 1.5 → 0.39 and
    # 0.85 → 0.33: 0.39 − 0.05 × 0.06/0.65 = 0.385385 (file 2187E0982591I, floor 1).
    assert ue(1.45, 7, GROUND, BEFORE_1948) == pytest.approx(0.39 - 0.05 * 0.06 / 0.65, rel=FORMULA)


def test_ue_interpolates_between_2s_p_rows() -> None:
    # Crawl space, Upb 3.33: 2S/P 10 → 0.33, 12 → 0.28; 11 → 0.305.
    assert ue(3.33, 11, CRAWL, BEFORE_1948) == pytest.approx(0.305, rel=FORMULA)


def test_ue_holds_2s_p_within_the_table() -> None:
    # 2S/P 1 reads as 3: ground before 2001, Upb 2 → 0.56 + 0.5/1.9 × 0.22 = 0.617895;
    # 2S/P 451 reads as 20: ground from 2001, Upb 0.23 (extrapolated from 0.31 → 0.13 and
    # 0.37 → 0.14): 0.13 − 0.08 × 0.01/0.06 = 0.116667 (file 2326E1087401F).
    assert ue(2.0, 1, GROUND, BEFORE_1948) == pytest.approx(0.56 + 0.5 / 1.9 * 0.22, rel=FORMULA)
    assert ue(0.23, 451, GROUND, P2013_2021) == pytest.approx(0.13 - 0.08 / 6, rel=FORMULA)


def test_ue_extrapolates_2s_p_below_3_for_programs_that_do() -> None:
    # Ground before 2001, Upb 2: 2S/P 3 → 0.617895, 4 → 0.51 + 0.5/1.9 × 0.17 = 0.554737;
    # the line through them at 2S/P 2: 2 × 0.617895 − 0.554737 = 0.681053, the Ue printed by
    # file 2283E0131604Y (0.681, DPEWIN, 2S/P = 76.5/40 = 1.9 → 2). Above 20 it is still held.
    at_3 = 0.56 + 0.5 / 1.9 * 0.22
    at_4 = 0.51 + 0.5 / 1.9 * 0.17
    extrapolated = ue(2.0, 2, GROUND, BEFORE_1948, below_table=RatioBelowTable.EXTRAPOLATE)
    assert extrapolated == pytest.approx(2 * at_3 - at_4, rel=FORMULA)
    assert ue(0.23, 451, GROUND, P2013_2021, below_table=RatioBelowTable.EXTRAPOLATE) == (
        pytest.approx(0.13 - 0.08 / 6, rel=FORMULA)
    )


def test_ue_reads_the_row_below_for_programs_that_do() -> None:
    # Crawl space, Upb 3.33: 2S/P 11 read at the row 10 (0.33) instead of 0.305; a tabulated
    # 2S/P (12 → 0.28) and one below the table (held at 3) are unchanged.
    assert ue(3.33, 11, CRAWL, BEFORE_1948, between_rows=RatioBetweenRows.ROW_BELOW) == 0.33
    assert ue(3.33, 12, CRAWL, BEFORE_1948, between_rows=RatioBetweenRows.ROW_BELOW) == 0.28
    assert ue(2.0, 1, GROUND, BEFORE_1948, between_rows=RatioBetweenRows.ROW_BELOW) == (
        pytest.approx(0.56 + 0.5 / 1.9 * 0.22, rel=FORMULA)
    )


def test_ue_rejects_a_floor_without_perimeter() -> None:
    with pytest.raises(EnvelopeInputError, match="périmètre du plancher"):
        two_s_over_p(40.0, 0.0)


@pytest.mark.parametrize(
    ("roof_type", "expected"),
    [(1, 2.5), (8, 2.5), (10, 2.3), (4, 1.2), (13, 0.24), (12, 2.5), (16, 2.5)],
)
def test_uph0_by_ceiling_type(roof_type: int, expected: float) -> None:
    # §3.2.3.2: unknown 2.5, dalle béton 2.5, plafond bois sous solives bois 2.3, entre solives
    # bois 1.2, chaume 0.24, combles aménagés sous rampant 2.5, bac acier as rampant 2.5.
    assert uph0_from_table(roof_type) == expected


def test_uph_tab_distinguishes_attics_and_flat_roofs() -> None:
    # §3.2.3.1 Uph_tab, 1983–88, H1, autres: combles 0.3, terrasse 0.55.
    assert uph_tab(P1983_1988, H1A, False, RoofKind.ATTIC) == 0.3
    assert uph_tab(P1983_1988, H1A, False, RoofKind.FLAT) == 0.55


def test_uph_thickness_and_unknown_insulation() -> None:
    # Step 7: 1/(1/2.5 + 0.08/0.04) = 1/2.4 = 0.416667.
    thick = uph(
        2.5,
        Insulation(InsulationState.THICKNESS, thickness_cm=8),
        kind=RoofKind.ATTIC,
        zone_id=H1A,
        electric_joule=False,
        construction_period=BEFORE_1948,
    )
    assert thick == pytest.approx(1 / 2.4, rel=FORMULA)
    # Step 4, 1983–88 flat roof: Min(2.5 ; 0.55).
    unknown = uph(
        2.5,
        Insulation(InsulationState.UNKNOWN),
        kind=RoofKind.FLAT,
        zone_id=H1A,
        electric_joule=False,
        construction_period=P1983_1988,
    )
    assert unknown == 0.55
