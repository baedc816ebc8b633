"""Generators with a single tabulated efficiency and the type families (§12.4.1, §13.1).

Expected values are typed from the tables of §12.4.1 (Joule 1, electric boiler 0,97, heat
network 0,97) and §13.1 (stoves and inserts by period and label).
"""

from __future__ import annotations

import pytest

from calculators.dpe.engine.heating import HeatingInputError
from calculators.dpe.engine.heating.combustion import BoilerTechnology
from calculators.dpe.engine.heating.district import network_generation_efficiency
from calculators.dpe.engine.heating.electric import electric_generation_efficiency
from calculators.dpe.engine.heating.generator_types import equivalent_boiler, generator_type
from calculators.dpe.engine.heating.wood import stove_efficiency

EXACT = 1e-12


@pytest.mark.parametrize(
    ("generator", "expected"), [(98, 1.0), (104, 1.0), (105, 1.0), (106, 0.97)]
)
def test_electric_generators(generator: int, expected: float) -> None:
    assert electric_generation_efficiency(generator) == pytest.approx(expected, abs=EXACT)


@pytest.mark.parametrize("generator", [107, 108, 142, 111, 171])
def test_heat_networks_and_multi_building_plants(generator: int) -> None:
    # §12.4.1: « Réseau de chaleur 0,97 »; a plant serving several buildings is modelled as one.
    assert network_generation_efficiency(generator) == pytest.approx(0.97, abs=EXACT)


@pytest.mark.parametrize(
    ("generator", "expected"),
    [
        (22, 0.5),  # poêle bûche before 1990
        (26, 0.6),  # 1990–2004
        (31, 0.65),  # insert from 2005 without « flamme verte »
        (39, 0.7),  # insert 2007–2017 with the label
        (43, 0.75),  # from 2018 with the label
        (44, 0.8),  # pellet stove before 2012 or unlabelled
        (46, 0.87),  # pellet stove from 2020
        (47, 0.72),  # oil, LPG or coal stove
    ],
)
def test_stoves_and_inserts(generator: int, expected: float) -> None:
    assert stove_efficiency(generator) == pytest.approx(expected, abs=EXACT)


def test_family_functions_refuse_other_generators() -> None:
    for call in (electric_generation_efficiency, network_generation_efficiency, stove_efficiency):
        with pytest.raises(HeatingInputError, match="générateur 96"):
            call(96)


@pytest.mark.parametrize(
    ("generator", "famille", "technology", "hybride"),
    [
        (96, "chaudiere_gaz", BoilerTechnology.CONDENSATION, False),
        (82, "chaudiere_fioul", BoilerTechnology.BASSE_TEMPERATURE, False),
        (129, "chaudiere_gpl", BoilerTechnology.STANDARD, False),
        (49, "poele_bouilleur", BoilerTechnology.BOIS, False),
        (121, "chaudiere_charbon", BoilerTechnology.BOIS, False),
        (51, "generateur_air_chaud", BoilerTechnology.AIR_CHAUD, False),
        (149, "chaudiere_gaz", BoilerTechnology.CONDENSATION, True),
        (147, "pac_air_eau", None, True),
        (98, "effet_joule", None, False),
    ],
)
def test_generator_types(
    generator: int, famille: str, technology: BoilerTechnology | None, hybride: bool
) -> None:
    kind = generator_type(generator)
    assert (kind.famille, kind.technology, kind.hybride) == (famille, technology, hybride)


def test_unknown_type_id_is_refused() -> None:
    with pytest.raises(HeatingInputError, match="inconnu"):
        generator_type(999)


@pytest.mark.parametrize(
    ("generator", "energy", "year", "expected"),
    [
        (113, 2, None, 85),  # autre système gaz, year unknown → gas classique before 1981
        (113, 2, 2005, 89),  # built 2005 → gas standard 2001–2015
        (114, 3, 1972, 76),  # oil 1970–1975
        (115, 5, 2013, 73),  # wood pellets 2013–2019
        (115, 4, None, 55),  # logs before 1978
        (116, 11, 1999, 122),  # coal 1995–2003
        (119, 3, 1985, 78),  # default collective system (§17.2.1.1): oil of the building's age
        (96, 2, 1985, 96),  # a generator with its own rule is kept
    ],
)
def test_equivalent_boiler(generator: int, energy: int, year: int | None, expected: int) -> None:
    assert equivalent_boiler(generator, energy, year) == expected
