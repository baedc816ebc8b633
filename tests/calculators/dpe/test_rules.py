"""DPE rules as dated data, checked against the texts they transcribe.

Every expected value below is typed from the regulatory text named in the test (not read from
our JSON), so a transcription error shows up as a failure. Values are transcriptions: exact
equality is the right tolerance, except where a test says otherwise.
"""

from __future__ import annotations

import copy
import csv
from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.rules import (
    DpeInputError,
    RulesError,
    heat_network_co2_factor,
    rules_at,
)
from calculators.dpe.rules.loader import FILES, catalogue, parse_catalogue
from calculators.dpe.rules.parsing import read_json

NATIONAL_ENERGY = (70, 110, 180, 250, 330, 420)  # arrêté du 31 mars 2021, annexe 5 § 1.2
NATIONAL_CLIMATE = (6, 11, 30, 50, 70, 100)  # arrêté du 31 mars 2021, annexe 5 § 2.2


# --- The method's start -------------------------------------------------------------------


def test_dates_before_the_method_are_refused_in_french() -> None:
    # Arrêté du 31 mars 2021 (DPE des logements), article 21: in force on 1 July 2021.
    with pytest.raises(RulesError, match="1er juillet 2021") as caught:
        rules_at(date(2021, 6, 30))
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == "date"
    assert rules_at(date(2021, 7, 1)).method == "3CL-DPE 2021"


def test_a_non_date_is_refused() -> None:
    with pytest.raises(DpeInputError, match="Date invalide"):
        rules_at("2024-01-01")  # type: ignore[arg-type]


# --- Label scales (annexe 5) ------------------------------------------------------------


@pytest.mark.parametrize("day", [date(2021, 7, 1), date(2024, 7, 1), date(2030, 1, 1)])
def test_national_scale_is_annex_5(day: date) -> None:
    rules = rules_at(day)
    assert rules.national.energy == NATIONAL_ENERGY
    assert rules.national.climate == NATIONAL_CLIMATE
    assert "annexe 5" in rules.national.source.ref


def test_mountain_variant_is_annex_5_second_table() -> None:
    # Annexe 5 § 1.2 and § 2.2, zones H1b, H1c, H2d above 800 m: E < 390 / 80, F < 500 / 110.
    thresholds = rules_at(date(2023, 1, 1)).thresholds_for(60, 900, "H1b")
    assert thresholds.energy == (70, 110, 180, 250, 390, 500)
    assert thresholds.climate == (6, 11, 30, 50, 80, 110)
    assert thresholds.description == "altitude supérieure à 800 m"


@pytest.mark.parametrize("zone", ["H1a", "H2a", "H2b", "H2c", "H3"])
def test_mountain_variant_only_in_its_zones(zone: str) -> None:
    thresholds = rules_at(date(2023, 1, 1)).thresholds_for(60, 1500, zone)
    assert thresholds.energy == NATIONAL_ENERGY


def test_800_m_itself_is_not_above_800_m() -> None:
    # Annexe 5: "à une altitude supérieure à 800 m" — strictly above.
    assert rules_at(date(2023, 1, 1)).thresholds_for(60, 800, "H1c").energy == NATIONAL_ENERGY


def test_zone_is_required_above_800_m() -> None:
    with pytest.raises(DpeInputError, match="Zone climatique requise") as caught:
        rules_at(date(2023, 1, 1)).thresholds_for(60, 850)
    assert caught.value.field == "zone climatique"


def test_zones_are_normalised_and_checked() -> None:
    rules = rules_at(date(2023, 1, 1))
    assert rules.thresholds_for(60, 900, " h2d ").energy[4] == 390
    with pytest.raises(DpeInputError, match="Zone climatique inconnue : « H4 »"):
        rules.thresholds_for(60, 100, "H4")


# --- Small surfaces (arrêté du 25 mars 2024) ------------------------------------------------

# Rows of annexe 5 as rewritten by the arrêté du 25 mars 2024 (in force 1 July 2024). Its
# announced examples: the E/F energy bound becomes 385 at 20 m² and 349 at 30 m².
ARRETE_2024_ROWS = {
    8: ((146, 186, 386, 505, 622, 739), (11, 16, 44, 68, 90, 122)),
    20: ((88, 128, 230, 300, 385, 476), (8, 13, 34, 54, 74, 104)),
    30: ((76, 116, 197, 267, 349, 439), (7, 12, 32, 52, 72, 102)),
    40: (NATIONAL_ENERGY, NATIONAL_CLIMATE),
}


@pytest.mark.parametrize(("surface", "expected"), ARRETE_2024_ROWS.items())
def test_small_surface_rows(surface: int, expected: tuple[tuple[int, ...], ...]) -> None:
    thresholds = rules_at(date(2024, 7, 1)).thresholds_for(surface)
    assert (thresholds.energy, thresholds.climate) == expected


def test_small_surface_table_applies_from_1_july_2024() -> None:
    assert rules_at(date(2024, 6, 30)).small_surfaces is None
    assert rules_at(date(2024, 6, 30)).thresholds_for(20).energy == NATIONAL_ENERGY
    assert rules_at(date(2024, 7, 1)).thresholds_for(20).energy == ARRETE_2024_ROWS[20][0]


def test_below_8_m2_the_8_m2_row_applies() -> None:
    thresholds = rules_at(date(2025, 1, 1)).thresholds_for(5.0)
    assert thresholds.energy == ARRETE_2024_ROWS[8][0]
    assert thresholds.description == "petites surfaces (ligne 8 m²)"


def test_a_surface_uses_the_row_of_its_integer_part() -> None:
    # Our reading of a table given per whole m² (see docs/dpe-rules.md: to confirm).
    assert rules_at(date(2025, 1, 1)).thresholds_for(20.99).energy == ARRETE_2024_ROWS[20][0]


def test_above_40_m2_the_national_scale_applies() -> None:
    thresholds = rules_at(date(2025, 1, 1)).thresholds_for(40.01)
    assert thresholds.energy == NATIONAL_ENERGY
    assert thresholds.description == "échelle nationale"


def test_small_surface_above_800_m_is_refused_not_guessed() -> None:
    # The arrêté du 25 mars 2024 has its own rows above 800 m; we do not hold them.
    with pytest.raises(RulesError, match="petites surfaces"):
        rules_at(date(2025, 1, 1)).thresholds_for(20, 1000, "H1c")


def test_small_surface_rows_are_never_stricter_than_national() -> None:
    table = rules_at(date(2025, 1, 1)).small_surfaces
    assert table is not None
    for surface, (energy, climate) in table.rows.items():
        assert all(s >= n for s, n in zip(energy, NATIONAL_ENERGY, strict=True)), surface
        assert all(s >= n for s, n in zip(climate, NATIONAL_CLIMATE, strict=True)), surface


def test_small_surface_rows_loosen_as_the_surface_shrinks() -> None:
    table = rules_at(date(2025, 1, 1)).small_surfaces
    assert table is not None
    for surface in range(table.min_surface_m2, table.max_surface_m2):
        smaller, larger = table.rows[surface], table.rows[surface + 1]
        pairs = zip(smaller[0] + smaller[1], larger[0] + larger[1], strict=True)
        assert all(small >= large for small, large in pairs), surface


def test_small_surface_transcription_matches_the_reference_csv(shared_dir: Path) -> None:
    # ../shared/data/dpe/small_surface_thresholds_2024.csv: the lead's copy of the same table.
    path = shared_dir / "data" / "dpe" / "small_surface_thresholds_2024.csv"
    if not path.is_file():
        pytest.skip("table de référence des petites surfaces absente")
    table = rules_at(date(2025, 1, 1)).small_surfaces
    assert table is not None
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(table.rows)
    for row in rows:
        energy = tuple(int(row[f"cep_{c}"]) for c in "ABCDEF")
        climate = tuple(int(row[f"eges_{c}"]) for c in "ABCDEF")
        assert table.rows[int(row["sref_m2"])] == (energy, climate)


# --- Primary energy (arrêté du 15 septembre 2006, annexe 3 § 2) ------------------------------


@pytest.mark.parametrize(
    ("day", "factor"),
    [
        (date(2021, 7, 1), 2.3),  # rédaction issue de l'arrêté du 31 mars 2021
        (date(2025, 12, 31), 2.3),
        (date(2026, 1, 1), 1.9),  # arrêté du 13 août 2025, art. 2, in force 1 January 2026
        (date(2031, 6, 1), 1.9),
    ],
)
def test_electricity_primary_energy_factor(day: date, factor: float) -> None:
    assert rules_at(day).primary_energy.factor("electricite") == factor


@pytest.mark.parametrize(
    "energy", ["gaz_naturel", "fioul_domestique", "bois_granules", "reseau_chaleur"]
)
def test_other_energies_have_factor_one(energy: str) -> None:
    # Annexe 3 § 2: "1 pour les autres énergies", unchanged on 1 January 2026.
    assert rules_at(date(2025, 6, 1)).primary_energy.factor(energy) == 1.0
    assert rules_at(date(2026, 6, 1)).primary_energy.factor(energy) == 1.0


@pytest.mark.parametrize(
    ("day", "version"),
    [
        (
            date(2023, 5, 1),
            "3CL-DPE 2021 · seuils 2021-07-01 · facteur EP électricité 2,3 (2021-07-01)",
        ),
        (
            date(2024, 7, 1),
            "3CL-DPE 2021 · seuils 2024-07-01 · facteur EP électricité 2,3 (2021-07-01)",
        ),
        (
            date(2026, 1, 1),
            "3CL-DPE 2021 · seuils 2024-07-01 · facteur EP électricité 1,9 (2026-01-01)",
        ),
    ],
)
def test_version_string_names_thresholds_and_factor(day: date, version: str) -> None:
    assert rules_at(day).version == version


# --- GHG factors (arrêté du 15 septembre 2006, annexe 4 § 1.1) ------------------------------

ANNEX_4_1 = {
    "bois_buches": 0.030,
    "bois_granules": 0.030,
    "bois_plaquettes_forestieres": 0.024,
    "bois_plaquettes_industrie": 0.024,
    "gaz_naturel": 0.227,
    "fioul_domestique": 0.324,
    "charbon": 0.385,
    "propane": 0.272,
    "butane": 0.272,
    "gpl": 0.272,
    "autre_combustible_fossile": 0.324,
    "electricite_renouvelable_autoconsommee": 0.0,
    "reseau_chaleur": 0.385,  # unlisted network: coal's content (last paragraph of § 1.1)
    "reseau_froid": 0.385,
}
ANNEX_4_1_ELECTRICITY = {
    "chauffage": 0.079,
    "ecs": 0.065,
    "refroidissement": 0.064,
    "eclairage": 0.069,
    "auxiliaires": 0.064,
}


@pytest.mark.parametrize(("energy", "factor"), ANNEX_4_1.items())
def test_ghg_factor_per_energy(energy: str, factor: float) -> None:
    assert rules_at(date(2024, 1, 1)).ghg.factor(energy) == factor


@pytest.mark.parametrize(("use", "factor"), ANNEX_4_1_ELECTRICITY.items())
def test_ghg_factor_of_electricity_per_use(use: str, factor: float) -> None:
    assert rules_at(date(2024, 1, 1)).ghg.factor("electricite", use) == factor


def test_electricity_needs_its_use() -> None:
    with pytest.raises(RulesError, match="Usage de l'électricité") as caught:
        rules_at(date(2024, 1, 1)).ghg.factor("electricite")
    assert caught.value.field == "usage"


def test_every_known_energy_has_a_ghg_factor_and_an_ademe_id() -> None:
    rules = rules_at(date(2024, 1, 1))
    assert sorted(e.ademe_id for e in rules.energies.values()) == list(range(1, 16))
    assert set(rules.energies) == {*ANNEX_4_1, "electricite"}


# --- Housing law ----------------------------------------------------------------------------


def test_decency_threshold_from_2023() -> None:
    # Décret n° 2021-19 du 11 janvier 2021: < 450 kWhEF/m²/an from 1 January 2023.
    assert rules_at(date(2022, 12, 31)).decency is None
    decency = rules_at(date(2023, 1, 1)).decency
    assert decency is not None
    assert decency.max_final_energy_kwh_ef_m2 == 450


def test_rental_ban_calendar_of_the_climate_law() -> None:
    # Loi n° 2021-1104 du 22 août 2021, art. 160 (published 24 August 2021).
    assert rules_at(date(2021, 8, 24)).rental_bans == ()
    bans = {ban.label: ban.banned_from for ban in rules_at(date(2021, 8, 25)).rental_bans}
    assert bans == {"G": date(2025, 1, 1), "F": date(2028, 1, 1), "E": date(2034, 1, 1)}


# --- Conventional prices (arrêté du 31 mars 2021, annexe 7, prices of 1 January 2021) ----------


def test_price_table_of_2021() -> None:
    prices = rules_at(date(2022, 1, 1)).energy_prices
    assert prices is not None
    assert prices.price_date == date(2021, 1, 1)
    # Gas band 5009–50055 kWh: 230 + 0.06533 Cef; electricity < 1000 kWh: 0.29007 Cef.
    assert prices.annual_cost_eur("gaz_naturel", 10_000) == pytest.approx(230 + 653.3)
    assert prices.annual_cost_eur("electricite", 500) == pytest.approx(145.035)
    assert prices.annual_cost_eur("fioul_domestique", 1_000) == pytest.approx(91.42)


@pytest.mark.parametrize(
    ("energy", "band_starts"),
    [("gaz_naturel", [5009, 50055]), ("electricite", [1000, 2500, 5000, 15000])],
)
def test_price_bands_meet_at_their_bounds(energy: str, band_starts: list[int]) -> None:
    # Annexe 7 derives each band's formula from smoothed tariffs, so adjacent bands agree at
    # the bound; 1 € tolerance because the published coefficients are rounded (5 decimals for
    # the price, whole euros for the fixed part).
    prices = rules_at(date(2022, 1, 1)).energy_prices
    assert prices is not None
    for start in band_starts:
        below = prices.annual_cost_eur(energy, start - 1e-6)
        assert prices.annual_cost_eur(energy, start) == pytest.approx(below, abs=1.0)


def test_prices_are_not_guessed_after_june_2024() -> None:
    # Revised by the arrêté du 25 mars 2024 from 1 July 2024: values not transcribed yet.
    assert rules_at(date(2024, 7, 1)).energy_prices is None


def test_price_requests_are_checked() -> None:
    prices = rules_at(date(2022, 1, 1)).energy_prices
    assert prices is not None
    with pytest.raises(RulesError, match="Pas de prix conventionnel"):
        prices.annual_cost_eur("gpl", 100)
    with pytest.raises(DpeInputError, match="Consommation annuelle invalide"):
        prices.annual_cost_eur("electricite", float("nan"))


# --- Heat networks (arrêté du 15 septembre 2006, annexes 4 and 7) -----------------------------


@pytest.mark.parametrize(
    ("day", "factor", "list_id"),
    [
        (date(2021, 9, 1), 0.227, "reseau_chaleur_2020"),  # arrêté du 12 octobre 2020
        (date(2022, 1, 17), 0.227, "reseau_chaleur_2020"),
        (date(2022, 1, 18), 0.289, "reseau_chaleur_2021"),  # arrêté du 21 octobre 2021
        (date(2023, 6, 1), 0.186, "reseau_chaleur_2022"),  # arrêté du 16 mars 2023
        (date(2024, 9, 1), 0.137, "reseau_chaleur_2023"),  # arrêté du 5 juillet 2024
        (date(2025, 5, 25), 0.137, "reseau_chaleur_2023"),
        (date(2025, 5, 26), 0.106, "reseau_chaleur_2024"),  # arrêté du 11 avril 2025, art. 2
    ],
)
def test_bethune_network_follows_the_list_in_force(day: date, factor: float, list_id: str) -> None:
    result = heat_network_co2_factor("6204C", day)
    assert (result.kg_co2_per_kwh, result.list_id, result.listed) == (factor, list_id, True)
    assert not result.provisional


def test_past_the_last_list_the_value_is_provisional() -> None:
    # Annexe 7 version of 26 May 2025 is in force until 25 May 2026; the next one is not held.
    result = heat_network_co2_factor("6204C", date(2026, 11, 1))
    assert result.kg_co2_per_kwh == 0.106
    assert result.provisional
    assert "plus récente" in result.note


@pytest.mark.parametrize("network", ["5901C", None])
def test_unknown_or_unnamed_network_gets_coal(network: str | None) -> None:
    # Annexe 4 § 1.1: networks absent from annexe 7 take coal's content, 0.385.
    result = heat_network_co2_factor(network, date(2024, 9, 1))
    assert (result.kg_co2_per_kwh, result.listed) == (0.385, False)


def test_lookup_hook_serves_other_networks() -> None:
    def lookup(list_id: str, network_id: str) -> float | None:
        return 0.05 if (list_id, network_id) == ("reseau_chaleur_2023", "5901C") else None

    assert heat_network_co2_factor("5901c", date(2024, 9, 1), lookup=lookup).kg_co2_per_kwh == 0.05
    assert heat_network_co2_factor("5901C", date(2023, 6, 1), lookup=lookup).listed is False


@pytest.mark.parametrize("network", ["62O4C", "", "6204", "6204F"])
def test_bad_network_ids_are_refused(network: str) -> None:
    with pytest.raises(DpeInputError) as caught:
        heat_network_co2_factor(network, date(2024, 9, 1))
    assert caught.value.field == "identifiant du réseau"


def test_heat_networks_before_the_method() -> None:
    with pytest.raises(RulesError, match="1er juillet 2021"):
        heat_network_co2_factor("6204C", date(2021, 6, 1))


# --- The data files themselves ----------------------------------------------------------------


def test_every_rule_has_a_source_and_starts_with_the_method() -> None:
    cat = catalogue()
    series = (
        cat.scales,
        cat.mountain_variants,
        cat.small_surface_tables,
        cat.electricity_factors,
        cat.other_energy_factors,
        cat.ghg,
        cat.decency,
        cat.rental_calendars,
        cat.prices,
    )
    for rule in (rule for rules in series for rule in rules):
        assert rule.source.text.strip() and rule.source.ref.strip(), rule
        assert rule.validity.valid_from >= date(2021, 7, 1), rule


def _documents() -> dict[str, object]:
    return {name: copy.deepcopy(read_json(name)) for name in FILES}


def test_broken_bounds_are_refused() -> None:
    docs = _documents()
    docs["label_thresholds.json"]["scales"][0]["energy"] = [70, 110, 100, 250, 330, 420]  # type: ignore[index]
    with pytest.raises(RulesError, match="non strictement croissantes"):
        parse_catalogue(docs)


def test_overlapping_periods_are_refused() -> None:
    docs = _documents()
    factors = docs["primary_energy_factors.json"]["factors"]  # type: ignore[index]
    factors[0]["valid_until"] = "2026-06-30"
    with pytest.raises(RulesError, match="chevauchent"):
        parse_catalogue(docs)


def test_a_value_without_source_is_refused() -> None:
    docs = _documents()
    del docs["ghg_factors.json"]["tables"][0]["source"]  # type: ignore[index]
    with pytest.raises(RulesError, match="« source » absent"):
        parse_catalogue(docs)
