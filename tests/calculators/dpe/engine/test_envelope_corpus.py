"""The envelope stage on the ADEME corpus (231 real DPE files with their official results).

References: each file's ``sortie/deperdition`` (official totals of certified engines) and each
element's ``donnee_intermediaire`` (the certified engine's U, b, Sw, Fe). The air-renewal losses
DR belong to another stage: GV is checked as our walls + floors + roofs + windows + doors +
bridges plus the file's own DR, so that only this stage is measured. Each file is computed with
the readings of the program that wrote it (``usr_logiciel_id``, ``conventions.json``).

Four files (program 18104) write a ``deperdition_enveloppe`` equal to the sum of its components,
without DR, against §3: where the official total is that sum (within 0.1 %), it is compared with
our ``deperdition_parois`` (GV − DR) instead.

Tolerances: 1 % (the stage target) and 5 % on totals; elements within 0.5 % or 0.001 absolute
(the files print U and b with 2 to 4 decimals). The shares asserted are regression floors: the
levels reached, not the 97 % target. Every file still missing the 1 % target is listed in
``KNOWN_MISSES`` with what reading it by hand showed (see also ``docs/dpe-engine-envelope.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from calculators.dpe.ademe import DpeFile, read_dpe
from calculators.dpe.engine.envelope import EnvelopeResult, envelope_losses

pytestmark = pytest.mark.corpus

TARGET = 0.01
WIDE = 0.05
COMPONENTS = (
    "deperdition_mur",
    "deperdition_plancher_bas",
    "deperdition_plancher_haut",
    "deperdition_baie_vitree",
    "deperdition_porte",
    "deperdition_pont_thermique",
)
# Regression floors (shares of files within 1 %), the levels reached (84.4 % and 93.9 % for GV
# since DPEWIN's lining of walls of unknown insulation and halved house junctions are read).
FLOOR_ENVELOPPE = 0.844
FLOOR_ENVELOPPE_WIDE = 0.939
FLOOR_COMPONENTS = {
    "deperdition_mur": 0.922,
    "deperdition_plancher_bas": 0.945,
    "deperdition_plancher_haut": 0.975,
    "deperdition_baie_vitree": 0.94,
    "deperdition_porte": 0.995,
    "deperdition_pont_thermique": 0.861,
}
_RENDER = "insulating render applied to an old wall the file does not flag (data model < 2.3)"
_JOULE = "U tables read in the effet-joule column with no direct electric heating (or the reverse)"
_PROGRAM_18104 = "official PT is not the sum of the file's own bridges (program 18104)"
_INCONSISTENT = "official total is not the sum of the file's own intermediate values"
KNOWN_MISSES = {
    "2187E0982013C.xml": _RENDER,
    "2287E2336469P.xml": _RENDER,
    "2287E1724516Y.xml": _RENDER,
    "2387E0045247S.xml": _RENDER,
    "2273E0303205P.xml": _RENDER + "; ground floor without perimeter for Ue",
    "2378E2995004O.xml": _JOULE,
    "2360E0710478M.xml": _JOULE + "; shutter read with a smaller ΔR",
    "2418E2787827Y.xml": _JOULE,
    "2238E0520237Q.xml": _JOULE + " (collective heat pump, convector as individual back-up)",
    "2321E3872263C.xml": _PROGRAM_18104,
    "2421E0125604W.xml": _PROGRAM_18104 + "; bridges of walls on circulations counted",
    "2438E4094489Y.xml": _PROGRAM_18104,
    "2268E0739293A.xml": _PROGRAM_18104,
    "2383E3182408P.xml": _INCONSISTENT + " (walls)",
    "2287E2021836I.xml": _INCONSISTENT + " (walls); floor ITE in its bridge rows",
    "2463E3164679Z.xml": _INCONSISTENT + " (windows); return flags swapped in bridge rows",
    "2206E1133029I.xml": _INCONSISTENT + " (walls); bridge k not those of its own rows",
    "dpe_without_porte_collection.xml": "hand-made fixture: b 0.4 outside, windows without gap",
    "2144E0951019J.xml": "DPEWIN 2021: lining of insulated walls ignored, b against Aiu = Aue",
    "2384E1066334E.xml": "DPEWIN 2022: floor on a heated flat read ITE in its bridges",
    "2144E0963994K.xml": "DPEWIN 2021: wall, Ue and joinery bridges from undescribed data",
    "2238E0097309E.xml": "DPEWIN: shutters read with a smaller ΔR than described",
    "2275E1684765P.xml": "DPEWIN: b chosen against Aiu = Aue; shutters' ΔR smaller",
    "2275E3186431Z.xml": "DPEWIN: shutter ΔR smaller; unlinked joinery bridge k = 0",
    "2274E1403983G.xml": "DPEWIN: b chosen against Aiu = Aue; shutters' ΔR smaller",
    "2260E1364581G.xml": "DPEWIN: b chosen against Aiu = Aue",
    "2377E0072905C.xml": "DPEWIN: unlinked joinery bridge with k = 0 against its row",
    "2325E0263200D.xml": "DPEWIN: unlinked joinery bridge with k = 0 against its row",
    "2321E1081706Z.xml": "DPEWIN: floor on a heated flat read ITE, door bridge on it k = 0",
    "2578E1899852K.xml": "DPEWIN: door bridge in a wall on a heated flat k = 0",
    "2469E1924277L.xml": "LICIEL 2024: insulation period 10 ignored for the bridge placement",
    "2569E3101728B.xml": "LICIEL 2024: bridge of a door on a circulation counted",
    "2694E0480609U.xml": "LICIEL 2025: bridge of a door on a circulation counted",
    "2187E1039187C.xml": "program 15257: light ceiling read in the flat-roof column",
    "2569E2704431K.xml": "program 15257: bridges of a ceiling under a heated flat k = 0",
    "2475E3702442Q.xml": "program 22570: lining added to an unknown wall type (2.5)",
}


@dataclass(frozen=True)
class Case:
    name: str
    dpe: DpeFile
    result: EnvelopeResult


@pytest.fixture(scope="module")
def corpus(shared_dir: Path) -> list[Case]:
    folder = shared_dir / "data" / "dpe" / "ademe-xml"
    if not folder.is_dir():
        pytest.skip("corpus ADEME absent (../shared/data/dpe/ademe-xml)")
    cases = []
    for path in sorted(folder.glob("*.xml")):
        dpe = read_dpe(path)
        assert dpe.outputs is not None, path.name
        air = dpe.outputs.deperdition.deperdition_renouvellement_air
        result = envelope_losses(
            dpe.inputs, air_renewal_w_k=air, software_id=dpe.metadata.usr_logiciel_id
        )
        cases.append(Case(path.name, dpe, result))
    return cases


def gap(ours: float | None, official: float | None) -> float | None:
    """Relative gap |ours − official| / |official|; 0 when both are 0; None without values."""
    if ours is None or official is None:
        return None
    if official == 0:
        return 0.0 if abs(ours) < 1e-6 else 1.0
    return abs(ours - official) / abs(official)


def share(gaps: Iterable[float | None], tolerance: float) -> float:
    compared = [g for g in gaps if g is not None]
    return sum(g <= tolerance for g in compared) / len(compared)


def official(case: Case, field: str) -> float | None:
    assert case.dpe.outputs is not None
    value: float | None = getattr(case.dpe.outputs.deperdition, field)
    return value


def official_without_dr(case: Case) -> bool:
    """Whether the file's ``deperdition_enveloppe`` is the sum of its components (no DR)."""
    total = official(case, "deperdition_enveloppe") or 0.0
    return abs(sum(official(case, field) or 0.0 for field in COMPONENTS) - total) < 1e-3 * total


def enveloppe_gap(case: Case) -> float | None:
    """Gap on GV, or on GV − DR where the official total leaves DR out."""
    ours = case.result.deperdition_enveloppe
    if official_without_dr(case):
        ours = case.result.deperdition_parois
    return gap(ours, official(case, "deperdition_enveloppe"))


def test_stage_target_deperdition_enveloppe(corpus: list[Case]) -> None:
    gaps = {case.name: enveloppe_gap(case) for case in corpus}
    within, wide = share(gaps.values(), TARGET), share(gaps.values(), WIDE)
    print(f"\ndeperdition_enveloppe : {within:.1%} à 1 %, {wide:.1%} à 5 % (objectif 97 % à 1 %)")
    for name, value in sorted(gaps.items(), key=lambda item: -(item[1] or 0))[:15]:
        print(
            f"  {name:34s} {value:7.1%}  {_components(next(c for c in corpus if c.name == name))}"
        )
    assert within >= FLOOR_ENVELOPPE
    assert wide >= FLOOR_ENVELOPPE_WIDE


def test_every_file_missing_the_target_is_explained(corpus: list[Case]) -> None:
    misses = {case.name for case in corpus if (enveloppe_gap(case) or 0.0) > TARGET}
    assert misses <= set(KNOWN_MISSES), sorted(misses - set(KNOWN_MISSES))


def _components(case: Case) -> str:
    """The components off by more than 1 % (signed), and whether the file's own total leaves
    DR out (four files do, against §3)."""
    parts = []
    for field in COMPONENTS:
        theirs = official(case, field)
        ours = getattr(case.result, field)
        if theirs and abs(ours / theirs - 1) > TARGET:
            parts.append(f"{field.removeprefix('deperdition_')} {ours / theirs - 1:+.1%}")
    if official_without_dr(case):
        parts.append("total officiel sans DR, comparé à GV − DR")
    return ", ".join(parts)


@pytest.mark.parametrize("field", COMPONENTS)
def test_each_component(corpus: list[Case], field: str) -> None:
    gaps = [gap(getattr(case.result, field), official(case, field)) for case in corpus]
    within = share(gaps, TARGET)
    print(f"\n{field} : {within:.1%} à 1 %, {share(gaps, WIDE):.1%} à 5 %")
    assert within >= FLOOR_COMPONENTS[field]


def element_share(
    corpus: list[Case], pairs: Callable[[Case], Iterable[tuple[float, float | None]]]
) -> float:
    matches = []
    for case in corpus:
        for ours, theirs in pairs(case):
            if theirs is not None:
                matches.append(abs(ours - theirs) <= max(0.005 * abs(theirs), 1e-3))
    return sum(matches) / len(matches)


def walls(case: Case, attribute: str, theirs: str) -> Iterable[tuple[float, float | None]]:
    described = case.dpe.inputs.enveloppe.murs
    for loss in case.result.walls:
        yield getattr(loss, attribute), getattr(described[loss.index - 1].intermediaire, theirs)


def test_walls_match_the_certified_intermediate_values(corpus: list[Case]) -> None:
    assert element_share(corpus, lambda c: walls(c, "b", "b")) >= 0.99
    assert element_share(corpus, lambda c: walls(c, "u", "umur")) >= 0.96


def test_floors_and_roofs_match_the_certified_intermediate_values(corpus: list[Case]) -> None:
    def floors(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.planchers_bas
        for loss in case.result.low_floors:
            yield loss.u_used, described[loss.index - 1].intermediaire.upb_final

    def roofs(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.planchers_hauts
        for loss in case.result.roofs:
            yield loss.u, described[loss.index - 1].intermediaire.uph

    assert element_share(corpus, floors) >= 0.97
    assert element_share(corpus, roofs) >= 0.97


@pytest.mark.parametrize(
    ("ours", "theirs", "floor"),
    [
        ("b", "b", 0.99),
        ("uw", "uw", 0.99),
        ("u_used", "u_menuiserie", 0.97),
        ("sw", "sw", 0.99),
        ("fe1", "fe1", 0.99),
        ("fe2", "fe2", 0.96),
    ],
)
def test_windows_match_the_certified_intermediate_values(
    corpus: list[Case], ours: str, theirs: str, floor: float
) -> None:
    def pairs(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.baies_vitrees
        for loss in case.result.windows:
            yield getattr(loss, ours), getattr(described[loss.index - 1].intermediaire, theirs)

    assert element_share(corpus, pairs) >= floor


def test_glazing_ug_and_doors_match_exactly_where_computed(corpus: list[Case]) -> None:
    def glazing(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.baies_vitrees
        for loss in case.result.windows:
            if loss.ug is not None:
                yield loss.ug, described[loss.index - 1].intermediaire.ug

    def doors(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.portes
        for loss in case.result.doors:
            yield loss.u, described[loss.index - 1].intermediaire.uporte

    assert element_share(corpus, glazing) == 1.0
    assert element_share(corpus, doors) == 1.0


def test_ubat_matches_the_official_insulation_indicator(corpus: list[Case]) -> None:
    gaps = []
    for case in corpus:
        assert case.dpe.outputs is not None
        gaps.append(gap(case.result.ubat_w_m2k, case.dpe.outputs.qualite_isolation.ubat))
    assert share(gaps, TARGET) >= 0.795


def test_nearly_every_element_is_computed(corpus: list[Case]) -> None:
    incomplete = [case.name for case in corpus if not case.result.complete]
    print(f"\nfichiers incomplets : {incomplete}")
    assert len(incomplete) <= 3
