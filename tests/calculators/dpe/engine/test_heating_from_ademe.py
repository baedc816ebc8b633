"""The ADEME adapter of the heating stage on chosen corpus files, one behaviour each.

Each file is read from ``shared/data/dpe/ademe-xml`` (skipped when absent) and run on its
official need and GV; the reference is the file's own ``sortie/ef_conso/conso_ch``. Tolerance
0,1 % where the file's programme stores full-precision intermediate values (the engines agree to
rounding), 1 % where it stores 2-digit efficiencies.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.heating import HeatingInputError, HeatingResult, heating_from_ademe

pytestmark = pytest.mark.corpus

FULL_PRECISION = 0.001
ROUNDED = 0.01


def _read(shared_dir: Path, name: str) -> DpeFile:
    path = shared_dir / "data" / "dpe" / "ademe-xml" / name
    if not path.is_file():
        pytest.skip(f"corpus ADEME absent ({name})")
    return read_dpe(path)


def _run(dpe: DpeFile) -> HeatingResult:
    needs = dpe.outputs.apport_et_besoin
    return heating_from_ademe(
        dpe.inputs,
        needs.besoin_ch,
        needs.besoin_ch_depensier or needs.besoin_ch,
        dpe.outputs.deperdition.deperdition_enveloppe,
    )


@pytest.mark.parametrize(
    ("name", "tolerance"),
    [
        ("2213E2971717J.xml", FULL_PRECISION),  # flat from building, collective gas, clé 0,00595
        ("2569E2636278D.xml", FULL_PRECISION),  # bi-junction convector (§9.9)
        ("2474E3798234X.xml", FULL_PRECISION),  # 3 Joule generators, one emitter each (§9.10)
        ("2287E2336469P.xml", FULL_PRECISION),  # oil boiler relieving a wood boiler (§9.1.4.1)
        ("2464E1799476F.xml", ROUNDED),  # boiler relieving a heat pump (§9.1.4.2)
        ("2595E0377407M.xml", FULL_PRECISION),  # hybrid heat pump (§9.1.4.3)
        ("2438E1338967I.xml", ROUNDED),  # solar heating with back-up stove (§9.6)
        ("2206E1133029I.xml", FULL_PRECISION),  # collective base + back-up, base covers all (§9.8)
        ("2387E0888781I.xml", ROUNDED),  # two combustion generators sized together (§13.2.1.2)
        ("2574E0561248M.xml", ROUNDED),  # building of 3 flats, one generator each (§17.1.2)
        ("2187E1037899O.xml", FULL_PRECISION),  # stove with a bathroom heater (§9.4)
    ],
)
def test_reproduces_the_official_consumption(shared_dir: Path, name: str, tolerance: float) -> None:
    dpe = _read(shared_dir, name)
    result = _run(dpe)
    assert result.conso_ch_kwh == pytest.approx(dpe.outputs.ef_conso.conso_ch, rel=tolerance)


def test_collective_flat_share_and_energy_carrier(shared_dir: Path) -> None:
    dpe = _read(shared_dir, "2213E2971717J.xml")
    result = _run(dpe)
    (inst,) = result.installations
    assert inst.collective
    assert inst.part_logement == pytest.approx(0.0059536593323179744, rel=1e-12)
    (gen,) = inst.generateurs
    assert (gen.famille, gen.energie, gen.role) == ("chaudiere_gaz", "gaz_naturel", "principal")
    # Generation auxiliaries of the 983 kW boiler (§15.1, Pn capped at 400 kW in Paux) on the
    # flat's share of the need: small but present, electricity.
    assert 0 < gen.auxiliaires_generation_kwh < 10
    assert result.conso_par_energie_kwh == pytest.approx({"gaz_naturel": result.conso_ch_kwh})


def test_heat_network_keeps_its_identifier(shared_dir: Path) -> None:
    result = _run(_read(shared_dir, "2438E4094489Y.xml"))
    (gen,) = result.installations[0].generateurs
    assert (gen.famille, gen.energie, gen.identifiant_reseau_chaleur) == (
        "reseau_chaleur", "reseau_chaleur", "3802C"
    )
    assert gen.auxiliaires_generation_kwh == 0.0  # §15.1: conventionally nil for networks


def test_approximations_are_named(shared_dir: Path) -> None:
    # Flat from building data without the per-flat key: the warning names the installation.
    result = _run(_read(shared_dir, "2476E3213453K.xml"))
    assert any("installation de chauffage 1" in w and "clé de répartition" in w
               for w in result.warnings)
    # Relief by a heat network is not a §9.1.4.2 boiler: the order of the file is kept.
    result = _run(_read(shared_dir, "2378E0897918K.xml"))
    assert any("ordre de saisie" in w for w in result.warnings)


def test_an_unknown_generator_is_reported_not_guessed(shared_dir: Path) -> None:
    dpe = _read(shared_dir, "2442E0329370V.xml")
    inst = dpe.inputs.systemes.installations_chauffage[0]
    odd = replace(inst.generateurs[0], enum_type_generateur_ch_id=117)  # « autre thermodynamique »
    systems = replace(
        dpe.inputs.systemes, installations_chauffage=(replace(inst, generateurs=(odd,)),)
    )
    needs = dpe.outputs.apport_et_besoin
    result = heating_from_ademe(
        replace(dpe.inputs, systemes=systems), needs.besoin_ch, needs.besoin_ch, 300.0
    )
    assert result.conso_ch_kwh == 0.0
    assert result.installations == ()
    assert any("installation de chauffage 1 non calculée" in w and "117" in w
               for w in result.warnings)


def test_bad_inputs_are_refused_in_french(shared_dir: Path) -> None:
    dpe = _read(shared_dir, "2442E0329370V.xml")
    with pytest.raises(HeatingInputError, match="besoin de chauffage") as caught:
        heating_from_ademe(dpe.inputs, -1.0, 0.0, 300.0)
    assert caught.value.field == "besoin de chauffage"
    with pytest.raises(HeatingInputError, match="déperditions GV"):
        heating_from_ademe(dpe.inputs, 1000.0, 1000.0, 0.0)
    empty = replace(dpe.inputs.systemes, installations_chauffage=())
    with pytest.raises(HeatingInputError, match="aucune installation"):
        heating_from_ademe(replace(dpe.inputs, systemes=empty), 1000.0, 1000.0, 300.0)


def test_monthly_needs_feed_the_base_appoint_split(shared_dir: Path) -> None:
    dpe = _read(shared_dir, "2293E1394343F.xml")
    needs = dpe.outputs.apport_et_besoin
    gv = dpe.outputs.deperdition.deperdition_enveloppe
    spread = _run(dpe)
    assert any("besoins mensuels absents" in w for w in spread.warnings)
    # Monthly needs given (here all in January, an extreme profile): no warning, another split.
    january = (needs.besoin_ch,) + (0.0,) * 11
    given = heating_from_ademe(
        dpe.inputs, needs.besoin_ch, needs.besoin_ch_depensier, gv, besoin_ch_mensuel_kwh=january
    )
    assert not any("besoins mensuels" in w for w in given.warnings)
    assert given.conso_ch_kwh != pytest.approx(spread.conso_ch_kwh, rel=1e-3)
    with pytest.raises(HeatingInputError, match="douze"):
        heating_from_ademe(
            dpe.inputs, needs.besoin_ch, needs.besoin_ch, gv, besoin_ch_mensuel_kwh=(1.0,) * 11
        )
