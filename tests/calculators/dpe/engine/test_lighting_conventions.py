"""Lighting as the certified programs write it (``lighting_conventions.json``, §16.1).

The house of ``test_envelope_from_ademe`` (zone H1a) is turned into a DPEWIN flat generated
from building data. Expected fractions are the data file's, each measured on the ADEME corpus
(DPEWIN files of methods 23, 33 and 34: 0.2886–0.2904 for data models 2 to 2.3, 0.3469–0.3473
for 2.4, the spread being the one-decimal rounding of ``conso_eclairage``).
"""

from __future__ import annotations

import dataclasses

import pytest

from calculators.dpe.ademe.inputs import DpeInputs, MethodeApplication, TypeDpe
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.lighting import lighting_kwh
from calculators.dpe.engine.lighting_conventions import lighting_factor, lighting_from_ademe
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
    assert lighting_from_ademe(flat(version=version), DPEWIN, text) == factor * text


def test_the_text_applies_everywhere_else() -> None:
    # Another program, no program, a DPEWIN file of another method (the house, method 1; 42
    # corpus files of methods 1, 2, 26, 31, 32 write the §16.1 value) or of a data-model
    # version the corpus does not show: the §16.1 value.
    assert lighting_factor(flat(), LICIEL) == 1.0
    assert lighting_factor(flat(), None) == 1.0
    assert lighting_factor(house(), DPEWIN) == 1.0
    assert lighting_factor(flat(version="2.6"), DPEWIN) == 1.0
    assert lighting_from_ademe(house(), DPEWIN, 189.0) == 189.0
