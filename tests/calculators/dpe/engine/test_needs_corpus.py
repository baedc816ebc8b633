"""The needs stages on the 231 real DPE files of the ADEME corpus (``shared/data/dpe``).

Each file is run through :func:`needs_from_ademe` in isolation from the envelope and systems
stages: GV is the file's official ``sortie/deperdition/deperdition_enveloppe`` and the windows'
Sw, Fe1, Fe2 (and generators' Qp0, Pn) come from their ``donnee_intermediaire``. Results are
compared with ``sortie/apport_et_besoin`` and each ventilation's ``donnee_intermediaire``.
The floors asserted are the shares reached (regression tests); the files still out of
tolerance are listed with the reason found by reading them (docs/dpe-engine-needs.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from calculators.dpe.engine.envelope.conventions import conventions_for
from calculators.dpe.engine.needs_from_ademe import glazing_from_intermediaire, needs_from_ademe
from tests.calculators.dpe.engine.needs_support import iter_corpus, relative_gap, share_within

pytestmark = pytest.mark.corpus

CORPUS_SIZE = 231
# Official F written as 1.0 (LICIEL): not a fraction of the need, left out of the F check.
IMPLAUSIBLE_F = 0.999

# Files whose besoin_ch is more than 5 % from ours, and why (each read by hand).
KNOWN_HEATING_MISSES = {
    "2321E3872263C.xml": "program 7.5: Nadeq of one flat for a 24-flat building, need ÷ 10",
    "2421E0125604W.xml": "program 7.5: besoin_ch inconsistent with its own GV and gains",
    "2268E0739293A.xml": "program 7.5: besoin_ch inconsistent with its own GV and gains",
    "2438E4094489Y.xml": "program 7.5: besoin_ch inconsistent with its own GV and gains",
    "2206E1133029I.xml": "program 1.16.1: solar gains written 0, F = 1 − Bch/(GV·DH) differs",
    "2235E0705773N.xml": "LICIEL recovers the collective 3,000 L tank (§17.1.4.2 says not)",
    "2684E0017144V.xml": "2025 engine: H2d December DH19 9533.0 instead of the annex's 15639.4",
    "2526E2511731F.xml": "2024 engine: H2d December DH19 9533.0; window on a crawl space counted",
    "2475E0800069X.xml": "DPEWIN: official Sse 38.3 m² for windows giving 63.8 m²",
    "2251E1368858K.xml": "program 1.19.0: Sse and solar gains written 0",
    "2251E1369051V.xml": "program 1.19.0: Sse and solar gains written 0",
    "2260E2937998H.xml": "program 3.0.4: official Sse 26 % above its windows' Sw × C1",
}


@pytest.fixture(scope="module")
def gaps(shared_dir: Path) -> dict[str, dict[str, Any]]:
    """Relative gaps to the official values, by file and quantity."""
    result: dict[str, dict[str, Any]] = {}
    for dpe in iter_corpus(shared_dir):
        official = dpe.outputs.apport_et_besoin
        ventilations = dpe.inputs.systemes.ventilations
        needs = needs_from_ademe(
            dpe.inputs,
            dpe.outputs.deperdition.deperdition_enveloppe,
            glazing_from_intermediaire(dpe.inputs.enveloppe),
            conventions=conventions_for(dpe.metadata.usr_logiciel_id),
        )
        f_official = official.fraction_apport_gratuit_ch
        result[dpe.metadata.source] = {
            "hvent": relative_gap(
                needs.hvent_w_k, sum(v.intermediaire.hvent for v in ventilations)
            ),
            "hperm": relative_gap(
                needs.hperm_w_k, sum(v.intermediaire.hperm for v in ventilations)
            ),
            "sse": relative_gap(needs.surface_sud_equivalente, official.surface_sud_equivalente),
            "apport_solaire": relative_gap(
                needs.apport_solaire_ch, official.apport_solaire_ch, kwh_or_wh=True
            ),
            "apport_interne": relative_gap(
                needs.apport_interne_ch, official.apport_interne_ch, kwh_or_wh=True
            ),
            "fraction": None
            if f_official is None or f_official >= IMPLAUSIBLE_F
            else relative_gap(needs.fraction_apport_gratuit_ch, f_official),
            "nadeq": relative_gap(needs.nadeq, official.nadeq),
            "besoin_ecs": relative_gap(needs.besoin_ecs, official.besoin_ecs),
            "besoin_ecs_depensier": relative_gap(
                needs.besoin_ecs_depensier, official.besoin_ecs_depensier
            ),
            "besoin_ch": relative_gap(needs.besoin_ch, official.besoin_ch),
            "besoin_ch_depensier": relative_gap(
                needs.besoin_ch_depensier, official.besoin_ch_depensier
            ),
        }
    return result


def _share(gaps: dict[str, dict[str, Any]], quantity: str, tolerance: float) -> float:
    return share_within([g[quantity] for g in gaps.values()], tolerance)[0]


def test_every_file_computes(gaps: dict[str, dict[str, Any]]) -> None:
    assert len(gaps) == CORPUS_SIZE


def test_heating_need(gaps: dict[str, dict[str, Any]]) -> None:
    # Target: besoin_ch within 5 % on ≥ 90 % of files; reached 94.8 % (87.9 % within 1 %)
    # since the flats of a building study take the building's needs (§11.1), old-material
    # buildings heavy by their components get the §18.3 climate and a tank written outside
    # whose distribution row says « production volume habitable » is recovered (+4 at 1 %).
    assert _share(gaps, "besoin_ch", 0.05) >= 0.948
    assert _share(gaps, "besoin_ch", 0.01) >= 0.878
    # Dépensier: several building programs write it per flat (up to 10× smaller).
    assert _share(gaps, "besoin_ch_depensier", 0.05) >= 0.87
    misses = {name for name, g in gaps.items() if g["besoin_ch"] > 0.05}
    assert misses <= set(KNOWN_HEATING_MISSES), misses - set(KNOWN_HEATING_MISSES)


def test_hot_water_need(gaps: dict[str, dict[str, Any]]) -> None:
    # Target: besoin_ecs and Nadeq within 1 % on ≥ 99 %; reached 99.1 % (229/231) since the
    # flats of a building study count the building's flats (methode_application_dpe_log
    # 15, 16, 19, 20, 22–25). The two misses: 2321E3872263C (program 7.5, a building
    # computed as one flat) and 2463E3164679Z (Nadeq of 15 flats, besoin_ecs of one).
    assert _share(gaps, "nadeq", 0.01) >= 0.99
    assert _share(gaps, "besoin_ecs", 0.01) >= 0.99
    # Dépensier: building programs writing it per flat again.
    assert _share(gaps, "besoin_ecs_depensier", 0.01) >= 0.88


def test_gains(gaps: dict[str, dict[str, Any]]) -> None:
    # Within 1 %: Sse 94.8 %, solar gains 91.8 %, internal gains 96.5 %, F 87.1 % of the
    # files whose official F is a fraction (LICIEL writes 1.0).
    assert _share(gaps, "sse", 0.01) >= 0.94
    assert _share(gaps, "apport_solaire", 0.01) >= 0.91
    assert _share(gaps, "apport_interne", 0.01) >= 0.96
    assert _share(gaps, "fraction", 0.01) >= 0.87


def test_air_renewal(gaps: dict[str, dict[str, Any]]) -> None:
    # Within 1 %: Hvent 99.6 % (the miss is a hand-made fixture), Hperm 97.0 % (224/231) with
    # each program's façade reading (WinDpe 22570 and program 18104 take e and f of several
    # exposed façades whatever the file says, envelope/conventions.json; 93.9 % without it);
    # the misses are LICIEL's ~0.03 W/K values and hand-made or inconsistent files.
    assert _share(gaps, "hvent", 0.01) >= 0.99
    assert _share(gaps, "hperm", 0.01) >= 0.969
