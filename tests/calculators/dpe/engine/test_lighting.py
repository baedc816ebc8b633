"""Lighting consumption (3CL-DPE 2021, annex 1, §16.1).

References: the §16.1 formula Cecl_j = C × Pecl × Nh_j / 1000 with C = 0.9, Pecl = 1.4 W/m², the
table of monthly hours Nh_j (and its « Total » row), worked by hand below; and the ADEME corpus's
official ``conso_eclairage``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.climate import ClimateZone
from calculators.dpe.engine.lighting import lighting_kwh, monthly_lighting_kwh
from calculators.dpe.engine.lighting_conventions import lighting_factor
from calculators.dpe.engine.systems_coefficients import SystemsInputError, coefficients
from tests.calculators.dpe.engine.systems_corpus import (
    corpus,
    dwelling_area,
    per_file,
    score,
    within,
)

# Hand computations are exact up to float rounding: 1e-9 relative.
EXACT = 1e-9


def test_monthly_hours_add_up_to_the_total_row_of_the_table() -> None:
    # §16.1 table « Nbr moyen d'heures d'éclairage par mois », row « Total » (transcription check).
    c = coefficients().eclairage
    for zone in ClimateZone:
        assert sum(c.heures_mensuelles[zone.value]) == c.heures_annuelles[zone.value]


def test_bethune_house_of_100_m2() -> None:
    # H1a: 0.9 × 1.4 × 1500 h / 1000 = 1.89 kWh/m²; January 0.9 × 1.4 × 217 / 1000 × 100.
    assert lighting_kwh(100.0, ClimateZone.H1A) == pytest.approx(189.0, rel=EXACT)
    assert monthly_lighting_kwh(100.0, ClimateZone.H1A)[0] == pytest.approx(27.342, rel=EXACT)


def test_zone_h3_has_more_summer_hours() -> None:
    # H3 June: 60 h (H1a: 30 h) → 0.9 × 1.4 × 60 / 1000 × 50 m² = 3.78 kWh.
    assert monthly_lighting_kwh(50.0, ClimateZone.H3)[5] == pytest.approx(3.78, rel=EXACT)
    assert lighting_kwh(50.0, ClimateZone.H3) == pytest.approx(0.9 * 1.4 * 1506 / 1000 * 50)


def test_negative_area_is_refused_in_french() -> None:
    with pytest.raises(SystemsInputError, match="surface habitable"):
        lighting_kwh(-5.0, ClimateZone.H1A)


@pytest.mark.corpus
def test_corpus_lighting(shared_dir: Path) -> None:
    """Official ``conso_eclairage`` line from the living area and zone, with the fraction the
    file's program writes on it (``lighting_conventions.json``: DPEWIN writes 0.290 or 0.347 ×
    the §16.1 value for flats computed from building data, its totals carrying the whole);
    PV self-consumption deducted by the file (``conso_elec_ac_eclairage``) is added back."""

    def check(dpe: DpeFile) -> tuple[bool, str]:
        zone = ClimateZone.from_enum_id(dpe.inputs.meteo.enum_zone_climatique_id)
        ref = (
            dpe.outputs.ef_conso.conso_eclairage or 0.0
        ) + dpe.outputs.production_electricite.values.get("conso_elec_ac_eclairage", 0.0)
        software = dpe.metadata.usr_logiciel_id
        calc = lighting_kwh(dwelling_area(dpe), zone) * lighting_factor(dpe.inputs, software)
        return within(calc, ref), f"calculé {calc:.1f}, officiel {ref:.1f} kWh"

    result = score("éclairage", per_file(corpus(shared_dir), check))
    print(result.summary())
    assert result.total >= 230
    # Brief's floor 0.90; reached 0.918 (212/231) with the text alone, 0.996 (230/231) with the
    # program readings; the miss, 2335E2295999C, writes 0.196 × the §16.1 value where its
    # DPEWIN siblings write 0.290 (its hot water is off by 2× too). Tolerance: within()'s 5 %.
    assert result.share >= 0.99
