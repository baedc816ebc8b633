"""``diag-app dpe FICHIER.xml --at AAAA-MM-JJ --format json|text`` through ``cli.main``.

Inputs: the hand-made house of ``tests/calculators/dpe/engine/test_pipeline_house.py`` (figures
worked by hand there), the reader's malformed fixtures, and one ADEME corpus file whose official
outputs are the reference (skipped without ``../shared``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diag_app import cli
from tests.calculators.dpe.engine.test_pipeline_house import house_xml

FIXTURES = Path(__file__).resolve().parents[1] / "calculators" / "dpe" / "fixtures"
CORPUS_FILE = "2287E1490206A.xml"
"""A gas-boiler house whose official values the engine reproduces to 5 significant digits."""
# Official intermediate values are stored to ~6 digits and tabulated inputs are shared: 0.1 %
# leaves room for the certified engine's rounding, not for a method difference.
CERTIFIED = 1e-3
REQUIRED_KEYS = {
    "numero_dpe", "surface_reference_m2", "deperdition_enveloppe", "ubat", "besoin_ch",
    "besoin_ecs", "nadeq", "cep_kwh_m2", "eges_kg_m2", "ef_kwh_m2", "energy_class",
    "climate_class", "label", "passoire", "rules", "par_usage", "disclaimer", "warnings",
}


@pytest.fixture
def house_file(tmp_path: Path) -> Path:
    path = tmp_path / "maison.xml"
    path.write_bytes(house_xml())
    return path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert cli.main(["dpe", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_output(house_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _json(capsys, str(house_file), "--at", "2026-01-01", "--format", "json")
    assert data.keys() >= REQUIRED_KEYS
    assert data["numero_dpe"] == "2562E0000002B"
    assert data["deperdition_enveloppe"] == 250.0  # §3.2.1.1 by hand, see the house's tests
    assert data["rules"] == (
        "2026-01-01 · 3CL-DPE 2021 · seuils 2024-07-01 · facteur EP électricité 1,9 (2026-01-01)"
    )
    assert data["disclaimer"] == "Pré-diagnostic indicatif, non opposable"
    assert (data["label"], data["energy_class"], data["climate_class"]) == ("E", "E", "C")
    assert data["passoire"] is False and data["complet"] is True
    assert data["par_usage"]["auxiliaires"] == {"ef_kwh": 0.0, "ep_kwh": 0.0, "ges_kg": 0.0}
    assert data["par_energie"].keys() == {"electricite"}


def test_the_date_sets_the_electricity_factor(
    house_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The all-electric house: primary energy is 2.3 × its final energy on 31 December 2025 and
    1.9 × on 1 January 2026 (arrêté du 15 septembre 2006, annexe 3, as amended on 13 August
    2025), which moves it from F (Cep ≥ 330) to E; consumptions and GHG do not change."""
    before = _json(capsys, str(house_file), "--at", "2025-12-31")
    after = _json(capsys, str(house_file), "--at", "2026-01-01")
    assert (before["facteur_ep_electricite"], after["facteur_ep_electricite"]) == (2.3, 1.9)
    assert "facteur EP électricité 2,3 (2021-07-01)" in before["rules"]
    for key in ("deperdition_enveloppe", "besoin_ch", "conso_ch", "conso_ecs", "ef_kwh_m2"):
        assert before[key] == after[key], key
    # Rounded to 0.001 in the summary: compare within that rounding.
    assert before["cep_kwh_m2"] == pytest.approx(2.3 * before["ef_kwh_m2"], abs=2e-3)
    assert after["cep_kwh_m2"] == pytest.approx(1.9 * after["ef_kwh_m2"], abs=2e-3)
    assert after["eges_kg_m2"] == before["eges_kg_m2"]
    assert (before["label"], after["label"]) == ("F", "E")
    assert (before["passoire"], after["passoire"]) == (True, False)


def test_text_output_is_french(house_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["dpe", str(house_file), "--at", "2026-01-01", "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Pré-diagnostic indicatif, non opposable."
    assert "Surface de référence : 92,5 m²" in lines
    assert "Déperditions de l'enveloppe : 250,0 W/K (Ubât 2,50 W/(m².K))" in lines
    assert "Étiquette : E" in lines
    assert "  éclairage : 175 kWhEF, 332 kWhEP, 12 kgCO2eq par an" in lines
    assert "- besoins : aucune ventilation décrite : Hvent et Hperm nuls" in lines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["absent.xml"], "Erreur : Fichier DPE introuvable : « absent.xml »."),
        ([str(FIXTURES / "tronque.xml")], "Erreur : Fichier DPE « tronque.xml » inutilisable : "
         "XML mal formé ligne 52, colonne 37, dans l'élément mur[2]/donnee_entree/"
         "enum_type_adjacence_id"),
        ([str(FIXTURES / "vide.xml")], "Erreur : Fichier DPE « vide.xml » inutilisable"),
    ],
)
def test_unreadable_files(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["dpe", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and "Traceback" not in err


def test_bad_dates(house_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        cli.main(["dpe", str(house_file), "--at", "2026-13-01"])
    assert usage.value.code == 2
    assert "« 2026-13-01 » n'est pas une date (attendu AAAA-MM-JJ" in capsys.readouterr().err
    assert cli.main(["dpe", str(house_file), "--at", "2020-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Erreur : Aucune règle DPE pour le 1er janvier 2020")
    assert "Traceback" not in err


@pytest.mark.corpus
def test_a_corpus_file_against_its_official_outputs(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reference: the file's ``sortie`` (LICIEL, engine 3cl_tribu 1.4.25, DPE of 30 June 2022)."""
    path = shared_dir / "data" / "dpe" / "ademe-xml" / CORPUS_FILE
    if not path.is_file():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    data = _json(capsys, str(path), "--at", "2022-06-30")
    assert data["numero_dpe"] == "2287E1490206A"
    official = {
        "deperdition_enveloppe": 223.9756,
        "besoin_ch": 12068.36,
        "besoin_ecs": 1258.843,
        "nadeq": 1.825,
        "conso_ch": 17302.48,
    }
    for key, value in official.items():
        assert data[key] == pytest.approx(value, rel=CERTIFIED), key
