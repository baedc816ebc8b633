"""Bioclimatic advice of the desk diagnostic for a new build or an extension.

Reference case: ``docs/examples/simple-construction-neuve-permis.json`` (single-storey timber-
frame house, walls R 6.5, roof R 10, 17.5 m² of windows split 45/10/20/25 % S/N/E/W, PV south
at 30°). Figures checked by hand: glazing shares (the description's own split), the south
overhang D = H / tan(h_June) (docs/bioclimatic-advice.md: h_June = 62.9° at Béthune) and the
U of the wall and roof built by :mod:`diag_app.services.desk_project` (NF EN ISO 6946).
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from pathlib import Path

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic import material
from calculators.dpe.simple import read_description
from calculators.dpe.simple.choices import TypeProjet
from diag_app import cli
from diag_app.errors import ValidationError
from diag_app.services import desk, desk_project

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
NEW_BUILD = EXAMPLES / "simple-construction-neuve-permis.json"
AT = date(2026, 1, 15)
EXPECTED_CODES = {
    "cadre_reglementaire",
    "orientation_vitrages",
    "casquette_sud",
    "confort_ete",
    "dephasage_toiture",
    "dephasage_murs",
    "inertie",
    "materiaux_biosources",
    "toiture_solaire",
}


@pytest.fixture(scope="module")
def new_build() -> dict[str, object]:
    data = desk.compute_file(NEW_BUILD, AT)["conseil_bioclimatique"]
    assert isinstance(data, dict)
    return data


def _item(advice: dict[str, object], code: str) -> dict[str, object]:
    items = advice["elements"]
    assert isinstance(items, list)
    return next(item for item in items if item["code"] == code)


def test_a_new_build_gets_every_advice_item(new_build: dict[str, object]) -> None:
    items = new_build["elements"]
    assert isinstance(items, list)
    assert {item["code"] for item in items} >= EXPECTED_CODES
    assert "non opposable" in str(new_build["disclaimer"])
    notes = new_build["hypotheses"]
    assert isinstance(notes, list)
    assert any("laine de verre" in note for note in notes)


def test_glazing_shares_are_those_of_the_description(new_build: dict[str, object]) -> None:
    figures = _item(new_build, "orientation_vitrages")["chiffres"]
    assert isinstance(figures, dict)
    shares = {"part_sud_pct": 45, "part_nord_pct": 10, "part_est_pct": 20, "part_ouest_pct": 25}
    for key, share in shares.items():
        # Areas are share × 17.5 m², so the shares come back exactly; the JSON keeps 0.001.
        assert figures[key] == pytest.approx(share, abs=1e-3), key


def test_south_overhang_of_a_standard_window(new_build: dict[str, object]) -> None:
    """D = H / tan(62.9°) for H = 1.45 m (desk window height), gap 0."""
    figures = _item(new_build, "casquette_sud")["chiffres"]
    assert isinstance(figures, dict)
    expected = desk_project.WINDOW_HEIGHT_M / math.tan(math.radians(62.9))
    # The sun height is quoted to 0.1°: ±0.05° moves D by < 1 mm; the JSON keeps 0.001 m.
    assert figures["profondeur_recommandee_m"] == pytest.approx(expected, abs=2e-3)


def test_u_of_wall_and_roof_by_hand(new_build: dict[str, object]) -> None:
    """NF EN ISO 6946, table 7: Rsi 0.13 (wall), 0.10 (roof, upward), Rse 0.04 m²·K/W; the
    insulant is R itself (thickness = R × λ), OSB 12 mm and plasterboard 13 mm by their λ."""
    r_osb = 0.012 / material("osb").lambda_w_mk
    r_plaster = 0.013 / material("plaque_platre").lambda_w_mk
    wall = _item(new_build, "dephasage_murs")["chiffres"]
    roof = _item(new_build, "dephasage_toiture")["chiffres"]
    assert isinstance(wall, dict) and isinstance(roof, dict)
    # The JSON keeps 0.001 W/(m²·K): half a unit of the last digit.
    assert wall["u_w_m2k"] == pytest.approx(1 / (0.17 + r_osb + 6.5 + r_plaster), abs=6e-4)
    assert roof["u_w_m2k"] == pytest.approx(1 / (0.14 + 10 + r_plaster), abs=6e-4)


def test_an_existing_dwelling_gets_none() -> None:
    data = desk.compute_file(EXAMPLES / "simple-maison-miniere-1930.json", AT)
    assert data["conseil_bioclimatique"] is None


def test_an_extension_gets_advice() -> None:
    description = dataclasses.replace(read_description(NEW_BUILD), projet=TypeProjet.EXTENSION)
    result = desk.advice(description, AT)
    assert result is not None
    assert result.advice.project.kind.value == "extension"


def test_advice_errors_become_validation_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AdviceInputError("La surface de la fenêtre (m²) est négative.", field="fenetres")

    monkeypatch.setattr(desk, "project_from_description", refuse)
    with pytest.raises(ValidationError) as error:
        desk.advice(read_description(NEW_BUILD), AT)
    assert error.value.field == "fenetres"
    assert str(error.value).startswith("Conseil bioclimatique : La surface de la fenêtre")


def test_text_output_shows_the_advice(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dpe-simple", str(NEW_BUILD), "--at", "2026-01-15", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Conseil bioclimatique (construction neuve ou extension) :" in out
    assert "* Casquette au-dessus des fenêtres sud" in out
    assert "Hypothèses du conseil :" in out
