"""Inertia class (3CL-DPE 2021, annex 1, chapter 7): the §7.4 tables, the majority rule,
the defaults for unknown elements and the heavy-wall criteria of §7.3."""

from __future__ import annotations

import itertools

import pytest

from calculators.dpe.engine.inertia import (
    InertiaClass,
    InertiaElement,
    building_inertia,
    component_heavy,
    heavy_wall,
    inertia_class,
)
from calculators.dpe.engine.needs_errors import NeedsInputError

# §7.4, first table: (plancher bas, plancher haut, paroi verticale) lourds → classe.
SECTION_7_4 = {
    (True, True, True): InertiaClass.TRES_LOURDE,
    (False, True, True): InertiaClass.LOURDE,
    (True, False, True): InertiaClass.LOURDE,
    (True, True, False): InertiaClass.LOURDE,
    (False, False, True): InertiaClass.MOYENNE,
    (False, True, False): InertiaClass.MOYENNE,
    (True, False, False): InertiaClass.MOYENNE,
    (False, False, False): InertiaClass.LEGERE,
}


@pytest.mark.parametrize("flags", list(itertools.product((False, True), repeat=3)))
def test_class_table(flags: tuple[bool, bool, bool]) -> None:
    assert inertia_class(*flags) is SECTION_7_4[flags]


def test_class_ids_and_groups() -> None:
    # ADEME enum classe_inertie: 1 très lourde … 4 légère; F uses one exponent for the
    # « lourde / très lourde » group (§6.1).
    assert [c.value for c in InertiaClass] == [1, 2, 3, 4]
    assert InertiaClass.TRES_LOURDE.heavy and InertiaClass.LOURDE.heavy
    assert not InertiaClass.MOYENNE.heavy
    assert InertiaClass.LEGERE.label == "légère"


def test_majority_by_area_and_defaults() -> None:
    # §7.4: the component takes the inertia of the larger area; half counts as heavy.
    walls = [InertiaElement(60.0, True), InertiaElement(40.0, False)]
    assert component_heavy(walls, unknown_is_heavy=False)
    assert component_heavy([InertiaElement(50.0, True), InertiaElement(50.0, False)],
                           unknown_is_heavy=False)  # fmt: skip
    assert not component_heavy(
        [InertiaElement(40.0, True), InertiaElement(60.0, None)], unknown_is_heavy=False
    )  # §7.3: an unknown wall is light
    # §7.2: a low floor of unknown inertia is heavy; §7.1: a high floor is light.
    assert component_heavy([InertiaElement(80.0, None)], unknown_is_heavy=True)
    assert not component_heavy([InertiaElement(80.0, None)], unknown_is_heavy=False)
    assert not component_heavy([], unknown_is_heavy=True)
    with pytest.raises(NeedsInputError, match="surface de paroi"):
        component_heavy([InertiaElement(-1.0, True)], unknown_is_heavy=False)


@pytest.mark.parametrize(
    ("material", "thickness", "insulation", "expected"),
    [
        (2, None, 2, True),  # pierre de taille, non isolé: heavy whatever its thickness
        (2, 50.0, 3, False),  # same wall insulated from inside (ITI): mass cut off
        (2, 50.0, 4, True),  # insulated from outside (ITE): still heavy
        (8, 22.0, 2, True),  # brique pleine simple 22 cm ≥ 12 cm (official threshold)
        (8, 11.0, 2, False),  # 11 cm < 12 cm
        (8, None, 2, False),  # thickness unknown: « les murs inconnus sont à faible inertie »
        (13, 8.0, 4, True),  # béton banché 8 cm, ITE
        (18, 20.0, 2, False),  # ossature bois: never heavy
    ],
)
def test_heavy_wall_rules(
    material: int, thickness: float | None, insulation: int, expected: bool
) -> None:
    # §7.3 with the official enum materiaux_structure_mur (paroi_lourde, paroi_lourde_epaisseur).
    assert heavy_wall(material, thickness, insulation) is expected


def test_heavy_wall_unknown_material() -> None:
    with pytest.raises(NeedsInputError, match="matériau de structure"):
        heavy_wall(999, 20.0, 2)


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        # Most living area wins (§7.4, second rule).
        ([(100.0, InertiaClass.LEGERE), (50.0, InertiaClass.LOURDE)], InertiaClass.LEGERE),
        # Ties, §7.4 second table.
        ([(50.0, InertiaClass.LOURDE), (50.0, InertiaClass.MOYENNE),
          (50.0, InertiaClass.LEGERE)], InertiaClass.MOYENNE),
        ([(50.0, InertiaClass.TRES_LOURDE), (50.0, InertiaClass.MOYENNE)], InertiaClass.LOURDE),
        ([(50.0, InertiaClass.LOURDE), (50.0, InertiaClass.LEGERE)], InertiaClass.MOYENNE),
        ([(50.0, InertiaClass.MOYENNE), (50.0, InertiaClass.LEGERE)], InertiaClass.MOYENNE),
        # Within the heavy group, the larger area decides.
        ([(70.0, InertiaClass.TRES_LOURDE), (30.0, InertiaClass.LOURDE)], InertiaClass.TRES_LOURDE),
    ],
)  # fmt: skip
def test_building_of_several_levels(
    levels: list[tuple[float, InertiaClass]], expected: InertiaClass
) -> None:
    assert building_inertia(levels) is expected


def test_building_without_area() -> None:
    with pytest.raises(NeedsInputError, match="aucun niveau"):
        building_inertia([(0.0, InertiaClass.LOURDE)])
