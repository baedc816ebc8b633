"""Emission, distribution and regulation efficiencies (3CL-DPE 2021, annex 1, §12.1–12.3).

Expected values are typed from the three tables of §12 (page 75–76 of the method PDF); the
emitters are given by their ADEME ``enum_type_emission_distribution_id``.
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.efficiencies import (
    distribution_efficiency,
    emission_efficiency,
    regulation_efficiency,
)

# The tables give two decimals and the lookup returns them unchanged.
EXACT = 1e-12
CONVECTOR_JOULE, GAS_CONDENSING, AIR_AIR_HEAT_PUMP, LOG_STOVE = 98, 96, 3, 26


@pytest.mark.parametrize(
    ("emitter", "generator", "expected"),
    [
        (1, CONVECTOR_JOULE, 0.95),  # convecteur électrique NF
        (2, 99, 0.97),  # panneau rayonnant
        (14, GAS_CONDENSING, 1.0),  # plancher chauffant (eau, individuel, < 65 °C)
        (18, GAS_CONDENSING, 0.98),  # plafond chauffant
        (5, AIR_AIR_HEAT_PUMP, 0.95),  # soufflage d'air chaud
        (38, GAS_CONDENSING, 0.95),  # radiateur à eau: « autres équipements »
    ],
)
def test_emission_efficiency_table_12_1(emitter: int, generator: int, expected: float) -> None:
    assert emission_efficiency(emitter, generator) == pytest.approx(expected, abs=EXACT)


@pytest.mark.parametrize(
    ("emitter", "insulated", "expected"),
    [
        (1, None, 1.0),  # no network
        (42, None, 1.0),  # refrigerant network: « considérés sans pertes »
        (5, False, 0.8),  # ducts, not insulated
        (5, True, 0.85),
        (32, False, 0.85),  # collective network ≥ 65 °C
        (32, True, 0.87),
        (33, True, 0.9),  # collective < 65 °C, insulated
        (34, False, 0.88),  # individual ≥ 65 °C
        (14, True, 0.95),  # individual < 65 °C, insulated
        (14, False, 0.91),
    ],
)
def test_distribution_efficiency_table_12_2(
    emitter: int, insulated: bool | None, expected: float
) -> None:
    assert distribution_efficiency(emitter, insulated) == pytest.approx(expected, abs=EXACT)


def test_other_equipment_needs_its_network_row() -> None:
    # « Autres équipements » (41) fits every row of §12.2: the network must be named.
    with pytest.raises(HeatingInputError, match="réseau de distribution"):
        distribution_efficiency(41, True)
    # Row 9 of the ADEME table: collective network < 65 °C, insulated → 0,9.
    assert distribution_efficiency(41, True, 9) == pytest.approx(0.9, abs=EXACT)


@pytest.mark.parametrize(
    ("emitter", "generator", "expected"),
    [
        (1, CONVECTOR_JOULE, 0.99),  # convecteur NF
        (10, 104, 0.95),  # radiateur à accumulation
        (13, GAS_CONDENSING, 0.95),  # plancher à eau individuel
        (11, GAS_CONDENSING, 0.9),  # plancher à eau collectif
        (21, LOG_STOVE, 0.8),  # poêle ou insert
        (34, GAS_CONDENSING, 0.9),  # radiateur eau chaude sans robinet thermostatique
        (38, GAS_CONDENSING, 0.95),  # avec robinet thermostatique
        (40, 105, 0.9),  # convecteur bi-jonction
        (5, AIR_AIR_HEAT_PUMP, 0.96),  # air soufflé
        (41, GAS_CONDENSING, 0.9),  # « pour tous les cas non listés : Rr = 0,9 »
    ],
)
def test_regulation_efficiency_table_12_3(emitter: int, generator: int, expected: float) -> None:
    assert regulation_efficiency(emitter, generator) == pytest.approx(expected, abs=EXACT)


def test_regulation_falls_back_on_the_emitter_row() -> None:
    # A storage heater (104) behind a radiator emitter (3): the emitter's row (0,99) applies.
    assert regulation_efficiency(3, 104) == pytest.approx(0.99, abs=EXACT)
