"""The corpus summary and the ``python -m calculators.dpe.ademe`` survey tool, without the corpus.

Reference: the hand-made minimal house DPE of ``fixtures/`` (one house, no system described),
whose expected counts can be read off the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.ademe import read_dpe
from calculators.dpe.ademe.__main__ import main
from calculators.dpe.ademe.survey import format_summary, summarize

FIXTURES = Path(__file__).parent / "fixtures"
VALID = (FIXTURES / "surface_non_numerique.xml").read_bytes().replace(b">abc<", b">12.5<")


def test_summary_of_minimal_houses() -> None:
    flat = VALID.replace(
        b"<enum_methode_application_dpe_log_id>1<", b"<enum_methode_application_dpe_log_id>5<"
    )
    summary = summarize([read_dpe(VALID), read_dpe(VALID), read_dpe(flat)])
    assert summary.fichiers == 3
    assert summary.versions == {"2.4": 3}
    assert summary.methodes_application == {1: 2, 5: 1}
    assert summary.types_dpe == {"maison": 2, "appartement": 1}
    assert summary.sans_sortie == 3
    assert summary.classes_bilan == {}
    assert (summary.avec_chauffage_collectif, summary.avec_pv, summary.avec_bois) == (0, 0, 0)
    text = format_summary(summary)
    assert "Fichiers lus : 3" in text
    assert "Méthodes d'application (id) : 1 : 2, 5 : 1" in text


def test_survey_tool_reports_bad_files_and_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bon.xml").write_bytes(VALID)
    (tmp_path / "mauvais.xml").write_bytes((FIXTURES / "tronque.xml").read_bytes())
    assert main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "Fichiers lus : 1" in out
    assert "Temps de lecture par fichier" in out
    assert err.startswith("mauvais.xml : XML mal formé")


def test_survey_tool_on_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 2
    assert "Aucun fichier *.xml" in capsys.readouterr().err
