"""The pipeline over the ADEME corpus: what it promises on every real file, whatever the stage
figures (those are the harness's, ``benchmarks/dpe_corpus.py``, floored in
``tests/benchmarks/test_dpe_corpus_floors.py``).

Reference: each file's official ``sortie`` for one chained check (2287E1490206A, a LICIEL DPE of
30 June 2022 that the engine reproduces to 5 significant digits).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from calculators.dpe.engine.pipeline import compute_dpe
from calculators.dpe.engine.result import STAGES, DpeResult
from tests.calculators.dpe.engine.systems_corpus import corpus

pytestmark = pytest.mark.corpus

# The certified values are stored to ~6 digits and the tabulated inputs are the same: 0.1 %
# leaves room for rounding, not for a method difference.
CERTIFIED = 1e-3


def _stage_values(result: DpeResult) -> dict[str, object]:
    return {
        "envelope": result.envelope,
        "needs": result.needs,
        "heating": result.heating,
        "hot_water": result.hot_water,
        "lighting": result.lighting_kwh,
        "auxiliaries": result.auxiliaries,
        "totals": result.totals,
    }


def test_every_dated_file_gets_a_result_and_never_a_partial_label(shared_dir: Path) -> None:
    dated = [(n, d) for n, d in corpus(shared_dir) if d.inputs.administratif.date_etablissement_dpe]
    assert len(dated) >= 230
    for name, dpe in dated:
        day = dpe.inputs.administratif.date_etablissement_dpe
        assert day is not None
        result = compute_dpe(dpe, day)
        assert result.at == day and result.numero_dpe == dpe.inputs.administratif.numero_dpe
        assert (result.label is not None) == result.complete, name
        if result.unsupported:
            assert result.label is None and result.totals is None, name
        for refusal in result.unsupported:
            later = STAGES[STAGES.index(refusal.stage) :]
            computed = [s for s, v in _stage_values(result).items() if s in later and v is not None]
            assert not computed, (name, refusal, computed)


def test_chained_stages_reproduce_a_certified_file(shared_dir: Path) -> None:
    files = dict(corpus(shared_dir))
    dpe = files["2287E1490206A.xml"]
    assert dpe.outputs is not None
    result = compute_dpe(dpe, dpe.inputs.administratif.date_etablissement_dpe)  # type: ignore[arg-type]
    official = dpe.outputs
    gv = official.deperdition.deperdition_enveloppe
    pairs = {
        "deperdition_enveloppe": (result.deperdition_enveloppe, gv),
        "besoin_ch": (result.besoin_ch, official.apport_et_besoin.besoin_ch),
        "besoin_ecs": (result.besoin_ecs, official.apport_et_besoin.besoin_ecs),
        "conso_ch": (result.conso_ch, official.ef_conso.conso_ch),
        "conso_ecs": (result.conso_ecs, official.ef_conso.conso_ecs),
        "conso_eclairage": (result.lighting_kwh, official.ef_conso.conso_eclairage),
        "conso_auxiliaires": (result.auxiliaries_kwh, official.ef_conso.conso_totale_auxiliaire),
    }
    for key, (calc, ref) in pairs.items():
        assert calc == pytest.approx(ref, rel=CERTIFIED), key
    # The file stores the integer parts Cep 258 and EGES 51 (annexe 5 floors them); label E.
    assert result.totals is not None and result.label is not None
    assert (int(result.totals.cep_kwh_m2), int(result.totals.eges_kg_m2)) == (258, 51)
    assert result.label.label == official.ep_conso.classe_bilan_dpe == "E"


def test_heat_network_factor_of_the_dpe_date_is_reported(shared_dir: Path) -> None:
    """2275E3186431Z (flat on network 7501C, DPE of 2022): the factor comes from the annexe 7
    list in force on the date (arrêté du 21 octobre 2021 for that day), and the result says so."""
    dpe = dict(corpus(shared_dir))["2275E3186431Z.xml"]
    day = dpe.inputs.administratif.date_etablissement_dpe
    assert day is not None
    result = compute_dpe(dpe, day)
    assert result.totals is not None and result.totals.heat_network is not None
    network = result.totals.heat_network
    assert (network.network_id, network.list_id, network.listed) == (
        "7501C",
        "reseau_chaleur_2021",
        True,
    )
    assert any(
        w.startswith("totaux et étiquette : réseau de chaleur 7501C, 0,18 kgCO2eq/kWh")
        for w in result.warnings
    )


def test_network_missing_from_the_shipped_lists_takes_its_latest_listed_content(
    shared_dir: Path,
) -> None:
    """2569E2704431K (network 6905C, DPE of 26 August 2025): the list in force is the 2024 one
    (arrêté du 11 avril 2025), which ADEME's tables lack; the network's content in the latest
    shipped list, 0.112 (2023 list, arrêté du 5 juillet 2024, ``contenu_co2_acv``), stands in
    rather than coal's 0.385 for unlisted networks, and the warning says it is provisional. The
    file's own factor is 989.7 / 8 916.4 = 0.111: EGES within 5 % (integer-rounded official
    34.32 kgCO2eq/m²; the 5 % is the harness's tolerance, the factor alone is 1 % off) and the
    official label F."""
    dpe = dict(corpus(shared_dir))["2569E2704431K.xml"]
    day = dpe.inputs.administratif.date_etablissement_dpe
    assert day is not None
    result = compute_dpe(dpe, day)
    assert result.totals is not None and result.totals.heat_network is not None
    network = result.totals.heat_network
    assert (network.network_id, network.list_id, network.listed) == (
        "6905C",
        "reseau_chaleur_2024",
        True,
    )
    assert network.kg_co2_per_kwh == 0.112
    notes = [w for w in result.warnings if "réseau de chaleur 6905C" in w]
    assert len(notes) == 1 and "Donnée manquante" in notes[0] and "liste 2023" in notes[0]
    assert result.totals.eges_kg_m2 == pytest.approx(34.32, rel=0.05)
    assert result.label is not None and result.label.label == "F"


def test_flat_of_a_building_study_takes_its_area_share_of_hot_water(shared_dir: Path) -> None:
    """2144E0951019J (flat of 60 m² in an RT2012 study of 646 m² and 10 flats, individual hot
    water): the needs are the building's (besoin_ecs 12,033.7 kWh, Nadeq 19.033, §11.1) and
    the flat's own installation takes its share of the living area, 60 / 646, the key of the
    new-building DPE; its consumption then matches the official conso_ecs 1,835.3 kWh to the
    0.1 % of rounding (CERTIFIED). An average flat's share (1/10) would give 1,976 kWh."""
    dpe = dict(corpus(shared_dir))["2144E0951019J.xml"]
    day = dpe.inputs.administratif.date_etablissement_dpe
    assert day is not None
    result = compute_dpe(dpe, day)
    official = dpe.outputs
    assert result.besoin_ecs == pytest.approx(official.apport_et_besoin.besoin_ecs, rel=CERTIFIED)
    assert result.conso_ecs == pytest.approx(official.ef_conso.conso_ecs, rel=CERTIFIED)
