"""The heating stage on the 231 ADEME DPE files of ``shared/data/dpe/ademe-xml``.

Given each file's official heating need (``sortie/apport_et_besoin``) and GV
(``sortie/deperdition/deperdition_enveloppe``), the engine must give the official final heating
consumption (``sortie/ef_conso/conso_ch``). The brief asks for 5 % on at least 90 % of the files;
the floors below are the shares reached (measured: all files 223/231 within 5 %, 206 within 1 %),
rounded down, per family of heating, so that a regression shows. Every file beyond 5 % is listed
with the reason found when it was examined.

The intermediate values of the certified engines are checked too: emitter efficiencies and I0
(§8, §12) and generation efficiencies (§12.4, §13) per generator.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.heating import HeatingResult, heating_from_ademe
from calculators.dpe.engine.heating.ademe_emitters import EmitterContext, emissions_of
from calculators.dpe.engine.heating.ademe_scope import scope_of
from calculators.dpe.engine.heating.generator_types import BOILERS, HEAT_PUMPS, WOOD_BOILERS
from calculators.dpe.engine.heating.intermittence import intermittence_factor

pytestmark = pytest.mark.corpus

BRIEF_TOLERANCE = 0.05
"""The brief's 5 %: certified engines round intermediate values (2-decimal Rg, Rpn) and differ
among themselves by a few per cent on the same inputs."""
TIGHT_TOLERANCE = 0.01
"""Reported beside the brief's: a file within 1 % is reproduced, not approximated."""
RG_TOLERANCE = 0.005
"""Per generator: the programs store Rg with 2 to 15 digits; 0,5 % covers 2-digit rounding."""

KNOWN_OUTLIERS = {
    "2442E0329370V.xml": "consommation officielle inférieure au besoin × INT / (Re × Rr) d'un "
    "convecteur (Rg = 1) : fichier incohérent",
    "2293E1394343F.xml": "§9.8 base de Pn connue (virtualisée, 0,86 kW) : base 58 % chez nous, "
    "94 % chez le moteur certifié (Pe implicite ≈ 2 × la nôtre), avec ou sans besoins mensuels",
    "2476E3213453K.xml": "appartement généré depuis l'immeuble (§17.2.2.2.2) : clé par besoin "
    "simplifié absente, prorata de surface",
    "2335E4488024T.xml": "idem (clé de répartition §17.2.2.2.2)",
    "2335E4489650H.xml": "idem (clé de répartition §17.2.2.2.2)",
    "2492E3208686R.xml": "idem, réseau de chaleur (coef_IFC et clé §17.2.2.2.2)",
    "2421E0125604W.xml": "chaudière condensation : caractéristiques identiques aux nôtres mais Rg "
    "officiel 0,795 contre 0,732 ; même type reproduit ailleurs au 1e-4",
    "2273E0303205P.xml": "Rpn stocké (0,5528) calculé à 24 kW pour une chaudière bois de 3,5 kW ; "
    "énergie primaire = finale : fichier incohérent",
}


@dataclass(frozen=True)
class Case:
    name: str
    dpe: DpeFile
    result: HeatingResult
    relative_error: float
    relative_error_depensier: float | None


def _depensier_need(dpe: DpeFile) -> float:
    """The official *dépensier* need of the scope. Building-scope files of several programs
    store in ``sortie`` a dépensier need below the conventional one (a flat's, not the
    building's): the installations' own dépensier needs are then summed."""
    needs = dpe.outputs.apport_et_besoin
    if needs.besoin_ch_depensier and needs.besoin_ch_depensier >= needs.besoin_ch:
        return needs.besoin_ch_depensier
    return sum(
        inst.intermediaire.besoin_ch_depensier or 0.0
        for inst in dpe.inputs.systemes.installations_chauffage
    )


@cache
def _cases(folder: str) -> tuple[Case, ...]:
    cases = []
    for path in sorted(Path(folder).glob("*.xml")):
        dpe = read_dpe(path)
        official = dpe.outputs.ef_conso
        result = heating_from_ademe(
            dpe.inputs,
            dpe.outputs.apport_et_besoin.besoin_ch,
            _depensier_need(dpe),
            dpe.outputs.deperdition.deperdition_enveloppe,
        )
        dep = official.conso_ch_depensier
        cases.append(
            Case(
                path.name,
                dpe,
                result,
                result.conso_ch_kwh / official.conso_ch - 1,
                None if not dep else result.conso_ch_depensier_kwh / dep - 1,
            )
        )
    return tuple(cases)


@pytest.fixture(scope="module")
def cases(shared_dir: Path) -> tuple[Case, ...]:
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    return _cases(str(folder))


def _main_family(case: Case) -> str:
    gens = [g for inst in case.result.installations for g in inst.generateurs]
    return max(gens, key=lambda g: g.besoin_couvert_kwh).famille


def _families(case: Case) -> set[str]:
    return {g.famille for inst in case.result.installations for g in inst.generateurs}


def _collective(case: Case) -> bool:
    return any(inst.collective for inst in case.result.installations)


ROWS: dict[str, tuple[Callable[[Case], bool], float, float]] = {
    # row: (who belongs, floor within 5 %, floor within 1 %), measured shares in comments.
    "tous": (lambda c: True, 0.96, 0.89),  # 223/231, 206/231
    "chaudières gaz/fioul individuelles": (  # 62/66, 56/66
        lambda c: _main_family(c) in BOILERS and not _collective(c), 0.93, 0.84
    ),
    "électrique": (  # 64/65, 62/65
        lambda c: _main_family(c) in {"effet_joule", "chaudiere_electrique"}, 0.98, 0.95
    ),
    "pompes à chaleur": (lambda c: bool(_families(c) & HEAT_PUMPS), 1.0, 0.88),  # 27/27, 24/27
    "bois (dont appoint)": (  # 68/69, 67/69
        lambda c: bool(_families(c) & (WOOD_BOILERS | {"poele_insert"})), 0.97, 0.97
    ),
    "chauffage collectif": (_collective, 0.97, 0.83),  # 65/67, 56/67
    "réseau de chaleur": (  # 17/18, 15/18
        lambda c: bool(_families(c) & {"reseau_chaleur", "chaufferie_multi_batiment"}), 0.94, 0.83
    ),
}


@pytest.mark.parametrize("row", list(ROWS))
def test_consumption_floors_per_family(cases: tuple[Case, ...], row: str) -> None:
    member, floor_5, floor_1 = ROWS[row]
    errors = [abs(c.relative_error) for c in cases if member(c)]
    assert errors, row
    within_5 = sum(e <= BRIEF_TOLERANCE for e in errors) / len(errors)
    within_1 = sum(e <= TIGHT_TOLERANCE for e in errors) / len(errors)
    assert within_5 >= floor_5, f"{row} : {within_5:.1%} à 5 %"
    assert within_1 >= floor_1, f"{row} : {within_1:.1%} à 1 %"


def test_every_file_beyond_five_percent_is_explained(cases: tuple[Case, ...]) -> None:
    beyond = {c.name for c in cases if abs(c.relative_error) > BRIEF_TOLERANCE}
    assert beyond <= set(KNOWN_OUTLIERS), sorted(beyond - set(KNOWN_OUTLIERS))


def test_no_installation_is_dropped_silently(cases: tuple[Case, ...]) -> None:
    for case in cases:
        described = len(case.dpe.inputs.systemes.installations_chauffage)
        skipped = [w for w in case.result.warnings if "non calculée" in w]
        assert len(case.result.installations) + len(skipped) == described, case.name


def test_depensier_consumption(cases: tuple[Case, ...]) -> None:
    # Not a target of the brief; measured 205/230 within 5 %. Building-scope flats are shared
    # between flats differently by the programs for this behaviour (see the docs).
    errors = [
        abs(c.relative_error_depensier) for c in cases if c.relative_error_depensier is not None
    ]
    assert sum(e <= BRIEF_TOLERANCE for e in errors) / len(errors) >= 0.89


def test_generation_efficiencies_per_generator(cases: tuple[Case, ...]) -> None:
    # Rg or SCOP of every generator against the certified engine's (donnee_intermediaire).
    # Measured: all 212 tabulated, heat-pump and network values; 119/142 combustion ones (the
    # others: 2-digit rounding by some programmes, their own Tfonc or Pn readings, see docs).
    simple = combustion = simple_ok = combustion_ok = 0
    for case in cases:
        described = case.dpe.inputs.systemes.installations_chauffage
        for inst, xml in zip(case.result.installations, described, strict=False):
            for gen, xml_gen in zip(inst.generateurs, xml.generateurs, strict=True):
                official = xml_gen.intermediaire.scop or xml_gen.intermediaire.rendement_generation
                if not official:
                    continue
                ok = abs(gen.rendement_generation / official - 1) <= RG_TOLERANCE
                if gen.pn_kw is None or gen.famille in HEAT_PUMPS:
                    simple, simple_ok = simple + 1, simple_ok + ok
                else:
                    combustion, combustion_ok = combustion + 1, combustion_ok + ok
    assert simple_ok == simple
    assert combustion_ok / combustion >= 0.83


def test_emitter_efficiencies_and_i0(cases: tuple[Case, ...]) -> None:
    # Looked up by physical criteria, they must equal the certified engines' values. Measured:
    # Re, Rd, Rr 347/347; I0 345/347 (one hand-made fixture, one file whose own table row
    # 34 gives 0,88 where it stores 0,9).
    checked = equal = i0_checked = i0_equal = 0
    for case in cases:
        scope = scope_of(case.dpe.inputs)
        gv = case.dpe.outputs.deperdition.deperdition_enveloppe
        ctx = EmitterContext(
            scope.maison,
            case.dpe.inputs.enveloppe.inertie.enum_classe_inertie_id,
            gv,
            case.dpe.inputs.caracteristique_generale.hsp,
            scope.surface_reference_m2,
        )
        for inst in case.dpe.inputs.systemes.installations_chauffage:
            emissions = emissions_of(inst, ctx, "", [])
            for emission, emitter in zip(emissions, inst.emetteurs, strict=False):
                ref = emitter.intermediaire
                pairs = [
                    (emission.re, ref.rendement_emission),
                    (emission.rd, ref.rendement_distribution),
                    (emission.rr, ref.rendement_regulation),
                ]
                for ours, theirs in pairs:
                    if theirs is not None:
                        checked += 1
                        equal += abs(ours - theirs) < 1e-9
                if ref.i0 is not None:
                    official = intermittence_factor(
                        ref.i0, gv, ctx.hsp_m, scope.surface_reference_m2
                    )
                    i0_checked += 1
                    i0_equal += abs(emission.intermittence - official) < 1e-9
    assert equal == checked
    assert i0_equal >= i0_checked - 2
