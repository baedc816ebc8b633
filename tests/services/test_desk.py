"""The desk-diagnostic service: JSON file → validated description → estimate with its band.

References: the worked examples of ``docs/examples/`` and the estimate's own tests
(``tests/calculators/dpe/simple/test_estimate.py``); error texts are those of
``calculators.dpe.simple`` (JSON path first) wrapped with the file name.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.simple import read_description
from calculators.dpe.simple.estimate import estimate
from diag_app.errors import ValidationError
from diag_app.services import desk

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
AT = date(2026, 1, 15)


def test_summary_of_an_example_carries_label_band_and_disclaimer() -> None:
    path = EXAMPLES / "simple-maison-1972-chaudiere-gaz.json"
    data = desk.compute_file(path, AT)
    central = estimate(read_description(path), AT)
    assert data["etiquette"] == central.label
    assert data["cep_kwh_m2"] == round(central.cep_kwh_m2, 1)
    assert data["disclaimer"] == "Pré-diagnostic indicatif, non opposable"
    band = data["bande"]
    order = "ABCDEFG"
    assert order.index(band["etiquette_meilleure"]) <= order.index(data["etiquette"])
    assert order.index(data["etiquette"]) <= order.index(band["etiquette_pire"])
    assert band["cep_min_kwh_m2"] <= data["cep_kwh_m2"] <= band["cep_max_kwh_m2"]
    assert data["indicatif"] is None
    assert json.loads(json.dumps(data)) == data  # JSON-ready


def test_new_build_summary_is_indicative() -> None:
    data = desk.compute_file(EXAMPLES / "simple-construction-neuve-permis.json", AT)
    assert data["indicatif"] == (
        "RE2020 s'applique aux bâtiments neufs ; cette estimation 3CL n'est qu'indicative"
    )


def test_missing_file_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        desk.read_file(Path("absent.json"))
    assert error.value.field == "fichier"


def test_bad_value_names_its_json_field(tmp_path: Path) -> None:
    path = tmp_path / "maison.json"
    path.write_text(
        json.dumps(
            {
                "logement": {
                    "type": "maison_isolee",
                    "annee_construction": 1960,
                    "surface_habitable_m2": 80,
                },
                "murs": {"isolation": {"etat": "isole", "epaisseur_cm": -4}},
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as error:
        desk.read_file(path, AT)
    assert error.value.field == "murs.isolation.epaisseur_cm"
    assert error.value.message.startswith("Description « maison.json » : murs.isolation.")


def test_invalid_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "casse.json"
    path.write_text('{"logement": ', encoding="utf-8")
    with pytest.raises(ValidationError, match="JSON invalide"):
        desk.read_file(path, AT)


def test_date_before_the_method_is_refused() -> None:
    description = read_description(EXAMPLES / "simple-maison-miniere-1930.json")
    with pytest.raises(ValidationError) as error:
        desk.compute(description, date(2020, 1, 1))
    assert error.value.field == "date"
