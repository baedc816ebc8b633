"""Totals of a DPE: final, primary energy, emissions, costs, label (arrêté du 15 septembre 2006,
annexes 3, 4 and 7; arrêté du 31 mars 2021, annexes 5 and 7; 3CL-DPE 2021 §16.2).

References, worked by hand below: electricity 2.3 kWhEP/kWhEF until 31 December 2025 and 1.9
from 1 January 2026, 1 for the other energies; GHG gas 0.227, electricity per use (heating
0.079, hot water 0.065, lighting 0.069, auxiliaries 0.064); Béthune's network 6204C in the
annexe 7 lists (0.186 for 2022, 0.137 for 2023, 0.106 for 2024), 0.385 for an unlisted one;
prices of 1 January 2021 by band; national label scale.
"""

from __future__ import annotations

from datetime import date

import pytest

from calculators.dpe.engine.systems_coefficients import SystemsInputError
from calculators.dpe.engine.totals import FinalConsumption, Use, dpe_totals

# Hand computations are exact up to float rounding.
EXACT = 1e-9


def gas_house() -> list[FinalConsumption]:
    return [
        FinalConsumption(Use.CHAUFFAGE, "gaz_naturel", 10_000.0),
        FinalConsumption(Use.ECS, "electricite", 2000.0),
        FinalConsumption(Use.ECLAIRAGE, "electricite", 189.0),
        FinalConsumption(Use.AUXILIAIRES, "electricite", 300.0),
    ]


def electric_flat() -> list[FinalConsumption]:
    """160 kWhEF/m² on 100 m², all electric."""
    return [
        FinalConsumption(Use.CHAUFFAGE, "electricite", 13_000.0),
        FinalConsumption(Use.ECS, "electricite", 2500.0),
        FinalConsumption(Use.ECLAIRAGE, "electricite", 189.0),
        FinalConsumption(Use.AUXILIAIRES, "electricite", 311.0),
    ]


def test_gas_house_worked_by_hand() -> None:
    """EP = 10 000 + 2.3 × (2000 + 189 + 300) = 15 724.7 kWh → 157.247 kWhEP/m² (C);
    GES = 10 000 × 0.227 + 2000 × 0.065 + 189 × 0.069 + 300 × 0.064 = 2432.241 kg → 24.32 (C);
    costs (prices of 1 January 2021): gas 230 + 0.06533 × 10 000 = 883.30 €, electricity
    149 + 0.14066 × 2489 = 499.10 €."""
    result = dpe_totals(gas_house(), 100.0, date(2024, 1, 15))
    assert result.cep_kwh_m2 == pytest.approx(157.247, rel=EXACT)
    assert result.eges_kg_m2 == pytest.approx(24.32241, rel=EXACT)
    assert result.ef_kwh_m2 == pytest.approx(124.89, rel=EXACT)
    assert (result.label.energy_class, result.label.climate_class, result.label.label) == (
        "C",
        "C",
        "C",
    )
    assert result.conventional.cost_eur == pytest.approx(883.30 + 499.10274, rel=EXACT)
    assert result.conventional.by_use("ges_kg")[Use.ECS] == pytest.approx(130.0, rel=EXACT)
    assert result.conventional.by_energy("ep_kwh")["gaz_naturel"] == pytest.approx(10_000.0)


def test_electricity_factor_switch_on_1_january_2026() -> None:
    # 160 kWhEF/m²: × 2.3 = 368 (F) on 31 December 2025, × 1.9 = 304 (E) on 1 January 2026.
    before = dpe_totals(electric_flat(), 100.0, date(2025, 12, 31))
    after = dpe_totals(electric_flat(), 100.0, date(2026, 1, 1))
    assert before.cep_kwh_m2 == pytest.approx(368.0, rel=EXACT)
    assert after.cep_kwh_m2 == pytest.approx(304.0, rel=EXACT)
    assert (before.label.label, after.label.label) == ("F", "E")
    assert before.label.passoire and not after.label.passoire
    assert "1,9" in after.rules_version and "2,3" in before.rules_version
    assert before.eges_kg_m2 == after.eges_kg_m2  # emission factors did not change


@pytest.mark.parametrize(
    ("day", "factor", "list_id"),
    [
        (date(2023, 6, 1), 0.186, "reseau_chaleur_2022"),
        (date(2024, 9, 1), 0.137, "reseau_chaleur_2023"),
        (date(2025, 9, 1), 0.106, "reseau_chaleur_2024"),
    ],
)
def test_bethune_heat_network(day: date, factor: float, list_id: str) -> None:
    heating = [FinalConsumption(Use.CHAUFFAGE, "reseau_chaleur", 10_000.0)]
    result = dpe_totals(heating, 100.0, day, heat_network_id="6204C")
    assert result.eges_kg_m2 == pytest.approx(100.0 * factor, rel=EXACT)
    assert result.heat_network is not None and result.heat_network.list_id == list_id
    assert result.cep_kwh_m2 == pytest.approx(100.0)  # factor 1 for heat networks


def test_unlisted_heat_network_takes_coal() -> None:
    heating = [FinalConsumption(Use.CHAUFFAGE, "reseau_chaleur", 10_000.0)]
    result = dpe_totals(heating, 100.0, date(2024, 9, 1))
    assert result.eges_kg_m2 == pytest.approx(38.5, rel=EXACT)
    assert any("non listés" in note for note in result.notes)


def test_pv_self_consumption_is_deducted_from_electricity() -> None:
    # 100 kWh of PV self-consumed on lighting: 189 → 89 kWh of lighting electricity.
    result = dpe_totals(
        gas_house(), 100.0, date(2024, 1, 15), pv_self_consumed_kwh={Use.ECLAIRAGE: 100.0}
    )
    assert result.conventional.by_use("ef_kwh")[Use.ECLAIRAGE] == pytest.approx(89.0)
    assert result.cep_kwh_m2 == pytest.approx(157.247 - 2.3, rel=EXACT)
    assert result.pv_deducted_kwh == 100.0


def test_no_prices_after_june_2024() -> None:
    result = dpe_totals(gas_house(), 100.0, date(2025, 3, 1))
    assert result.conventional.cost_eur is None
    assert any("tarifs" in note for note in result.notes)


def test_depensier_scenario() -> None:
    spendthrift = [*gas_house()[1:], FinalConsumption(Use.CHAUFFAGE, "gaz_naturel", 13_000.0)]
    result = dpe_totals(gas_house(), 100.0, date(2024, 1, 15), depensier=spendthrift)
    assert result.depensier is not None
    assert result.depensier.ep_kwh - result.conventional.ep_kwh == pytest.approx(3000.0)


def test_decency_uses_final_energy() -> None:
    # 500 kWhEF/m² of gas > 450: indecent from 1 January 2023 (décret n° 2021-19).
    heating = [FinalConsumption(Use.CHAUFFAGE, "gaz_naturel", 50_000.0)]
    result = dpe_totals(heating, 100.0, date(2024, 1, 15))
    assert result.label.decency is not None and result.label.decency.meets_threshold is False


def test_errors_are_french_and_name_the_field() -> None:
    with pytest.raises(SystemsInputError, match="énergie « uranium »"):
        dpe_totals([FinalConsumption(Use.CHAUFFAGE, "uranium", 1.0)], 50.0, date(2024, 1, 1))
    with pytest.raises(SystemsInputError, match="consommation"):
        dpe_totals([FinalConsumption(Use.ECS, "electricite", -1.0)], 50.0, date(2024, 1, 1))
    with pytest.raises(SystemsInputError, match="surface de référence"):
        dpe_totals(gas_house(), 0.0, date(2024, 1, 1))
