"""``diag-app dpe FICHIER.xml --simplified``: the desk estimate of what an adviser would have
known of a DPE file (:func:`calculators.dpe.simple.derive_from_ademe`).

References: the hand-made house of ``tests/calculators/dpe/engine/test_pipeline_house.py``
(full engine: label E on 1 January 2026) and one ADEME corpus file with its official label
(skipped without ``../shared``). The desk estimate knows less than the file, so the test asks
what the method promises: the file's label lies inside the desk band, not on the estimate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app import cli
from tests.calculators.dpe.engine.test_pipeline_house import house_xml

DESK_KEYS = {"etiquette", "bande", "hypotheses", "hypotheses_principales", "disclaimer"}
CORPUS_FILE = "2287E1490206A.xml"
"""A gas-boiler house of 1990 (official label E, DPE of 30 June 2022)."""


@pytest.fixture
def house_file(tmp_path: Path) -> Path:
    path = tmp_path / "maison.xml"
    path.write_bytes(house_xml())
    return path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert cli.main(["dpe", *args, "--simplified"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_json_is_the_desk_summary_with_the_file_number(
    house_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, str(house_file), "--at", "2026-01-01")
    assert data.keys() >= DESK_KEYS | {"numero_dpe", "notes_derivation"}
    assert data["numero_dpe"] == "2562E0000002B"
    assert data["fichier"] == "maison.xml"
    assert data["date_calcul"] == "2026-01-01"
    assert data["conseil_bioclimatique"] is None  # an existing dwelling gets no permit advice
    # The full engine gives E for this house (test_dpe_command.py): the desk band holds it.
    assert data["bande"]["etiquette_meilleure"] <= "E" <= data["bande"]["etiquette_pire"]
    assert data["bande"]["etiquette_meilleure"] <= data["etiquette"]
    assert data["etiquette"] <= data["bande"]["etiquette_pire"]


def test_text_names_the_file(house_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["dpe", str(house_file), "--at", "2026-01-01", "--format", "text", "--simplified"]
    assert cli.main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Pré-diagnostic indicatif, non opposable."
    assert lines[1].startswith(
        "DPE n° 2562E0000002B (maison.xml), réduit à une description simple — règles du "
        "01/01/2026"
    )
    assert any(line.startswith("Bande d'incertitude : de ") for line in lines)


def test_unreadable_file_is_a_french_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dpe", "absent.xml", "--simplified"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : Fichier DPE introuvable : « absent.xml ».")
    assert "Traceback" not in err


@pytest.mark.corpus
def test_a_corpus_file_inside_its_band(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reference: the file's official label E (``sortie``, LICIEL, DPE of 30 June 2022)."""
    path = shared_dir / "data" / "dpe" / "ademe-xml" / CORPUS_FILE
    if not path.is_file():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    data = _json(capsys, str(path), "--at", "2022-06-30")
    assert data["numero_dpe"] == "2287E1490206A"
    assert data["bande"]["etiquette_meilleure"] <= "E" <= data["bande"]["etiquette_pire"]
