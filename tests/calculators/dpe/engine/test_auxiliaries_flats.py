"""Distribution auxiliaries of a flat served by collective installations (3CL-DPE 2021, annex 1,
§15.2, §17.2.1.1, §17.2.2.2.1) and DPEWIN's reading of the loop's levels
(``systems_conventions.json``).

References: the certified values of the ADEME corpus. DPEWIN's flats generated from building
data write 0 on their distribution lines but carry the auxiliaries in their five-use total:
``cout_total_auxiliaire`` holds them unreduced (``lighting_conventions.json``), 69.0 kWh for
2375E2293948T; the other files write their ``conso_auxiliaire_distribution_ecs``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.auxiliaries import HotWaterLoop, loop_pump_kwh
from calculators.dpe.engine.auxiliaries_from_ademe import (
    building_area_m2,
    heating_distribution_from_inputs,
    hot_water_distribution_kwh,
)
from calculators.dpe.engine.coefficients import coefficients as needs_coefficients
from calculators.dpe.engine.systems_conventions import systems_conventions
from tests.calculators.dpe.engine.auxiliaries_corpus import heating_of, hot_water_of, nref19
from tests.calculators.dpe.engine.systems_corpus import corpus, dwelling_area

pytestmark = pytest.mark.corpus

DPEWIN = "3752"
ROUNDING_KWH = 0.2
"""The files write 0.1 kWh; a value restored through DPEWIN's 0.290 fraction is within 0.2."""


def _file(shared_dir: Path, name: str) -> DpeFile:
    return next(d for n, d in corpus(shared_dir) if n == f"{name}.xml")


def test_collective_circulator_of_a_flat_from_building_data(shared_dir: Path) -> None:
    """2375E2293948T: 54 m² of a 5,880 m² building on a heat network, 14 levels, high-temperature
    radiators, GV of the building 12,520.33 W/K, Nref19 5,792 h. §17.2.2.2.1: the building's
    circulator (Pcircem 1,227 W: Lem = 5 × 0.802 × (14 + √(5880/14)) = 138.3 m, ΔP 30.7 kPa,
    qv 17.9 m³/h over 14.7 pumps) times Nref, shared by living area (54/5880): 65.30 kWh.
    With the loop (3.72 kWh, below) it is DPEWIN's 69.0 kWh. Sizing it on the flat, as the
    engine did, gives the 30 W floor: 173.8 kWh."""
    dpe = _file(shared_dir, "2375E2293948T")
    gv = dpe.outputs.deperdition.deperdition_enveloppe
    flat = dwelling_area(dpe)
    assert building_area_m2(dpe.inputs, flat) == 5880.0
    building = heating_distribution_from_inputs(
        dpe.inputs, heating_of(dpe), gv, nref19(dpe), flat, gv
    )
    assert building == pytest.approx(65.30, abs=0.01)
    flat_gv = gv * flat / 5880.0
    before = heating_distribution_from_inputs(
        dpe.inputs, heating_of(dpe), flat_gv, nref19(dpe), flat
    )
    assert before == pytest.approx(30.0 * 5792 / 1000, abs=0.01)
    loop = hot_water_distribution_kwh(dpe.inputs, hot_water_of(dpe), DPEWIN)
    unreduced_total = dpe.outputs.cout.values["cout_total_auxiliaire"]
    assert building + loop == pytest.approx(unreduced_total, abs=ROUNDING_KWH)


def test_installation_described_for_the_building_keeps_its_key(shared_dir: Path) -> None:
    """2213E2971717J (LICIEL, method 13): the installation is described at the building's scale
    (12,199 m²) with the flat's ``cle_repartition_ch``: unchanged, 96.74 kWh as written."""
    dpe = _file(shared_dir, "2213E2971717J")
    gv = dpe.outputs.deperdition.deperdition_enveloppe
    result = heating_distribution_from_inputs(
        dpe.inputs, heating_of(dpe), gv, nref19(dpe), dwelling_area(dpe), gv
    )
    official = dpe.outputs.ef_conso.values["conso_auxiliaire_distribution_ch"]
    assert result == pytest.approx(official, abs=0.01)


def test_loop_of_a_flat_without_ratio_is_sized_on_the_building(shared_dir: Path) -> None:
    """2395E2435060X (WinDpe, method 4): 42.72 m² of an 8,544 m² building, collective looped hot
    water without ``ratio_virtualisation``. §15.2.3: the building's losses are the flat's
    times 8544/42.72; the loop sized so and brought back by 42.72/8544 gives the file's 4.05
    kWh, where the loop sized on the flat runs at the 20 W floor all year (171.84 kWh)."""
    dpe = _file(shared_dir, "2395E2435060X")
    result = hot_water_distribution_kwh(dpe.inputs, hot_water_of(dpe))
    official = dpe.outputs.ef_conso.values["conso_auxiliaire_distribution_ecs"]
    assert result == pytest.approx(official, abs=0.01)
    days = needs_coefficients().eau_chaude.jours_occupation
    flat_loop = HotWaterLoop((10.0,) * 12, 42.72, 1, days)
    assert loop_pump_kwh(flat_loop) == pytest.approx(20.0 * 8592 / 1000, abs=0.01)


@pytest.mark.parametrize(
    ("name", "levels", "text_kwh"),
    [("2321E1081706Z", 8, 4.210), ("2325E0263200D", 6, 4.631)],
)
def test_dpewin_sizes_the_loop_on_the_building_levels(
    shared_dir: Path, name: str, levels: int, text_kwh: float
) -> None:
    """DPEWIN writes ``nombre_niveau_installation_ecs`` 1 and sizes the loop on the building's
    levels (``nombre_niveau_immeuble``): its written loop (3.197 and 3.992 kWh) against the
    text's reading of the installation's one level."""
    dpe = _file(shared_dir, name)
    assert dpe.inputs.caracteristique_generale.nombre_niveau_immeuble == levels
    assert systems_conventions(DPEWIN).loop_levels_from_building
    official = dpe.outputs.ef_conso.values["conso_auxiliaire_distribution_ecs"]
    dpewin = hot_water_distribution_kwh(dpe.inputs, hot_water_of(dpe), DPEWIN)
    text = hot_water_distribution_kwh(dpe.inputs, hot_water_of(dpe), None)
    assert dpewin == pytest.approx(official, abs=0.01)
    assert text == pytest.approx(text_kwh, abs=0.001)
