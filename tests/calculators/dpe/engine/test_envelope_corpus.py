"""The envelope stage on the ADEME corpus (231 real DPE files with their official results).

References: each file's ``sortie/deperdition`` (official totals of certified engines) and each
element's ``donnee_intermediaire`` (the certified engine's U, b, Sw, Fe). The air-renewal losses
DR belong to another stage: GV is checked as our walls + floors + roofs + windows + doors +
bridges plus the file's own DR, so that only this stage is measured.

Tolerances: 1 % (the stage target) and 5 % on totals; elements within 0.5 % or 0.001 absolute
(the files print U and b with 2 to 4 decimals). The shares asserted are regression floors: the
levels reached, not the 97 % target. The gaps left, file by file, are explained in
``docs/dpe-engine-envelope.md`` (certified engines disagreeing with the method or with their own
table references, quirks of older data models).
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
# Regression floors (shares of files within 1 %), measured when the stage was delivered.
FLOOR_ENVELOPPE = 0.77
FLOOR_ENVELOPPE_WIDE = 0.90
FLOOR_COMPONENTS = {
    "deperdition_mur": 0.86,
    "deperdition_plancher_bas": 0.91,
    "deperdition_plancher_haut": 0.97,
    "deperdition_baie_vitree": 0.94,
    "deperdition_porte": 0.99,
    "deperdition_pont_thermique": 0.81,
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
        cases.append(Case(path.name, dpe, envelope_losses(dpe.inputs, air_renewal_w_k=air)))
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


def test_stage_target_deperdition_enveloppe(corpus: list[Case]) -> None:
    gaps = {
        case.name: gap(case.result.deperdition_enveloppe, official(case, "deperdition_enveloppe"))
        for case in corpus
    }
    within, wide = share(gaps.values(), TARGET), share(gaps.values(), WIDE)
    print(f"\ndeperdition_enveloppe : {within:.1%} à 1 %, {wide:.1%} à 5 % (objectif 97 % à 1 %)")
    for name, value in sorted(gaps.items(), key=lambda item: -(item[1] or 0))[:15]:
        print(
            f"  {name:34s} {value:7.1%}  {_components(next(c for c in corpus if c.name == name))}"
        )
    assert within >= FLOOR_ENVELOPPE
    assert wide >= FLOOR_ENVELOPPE_WIDE


def _components(case: Case) -> str:
    """The components off by more than 1 % (signed), and whether the file's own total leaves
    DR out (four files do, against §3)."""
    parts = []
    for field in COMPONENTS:
        theirs = official(case, field)
        ours = getattr(case.result, field)
        if theirs and abs(ours / theirs - 1) > TARGET:
            parts.append(f"{field.removeprefix('deperdition_')} {ours / theirs - 1:+.1%}")
    total = official(case, "deperdition_enveloppe") or 0.0
    if abs(sum(official(case, field) or 0.0 for field in COMPONENTS) - total) < 1e-3 * total:
        parts.append("total officiel sans DR")
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
    assert element_share(corpus, lambda c: walls(c, "u", "umur")) >= 0.94


def test_floors_and_roofs_match_the_certified_intermediate_values(corpus: list[Case]) -> None:
    def floors(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.planchers_bas
        for loss in case.result.low_floors:
            yield loss.u_used, described[loss.index - 1].intermediaire.upb_final

    def roofs(case: Case) -> Iterable[tuple[float, float | None]]:
        described = case.dpe.inputs.enveloppe.planchers_hauts
        for loss in case.result.roofs:
            yield loss.u, described[loss.index - 1].intermediaire.uph

    assert element_share(corpus, floors) >= 0.94
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
    assert share(gaps, TARGET) >= 0.73


def test_nearly_every_element_is_computed(corpus: list[Case]) -> None:
    incomplete = [case.name for case in corpus if not case.result.complete]
    print(f"\nfichiers incomplets : {incomplete}")
    assert len(incomplete) <= 3
