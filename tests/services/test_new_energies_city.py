"""What the city profile holds for the « nouvelles énergies » options, and the figures built
from it: Béthune's air-quality plan, wind exposure and heat-network districts; the heating
need, design heat loss and PV sizes worked by hand."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from diag_app.city import default_profile_path, load_city_profile
from diag_app.errors import ValidationError
from diag_app.services.new_energies_needs import design_heat_loss_kw, heating_need
from diag_app.services.new_energies_options import heat_network
from diag_app.services.new_energies_pv import candidate_sizes
from diag_app.services.new_energies_request import (
    Dwelling,
    DwellingKind,
    Emitters,
    Generator,
    Heating,
    HotWater,
    Insulation,
)

DH19_H1A = 60_585.1
"""Sum of the monthly DH19 of zone H1a, altitude < 400 m (3CL-DPE 2021, § 18.2.1), °C·h."""


def test_bethune_profile_blocks() -> None:
    city = load_city_profile()
    assert city.air_quality_plan is not None and city.air_quality_plan.covered
    assert "27 mars 2014" in city.air_quality_plan.source
    wind = city.wind_terrain
    assert wind is not None
    assert wind.for_district("Mont-Liébaut").terrain == "centre_ville"
    assert wind.for_district("Catorive") == wind.default
    assert wind.for_district(None) == wind.default
    (network,) = city.heat_networks
    assert network.partly_served_districts == ("Centre-ville", "Quartier de la Gare")
    assert network.sources and network.to_verify and not network.classified


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            lambda raw: raw["wind_terrain"]["default"].update(terrain="foret"),
            "wind_terrain.default.terrain",
        ),
        (
            lambda raw: raw["wind_terrain"]["districts"].update(Lille={"terrain": "centre_ville"}),
            "wind_terrain.districts",
        ),
        (
            lambda raw: raw["wind_terrain"]["districts"]["Centre-ville"].update(
                obstacle_height_m=-3
            ),
            "wind_terrain.districts.Centre-ville.obstacle_height_m",
        ),
        (lambda raw: raw["air_quality_plan"].pop("covered"), "air_quality_plan.covered"),
        (lambda raw: raw["air_quality_plan"].update(name=""), "air_quality_plan.name"),
        (
            lambda raw: raw["heat_networks"][0].update(partly_served_districts=["Arras"]),
            "heat_networks[0].partly_served_districts",
        ),
        (
            lambda raw: raw["heat_networks"][0].update(streets=[""]),
            "heat_networks[0].streets",
        ),
        (
            lambda raw: raw["heat_networks"][0].update(classified="oui"),
            "heat_networks[0].classified",
        ),
    ],
)
def test_new_profile_fields_are_checked(tmp_path: Path, change: Any, field: str) -> None:
    raw = json.loads(default_profile_path().read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "ville.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_city_profile(path)
    assert caught.value.field == field and "ville.json" in caught.value.message


def test_profile_without_the_new_blocks_still_loads(tmp_path: Path) -> None:
    raw = json.loads(default_profile_path().read_text(encoding="utf-8"))
    for key in ("air_quality_plan", "wind_terrain"):
        del raw[key]
    for key in ("partly_served_districts", "streets", "classified", "sources", "to_verify"):
        del raw["heat_networks"][0][key]
    path = tmp_path / "ville.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    city = load_city_profile(path)
    assert city.air_quality_plan is None and city.wind_terrain is None
    assert city.heat_networks[0].partly_served_districts == ()


def _house(**changes: Any) -> Dwelling:
    heating = Heating("gaz_naturel", Generator.BOILER, Emitters.WATER_RADIATORS, None, False, None)
    values: dict[str, Any] = {
        "kind": DwellingKind.TERRACED,
        "surface_m2": 100.0,
        "occupants": 3,
        "heating": heating,
        "hot_water": HotWater("gaz_naturel", None, False, False),
    }
    values.update(changes)
    return Dwelling(**values)


def test_heating_need_from_the_best_information() -> None:
    """Values of diag_app/services/new_energies_defaults.json (ordres de grandeur)."""
    assert heating_need(_house()).kwh == pytest.approx(100 * 100.0)  # default per m²
    assert heating_need(_house(insulation=Insulation.POOR)).kwh == pytest.approx(180 * 100.0)
    labelled = heating_need(_house(energy_label="C", insulation=Insulation.POOR))
    assert labelled.kwh == pytest.approx(65 * 100.0) and "étiquette C" in labelled.basis
    declared = _house(
        heating=Heating(
            "gaz_naturel", Generator.BOILER, Emitters.WATER_RADIATORS, None, False, 12_000.0
        ),
        energy_label="G",
    )
    need = heating_need(declared)
    assert need.kwh == pytest.approx(12_000 * 0.85) and "consommation déclarée" in need.basis
    assert need.used[0].source.checked is False


def test_design_heat_loss_by_hand() -> None:
    """GV = need / DH19; loss = GV × (19 − (−9.5)) (3CL-DPE 2021 § 18.1: Tbase −9.5 °C for
    H1a below 400 m). 11,900 kWh → 196.4 W/K → 5.60 kW; exact arithmetic, float tolerance."""
    loss, method = design_heat_loss_kw(11_900.0, load_city_profile())
    assert loss == pytest.approx(11_900_000.0 / DH19_H1A * 28.5 / 1000.0, rel=1e-6)
    assert loss == pytest.approx(5.598, abs=0.001)
    assert "60\u202f585" in method and "H1a" in method


@pytest.mark.parametrize(
    ("roof_kwc", "sizes"),
    [
        (20.0, (3.0, 4.5, 6.0)),  # standard sizes that fit; the 9 kWc cap is not needed
        (5.2, (3.0, 4.5, 5.2)),  # the roof's largest completes the comparison
        (4.18, (3.0, 4.1)),  # floored to 0.1 kWc
        (3.0, (2.0, 3.0)),  # a single size gets two thirds of it
        (0.4, (0.4,)),  # a balcony kit: nothing smaller worth comparing
        (0.05, ()),  # below 0.1 kWc: no installation
    ],
)
def test_candidate_sizes(roof_kwc: float, sizes: tuple[float, ...]) -> None:
    assert candidate_sizes((3.0, 4.5, 6.0), roof_kwc) == sizes


def test_a_listed_street_puts_the_dwelling_on_the_network() -> None:
    """Streets are matched without accents, case or hyphens; the served-district distance
    (30 m, new_energies_defaults.json) then applies: ≤ 50 m is « branchement court »."""
    city = load_city_profile()
    network = dataclasses.replace(city.heat_networks[0], streets=("Rue du Mont-Liébaut",))
    city = dataclasses.replace(city, heat_networks=(network,))
    collective = Heating(
        "gaz_naturel", Generator.BOILER, Emitters.WATER_RADIATORS, None, True, None
    )
    on_street = _house(heating=collective, address="12 RUE DU MONT LIEBAUT, 62400 Béthune")
    verdict = heat_network(on_street, city, date(2026, 3, 1))
    assert verdict.verdict == "adapté" and verdict.figures["distance_m"] == 30.0
    assert any("(6204C) à 30 m" in reason for reason in verdict.reasons)
    elsewhere = heat_network(
        _house(heating=collective, address="3 rue d'Aire"), city, date(2026, 3, 1)
    )
    assert elsewhere.verdict == "déconseillé" and "distance_m" not in elsewhere.figures
