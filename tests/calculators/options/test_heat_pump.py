"""Heat pump suitability on contrasting dwellings.

References: 3CL-DPE 2021 § 18.1 (base temperature −9.5 °C in zone H1a below 400 m, 19 °C
indoor); ISO 9613-2:1996 (geometric divergence A_div = 20·lg d + 11 dB; a source on the ground
against a wall radiates into a quarter space, directivity 10·lg 4 dB); Code de la santé
publique art. R1334-33 (night emergence 3 dB(A)); the rules of ``data/heat_pump.json``.
"""

from __future__ import annotations

import math

import pytest

from calculators.options import OptionInputError, Verdict
from calculators.options.heat_pump import (
    Emitters,
    HeatPumpSite,
    assess_heat_pump,
    design_heat_loss_kw,
    noise_at_neighbour_dba,
)


def test_design_heat_loss_at_bethune_base_temperature() -> None:
    # GV 250 W/K × (19 − (−9.5)) K = 7,125 W.
    assert design_heat_loss_kw(250.0) == pytest.approx(7.125)


def test_noise_at_neighbour_follows_iso_9613_divergence() -> None:
    # Lw 62 dB(A) at 10 m: 62 − (20·lg 10 + 11) + 10·lg 4 = 37.02 dB(A).
    assert noise_at_neighbour_dba(62.0, 10.0) == pytest.approx(62 - 31 + 10 * math.log10(4))


def test_insulated_house_with_underfloor_heating_is_suitable() -> None:
    site = HeatPumpSite(
        Emitters.UNDERFLOOR,
        energy_label="C",
        design_heat_loss_kw=6.0,
        heat_pump_output_kw=6.5,
        distance_to_neighbour_m=25.0,
    )
    result = assess_heat_pump(site)
    assert result.verdict is Verdict.SUITABLE
    assert result.figures["temperature_eau_c"] == 35.0
    assert result.figures["couverture_deperditions"] == pytest.approx(6.5 / 6.0)
    assert any("basse température" in r for r in result.reasons)
    assert result.sources


def test_leaky_flat_with_high_temperature_radiators_is_not_advised() -> None:
    site = HeatPumpSite(
        Emitters.HIGH_TEMPERATURE_RADIATORS,
        energy_label="g",
        design_heat_loss_kw=15.0,
        heat_pump_output_kw=8.0,
        distance_to_neighbour_m=4.0,
        condominium=True,
    )
    result = assess_heat_pump(site)
    assert result.verdict is Verdict.NOT_ADVISED
    assert "isoler d'abord" in result.reasons[0]
    assert any("assemblée générale" in r for r in result.reasons)
    assert any("appoint" in r for r in result.reasons)  # 8 kW for 15 kW of losses


def test_no_room_for_the_outdoor_unit_is_not_advised() -> None:
    site = HeatPumpSite(Emitters.LOW_TEMPERATURE_RADIATORS, "D", 7.0, 7.0, outdoor_unit_space=False)
    result = assess_heat_pump(site)
    assert result.verdict is Verdict.NOT_ADVISED
    assert result.reasons[0] == "Aucun emplacement pour l'unité extérieure."


def test_missing_data_gives_conditions_not_a_crash() -> None:
    result = assess_heat_pump(HeatPumpSite(Emitters.NO_WATER_CIRCUIT))
    assert result.verdict is Verdict.CONDITIONAL
    assert len(result.reasons) >= 3  # circuit, label, losses, neighbour distance


def test_oversized_unit_is_flagged() -> None:
    result = assess_heat_pump(HeatPumpSite(Emitters.UNDERFLOOR, "B", 4.0, 9.0, True, 30.0))
    assert result.verdict is Verdict.CONDITIONAL
    assert any("surdimensionnée" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"energy_label": "H"}, "etiquette"),
        ({"design_heat_loss_kw": -3.0}, "deperditions"),
        ({"distance_to_neighbour_m": float("nan")}, "distance_voisin"),
    ],
)
def test_bad_input_is_refused_with_the_field(kwargs, field) -> None:
    with pytest.raises(OptionInputError) as caught:
        HeatPumpSite(Emitters.UNDERFLOOR, **kwargs)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)
