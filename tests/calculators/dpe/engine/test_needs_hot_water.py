"""Hot-water need (3CL-DPE 2021, annex 1, §11.1): Nmax, Nadeq and Becs worked by hand; which
dwellings Nadeq counts in the flats of a building study, on the ADEME corpus."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, monthly_climate
from calculators.dpe.engine.hot_water_need import HousingKind, hot_water_need, nadeq, nmax
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.needs_from_ademe import building_needs
from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.tables import enum_row
from tests.calculators.dpe.engine.systems_corpus import corpus

HOUSE = HousingKind.INDIVIDUEL
FLAT = HousingKind.COLLECTIF


@pytest.mark.parametrize(
    ("area", "kind", "dwellings", "expected"),
    [
        # Houses (§11.1 « logements individuels »):
        (28.0, HOUSE, 1, 1.0),  # Shmoy < 30: Nmax = 1
        (45.0, HOUSE, 1, 1.28125),  # 1.75 − 0.01875 × (70 − 45)
        (70.0, HOUSE, 1, 1.75),  # 0.025 × 70 = 1.75 → 1.75 + 0.3 × 0
        (75.0, HOUSE, 1, 1.7875),  # Nmax 1.875 → 1.75 + 0.3 × 0.125
        (120.0, HOUSE, 1, 2.125),  # Nmax 3 → 1.75 + 0.3 × 1.25
        # Flats and buildings (§11.1 « logements collectifs »):
        (8.0, FLAT, 1, 1.0),  # Shmoy < 10
        (45.0, FLAT, 1, 1.65625),  # 1.75 − 0.01875 × (50 − 45)
        (75.0, FLAT, 1, 2.0125),  # 0.035 × 75 = 2.625 → 1.75 + 0.3 × 0.875
        (140.0, FLAT, 2, 3.92),  # Shmoy 70, Nmax 2.45 → 2 × (1.75 + 0.3 × 0.7)
        (300.0, FLAT, 10, 13.75),  # Shmoy 30: Nmax 1.375 < 1.75 → 10 × 1.375
    ],
)
def test_nadeq(area: float, kind: HousingKind, dwellings: int, expected: float) -> None:
    # Exact arithmetic on short decimals: 1e-12 covers float rounding only.
    assert nadeq(area, kind, dwellings) == pytest.approx(expected, abs=1e-12)


def test_nmax_is_continuous_at_the_thresholds() -> None:
    # §11.1 laws meet at 70 m² (houses: 1.75 both sides) and 50 m² (flats: 1.75 both sides).
    assert nmax(70.0 - 1e-9, HOUSE) == pytest.approx(nmax(70.0, HOUSE), abs=1e-9)
    assert nmax(50.0 - 1e-9, FLAT) == pytest.approx(nmax(50.0, FLAT), abs=1e-9)


def test_hot_water_need_h1a_worked_by_hand() -> None:
    # §11.1 for a 120 m² house in H1a below 400 m (Nadeq 2.125), Tefs of §18.2.1 and njj
    # (24 days in December): Σ (40 − Tefsj) × njj = 998.2 + 966.0 + 1026.1 + 927.0 + 886.6
    # + 747.0 + 740.9 + 688.2 + 723.0 + 784.3 + 825.0 + 739.2 = 10,051.5 K·day;
    # Becs = 1.163 × 2.125 × 56 × 10,051.5 / 1000 = 1,391.10 kWh/yr; January alone
    # 1.163 × 2.125 × 56 × 32.2 × 31 / 1000 = 138.148 kWh. Dépensier: × 79/56 exactly.
    # Tolerance 1e-5 relative: the hand products are rounded to 6 digits.
    climate = monthly_climate(ClimateZone.H1A, AltitudeClass.BELOW_400)
    need = hot_water_need(2.125, climate.tefs)
    assert need.annual_kwh == pytest.approx(1391.10, rel=1e-5)
    assert need.monthly_kwh[0] == pytest.approx(138.148, rel=1e-5)
    assert need.annual_depensier_kwh == pytest.approx(need.annual_kwh * 79 / 56, rel=1e-12)


def test_bad_input() -> None:
    with pytest.raises(NeedsInputError, match="nombre de logements"):
        nadeq(100.0, FLAT, 0)
    with pytest.raises(NeedsInputError, match="surface habitable"):
        nadeq(-3.0, HOUSE)
    with pytest.raises(NeedsInputError, match="eau froide"):
        hot_water_need(2.0, (10.0,) * 11)


STUDY_FLAT = "répartition des consommations"
"""Start of the ``type_virtualisation_extrapolation`` of the flats of an RT2012/RE2020 building
study (``methode_application_dpe_log`` 15, 16, 19, 20, 22–25): the consumptions of the building
are shared out by the keys of the new-building DPE, so its needs are the building's."""


@pytest.mark.corpus
def test_flats_of_a_building_study_take_nadeq_of_the_building(shared_dir: Path) -> None:
    # The official enum says these flats' consumptions are the building's shared by keys: the
    # certified engine computes Nadeq on the building (Sh of the building, Nblgt its flats),
    # §11.1. Checked on the corpus's two such files (2144E0951019J: 19.033 for 646 m² and 10
    # flats; 2144E0963994K: 103.170 for 3 292.34 m² and 56 flats) to 1e-4, the rounding of
    # their outputs, by the rule and by the engine's needs stage (which applies it).
    checked = 0
    for name, dpe in corpus(shared_dir):
        general = dpe.inputs.caracteristique_generale
        method_id = general.enum_methode_application_dpe_log_id
        row = enum_row("methode_application_dpe_log", method_id)
        if not (row["type_virtualisation_extrapolation"] or "").startswith(STUDY_FLAT):
            continue
        assert general.surface_habitable_immeuble and general.nombre_appartement, name
        official = dpe.outputs.apport_et_besoin.values["nadeq"]
        building = nadeq(general.surface_habitable_immeuble, FLAT, general.nombre_appartement)
        assert building == pytest.approx(official, rel=1e-4)
        assert building_needs(method_id), name
        needs = compute_dpe(dpe, date(2026, 1, 1), stop_after="needs").needs
        assert needs is not None, name
        assert needs.nadeq == pytest.approx(official, rel=1e-4)
        checked += 1
    assert checked == 2
