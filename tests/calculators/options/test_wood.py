"""Wood heating on contrasting dwellings.

References: NF EN ISO 17225-2 class A1 pellets (4.6 kWh/kg, 650 kg/m³ within 600–750);
the « Flamme Verte 7★ » efficiencies and the ADEME figure of ≈ 1,700 kWh per stère recorded
in ``data/wood.json``; MaPrimeRénov' 2026 (biomass boilers out of « par geste »).
"""

from __future__ import annotations

from datetime import date

import pytest

from calculators.options import OptionInputError, Verdict
from calculators.options.wood import WoodAppliance, WoodSite, assess_wood

SPRING_2026 = date(2026, 3, 1)


def test_log_stove_fuel_and_storage() -> None:
    # 8,000 kWh of heat / 0.75 efficiency / 1,700 kWh per stère = 6.27 stères a year;
    # a season stored at 0.8 m³ per stère = 5.02 m³.
    site = WoodSite(WoodAppliance.LOG_STOVE, 8000.0, storage_m3=6.0, has_flue=True)
    result = assess_wood(site, SPRING_2026)
    assert result.figures["steres_par_an"] == pytest.approx(8000 / 0.75 / 1700)
    assert result.figures["stockage_necessaire_m3"] == pytest.approx(8000 / 0.75 / 1700 * 0.8)
    # Everything fits; the air-quality plan still sets conditions on the appliance.
    assert result.verdict is Verdict.CONDITIONAL
    assert "plan de protection de l'atmosphère" in result.reasons[0]


def test_house_with_flue_and_room_outside_an_air_quality_plan_is_suitable() -> None:
    site = WoodSite(WoodAppliance.PELLET_STOVE, 6000.0, 2.0, True, air_quality_plan=False)
    result = assess_wood(site, SPRING_2026)
    assert result.verdict is Verdict.SUITABLE
    # 6,000 / 0.87 / 4.6 kWh/kg = 1.499 t; a quarter season at 650 kg/m³ = 0.58 m³.
    assert result.figures["tonnes_granules_par_an"] == pytest.approx(6000 / 0.87 / 4.6 / 1000)
    assert result.figures["stockage_necessaire_m3"] == pytest.approx(6000 / 0.87 / 4.6 / 650 / 4)


def test_pellet_boiler_in_a_flat_without_flue_or_radiators_is_not_advised() -> None:
    site = WoodSite(WoodAppliance.PELLET_BOILER, 15000.0, 1.0, has_flue=False, condominium=True)
    result = assess_wood(site, SPRING_2026)
    assert result.verdict is Verdict.NOT_ADVISED
    assert any("circuit d'eau" in r for r in result.reasons)
    assert any("MaPrimeRénov'" in r for r in result.reasons)


def test_no_storage_at_all_is_not_advised() -> None:
    result = assess_wood(WoodSite(WoodAppliance.LOG_STOVE, 5000.0, 0.0, True), SPRING_2026)
    assert result.verdict is Verdict.NOT_ADVISED
    assert result.reasons[0].startswith("Aucun espace de stockage")


def test_aid_rule_is_dated() -> None:
    site = WoodSite(WoodAppliance.PELLET_BOILER, 15000.0, 8.0, True, water_circuit=True)
    before = assess_wood(site, date(2025, 6, 1))
    after = assess_wood(site, SPRING_2026)
    assert not any("MaPrimeRénov'" in r for r in before.reasons)
    assert any("plus éligible" in r for r in after.reasons)


@pytest.mark.parametrize(
    ("heat", "storage", "field"), [(-1.0, 2.0, "chaleur_bois"), (5000.0, float("nan"), "stockage")]
)
def test_bad_input_is_refused_with_the_field(heat, storage, field) -> None:
    with pytest.raises(OptionInputError) as caught:
        WoodSite(WoodAppliance.LOG_STOVE, heat, storage, True)
    assert caught.value.field == field
