"""The fraction of its lighting line a certified program writes (``lighting_conventions.json``,
§16.1), and what its five-use totals carry instead.

The house of ``test_envelope_from_ademe`` (zone H1a) is turned into a DPEWIN flat generated
from building data. Expected fractions are the data file's, each measured on the ADEME corpus
(DPEWIN files of methods 23, 33 and 34: 0.2886–0.2904 for data models 2 to 2.3, 0.3469–0.3473
for 2.4, the spread being the one-decimal rounding of ``conso_eclairage``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from calculators.dpe.ademe.inputs import DpeInputs, MethodeApplication, TypeDpe
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.lighting import lighting_kwh
from calculators.dpe.engine.lighting_conventions import lighting_factor
from calculators.dpe.engine.totals import Use
from calculators.dpe.engine.totals_from_ademe import official_inputs, totals_from_file
from tests.calculators.dpe.engine.systems_corpus import corpus
from tests.calculators.dpe.engine.test_envelope_from_ademe import house

DPEWIN, LICIEL = "3752", "26615"
FLAT_FROM_BUILDING = MethodeApplication(
    id=34,
    type_dpe=TypeDpe.APPARTEMENT_DEPUIS_IMMEUBLE,
    etude_thermique=None,
    chauffage="mixte",
    ecs="collectif",
)


def flat(method: MethodeApplication = FLAT_FROM_BUILDING, version: str = "2.3") -> DpeInputs:
    dpe = house()
    administratif = dataclasses.replace(
        dpe.administratif, methode_application=method, enum_version_id=version
    )
    return dataclasses.replace(dpe, administratif=administratif)


@pytest.mark.parametrize(("version", "factor"), [("2", 0.290), ("2.3", 0.290), ("2.4", 0.347)])
def test_dpewin_flats_from_building_data(version: str, factor: float) -> None:
    # 2375E2293948T (model 2.3): 54 m² in H1a, §16.1 gives 0.9 × 1.4 × 1500 / 1000 × 54 =
    # 102.06 kWh; the file writes 29.6 = 0.290 × 102.06 (to its 0.1 kWh rounding).
    assert lighting_factor(flat(version=version), f" {DPEWIN} ") == factor
    text = lighting_kwh(54.0, ClimateZone.H1A)
    assert text == pytest.approx(102.06, rel=1e-9)


def test_the_text_applies_everywhere_else() -> None:
    # Another program, no program, a DPEWIN file of another method (the house, method 1; 42
    # corpus files of methods 1, 2, 26, 31, 32 write the §16.1 value) or of a data-model
    # version the corpus does not show: the §16.1 value.
    assert lighting_factor(flat(), LICIEL) == 1.0
    assert lighting_factor(flat(), None) == 1.0
    assert lighting_factor(house(), DPEWIN) == 1.0
    assert lighting_factor(flat(version="2.6"), DPEWIN) == 1.0


@pytest.mark.corpus
def test_dpewin_totals_carry_the_whole_lines(shared_dir: Path) -> None:
    """2375E2293948T (DPEWIN 5.1.6, model 2.3, method 34): the file writes lighting 29.6,
    ventilation 124.3 and auxiliaries 20.0 kWh (0.290 × 102.07, 428.7, 69.0) but its five-use
    total carries the whole lines: 8,925.1 = 6,210.4 + 2,115.0 + 102.07 + 497.63 kWh. Read
    with DPEWIN's fraction the lines add up and give the official Cep 179.72 kWhEP/m² and GES
    29.70 kg/m² (label C); read as written (the text's reading for an unknown program) 425.8
    kWh are left unallocated and Cep falls to 161.6 (the EP factor 2.3 on the missing part).
    Tolerance: the 0.1 kWh rounding of the written lines, divided by 0.290."""
    dpe = next(d for name, d in corpus(shared_dir) if name == "2375E2293948T.xml")
    stated = official_inputs(dpe)
    lines = {line.use: line.kwh for line in stated.conventional}
    assert lines[Use.ECLAIRAGE] == pytest.approx(29.6 / 0.290, abs=0.01)
    assert lines[Use.AUXILIAIRES] == pytest.approx(428.7 + 69.0, abs=0.2)
    assert stated.unallocated_kwh == pytest.approx(0.0, abs=1e-6)
    totals = totals_from_file(dpe)
    assert totals.cep_kwh_m2 == pytest.approx(179.718, abs=0.01)
    assert totals.eges_kg_m2 == pytest.approx(29.705, abs=0.01)
    assert totals.label.label == "C"
    unknown = dataclasses.replace(
        dpe, metadata=dataclasses.replace(dpe.metadata, usr_logiciel_id=None)
    )
    assert official_inputs(unknown).unallocated_kwh == pytest.approx(425.8, abs=0.01)
    assert totals_from_file(unknown).cep_kwh_m2 == pytest.approx(161.58, abs=0.01)
