"""Air renewal (3CL-DPE 2021, annex 1, chapter 4): Hvent, Hperm and Q4Paconv, against values
worked by hand from the §4 formulas and tables (the corpus check is in test_needs_corpus.py)."""

from __future__ import annotations

import dataclasses

import pytest

from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.ventilation import (
    AirRenewalInputs,
    air_renewal,
    q4pa_conv_default,
    q4pa_conv_from_table_id,
    ventilation_flows,
)

HOUSE = AirRenewalInputs(
    type_ventilation_id=4,  # VMC SF auto-réglable de 1982 à 2000
    surface_habitable_m2=100.0,
    hauteur_sous_plafond_m=2.5,
    surface_deperditive_hors_plancher_bas_m2=200.0,
    q4pa_conv_m3_h_m2=1.9,  # maison 1975-2005 (§4 table)
    plusieurs_facades_exposees=True,
)


def test_flows_of_the_section_4_table() -> None:
    # §4 table, row « VMC SF Auto réglable de 1982 à 2000 »: 1.65 / 0 / 2 m³/(h·m²).
    flows = ventilation_flows(4)
    assert (flows.qvarep_conv, flows.qvasouf_conv, flows.smea_conv) == (1.65, 0.0, 2.0)
    # « VMC DF individuelle avec échangeur après 2012 »: balanced 0.26 / 0.26 / 0.
    balanced = ventilation_flows(20)
    assert (balanced.qvarep_conv, balanced.qvasouf_conv, balanced.smea_conv) == (0.26, 0.26, 0)


def test_house_worked_by_hand() -> None:
    # §4 by hand, for HOUSE:
    #   Hvent = 0.34 × 1.65 × 100 = 56.10 W/K
    #   Q4Pa = 1.9 × 200 + 0.45 × 2 × 100 = 470 m³/h
    #   n50 = 470 / ((4/50)^(2/3) × 2.5 × 100) = 470 / (0.185664 × 250) = 10.1258 1/h
    #   (Qvasouf − Qvarep) / (Hsp × n50) = −1.65 / 25.3146 = −0.065180; squared 0.0042484
    #   Qvinf = 2.5 × 100 × 10.1258 × 0.07 / (1 + 15/0.07 × 0.0042484) = 177.202 / 1.91037
    #         = 92.758 m³/h; Hperm = 0.34 × 92.758 = 31.538 W/K
    # Tolerance 1e-4 relative: the hand intermediates are rounded to 5–6 digits.
    result = air_renewal(HOUSE)
    assert result.hvent_w_k == pytest.approx(56.10, rel=1e-9)
    assert result.q4pa_m3_h == pytest.approx(470.0, rel=1e-9)
    assert result.n50_h == pytest.approx(10.1258, rel=1e-4)
    assert result.qvinf_m3_h == pytest.approx(92.758, rel=1e-4)
    assert result.hperm_w_k == pytest.approx(31.538, rel=1e-4)
    assert result.dr_w_k == pytest.approx(56.10 + 31.538, rel=1e-4)


def test_single_facade_and_balanced_ventilation() -> None:
    # One exposed façade (e = 0.02, f = 20): denominator 1 + 1000 × 0.0042484 = 5.2484,
    # Qvinf = 250 × 10.1258 × 0.02 / 5.2484 = 9.6466 m³/h, Hperm = 3.2798 W/K.
    single = air_renewal(dataclasses.replace(HOUSE, plusieurs_facades_exposees=False))
    assert single.hperm_w_k == pytest.approx(3.2798, rel=1e-4)
    # Balanced double flow without exchanger (type 23, 1.65 / 1.65 / 0): the imbalance term
    # vanishes, Qvinf = Hsp × Sh × n50 × e; Q4Pa = 1.5 × 200 = 300, n50 = 300 / 46.416 = 6.4633,
    # Qvinf = 250 × 6.4633 × 0.02 = 32.317, Hperm = 10.988 W/K.
    balanced = air_renewal(
        AirRenewalInputs(23, 100.0, 2.5, 200.0, 1.5, plusieurs_facades_exposees=False)
    )
    assert balanced.hperm_w_k == pytest.approx(10.988, rel=1e-4)


@pytest.mark.parametrize(
    ("periode", "methode", "isolees", "joints", "expected"),
    [
        (1, 1, False, False, 3.3),  # maison avant 1948
        (1, 2, False, False, 4.6),  # appartement avant 1948
        (2, 2, False, False, 2.0),  # appartement 1948-1974
        (5, 1, False, False, 1.9),  # maison 1983-1988 (1975-2005)
        (8, 1, False, False, 1.3),  # maison 2006-2012
        (9, 6, False, False, 1.0),  # immeuble après 2012
        (1, 1, True, False, 2.0),  # avant 1948, murs/plafond isolés à plus de 50 %
        (2, 1, True, False, 1.9),  # 1948-1974 isolé
        (1, 2, False, True, 2.5),  # avant 1948, menuiseries avec joints
        (1, 1, True, True, 2.0),  # isolation et joints : la plus basse (isolation)
        (3, 1, True, True, 1.9),  # après 1974 les deux règles ne s'appliquent pas
    ],
)
def test_q4pa_conv_defaults(
    periode: int, methode: int, isolees: bool, joints: bool, expected: float
) -> None:
    # §4 table of Q4Paconv/m² and the three paragraphs below it.
    value = q4pa_conv_default(
        periode, methode, surfaces_isolees=isolees, menuiseries_avec_joints=joints
    )
    assert value == expected
    assert q4pa_conv_from_table_id(12) == 2.5  # the official row « avant 1948 avec joints »


def test_bad_input_names_the_field() -> None:
    with pytest.raises(NeedsInputError, match="type de ventilation « 99 »"):
        ventilation_flows(99)
    with pytest.raises(NeedsInputError, match="surface habitable ventilée"):
        air_renewal(AirRenewalInputs(4, -5.0, 2.5, 200.0, 1.9, True))
    with pytest.raises(NeedsInputError, match="hauteur sous plafond"):
        air_renewal(AirRenewalInputs(4, 100.0, float("nan"), 200.0, 1.9, True))
    with pytest.raises(NeedsInputError, match="tv_q4pa_conv_id"):
        q4pa_conv_from_table_id(999)
