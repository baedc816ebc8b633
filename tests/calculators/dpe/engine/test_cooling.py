"""Cooling need and consumption (3CL-DPE 2021, annex 1, chapter 10).

References: §10.2 (Rbth, fut, a = 1 + τ/15, τ = Cin / (3600 GV), Cin by inertia), §10.3
(Cfr = 0.9 × Bfr / EER, EER = 0.95 × SEER, SEER table), worked by hand below; the ADEME corpus's
official ``conso_fr`` from its ``besoin_fr`` (:mod:`~calculators.dpe.engine.cooling_from_ademe`),
and its ``besoin_fr`` from our needs stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.climate import AltitudeClass, ClimateZone, monthly_climate
from calculators.dpe.engine.cooling import (
    CoolingGains,
    CoolingPeriod,
    cooling_kwh,
    default_eer,
    eer_from_seer,
    monthly_cooling_need_kwh,
)
from calculators.dpe.engine.cooling_from_ademe import (
    CoolingNeed,
    cooling_from_ademe,
    cooling_from_needs,
    cooling_need_from_needs,
)
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.engine.needs_from_ademe import glazing_from_intermediaire, needs_from_ademe
from calculators.dpe.engine.systems_coefficients import SystemsInputError
from tests.calculators.dpe.engine.systems_corpus import (
    corpus,
    described_area,
    dwelling_area,
    per_file,
    score,
    within,
)

# Hand computations below are carried to 1e-9; the formulas have no other approximation.
EXACT = 1e-9
JULY = 6


@pytest.mark.parametrize(
    ("zone", "period", "expected"),
    [
        (ClimateZone.H1A, CoolingPeriod.AVANT_2008, 3.6),  # §10.3 table: EER given before 2008
        (ClimateZone.H1A, CoolingPeriod.DE_2008_A_2014, 0.95 * 6.5),
        (ClimateZone.H2D, CoolingPeriod.DEPUIS_2015, 0.95 * 6.7),
        (ClimateZone.H3, CoolingPeriod.DEPUIS_2015, 0.95 * 7.5),
    ],
)
def test_default_eer_follows_the_seer_table(
    zone: ClimateZone, period: CoolingPeriod, expected: float
) -> None:
    assert default_eer(zone, period) == pytest.approx(expected, rel=EXACT)


def test_entered_seer() -> None:
    assert eer_from_seer(5.0) == pytest.approx(4.75, rel=EXACT)  # §10.3: EER = 0.95 × SEER


def test_consumption_of_a_partly_cooled_dwelling() -> None:
    # Whole need 3000 kWh, EER 3.6, 40 of 100 m² cooled: 0.9 × 3000 / 3.6 × 0.4 = 300 kWh.
    assert cooling_kwh(3000.0, 3.6, 40.0, 100.0) == pytest.approx(300.0, rel=EXACT)
    assert cooling_kwh(3000.0, 3.6) == pytest.approx(750.0, rel=EXACT)


def test_monthly_need_worked_by_hand() -> None:
    """July in H1a below 400 m (§18.2: Text_clim28 = 29.7 °C, Nref28 = 33 h), GV 200 W/K,
    100 m² of medium inertia (Cin = 165 000 J/K/m²), gains 200 + 300 kWh:
    τ = 1.65e7 / (3600 × 200) = 22.917 h, a = 2.5278, Rbth = 5e5 / (200 × 1.7 × 33) = 44.563,
    fut = (1 − Rbth^−a) / (1 − Rbth^(−a−1)) = 0.9999336, Bfr = 500 + fut × 0.2 × 1.7 × 33
    = 511.2193 kWh."""
    climate = monthly_climate(ClimateZone.H1A, AltitudeClass.BELOW_400)
    internal = [0.0] * 12
    solar = [0.0] * 12
    internal[JULY], solar[JULY] = 200_000.0, 300_000.0
    needs = monthly_cooling_need_kwh(
        CoolingGains(internal, solar), 200.0, 100.0, InertiaClass.MOYENNE, climate
    )
    assert needs[JULY] == pytest.approx(511.2192554580852, rel=1e-9)
    assert sum(needs) == pytest.approx(needs[JULY])  # the other months have no gains


def test_small_gains_need_no_cooling() -> None:
    # Rbth = 5000 / 11 220 = 0.446 < 1/2 → Bfr = 0 (§10.2).
    climate = monthly_climate(ClimateZone.H1A, AltitudeClass.BELOW_400)
    internal = [0.0] * 12
    internal[JULY] = 5000.0
    needs = monthly_cooling_need_kwh(
        CoolingGains(internal, [0.0] * 12), 200.0, 100.0, InertiaClass.LOURDE, climate
    )
    assert needs == (0.0,) * 12


def test_errors_name_the_field() -> None:
    with pytest.raises(SystemsInputError, match="EER"):
        cooling_kwh(100.0, 0.0)
    with pytest.raises(SystemsInputError, match="apports"):
        monthly_cooling_need_kwh(
            CoolingGains([1.0], [1.0]),
            100.0,
            50.0,
            InertiaClass.LEGERE,
            monthly_climate(ClimateZone.H3, AltitudeClass.BELOW_400),
        )


def _needs_area(dpe: DpeFile, key: float | None) -> float:
    """The area the file's ``besoin_fr`` refers to: the building's for a building-scale cooling
    system in a flat's file (allocation key below 1), else the dwelling's."""
    general = dpe.inputs.caracteristique_generale
    if key is not None and key < 1 and general.surface_habitable_immeuble:
        return general.surface_habitable_immeuble
    return dwelling_area(dpe)


@pytest.mark.corpus
def test_corpus_cooling(shared_dir: Path) -> None:
    """Official ``conso_fr`` (plus the PV share the file deducted) through
    :func:`cooling_from_ademe` from the official whole ``besoin_fr``: cooled share of the area,
    default EER (the entered one when the assessor gave it), a flat's allocation key for a
    building-scale system."""

    def check(dpe: DpeFile) -> tuple[bool, str] | None:
        systems = dpe.inputs.systemes.climatisations
        if not systems:
            return None
        official = dpe.outputs.apport_et_besoin
        need = CoolingNeed(official.besoin_fr or 0.0, official.besoin_fr_depensier or 0.0)
        result = cooling_from_ademe(
            dpe.inputs,
            need,
            needs_area_m2=_needs_area(dpe, systems[0].cle_repartition_clim),
            dwelling_area_m2=dwelling_area(dpe),
        )
        calc = result.conso_fr_kwh
        pv = dpe.outputs.production_electricite.values.get("conso_elec_ac_fr", 0.0)
        ref = (dpe.outputs.ef_conso.conso_fr or 0.0) + pv
        return within(calc, ref), f"calculé {calc:.1f}, officiel {ref:.1f} kWh"

    result = score("refroidissement", per_file(corpus(shared_dir), check))
    print(result.summary())
    assert result.total == 18  # files with a cooling system
    assert result.share >= 0.94  # reached 17/18: 2287E0429850C uses 0.95 × the tabulated EER


@pytest.mark.corpus
def test_corpus_cooling_need_from_the_needs_stage(shared_dir: Path) -> None:
    """§10.2 from our needs stage (official GV, our gains, inertia and climate) against the
    official ``besoin_fr`` of the 18 cooled files, within the brief's 5 %. Reached 14/18 (12
    to 0.1 %): 2438E4094489Y is 8 % low; 2235E0705773N, 2287E0429850C and 2287E1345114O write
    a need 19 to 24 times ours, beyond any reading of §10.2 (their consumption follows it)."""

    def check(dpe: DpeFile) -> tuple[bool, str] | None:
        if not dpe.inputs.systemes.climatisations:
            return None
        needs = needs_from_ademe(
            dpe.inputs,
            dpe.outputs.deperdition.deperdition_enveloppe,
            glazing_from_intermediaire(dpe.inputs.enveloppe),
        )
        calc = cooling_need_from_needs(needs, described_area(dpe)).besoin_fr_kwh
        ref = dpe.outputs.apport_et_besoin.besoin_fr
        return within(calc, ref), f"calculé {calc:.1f}, officiel {ref} kWh"

    result = score("besoin de froid", per_file(corpus(shared_dir), check))
    print(result.summary())
    assert result.total == 18
    assert result.share >= 0.77


@pytest.mark.corpus
def test_cooling_from_the_needs_stage_end_to_end(shared_dir: Path) -> None:
    """:func:`cooling_from_needs`, what the pipeline calls: 2213E1322779R (house, air/air heat
    pump) from our needs stage with its official GV gives its official ``conso_fr`` within the
    brief's 5 %; a file without a cooling system consumes nothing."""
    files = dict(corpus(shared_dir))
    for name, cooled in (("2213E1322779R.xml", True), ("2287E1490206A.xml", False)):
        dpe = files[name]
        needs = needs_from_ademe(
            dpe.inputs,
            dpe.outputs.deperdition.deperdition_enveloppe,
            glazing_from_intermediaire(dpe.inputs.enveloppe),
        )
        area = described_area(dpe)
        result = cooling_from_needs(
            dpe.inputs, needs, needs_area_m2=area, dwelling_area_m2=dwelling_area(dpe)
        )
        assert bool(result.systems) is cooled
        assert within(result.conso_fr_kwh, dpe.outputs.ef_conso.conso_fr), name
        assert result.conso_fr_depensier_kwh >= result.conso_fr_kwh
