"""The ADEME adapter of the needs stages on chosen corpus files, each showing one rule:
building-level descriptions, sunspaces, old walls, the GV convention and the warnings.
Reference values are the files' official outputs (tolerances justified per test)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.engine.needs import NeedsResult
from calculators.dpe.engine.needs_errors import NeedsInputError
from calculators.dpe.engine.needs_from_ademe import (
    glazing_from_intermediaire,
    needs_from_ademe,
    old_walls_climate,
)
from tests.calculators.dpe.engine.needs_support import corpus_file

pytestmark = pytest.mark.corpus


def _run(shared_dir: Path, name: str) -> tuple[DpeFile, NeedsResult]:
    dpe = corpus_file(shared_dir, name)
    gv = dpe.outputs.deperdition.deperdition_enveloppe
    return dpe, needs_from_ademe(dpe.inputs, gv, glazing_from_intermediaire(dpe.inputs.enveloppe))


def test_house_matches_its_official_needs(shared_dir: Path) -> None:
    # 2213E0033125P: a house with a veranda but no window onto it, an electric tank in the
    # heated volume. Official: besoin_ch 11,662.1 kWh, Sse 43.295 m², recovered storage
    # 172,900.5 Wh. Tolerance 1e-4: the official values are rounded to 0.1 kWh / 1e-3 m².
    dpe, result = _run(shared_dir, "2213E0033125P.xml")
    official = dpe.outputs.apport_et_besoin
    assert result.besoin_ch == pytest.approx(official.besoin_ch, rel=1e-4)
    assert result.surface_sud_equivalente == pytest.approx(43.295, rel=1e-4)
    assert sum(result.conventional.recovered.storage_wh) == pytest.approx(172900.5, rel=1e-4)
    assert result.inertia is InertiaClass.LEGERE
    assert any("sans baie vitrée vers le logement" in w for w in result.warnings)


def test_flat_generated_from_building_data(shared_dir: Path) -> None:
    # 2314E2214723H: flat of 55 m² generated from the 2,843.15 m² building (45 flats). The
    # needs are the building's: Hvent = 0.34 × 1.50 × 2,843.15 = 1,450.0 W/K (§4, VMC hygro A
    # before 2001), Nadeq 84.978 and besoin_ch 113,372.6 kWh as in the file. Tolerance 1e-4
    # relative (official values rounded to 3 decimals / 0.1 kWh).
    dpe, result = _run(shared_dir, "2314E2214723H.xml")
    assert result.hvent_w_k == pytest.approx(1450.006, rel=1e-4)
    assert result.nadeq == pytest.approx(84.978, rel=1e-4)
    assert result.besoin_ch == pytest.approx(dpe.outputs.apport_et_besoin.besoin_ch, rel=1e-4)


def test_old_walls_need_heavy_inertia(shared_dir: Path) -> None:
    # 2273E0303205P declares old materials with a light inertia: §18.3 requires both, so the
    # §18.2 climate applies and a warning says so.
    _, result = _run(shared_dir, "2273E0303205P.xml")
    assert result.climate.section.startswith("18.2.")
    assert any("matériaux anciens" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("name", "declared"),
    [
        # Declared medium, components (low floor and walls heavy) give « lourde »: §18.3.
        ("2464E1799476F.xml", InertiaClass.MOYENNE),
        ("2387E0402213E.xml", InertiaClass.MOYENNE),
        # Declared heavy, components give « moyenne »: §18.3 as well.
        ("2316E1073443Z.xml", InertiaClass.LOURDE),
    ],
)
def test_old_walls_heavy_by_class_or_components(
    shared_dir: Path, name: str, declared: InertiaClass
) -> None:
    # Old materials and heavy inertia (§18.3) by the declared class or by the components of
    # §7.4: the certified engines use §18.3 in both cases, with the declared class for the
    # inertia coefficients. Official besoin_ch matched to 1e-4 relative (rounded outputs);
    # with §18.2 these files are 1.5 to 6 % off.
    dpe, result = _run(shared_dir, name)
    assert result.inertia is declared
    assert result.climate.section.startswith("18.3")
    assert result.besoin_ch == pytest.approx(dpe.outputs.apport_et_besoin.besoin_ch, rel=1e-4)
    assert old_walls_climate(dpe.inputs)


def test_declared_inertia_class_is_kept(shared_dir: Path) -> None:
    # 2316E1073443Z declares « lourde » while its three components give « moyenne » (§7.4):
    # the declared class is the one the certified engine used; the disagreement is noted.
    _, result = _run(shared_dir, "2316E1073443Z.xml")
    assert result.inertia is InertiaClass.LOURDE
    assert any("composants déclarés : moyenne" in w for w in result.warnings)


def test_gv_with_or_without_air_renewal(shared_dir: Path) -> None:
    # GV of §3 includes DR = Hvent + Hperm; given the envelope alone, the adapter adds its own.
    dpe, with_air = _run(shared_dir, "2187E0982591I.xml")
    gv = dpe.outputs.deperdition.deperdition_enveloppe
    envelope_only = gv - with_air.hvent_w_k - with_air.hperm_w_k
    result = needs_from_ademe(
        dpe.inputs,
        envelope_only,
        glazing_from_intermediaire(dpe.inputs.enveloppe),
        includes_air_renewal=False,
    )
    assert result.gv_w_k == pytest.approx(gv, rel=1e-12)
    assert result.besoin_ch == pytest.approx(with_air.besoin_ch, rel=1e-12)


def test_bad_glazing_list_and_gv(shared_dir: Path) -> None:
    dpe = corpus_file(shared_dir, "2187E0982591I.xml")
    glazing = glazing_from_intermediaire(dpe.inputs.enveloppe)
    with pytest.raises(NeedsInputError, match="baies vitrées"):
        needs_from_ademe(dpe.inputs, 300.0, glazing[:-1])
    with pytest.raises(NeedsInputError, match="déperditions de l'enveloppe"):
        needs_from_ademe(dpe.inputs, -1.0, glazing)
    broken = dataclasses.replace(
        dpe.inputs,
        enveloppe=dataclasses.replace(
            dpe.inputs.enveloppe,
            inertie=dataclasses.replace(dpe.inputs.enveloppe.inertie, enum_classe_inertie_id=7),
        ),
    )
    with pytest.raises(NeedsInputError, match="classe d'inertie « 7 »"):
        needs_from_ademe(broken, 300.0, glazing)
