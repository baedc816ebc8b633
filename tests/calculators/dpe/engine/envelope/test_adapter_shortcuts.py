"""Oracles for the ADEME adapters' shortcuts (docs/dpe-engine.md § Speed, fourth pass).

Each shortcut is compared, exactly, with the algorithm it replaced (written out here as the
reference, as it stood before): the near and far masks of §6.2.2, b on an unheated space (§3.1,
Aiu/Aue tables) and for the flat-valued adjacencies, the insulated U of walls, floors and roofs
(§3.2.1.1, §3.2.2.1, §3.2.3.1) with the refusals that name the element, and the validation
helpers that compose a field's name only to refuse it. The thermal bridges' shortcuts are in
``test_bridge_shortcuts.py``. Same rows, same floats, same messages: there is no tolerance.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import product
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.dpe import tables
from calculators.dpe.engine.envelope import ademe_openings
from calculators.dpe.engine.envelope.ademe_adjacency import _CFG_UNHEATED, _CFG_VERANDA, _b
from calculators.dpe.engine.envelope.ademe_insulation import insulation_of
from calculators.dpe.engine.envelope.adjacency import (
    VERANDA,
    b_fixed,
    b_unheated_space,
    b_veranda,
    is_unheated_space,
)
from calculators.dpe.engine.envelope.coefficients import coefficient, method_coefficients
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.floors import upb, upb_tab
from calculators.dpe.engine.envelope.insulation import Insulation, InsulationState, insulated_u
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.engine.envelope.periods import check_period
from calculators.dpe.engine.envelope.roofs import RoofKind, uph, uph_tab
from calculators.dpe.engine.envelope.solar import NearMask, fe1, fe2_homogeneous
from calculators.dpe.engine.envelope.walls import umur, umur_tab
from calculators.dpe.tables import value_row
from tests.calculators.dpe.engine.envelope.attempts import attempt

# --- §6.2.2: near and far masks ----------------------------------------------------------------


def previous_fe1(tv_id: int, orientation: int, notes: Notes) -> float:
    row = value_row("coef_masque_proche", tv_id)
    mask = NearMask(str(row["type_masque_proche"]))
    orientations = row.ids("enum_orientation_id")
    if orientations and orientation not in orientations:
        notes.cross_checks.append(f"autre orientation {tv_id}")
    bounds = row.bounds("avancee_bornes")
    depth = None if bounds is None else bounds.lower if bounds.lower is not None else 0.0
    return fe1(mask, depth_m=depth, orientation_id=orientation)


def previous_fe2(tv_id: int, orientation: int) -> float:
    row = value_row("coef_masque_lointain_homogene", tv_id)
    if orientation not in row.ids("enum_orientation_id"):
        orientation = row.ids("enum_orientation_id")[0]
    bounds = row.bounds("hauteur_alpha_bornes")
    height = None if bounds is None else bounds.lower if bounds.lower is not None else 0.0
    return fe2_homogeneous(orientation, height or 0.0)


def test_every_mask_row_and_orientation_gives_the_previous_fe() -> None:
    near = [row.key for row in tables.find_rows("coef_masque_proche")]
    far = [row.key for row in tables.find_rows("coef_masque_lointain_homogene")]
    for tv_id, orientation in product((*near, 999_999), range(0, 7)):
        ours, theirs = Notes(), Notes()
        baie = SimpleNamespace(tv_coef_masque_proche_id=tv_id, enum_orientation_id=orientation)
        assert attempt(ademe_openings._fe1, baie, "baie vitrée 1", ours) == attempt(
            previous_fe1, tv_id, orientation, theirs
        )
        assert len(ours.cross_checks) == len(theirs.cross_checks)
    for tv_id, orientation in product((*far, 999_999), range(0, 7)):
        baie = SimpleNamespace(
            tv_coef_masque_lointain_homogene_id=tv_id,
            enum_orientation_id=orientation,
            masques_lointains_non_homogenes=(),
        )
        assert attempt(ademe_openings._fe2, baie) == attempt(previous_fe2, tv_id, orientation)


# --- §3.1: b -----------------------------------------------------------------------------------


def previous_b_unheated(adjacency: int, aiu: float, aue: float, cfg: int) -> float:
    rows = tables.find_rows(
        "coef_reduction_deperdition",
        enum_type_adjacence_id=adjacency,
        enum_cfg_isolation_lnc_id=cfg,
    )
    for row in rows:
        low = row.bounds("aiu_aue_min_bornes")
        high = row.bounds("aiu_aue_max_bornes")
        if (low is None or low.contains(aiu / aue)) and (high is None or high.contains(aiu / aue)):
            return row.number("b")
    raise LookupError


ADJACENCIES = sorted({
    adjacency
    for row in tables.find_rows("coef_reduction_deperdition")
    for adjacency in row["enum_type_adjacence_id"] or ()
})
CFG = {(True, False): 4, (False, False): 2, (False, True): 3, (True, True): 5}


def test_b_on_an_unheated_space_for_every_ratio_class() -> None:
    ratios = [0.1, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 10.0]
    checked = 0
    for adjacency, ratio, ((partition, outer), cfg) in product(ADJACENCIES, ratios, CFG.items()):
        got = attempt(
            b_unheated_space, adjacency, aiu_m2=ratio * 20.0, aue_m2=20.0,
            partition_insulated=partition, outer_walls_insulated=outer, element="mur 1",
        )
        expected = attempt(previous_b_unheated, adjacency, ratio * 20.0, 20.0, cfg)
        if isinstance(expected, tuple):  # no row: the previous code refused it the same way
            assert expected[0] is LookupError and isinstance(got, tuple)
            assert got[0] is EnvelopeInputError and "sans table Aiu/Aue" in got[1]
        else:
            assert got == expected
            checked += 1
    assert checked > 100


def previous_b(adjacence: Any, zone_id: int, element: str) -> float:
    """ademe_adjacency._b as it stood, before its shortcut for the flat-valued adjacencies."""
    adjacency = adjacence.enum_type_adjacence_id
    cfg = adjacence.enum_cfg_isolation_lnc_id
    if adjacency == VERANDA:
        if cfg not in _CFG_VERANDA:
            raise EnvelopeInputError("véranda", field="véranda")
        orientation, insulated = _CFG_VERANDA[cfg]
        return b_veranda(zone_id, orientation, insulated)
    if not is_unheated_space(adjacency):
        return b_fixed(adjacency)
    if adjacence.surface_aue == 0:
        return b_unheated_space(adjacency, aiu_m2=adjacence.surface_aiu or 0.0, aue_m2=0.0,
                                partition_insulated=False, outer_walls_insulated=False,
                                element=element)
    if cfg not in _CFG_UNHEATED:
        raise EnvelopeInputError("local non chauffé", field="local non chauffé")
    partition, outer = _CFG_UNHEATED[cfg]
    return b_unheated_space(adjacency, aiu_m2=adjacence.surface_aiu, aue_m2=adjacence.surface_aue,
                            partition_insulated=partition, outer_walls_insulated=outer,
                            element=element)


@pytest.mark.parametrize("adjacency", [*ADJACENCIES, 0, 99, True])
def test_b_of_each_adjacency_is_the_previous_b(adjacency: int) -> None:
    # The two refusals of _b itself are compared by type only (their texts name the element).
    for zone, cfg, aiu, aue in product(
        (1, 4, 8), (None, 2, 5, 7, 9), (None, 10.0), (None, 0.0, 20.0)
    ):
        adjacence = SimpleNamespace(enum_type_adjacence_id=adjacency, enum_cfg_isolation_lnc_id=cfg,
                                    surface_aiu=aiu, surface_aue=aue)
        got = attempt(_b, adjacence, zone, "mur 1")
        expected = attempt(previous_b, adjacence, zone, "mur 1")
        if isinstance(expected, tuple) and expected[1] in ("véranda", "local non chauffé"):
            assert isinstance(got, tuple) and got[0] is EnvelopeInputError
        else:
            assert got == expected, (zone, cfg, aiu, aue)


# --- §3.2: insulated U of walls, floors and roofs ----------------------------------------------


INSULATIONS = [
    Insulation(state, thickness_cm=thickness, resistance_m2k_w=resistance, period=period)
    for state, thickness, resistance, period in product(
        InsulationState, (None, 0.0, 10, 10.0, -1.0, math.nan), (None, 2.5, -0.1),
        (None, 1, 3, 9, 10, 11, True),
    )
]


SCHEMES: dict[str, tuple[Callable[..., float], str, Callable[[int], float]]] = {
    "mur": (umur, "lambda_isolant_mur", lambda period: umur_tab(period, 1, False)),
    "plancher bas": (upb, "lambda_isolant_plancher_bas", lambda period: upb_tab(period, 1, False)),
    "plancher haut": (
        lambda u, insulation, **options: uph(u, insulation, kind=RoofKind.FLAT, **options),
        "lambda_isolant_plancher_haut",
        lambda period: uph_tab(period, 1, False, RoofKind.FLAT),
    ),
}


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_kept_u_is_the_scheme_s_u_and_refusals_name_the_element(scheme: str) -> None:
    # The memo is keyed without the element's name: a refusal is raised again naming it.
    kept, lambda_key, tabulated = SCHEMES[scheme]
    element = f"{scheme} 3"
    refused = 0
    for u_bare, insulation, period in product((2.0, 0.4, -1.0), INSULATIONS, (2, 11)):
        options = {"zone_id": 1, "electric_joule": False, "construction_period": period}
        expected = attempt(
            insulated_u, u_bare, insulation, lambda_w_mk=coefficient(lambda_key),
            tabulated_u=tabulated, construction_period=period, element=element,
        )
        for _ in range(2):  # the second from the memo
            assert attempt(kept, u_bare, insulation, element=element, **options) == expected
        refused += isinstance(expected, tuple) and expected[0] is EnvelopeInputError
    assert refused > 100


def test_a_period_true_is_not_answered_as_period_one() -> None:
    # Equal Insulation records (True == 1) must not share a kept U: True matches no row.
    one = Insulation(InsulationState.INSULATION_PERIOD, period=1)
    assert umur(2.0, one, zone_id=1, electric_joule=False, construction_period=1) > 0
    with pytest.raises(EnvelopeInputError, match="absente de la table Umur_tab"):
        umur(2.0, Insulation(InsulationState.INSULATION_PERIOD, period=True), zone_id=1,
             electric_joule=False, construction_period=1)


def previous_insulation_of(method: int, thickness: Any, resistance: Any, period: Any) -> Any:
    """insulation_of as it stood: a new record each time (methods 1 to 8, construction 2)."""
    state = list(InsulationState)[[1, 2, 4, 4, 3, 3, 5, 6][method - 1] - 1]
    if state is InsulationState.CONSTRUCTION_PERIOD:
        state, period = InsulationState.INSULATION_PERIOD, 2 if period is None else period
    elif state is InsulationState.INSULATION_PERIOD and period is None:
        state = InsulationState.CONSTRUCTION_PERIOD
    return Insulation(state, thickness_cm=thickness, resistance_m2k_w=resistance, period=period)


def test_insulation_records_are_those_described_with_their_types() -> None:
    for method, thickness, resistance, period in product(
        range(1, 9), (None, 10.0, 10, -0.0), (None, 2.5), (None, 3, True)
    ):
        got = insulation_of(method, thickness, resistance, period, "mur 1", Notes(),
                            construction_period=2)
        expected = previous_insulation_of(method, thickness, resistance, period)
        assert got == expected
        fields = ("state", "thickness_cm", "resistance_m2k_w", "period")
        assert [type(getattr(got, name)) for name in fields] == [
            type(getattr(expected, name)) for name in fields
        ]


# --- validation helpers and coefficients -------------------------------------------------------


@given(st.floats(allow_nan=True) | st.none() | st.integers(-3, 3), st.booleans())
def test_a_field_named_with_its_element_gives_the_message_of_the_composed_field(
    value: float | None, allow_zero: bool
) -> None:
    named = attempt(require_positive, value, "surface [m²]", allow_zero=allow_zero,
                    element="porte 2")
    composed = attempt(require_positive, value, "porte 2 : surface [m²]", allow_zero=allow_zero)
    assert named == composed


@pytest.mark.parametrize("period", [0, 1, 10, 11, -1, 2.5])
def test_a_period_named_with_its_element_gives_the_message_of_the_composed_field(
    period: int,
) -> None:
    assert attempt(check_period, period, "période d'isolation", element="mur 4") == attempt(
        check_period, period, "mur 4 : période d'isolation"
    )


def test_coefficient_values_are_those_of_the_method_file() -> None:
    for key, entry in method_coefficients().by_key.items():
        assert coefficient(key) == entry.value
    with pytest.raises(KeyError):
        coefficient("absent")
