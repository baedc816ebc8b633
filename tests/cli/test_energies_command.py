"""``diag-app energies`` end to end through ``cli.main``: JSON and text outputs, progress on
stderr, and every bad input as a French message with a non-zero exit and no traceback.

Reference ranges are those of tests/services/test_new_energies.py (each justified there).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app import cli
from tests.services.test_new_energies import SOUTH_3KWC_KWH, TWO_PEOPLE_SELF_CONSUMPTION_PCT
from tests.services.test_new_energies_request import FLAT, TERRACED

REFERENCE_TMY = "tmy_50.811_3.310_2005_2020.csv"


def _fails(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    """Run a failing command; argparse's usage errors exit through SystemExit(2)."""
    try:
        code = cli.main(["energies", *arguments])
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert "Traceback" not in captured.err
    return captured.err


def _request(tmp_path: Path, change: Any) -> str:
    raw = json.loads(TERRACED.read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "demande.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["energies", str(TERRACED), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "NaN" not in captured.out and "Infinity" not in captured.out
    data = json.loads(captured.out)
    three = next(size for size in data["pv"]["sizes"] if size["peak_kwp"] == 3.0)
    assert SOUTH_3KWC_KWH[0] <= three["production_kwh"] <= SOUTH_3KWC_KWH[1]
    low, high = TWO_PEOPLE_SELF_CONSUMPTION_PCT
    assert low <= three["self_consumption_pct"] <= high
    assert set(three["economics"]) >= {"central", "price_minus_20pct", "price_plus_20pct"}
    assert data["at"] == "2026-03-01" and data["disclaimer"].startswith("Pré-diagnostic")
    assert [o["key"] for o in data["options"]] == [
        "pompe_a_chaleur",
        "bois",
        "petit_eolien",
        "reseau_chaleur",
    ]
    assert "Diagnostic terminé" in captured.err and "%" in captured.err


def test_text_summary_for_the_network_flat(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["energies", str(FLAT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pré-diagnostic indicatif, non opposable")
    assert "Raccordement à un réseau de chaleur : ADAPTÉ" in out and "(6204C)" in out
    assert "Petite éolienne" in out and "DÉCONSEILLÉ" in out
    assert "photovoltaïque individuel non évalué" in out


def test_text_summary_for_the_south_roof_with_a_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["energies", str(TERRACED), "--at", "15/06/2026"]) == 0
    out = capsys.readouterr().out
    assert "le 15/06/2026" in out and "Taille conseillée" in out
    assert "kWc" in out and "\u202f" in out and "€" in out  # « 2 883 kWh », « 8 110 € »
    assert "Chauffe-eau solaire" in out and "gaz naturel" in out
    assert "Valeurs à vérifier" in out


def test_weather_file_carries_the_pvgis_attribution(
    capsys: pytest.CaptureFixture[str], shared_dir: Path
) -> None:
    weather = shared_dir / "data" / "weather" / REFERENCE_TMY
    if not weather.exists():
        pytest.skip(f"année type de référence absente : {weather}")
    assert cli.main(["energies", str(FLAT), "--weather", str(weather)]) == 0
    out = capsys.readouterr().out
    assert REFERENCE_TMY in out and "PVGIS © European Union" in out


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda raw: raw["pans_de_toiture"][0].update(surface_utile_m2=-20),
            "« pans_de_toiture[0].surface_utile_m2 » : valeur négative",
        ),
        (
            lambda raw: raw["pans_de_toiture"][0].update(azimut=400),
            "« pans_de_toiture[0].azimut » : 400",
        ),
        (lambda raw: raw["logement"].update(surfce=80), "« logement.surfce » : clé inconnue"),
    ],
)
def test_bad_values_exit_2_naming_the_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, change: Any, words: str
) -> None:
    err = _fails(capsys, _request(tmp_path, change))
    assert err.startswith("Erreur : Demande demande.json") and words in err


def test_bad_json_missing_file_and_bad_date(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "cassé.json"
    broken.write_text('{"logement": {', encoding="utf-8")
    assert "JSON invalide à la ligne 1" in _fails(capsys, str(broken))
    assert "introuvable" in _fails(capsys, str(tmp_path / "absent.json"))
    assert "date « 31/02/2026 » illisible" in _fails(capsys, str(TERRACED), "--at", "31/02/2026")
    # No surplus tariff transcribed between 1 February and 27 March 2025.
    assert "transcrite pour le 01/03/2025" in _fails(capsys, str(TERRACED), "--at", "2025-03-01")
