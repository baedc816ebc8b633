"""Regression floors of the DPE engine on the ADEME corpus: the harness's figures
(``benchmarks/dpe_corpus.py``) may rise, never fall.

Reference: each file's official ``sortie`` (certified engines, rules of the file's date); the
tolerances 1 % and 5 % are the harness's (relative gap, floor of one unit), and labels are
compared exactly. A floor is the count of files reached when it was set, not a target: when a
stage improves, raise its floors here (``PYTHONPATH=. python -m benchmarks.dpe_corpus`` prints
the current figures). The whole corpus is computed once for the module.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks.dpe_corpus import (
    LABEL_CHECKS,
    QUANTITIES,
    SEGMENTS,
    CorpusReport,
    evaluate,
    table_lines,
    write_csv,
)

pytestmark = pytest.mark.corpus

QUANTITY_FLOORS: dict[tuple[str, str], tuple[int, int, int]] = {
    ("deperdition_enveloppe", "tous"): (230, 194, 214),
    ("deperdition_enveloppe", "chauffage collectif"): (84, 68, 77),
    ("deperdition_enveloppe", "réseau de chaleur"): (19, 13, 16),
    ("deperdition_mur", "tous"): (230, 213, 215),
    ("deperdition_mur", "chauffage collectif"): (84, 77, 79),
    ("deperdition_mur", "réseau de chaleur"): (19, 17, 18),
    ("deperdition_plancher_bas", "tous"): (230, 220, 222),
    ("deperdition_plancher_bas", "chauffage collectif"): (84, 77, 78),
    ("deperdition_plancher_bas", "réseau de chaleur"): (19, 17, 18),
    ("deperdition_plancher_haut", "tous"): (230, 225, 226),
    ("deperdition_plancher_haut", "chauffage collectif"): (84, 82, 83),
    ("deperdition_plancher_haut", "réseau de chaleur"): (19, 18, 19),
    ("deperdition_baie_vitree", "tous"): (230, 218, 223),
    ("deperdition_baie_vitree", "chauffage collectif"): (84, 79, 81),
    ("deperdition_baie_vitree", "réseau de chaleur"): (19, 18, 18),
    ("deperdition_porte", "tous"): (230, 229, 229),
    ("deperdition_porte", "chauffage collectif"): (84, 83, 83),
    ("deperdition_porte", "réseau de chaleur"): (19, 19, 19),
    ("deperdition_pont_thermique", "tous"): (230, 199, 205),
    ("deperdition_pont_thermique", "chauffage collectif"): (84, 64, 66),
    ("deperdition_pont_thermique", "réseau de chaleur"): (19, 11, 11),
    ("hvent", "tous"): (230, 230, 230),
    ("hvent", "chauffage collectif"): (84, 84, 84),
    ("hvent", "réseau de chaleur"): (19, 19, 19),
    ("hperm", "tous"): (230, 225, 225),
    ("hperm", "chauffage collectif"): (84, 82, 82),
    ("hperm", "réseau de chaleur"): (19, 19, 19),
    ("besoin_ch", "tous"): (230, 178, 209),
    ("besoin_ch", "chauffage collectif"): (84, 63, 75),
    ("besoin_ch", "réseau de chaleur"): (19, 13, 17),
    ("besoin_ecs", "tous"): (230, 228, 228),
    ("besoin_ecs", "chauffage collectif"): (84, 83, 83),
    ("besoin_ecs", "réseau de chaleur"): (19, 18, 18),
    ("nadeq", "tous"): (230, 228, 228),
    ("nadeq", "chauffage collectif"): (84, 83, 83),
    ("nadeq", "réseau de chaleur"): (19, 18, 18),
    ("conso_ch", "tous"): (230, 171, 202),
    ("conso_ch", "chauffage collectif"): (84, 59, 70),
    ("conso_ch", "réseau de chaleur"): (19, 13, 16),
    ("conso_ecs", "tous"): (230, 208, 217),
    ("conso_ecs", "chauffage collectif"): (84, 73, 75),
    ("conso_ecs", "réseau de chaleur"): (19, 14, 15),
    ("conso_eclairage", "tous"): (230, 225, 227),
    ("conso_eclairage", "chauffage collectif"): (84, 82, 82),
    ("conso_eclairage", "réseau de chaleur"): (19, 17, 17),
    # Auxiliaries within 5 %: 190 → 202 (network 5 → 13) when DPEWIN's flats generated from
    # building data were compared with what their five-use totals carry (their written lines
    # are 0.290 / 0.347 of it) and their collective circulators sized on the building
    # (§17.2.2.2.1); 2395E2435060X's loop sized on the building (§15.2.3).
    ("conso_auxiliaires", "tous"): (230, 194, 202),
    ("conso_auxiliaires", "chauffage collectif"): (84, 65, 69),
    ("conso_auxiliaires", "réseau de chaleur"): (19, 13, 13),
    ("conso_fr", "tous"): (18, 13, 15),
    ("conso_fr", "chauffage collectif"): (7, 5, 6),
    ("conso_fr", "réseau de chaleur"): (1, 1, 1),
    # DPEWIN's flats from building data: whole lighting and auxiliaries in the totals, as
    # theirs carry them, collective circulators on the building (Cep within 1 % 162 → 166,
    # network 6 → 9); 2395E2435060X's loop on the building: Cep and GES within 5 % +1 each;
    # DPEWIN's district hot water at 0.9 whatever the insulation flag (2378E0897918K,
    # 2314E2214723H): Cep 202 → 204, GES 204 → 206.
    ("cep_m2", "tous"): (230, 167, 204),
    ("cep_m2", "chauffage collectif"): (84, 56, 73),
    ("cep_m2", "réseau de chaleur"): (19, 10, 15),
    ("eges_m2", "tous"): (230, 184, 206),
    ("eges_m2", "chauffage collectif"): (84, 60, 74),
    ("eges_m2", "réseau de chaleur"): (19, 10, 14),
}
"""(quantity, segment) → (files compared, within 1 %, within 5 %)."""
LABEL_FLOORS: dict[tuple[str, str], tuple[int, int]] = {
    # DPEWIN's collective tank in the heated volume recovered (needs doc): 2375E2293948T right
    # (C), heat-network labels 15 → 16.
    ("étiquette exacte", "tous"): (230, 217),
    ("étiquette exacte", "chauffage collectif"): (84, 78),
    ("étiquette exacte", "réseau de chaleur"): (19, 16),
    ("à une classe près", "tous"): (230, 228),
    ("à une classe près", "chauffage collectif"): (84, 83),
    ("à une classe près", "réseau de chaleur"): (19, 18),
    ("statut passoire juste", "tous"): (230, 227),
    ("statut passoire juste", "chauffage collectif"): (84, 83),
    ("statut passoire juste", "réseau de chaleur"): (19, 18),
    ("étiquette depuis Cep et GES officiels", "tous"): (230, 230),
    ("étiquette depuis Cep et GES officiels", "chauffage collectif"): (84, 84),
    ("étiquette depuis Cep et GES officiels", "réseau de chaleur"): (19, 19),
}
"""(check, segment) → (files compared, files right)."""


@pytest.fixture(scope="module")
def report(shared_dir: Path) -> CorpusReport:
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return evaluate(folder)


def test_every_figure_is_floored() -> None:
    assert {q for q, _ in QUANTITY_FLOORS} == set(QUANTITIES)
    assert {c for c, _ in LABEL_FLOORS} == set(LABEL_CHECKS)
    assert {s for _, s in QUANTITY_FLOORS} == {s for _, s in LABEL_FLOORS} == set(SEGMENTS)


@pytest.mark.parametrize(("quantity", "segment"), list(QUANTITY_FLOORS))
def test_quantity_floors(report: CorpusReport, quantity: str, segment: str) -> None:
    files, one, five = QUANTITY_FLOORS[quantity, segment]
    within_one = report.within(quantity, 0.01, segment)
    within_five = report.within(quantity, 0.05, segment)
    assert within_one.files == files  # the files compared change only with the corpus
    assert within_one.passed >= one, [o.name for o in report.worst(quantity)]
    assert within_five.passed >= five, [o.name for o in report.worst(quantity)]


@pytest.mark.parametrize(("check", "segment"), list(LABEL_FLOORS))
def test_label_floors(report: CorpusReport, check: str, segment: str) -> None:
    files, right = LABEL_FLOORS[check, segment]
    share = report.labels(LABEL_CHECKS[check], segment)
    assert (share.files, share.passed >= right) == (files, True), share


def test_labelling_from_the_official_indicators_is_exact(report: CorpusReport) -> None:
    """Our labelling of each file's own Cep and EGES gives its official label (annexe 5)."""
    share = report.labels(LABEL_CHECKS["étiquette depuis Cep et GES officiels"])
    assert share.passed == share.files == 230


def test_exclusions_and_refusals_are_explained(report: CorpusReport) -> None:
    excluded = {o.name: o.excluded for o in report.outcomes if o.excluded}
    assert excluded == {"dpe_without_porte_collection.xml": "sans date d'établissement"}
    refused = {o.name: o.problems for o in report.compared() if o.problems}
    # 2387E2923777K: no hot-water installation described; refused with the reason, never
    # labelled. (2273E0303205P, a floor on the ground without its perimeter, now takes the
    # certified engine's Ue with a warning, §3.2.2.1.)
    assert set(refused) <= {"2387E2923777K.xml"}, refused
    assert all(len(problems) == 1 for problems in refused.values()), refused


def test_table_and_csv(report: CorpusReport, tmp_path: Path) -> None:
    lines = table_lines(report)
    assert lines[0].startswith("Corpus : 231 fichiers, 230 comparés")
    assert any(line.startswith("étiquette exacte") for line in lines)
    assert "Fichiers exclus :" in lines
    path = tmp_path / "corpus.csv"
    write_csv(report, path)
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 231
    assert {"fichier", "cep_m2_calcule", "etiquette_officielle"} <= rows[0].keys()
