"""``diag-app dpe-simple FICHIER.json --at AAAA-MM-JJ --format json|text`` through ``cli.main``.

Inputs: the worked examples of ``docs/examples/`` (their estimates are checked in
``tests/calculators/dpe/simple``) and broken files; errors must name the JSON field, exit
non-zero and print no traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app import cli

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
REQUIRED_KEYS = {
    "etiquette",
    "classe_energie",
    "classe_climat",
    "passoire",
    "cep_kwh_m2",
    "eges_kg_m2",
    "bande",
    "hypotheses_principales",
    "hypotheses",
    "avertissements",
    "disclaimer",
    "indicatif",
    "par_usage",
    "regles",
    "date_calcul",
}


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert cli.main(["dpe-simple", *args]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("simple-*.json")), ids=lambda p: p.stem)
def test_every_example_gives_json(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    data = _json(capsys, str(path), "--at", "2026-01-15")
    assert set(data) >= REQUIRED_KEYS
    assert data["disclaimer"] == "Pré-diagnostic indicatif, non opposable"
    assert data["etiquette"] in "ABCDEFG"
    assert (
        data["bande"]["etiquette_meilleure"] <= data["etiquette"] <= data["bande"]["etiquette_pire"]
    )
    assert data["date_calcul"] == "2026-01-15"


def test_text_format_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "simple-maison-miniere-1930.json"
    assert cli.main(["dpe-simple", str(path), "--at", "2026-01-15", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pré-diagnostic indicatif, non opposable.")
    assert "Étiquette estimée :" in out and "Bande d'incertitude : de " in out
    assert "règles du 15/01/2026" in out


def test_new_build_says_it_is_indicative(capsys: pytest.CaptureFixture[str]) -> None:
    path = EXAMPLES / "simple-construction-neuve-permis.json"
    assert cli.main(["dpe-simple", str(path), "--at", "2026-01-15", "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == (
        "RE2020 s'applique aux bâtiments neufs ; cette estimation 3CL n'est qu'indicative."
    )
    data = _json(capsys, str(path), "--at", "2026-01-15")
    assert data["indicatif"].startswith("RE2020 s'applique aux bâtiments neufs")


def test_bad_field_is_named_without_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "maison.json"
    path.write_text(
        json.dumps(
            {
                "logement": {
                    "type": "maison_isolee",
                    "annee_construction": 1960,
                    "surface_habitable_m2": 3,
                }
            }
        ),
        encoding="utf-8",
    )
    assert cli.main(["dpe-simple", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "logement.surface_habitable_m2" in captured.err
    assert "Traceback" not in captured.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["absent.json"], "Fichier de description introuvable"),
        (
            [str(EXAMPLES / "simple-maison-miniere-1930.json"), "--at", "2020-01-01"],
            "1er juillet 2021",
        ),
    ],
)
def test_errors_exit_non_zero(
    capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    assert cli.main(["dpe-simple", *args]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["dpe-simple", "x.json", "--at", "15/01/2026"])
    assert stop.value.code == 2
    assert "n'est pas une date" in capsys.readouterr().err
