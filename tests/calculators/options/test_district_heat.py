"""District-heat connection on contrasting dwellings.

References: DESIGN.md (Béthune's network 6204C Mont-Liébaut, 0.106 kgCO2eq/kWh in the 2024
list; natural gas 0.227 in the DPE); the distance thresholds of ``data/district_heat.json``.
"""

from __future__ import annotations

import pytest

from calculators.options import OptionInputError, Verdict
from calculators.options.district_heat import DistrictHeatSite, HeatNetwork, assess_district_heat

MONT_LIEBAUT = "Mont-Liébaut"


def network(distance_m: float, **kwargs) -> HeatNetwork:
    return HeatNetwork(MONT_LIEBAUT, distance_m, 0.106, "6204C", **kwargs)


def test_social_housing_block_next_to_the_network_is_suitable() -> None:
    site = DistrictHeatSite(
        [network(30.0, classified=True)], water_circuit=True, collective_heating=True
    )
    result = assess_district_heat(site)
    assert result.verdict is Verdict.SUITABLE
    assert result.figures["distance_m"] == 30.0
    assert result.figures["co2_reseau_kg_kwh"] < result.figures["co2_actuel_kg_kwh"]
    assert any("6204C" in r for r in result.reasons)


def test_house_far_from_any_pipe_is_not_advised() -> None:
    site = DistrictHeatSite([network(1800.0)], water_circuit=False, collective_heating=False)
    result = assess_district_heat(site)
    assert result.verdict is Verdict.NOT_ADVISED
    assert "trop loin" in result.reasons[0]


def test_medium_distance_needs_a_study_and_nearest_network_wins() -> None:
    site = DistrictHeatSite([HeatNetwork("Autre réseau", 900.0), network(120.0)], True, True, 0.227)
    result = assess_district_heat(site)
    assert result.verdict is Verdict.CONDITIONAL
    assert result.figures["distance_m"] == 120.0


def test_no_network_in_the_city_profile() -> None:
    result = assess_district_heat(DistrictHeatSite([], True, True))
    assert result.verdict is Verdict.NOT_ADVISED


def test_unlisted_network_carbon_is_a_condition() -> None:
    site = DistrictHeatSite([HeatNetwork("Réseau privé", 20.0)], True, True)
    assert assess_district_heat(site).verdict is Verdict.CONDITIONAL


@pytest.mark.parametrize(
    ("distance", "co2", "field"), [(-5.0, 0.1, "distance_reseau"), (10.0, 7.0, "co2_reseau")]
)
def test_bad_network_is_refused_with_the_field(distance, co2, field) -> None:
    with pytest.raises(OptionInputError) as caught:
        HeatNetwork("X", distance, co2)
    assert caught.value.field == field
