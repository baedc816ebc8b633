"""One program's readings of chapters 14–15 (``systems_conventions.json``) against the text's.

Hand cases: §14.3 gives Rs × Rg = 0.9 for an insulated installation, 0.75 otherwise (exact
table values). Corpus: DPEWIN's district hot water written with 0.9 although its
``reseau_distribution_isole`` is 0 (2378E0897918K: ``conso_ecs`` 6,119.7 kWh).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from calculators.dpe.engine.hot_water.district import substation_efficiency, substation_insulated
from calculators.dpe.engine.hot_water.from_ademe import hot_water_from_ademe
from calculators.dpe.engine.systems_conventions import TEXT, systems_conventions
from tests.calculators.dpe.engine.systems_corpus import corpus

DPEWIN, LICIEL = "3752", "26615"
ROUNDING = 0.001
"""The corpus writes consumptions to 0.1 kWh; 0.1 % covers it on a few thousand kWh."""


def test_dpewin_takes_the_substation_as_insulated() -> None:
    assert substation_efficiency(substation_insulated(False, f" {DPEWIN} ")) == 0.9
    assert substation_efficiency(substation_insulated(False, None)) == 0.75  # the text
    assert substation_efficiency(substation_insulated(False, LICIEL)) == 0.75
    assert substation_efficiency(substation_insulated(None, None)) == 0.9  # flag absent
    assert substation_efficiency(substation_insulated(True, None)) == 0.9


def test_programs_without_a_recorded_reading_follow_the_text() -> None:
    assert systems_conventions(None) is TEXT
    assert systems_conventions(LICIEL) is TEXT
    assert not TEXT.substation_always_insulated and not TEXT.loop_levels_from_building
    dpewin = systems_conventions(DPEWIN)
    assert dpewin.substation_always_insulated and dpewin.loop_levels_from_building


@pytest.mark.corpus
def test_dpewin_district_hot_water_against_its_flag(shared_dir: Path) -> None:
    """2378E0897918K (DPEWIN 3.1.1): flag 0, written Rs × Rg 0.9; the file's consumption is
    found with DPEWIN's reading, 20 % above it with the text's (0.9 / 0.75 = 1.2)."""
    dpe = next(d for name, d in corpus(shared_dir) if name == "2378E0897918K.xml")
    assert dpe.inputs.systemes.installations_ecs[0].reseau_distribution_isole is False
    official = dpe.outputs.ef_conso.conso_ecs
    assert official is not None
    dwelling = sum(r.dwelling_consumption_kwh for r in hot_water_from_ademe(dpe))
    assert dwelling == pytest.approx(official, rel=ROUNDING)
    generator = hot_water_from_ademe(dpe)[0].generators[0]
    assert generator.efficiency.generation == 0.9
    unknown = dataclasses.replace(
        dpe, metadata=dataclasses.replace(dpe.metadata, usr_logiciel_id=None)
    )
    text = sum(r.dwelling_consumption_kwh for r in hot_water_from_ademe(unknown))
    assert text == pytest.approx(dwelling * 0.9 / 0.75, rel=1e-9)
