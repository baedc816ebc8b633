"""Totals fed with the corpus's official final consumptions (brief: Cep/m² and EGES/m² within 1 %
and the label exact on at least 98 % of files).

Reference: each file's ``ep_conso_5_usages_m2``, ``emission_ges_5_usages_m2`` and
``classe_bilan_dpe``, computed by certified software on the file's date (electricity factor 2.3,
1.9 for the files of 2026). Our side: :func:`calculators.dpe.engine.totals_from_ademe
.totals_from_file` — the file's per-use final consumptions in, our factors, lists and labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.totals import DpeTotals
from calculators.dpe.engine.totals_from_ademe import main, official_inputs, totals_from_file
from calculators.dpe.rules import RulesError
from tests.calculators.dpe.engine.systems_corpus import Score, corpus, indicator_matches, score

pytestmark = pytest.mark.corpus

UNDATED_FILE_DAY = date(2026, 1, 2)
"""The pre-deposit export has no date; its outputs use the 1.9 factor (see docs/dpe-xml.md)."""
CONSISTENCY = 0.01
"""A file is consistent when its per-use lines add up to its five-use total within 1 %."""


@dataclass(frozen=True)
class Row:
    """One file: its official outputs, our totals, and whether its per-use lines are
    consistent with its own five-use total."""

    name: str
    dpe: DpeFile
    result: DpeTotals
    consistent: bool

    @property
    def official_cep(self) -> float | None:
        return self.dpe.outputs.ep_conso.ep_conso_5_usages_m2

    @property
    def official_eges(self) -> float | None:
        return self.dpe.outputs.emission_ges.emission_ges_5_usages_m2

    @property
    def official_label(self) -> str:
        return self.dpe.outputs.ep_conso.classe_bilan_dpe


def _results(files: tuple[tuple[str, DpeFile], ...]) -> list[Row]:
    rows = []
    for name, dpe in files:
        day = None if dpe.inputs.administratif.date_etablissement_dpe else UNDATED_FILE_DAY
        inputs = official_inputs(dpe)
        total = dpe.outputs.ef_conso.conso_5_usages or 0.0
        consistent = abs(inputs.unallocated_kwh) <= CONSISTENCY * max(total, 1.0)
        rows.append(Row(name, dpe, totals_from_file(dpe, day), consistent))
    return rows


def _scores(rows: list[Row]) -> tuple[Score, Score, Score]:
    cep = score(
        "Cep/m²",
        [
            (
                r.name,
                indicator_matches(r.result.cep_kwh_m2, r.official_cep),
                f"calculé {r.result.cep_kwh_m2:.2f}, officiel {r.official_cep}",
            )
            for r in rows
        ],
    )
    ges = score(
        "EGES/m²",
        [
            (
                r.name,
                indicator_matches(r.result.eges_kg_m2, r.official_eges),
                f"calculé {r.result.eges_kg_m2:.2f}, officiel {r.official_eges}",
            )
            for r in rows
        ],
    )
    lab = score(
        "étiquette",
        [
            (
                r.name,
                r.result.label.label == r.official_label,
                f"calculée {r.result.label.label}, officielle {r.official_label}",
            )
            for r in rows
        ],
    )
    return cep, ges, lab


def test_every_file(shared_dir: Path) -> None:
    """All 231 files. DPEWIN's flats generated from building data write their electric lines
    as a fraction of what their totals carry (``lighting_conventions.json``): restored, their
    lines add up (was 206, 208, 225 before). Misses (see docs): 5 files whose per-use lines do
    not add up to their own total (two version-2 files writing primary energy = final, two
    WinDpe files, the pre-deposit export), a heat network without identifier (2495E3212393J),
    a 2021 RT2012-derived flat (2144E0963994K) whose GES factors no list gives, 2473E3142873R
    (heating EP/EF 1.059) and 2464E1550878T (PV, GES)."""
    cep, ges, lab = _scores(_results(corpus(shared_dir)))
    print(cep.summary(), ges.summary(), lab.summary(), sep="\n")
    assert cep.total == 231
    assert cep.share >= 0.97  # reached 225/231
    assert ges.share >= 0.96  # reached 223/231
    assert lab.share >= 0.98  # reached 227/231


def test_consistent_files(shared_dir: Path) -> None:
    """Files whose per-use lines add up to their five-use total: 226 of 231 (207 before
    DPEWIN's written fraction was undone)."""
    rows = [row for row in _results(corpus(shared_dir)) if row.consistent]
    cep, ges, lab = _scores(rows)
    print(cep.summary(), ges.summary(), lab.summary(), sep="\n")
    assert cep.total >= 226
    assert cep.share >= 0.99  # reached 225/226 (2473E3142873R: heating EP/EF = 1.059 in file)
    # Reached 222/226: 2144E0963994K and 2495E3212393J (heat-network factors no list gives),
    # 2473E3142873R, 2464E1550878T (PV).
    assert ges.share >= 0.98
    assert lab.share >= 0.99  # reached 224/226 (2144E0963994K, 2495E3212393J)


def test_files_of_2026_use_the_factor_19(shared_dir: Path) -> None:
    rows = [r for r in _results(corpus(shared_dir)) if r.result.at.year >= 2026 and r.consistent]
    assert len(rows) >= 2
    for row in rows:
        assert "1,9" in row.result.rules_version, row.name
        assert indicator_matches(row.result.cep_kwh_m2, row.official_cep), row.name


def test_restating_on_1_january_2026(shared_dir: Path) -> None:
    """The same official consumptions restated on 31 December 2025 and on 1 January 2026:
    only electricity changes (2.3 → 1.9), so Cep never rises and labels only improve."""
    improved = 0
    refused = []
    for name, dpe in corpus(shared_dir):
        try:
            before = totals_from_file(dpe, date(2025, 12, 31))
            after = totals_from_file(dpe, date(2026, 1, 1))
        except RulesError:
            # Small surface above 800 m: since 1 July 2024 its thresholds are not transcribed
            # (docs/dpe-rules.md), so no label is given rather than a guessed one.
            refused.append(name)
            continue
        assert after.cep_kwh_m2 <= before.cep_kwh_m2 + 1e-9
        assert after.label.label <= before.label.label  # "A" < "B" < … < "G"
        improved += after.label.label < before.label.label
    print(f"\nétiquettes améliorées au 1er janvier 2026 : {improved}/231, refusés : {refused}")
    assert improved >= 39  # measured 39 (38 before DPEWIN's written fraction was undone)
    assert refused == ["2274E0581391C.xml", "2373E0956150X.xml"]


def test_command_line_shows_the_switch(
    shared_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = shared_dir / "data" / "dpe" / "ademe-xml" / "2260E3075576T.xml"  # electric heat pump
    if not path.is_file():
        pytest.skip("fichier du corpus absent")
    assert main([str(path), "--at", "2025-12-31"]) == 0
    before = capsys.readouterr().out
    assert main([str(path), "--at", "2026-01-01"]) == 0
    after = capsys.readouterr().out
    assert "facteur EP électricité 2,3" in before and "facteur EP électricité 1,9" in after
    assert "Cep : 204.4" in before and "Cep : 168.9" in after
    assert "Étiquette : D" in before and "Étiquette : C" in after
