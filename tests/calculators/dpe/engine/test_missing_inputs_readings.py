"""Defaults taken for inputs a file leaves out, and program readings of §4.

References: 3CL-DPE 2021 (arrêté du 31 mars 2021, annexe 1) §3.2.2.1 (Ue of floors on the
ground from 2S/P, no default perimeter given) and §4 (wind-protection coefficients e and f:
0.07 / 15 with several exposed façades, 0.02 / 20 with one); the corpus files named in each
test are the certified values. Exact comparisons where a value is copied, not computed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from calculators.dpe.ademe.systems import Ventilation
from calculators.dpe.engine.envelope import EnvelopeResult, envelope_losses
from calculators.dpe.engine.envelope.conventions import DEFAULT_CONVENTIONS, conventions_for
from calculators.dpe.engine.needs_from_ademe_envelope import air_renewal_inputs
from calculators.dpe.engine.totals_from_ademe import previous_list_value, tables_network_lookup
from tests.calculators.dpe.engine.needs_support import corpus_file
from tests.calculators.dpe.engine.test_envelope_from_ademe import FLOOR, house, make


def _house_with_floor(**changes: Any) -> EnvelopeResult:
    inputs = house()
    floor = dataclasses.replace(FLOOR, **changes)
    envelope = dataclasses.replace(inputs.enveloppe, planchers_bas=(floor,))
    return envelope_losses(dataclasses.replace(inputs, enveloppe=envelope))


def test_floor_without_perimeter_takes_the_certified_ue_with_a_warning() -> None:
    intermediate = dataclasses.replace(FLOOR.intermediaire, upb_final=0.259231)
    result = _house_with_floor(perimetre_ue=None, intermediaire=intermediate)
    assert result.complete
    assert result.low_floors[0].u_used == 0.259231  # copied from the file, not computed
    assert any("perimetre_ue) absent" in w and "0.259" in w for w in result.warnings)


def test_floor_without_perimeter_nor_certified_ue_is_left_out() -> None:
    result = _house_with_floor(perimetre_ue=None)
    assert not result.complete
    assert result.low_floors == ()
    assert any("Ue incalculable (§3.2.2.1)" in w for w in result.warnings)


def test_corpus_floor_without_perimeter_is_computed(shared_dir: Path) -> None:
    """2273E0303205P (WinDpe 3.0.0.8): floor on the ground of 98 m² without perimeter; the
    certified engine wrote Ue 0.259231 for Upb 0.5 (2S/P = 7 of the ≥ 2001 table); its official
    deperdition_plancher_bas 25.405 W/K = 98 × 0.259231 (rounded to 0.001 W/K)."""
    dpe = corpus_file(shared_dir, "2273E0303205P.xml")
    result = envelope_losses(dpe.inputs, software_id=dpe.metadata.usr_logiciel_id)
    assert result.complete
    assert result.deperdition_plancher_bas == pytest.approx(25.405, abs=1e-3)


def _ventilation(exposed: bool | None) -> Ventilation:
    return make(
        Ventilation,
        enum_type_ventilation_id=1,
        q4pa_conv_saisi=1.5,
        plusieurs_facade_exposee=exposed,
    )


@pytest.mark.parametrize(
    ("software", "declared", "taken"),
    [
        (None, False, False),  # text's reading: one façade as declared
        ("26615", False, False),  # LICIEL follows the text (22 files of one façade match)
        ("22570", False, True),  # WinDpe: e, f of several façades (5 files of 5)
        ("18104", False, True),  # program 18104: idem (4 files of 4)
        ("22570", True, True),
    ],
)
def test_facade_exposure_reading_by_program(
    software: str | None, declared: bool, taken: bool
) -> None:
    conventions = conventions_for(software)
    inputs = air_renewal_inputs(
        _ventilation(declared),
        surface_m2=60.0,
        hsp_m=2.5,
        sdep=50.0,
        periode_construction_id=6,
        methode_application_id=2,
        warnings=[],
        one_facade_as_several=conventions.one_facade_as_several,
    )
    assert inputs.plusieurs_facades_exposees is taken
    assert DEFAULT_CONVENTIONS.one_facade_as_several is False


def test_network_of_a_list_the_tables_lack_takes_its_latest_listed_content() -> None:
    """Lists « 2024 » (arrêté du 11 avril 2025) are not in ADEME's tables: 9403C (Choisy-Vitry)
    takes its 2023 content 0.166 (arrêté du 5 juillet 2024, contenu_co2_acv); the corpus file
    2694E0480609U, dated under the 2024 list, wrote 0.171."""
    assert previous_list_value(2024, "9403C") == (2023, 0.166)
    assert tables_network_lookup("reseau_chaleur_2024", "9403C") == 0.166
    assert tables_network_lookup("reseau_chaleur_2024", "6204C") == 0.106  # our own data first
    assert previous_list_value(2024, "9999Z") is None
