"""Walls (method 3CL-DPE 2021, annex 1, §3.2.1): Umur0, Umur_nu and Umur.

References are the method's tables (§3.2.1.1 Umur_tab, §3.2.1.2 Umur0) as transcribed in
ADEME's ``valeur_tables.xlsx``, and its formulas worked by hand below. Tabulated values are
compared exactly (they are read, not computed); formulas to 1e-9 relative (float arithmetic of
a few operations, far below the 2–3 decimals the method prints).
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.envelope import EnvelopeInputError, Insulation, InsulationState
from calculators.dpe.engine.envelope.conventions import LiningOrder
from calculators.dpe.engine.envelope.walls import (
    Lining,
    umur,
    umur0_from_table,
    umur_bare,
    umur_tab,
)

FORMULA = 1e-9
H1A, H2B, H3 = 1, 5, 8
BEFORE_1948, P1948_1974, P1975_1977, P1978_1982, P2006_2012 = 1, 2, 3, 4, 8
CONCRETE_POURED, HOLLOW_BRICK, STONE_SINGLE, CELLULAR_PRE2013, UNKNOWN = 13, 10, 2, 16, 1


@pytest.mark.parametrize(
    ("material", "thickness_cm", "expected"),
    [
        (CONCRETE_POURED, 20, 2.9),  # §3.2.1.2 « Murs en béton banché ≤ 20 » 2.9
        (CONCRETE_POURED, 12, 2.9),  # below the first class: still « ≤ 20 »
        (CONCRETE_POURED, 22.5, 2.75),
        (STONE_SINGLE, 50, 2.05),  # pierre « constitués d'un seul matériau », 50 cm
        (STONE_SINGLE, 95, 1.5),  # « ≥ 80 »
        (HOLLOW_BRICK, 27, 1.68),  # between 25 (1.7) and 28 (1.68): nearest column 28
        (CELLULAR_PRE2013, 16.25, 0.9),  # tie between 15 (0.90) and 17.5: the thinner one
        (UNKNOWN, None, 2.5),  # « Inconnu »: no thickness needed
    ],
)
def test_umur0_reads_the_material_and_thickness_table(
    material: int, thickness_cm: float | None, expected: float
) -> None:
    assert umur0_from_table(material, thickness_cm) == expected


def test_umur0_needs_a_thickness_for_a_material_with_columns() -> None:
    with pytest.raises(EnvelopeInputError, match="épaisseur de la structure du mur"):
        umur0_from_table(CONCRETE_POURED, None)


def test_umur0_refuses_a_material_without_flat_rate_value() -> None:
    # 23 « Autre matériau non répertorié »: the method asks for a justified U (§3.2.1.2).
    with pytest.raises(EnvelopeInputError, match="sans valeur forfaitaire"):
        umur0_from_table(23, 20)


def test_umur_bare_caps_at_2_5_and_defaults_to_2_5() -> None:
    # §3.2.1.1 steps 2–3: Umur_nu = Min(Umur0 ; 2.5); 2.5 when the type is unknown.
    assert umur_bare(2.9, lining=Lining.NONE, insulating_render=False) == 2.5
    assert umur_bare(None, lining=Lining.NONE, insulating_render=False) == 2.5
    assert umur_bare(1.9, lining=Lining.NONE, insulating_render=False) == 1.9


def test_lining_and_render_add_their_resistances() -> None:
    # §3.2.1.2: 1/(1/1.9 + 0.7) = 1/1.226316 = 0.815451 (render on an old stone wall);
    # lining with air gap > 15 mm: 1/(1/2.0 + 0.21) = 1/0.71 = 1.408451;
    # undetermined lining: 1/(1/2.0 + 0.1) = 1/0.6 = 1.666667; both: 1/(1/1.9+0.21+0.7).
    assert umur_bare(1.9, lining=Lining.NONE, insulating_render=True) == pytest.approx(
        1 / (1 / 1.9 + 0.7), rel=FORMULA
    )
    assert umur_bare(2.0, lining=Lining.KNOWN, insulating_render=False) == pytest.approx(
        1 / 0.71, rel=FORMULA
    )
    assert umur_bare(2.0, lining=Lining.UNDETERMINED, insulating_render=False) == pytest.approx(
        1 / 0.6, rel=FORMULA
    )
    assert umur_bare(1.9, lining=Lining.KNOWN, insulating_render=True) == pytest.approx(
        1 / (1 / 1.9 + 0.21 + 0.7), rel=FORMULA
    )


def test_lining_after_the_cap_for_programs_that_cap_first() -> None:
    # §3.2.1.2 then §3.2.1.1 step 3 (the text): béton banché 20 cm 2.9 with a known lining,
    # 1/(1/2.9 + 0.21) = 1/0.554828 = 1.802362, below the cap. Programs that cap first
    # (conventions.json, DPEWIN): 1/(1/2.5 + 0.21) = 1/0.61 = 1.639344, the Umur printed by
    # file 2363E1654106Z for its wall 1 (1.6393); undetermined lining 1/(0.4 + 0.1) = 2.0
    # (file 2314E2214723H, wall 13). A wall below the cap is the same either way.
    text = umur_bare(2.9, lining=Lining.KNOWN, insulating_render=False)
    capped_first = umur_bare(
        2.9, lining=Lining.KNOWN, insulating_render=False, order=LiningOrder.AFTER_CAP
    )
    assert text == pytest.approx(1 / (1 / 2.9 + 0.21), rel=FORMULA)
    assert capped_first == pytest.approx(1 / 0.61, rel=FORMULA)
    assert umur_bare(
        2.9, lining=Lining.UNDETERMINED, insulating_render=False, order=LiningOrder.AFTER_CAP
    ) == pytest.approx(2.0, rel=FORMULA)
    assert umur_bare(
        2.0, lining=Lining.KNOWN, insulating_render=False, order=LiningOrder.AFTER_CAP
    ) == umur_bare(2.0, lining=Lining.KNOWN, insulating_render=False)


def test_lining_applies_before_the_2_5_cap() -> None:
    # Umur0 = 2.9 lined: 1/(1/2.9 + 0.21) = 1.802 < 2.5, so the cap does not bite (the lining
    # belongs to Umur0, §3.2.1.2, and Umur_nu = Min(Umur0 ; 2.5)).
    assert umur_bare(2.9, lining=Lining.KNOWN, insulating_render=False) == pytest.approx(
        1 / (1 / 2.9 + 0.21), rel=FORMULA
    )


@pytest.mark.parametrize(
    ("period", "zone", "joule", "expected"),
    [
        (P1948_1974, H1A, False, 2.5),  # « ≤ 74 ou inconnu »
        (P1975_1977, H1A, False, 1.0),
        (P1978_1982, H1A, True, 0.8),  # effet joule
        (P1978_1982, H1A, False, 1.0),  # ADEME workbook; the markdown transcription says 0.8
        (P1975_1977, H2B, False, 1.05),
        (P2006_2012, H3, False, 0.4),
        (9, H1A, False, 0.23),  # « ≥ 13 »
    ],
)
def test_umur_tab_by_period_zone_and_energy(
    period: int, zone: int, joule: bool, expected: float
) -> None:
    assert umur_tab(period, zone, joule) == expected


def _u(insulation: Insulation, *, u_bare: float = 2.5, period: int = BEFORE_1948) -> float:
    return umur(u_bare, insulation, zone_id=H1A, electric_joule=False, construction_period=period)


def test_insulation_thickness_uses_lambda_0_04() -> None:
    # §3.2.1.1 step 7: 1/(1/2.5 + 0.10/0.04) = 1/(0.4 + 2.5) = 0.344828.
    value = _u(Insulation(InsulationState.THICKNESS, thickness_cm=10))
    assert value == pytest.approx(1 / 2.9, rel=FORMULA)


def test_insulation_resistance() -> None:
    # §3.2.1.1 step 6: 1/(1/1.9 + 3.7) = 1/4.226316 = 0.236613.
    value = _u(Insulation(InsulationState.RESISTANCE, resistance_m2k_w=3.7), u_bare=1.9)
    assert value == pytest.approx(1 / (1 / 1.9 + 3.7), rel=FORMULA)


def test_absent_and_unknown_insulation() -> None:
    # Step 5: U = Umur_nu; step 4 before 1975: Min(Umur_nu ; Umur_tab = 2.5).
    assert _u(Insulation(InsulationState.ABSENT), u_bare=1.9) == 1.9
    assert _u(Insulation(InsulationState.UNKNOWN), u_bare=1.9) == 1.9
    # Step 4 in 2006–2012, H1: Min(1.9 ; 0.36) = 0.36.
    assert _u(Insulation(InsulationState.UNKNOWN), u_bare=1.9, period=P2006_2012) == 0.36


def test_insulation_year_known_and_unknown() -> None:
    # Step 8: insulation of 1978–82, H1, not joule → Min(2.5 ; 1.0).
    known = Insulation(InsulationState.INSULATION_PERIOD, period=P1978_1982)
    assert _u(known) == 1.0
    # Step 9: year unknown in a 1948–74 building → insulation of 1975–77 → Min(2.5 ; 1.0).
    assert _u(Insulation(InsulationState.CONSTRUCTION_PERIOD), period=P1948_1974) == 1.0
    # Step 9 in a 2006–12 building: the construction period → 0.36.
    assert _u(Insulation(InsulationState.CONSTRUCTION_PERIOD), period=P2006_2012) == 0.36


def test_bad_inputs_name_the_field() -> None:
    with pytest.raises(EnvelopeInputError, match="mur : épaisseur d'isolant"):
        _u(Insulation(InsulationState.THICKNESS, thickness_cm=-2))
    with pytest.raises(EnvelopeInputError, match="période d'isolation absente"):
        _u(Insulation(InsulationState.INSULATION_PERIOD))
    with pytest.raises(EnvelopeInputError, match="zone climatique"):
        umur_tab(P1975_1977, 9, False)
