"""The « nouvelles énergies » request: the documented examples read, and every bad value is
refused with a French message naming its JSON path (docs/new-energies.md, « Erreurs »)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from calculators.solar.parameters import Mounting
from diag_app.city import load_city_profile
from diag_app.errors import ValidationError
from diag_app.services.new_energies_reader import parse_request, read_request_file
from diag_app.services.new_energies_request import DwellingKind, Generator

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
TERRACED = EXAMPLES / "energies-maison-mitoyenne-gaz-pan-sud.json"
FLAT = EXAMPLES / "energies-appartement-mont-liebaut-reseau.json"
DETACHED = EXAMPLES / "energies-maison-isolee-electrique-est-ouest.json"


def _raw(path: Path = TERRACED) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _refused(raw: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_request(raw, "demande.json", load_city_profile().districts)
    assert caught.value.message.startswith("Demande demande.json")
    return caught.value


def test_the_three_examples_read() -> None:
    districts = load_city_profile().districts
    terraced = read_request_file(TERRACED, districts)
    assert terraced.dwelling.kind is DwellingKind.TERRACED and terraced.dwelling.occupants == 2
    assert terraced.roofs[0].area_m2 == 22 and terraced.roofs[0].mounting is Mounting.ON_ROOF
    assert terraced.at is not None and terraced.at.isoformat() == "2026-03-01"
    flat = read_request_file(FLAT, districts)
    assert flat.roofs == () and flat.dwelling.heating.generator is Generator.SUBSTATION
    assert flat.dwelling.condominium and flat.dwelling.hot_water.collective
    detached = read_request_file(DETACHED, districts)
    assert [r.azimuth_deg for r in detached.roofs] == [90, 270]
    assert detached.roofs[1].horizon == ((200, 8), (240, 12), (270, 10), (300, 5))
    assert detached.options.battery and detached.options.battery_kwh is None
    assert detached.options.router and detached.options.ev_km_per_year == 12000


def test_defaults_follow_the_dwelling() -> None:
    raw = _raw()
    del raw["logement"]["eau_chaude"]
    raw["logement"]["chauffage"] = {"energie": "electricite"}
    request = parse_request(raw)
    heating = request.dwelling.heating
    assert heating.generator is Generator.JOULE and not heating.emitters.water_circuit
    assert request.dwelling.hot_water.energy == "electricite"  # hot water defaults to heating's
    assert not request.dwelling.condominium  # a house
    assert request.roofs[0].name == "pan sud (côté jardin)"
    del raw["pans_de_toiture"][0]["nom"]
    assert parse_request(raw).roofs[0].name == "pan 1"


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda r: r["pans_de_toiture"][0].update(surface_utile_m2=-20),
            "pans_de_toiture[0].surface_utile_m2",
            "négative",
        ),
        (
            lambda r: r["pans_de_toiture"][0].update(azimut=400),
            "pans_de_toiture[0].azimut",
            "400",
        ),
        (lambda r: r["logement"].update(surfce=80), "logement.surfce", "clé inconnue"),
        (lambda r: r.update(option={}), "option", "clé inconnue"),
        (lambda r: r["logement"].update(occupants=2.5), "logement.occupants", "entier"),
        (lambda r: r["logement"].update(surface_m2="85"), "logement.surface_m2", "nombre"),
        (lambda r: r["logement"].pop("chauffage"), "logement.chauffage", "obligatoire"),
        (lambda r: r["logement"].update(quartier="Lille"), "logement.quartier", "inconnu"),
        (lambda r: r["logement"].update(etiquette_dpe="H"), "logement.etiquette_dpe", "A, B"),
        (
            lambda r: r["logement"]["chauffage"].update(energie="fuel"),
            "logement.chauffage.energie",
            "gaz_naturel",
        ),
        (
            lambda r: r["logement"]["chauffage"].update(generateur="pompe_a_chaleur"),
            "logement.chauffage.generateur",
            "impossible",
        ),
        (
            lambda r: r["pans_de_toiture"][0].update(puissance_kwc=3),
            "pans_de_toiture[0]",
            "une seule",
        ),
        (
            lambda r: r["pans_de_toiture"][0].update(masque_horizon=[[90, 5, 1]]),
            "pans_de_toiture[0].masque_horizon[0]",
            "paire",
        ),
        (
            lambda r: r["pans_de_toiture"][0].update(masque_horizon=[[90, 95]]),
            "pans_de_toiture[0].masque_horizon[0].hauteur",
            "95",
        ),
        (lambda r: r.update(pans_de_toiture=[]), "pans_de_toiture", "au moins un pan"),
        (lambda r: r.update(date="01/03/2026"), "date", "AAAA-MM-JJ"),
        (lambda r: r.update(version=2), "version", "version 1"),
        (
            lambda r: r.update(options={"batterie": {"puissance_kw": 3}}),
            "options.batterie.capacite_kwh",
            "obligatoire",
        ),
    ],
)
def test_bad_values_name_their_json_path(change: Any, path: str, words: str) -> None:
    raw = copy.deepcopy(_raw())
    change(raw)
    error = _refused(raw)
    assert error.field == path
    assert f"« {path} »" in error.message and words in error.message


def test_duplicate_face_names_are_refused() -> None:
    raw = _raw()
    raw["pans_de_toiture"].append(dict(raw["pans_de_toiture"][0]))
    assert _refused(raw).field == "pans_de_toiture[1].nom"


def test_bad_json_and_files(tmp_path: Path) -> None:
    broken = tmp_path / "maison.json"
    broken.write_text('{"logement": {"type": "appartement",}}', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"maison\.json : JSON invalide à la ligne 1"):
        read_request_file(broken)
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"logement": "Béthune"}'.encode("cp1252"))
    with pytest.raises(ValidationError, match="UTF-8"):
        read_request_file(latin)
    with pytest.raises(ValidationError, match="introuvable"):
        read_request_file(tmp_path / "absente.json")
    with pytest.raises(ValidationError, match="objet"):
        parse_request([1, 2])
