"""The DPE use case: reading a file, computing on a date, the summary, and French errors.

The hand-made house of ``tests/calculators/dpe/engine/test_pipeline_house.py`` is the input (its
figures are worked by hand there); malformed files are the reader's fixtures.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diag_app.errors import ValidationError
from diag_app.services import dpe as service
from tests.calculators.dpe.engine.test_pipeline_house import house_xml

FIXTURES = Path(__file__).resolve().parents[1] / "calculators" / "dpe" / "fixtures"
# Summary figures are rounded to 0.001 (service.DECIMALS).
ROUNDED = 5e-4


@pytest.fixture
def house_file(tmp_path: Path) -> Path:
    path = tmp_path / "maison.xml"
    path.write_bytes(house_xml())
    return path


def test_summary_of_the_house(house_file: Path) -> None:
    data = service.compute_file(house_file, date(2026, 1, 1))
    json.dumps(data)  # JSON-ready as it is
    assert data["fichier"] == "maison.xml" and data["numero_dpe"] == "2562E0000002B"
    assert data["rules"].startswith("2026-01-01 · 3CL-DPE 2021")
    assert data["facteur_ep_electricite"] == 1.9
    assert data["surface_reference_m2"] == 92.5
    # 100 m² of uninsulated 20 cm concrete at U 2.5 (§3.2.1.1), no ventilation: GV 250 W/K.
    assert data["deperdition_enveloppe"] == pytest.approx(250.0, abs=ROUNDED)
    assert data["deperditions"]["mur"] == pytest.approx(250.0, abs=ROUNDED)
    assert data["conso_eclairage"] == pytest.approx(174.825, abs=ROUNDED)  # §16.1, H1a
    assert data["besoin_ch"] > 0 and data["conso_ch"] > 0 and data["nadeq"] > 0
    assert data["disclaimer"] == "Pré-diagnostic indicatif, non opposable"
    assert data["conso_auxiliaires"] == 0.0  # no fan, no pump, no boiler (§5, §15)
    assert (data["label"], data["complet"], data["non_pris_en_charge"]) == ("E", True, [])
    # Cep = 1.9 × EF for an all-electric dwelling in 2026 (arrêté du 15 septembre 2006, annexe 3).
    assert data["cep_kwh_m2"] == pytest.approx(1.9 * data["ef_kwh_m2"], abs=2 * ROUNDED)


def test_a_refused_stage_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "sans_systeme.xml"
    path.write_bytes(house_xml(systems=False))
    data = service.compute_file(path, date(2026, 1, 1))
    assert data["non_pris_en_charge"] == ["chauffage : aucune installation de chauffage décrite."]
    assert data["conso_ch"] is None and data["label"] is None
    assert data["besoin_ch"] is not None  # the stages before are kept


def test_default_date_is_today(house_file: Path) -> None:
    result = service.compute(service.read_file(house_file))
    assert result.at == date.today()


def test_errors_are_french_and_name_the_element(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as missing:
        service.read_file(tmp_path / "absent.xml")
    assert missing.value.message.startswith("Fichier DPE introuvable : «")
    assert missing.value.field == "fichier"
    with pytest.raises(ValidationError) as broken:
        service.read_file(FIXTURES / "tronque.xml")
    assert broken.value.message.startswith("Fichier DPE « tronque.xml » inutilisable : XML mal")
    assert broken.value.field == "mur[2]/donnee_entree/enum_type_adjacence_id"
    with pytest.raises(ValidationError) as bad_value:
        service.read_file(FIXTURES / "surface_non_numerique.xml")
    assert "« abc » non numérique" in bad_value.value.message
    with pytest.raises(ValidationError, match="modèle non pris en charge"):
        service.read_file(FIXTURES / "tertiaire.xml")


def test_a_date_before_the_method_is_refused(house_file: Path) -> None:
    with pytest.raises(ValidationError) as error:
        service.compute(service.read_file(house_file), date(2021, 6, 30))
    assert error.value.field == "date"
    assert "s'applique aux diagnostics établis à partir du 1er juillet 2021" in error.value.message
