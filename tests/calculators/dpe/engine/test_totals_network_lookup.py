"""The heat-network lookup of the totals: ADEME tables first, then our own dated data.

Reference: arrêté du 11 avril 2025 (liste « 2024 », annexe 7), ligne 6204C « Réseau de chaleur de
Béthune », contenu CO2 ACV 0,106 kgCO2eq/kWh — absent of the ADEME tables we ship, present in
``calculators/dpe/rules/data/heat_networks.json``. Exact values: they are data, not computed.
"""

from __future__ import annotations

from datetime import date

from calculators.dpe.engine.totals_from_ademe import tables_network_lookup
from calculators.dpe.rules import heat_network_co2_factor


def test_bethune_network_in_the_2024_list_comes_from_our_data() -> None:
    assert tables_network_lookup("reseau_chaleur_2024", "6204C") == 0.106
    factor = heat_network_co2_factor("6204C", date(2026, 1, 1), lookup=tables_network_lookup)
    assert factor.listed
    assert factor.kg_co2_per_kwh == 0.106


def test_tables_still_answer_for_their_own_lists() -> None:
    # 2023 list (arrêté du 16 mars 2023): 0,137 for 6204C, in the ADEME tables.
    assert tables_network_lookup("reseau_chaleur_2023", "6204C") == 0.137


def test_network_unknown_everywhere_is_none() -> None:
    assert tables_network_lookup("reseau_chaleur_2024", "9999Z") is None
