"""Labelling at the bounds of the texts: arrêté du 31 mars 2021, annexe 5 (scales), arrêté du
25 mars 2024 (small surfaces), loi Climat et Résilience and décret n° 2021-19 (renting).

Classes are exact by construction (integer bounds on floored values): every assertion is exact.
"""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from calculators.dpe.labels import label
from calculators.dpe.rules import DpeInputError, RulesError

DAY = date(2025, 3, 1)
SURFACE = 60.0  # above 40 m²: the national scale

# Annexe 5 § 1.2: A < 70, B < 110, C < 180, D < 250, E < 330, F < 420, else G, values floored.
ENERGY_BOUNDS = [
    (0, "A"), (69, "A"), (69.9, "A"), (70, "B"), (109.99, "B"), (110, "C"), (179.5, "C"),
    (180, "D"), (249.999, "D"), (250, "E"), (329.9, "E"), (330, "F"), (419.99, "F"), (420, "G"),
    (2500, "G"),
]  # fmt: skip
# Annexe 5 § 2.2: A < 6, B < 11, C < 30, D < 50, E < 70, F < 100, else G, values floored.
CLIMATE_BOUNDS = [
    (0, "A"), (5.99, "A"), (6, "B"), (10.5, "B"), (11, "C"), (29.9, "C"), (30, "D"), (49.99, "D"),
    (50, "E"), (69.9, "E"), (70, "F"), (99.99, "F"), (100, "G"),
]  # fmt: skip


@pytest.mark.parametrize(("cep", "expected"), ENERGY_BOUNDS)
def test_energy_class_at_each_bound(cep: float, expected: str) -> None:
    result = label(cep, 0, SURFACE, DAY)
    assert result.energy_class == expected
    assert result.cep_floor_kwh_m2 == math.floor(cep)


@pytest.mark.parametrize(("eges", "expected"), CLIMATE_BOUNDS)
def test_climate_class_at_each_bound(eges: float, expected: str) -> None:
    assert label(0, eges, SURFACE, DAY).climate_class == expected


@pytest.mark.parametrize(
    ("cep", "eges", "dpe_label", "binding"),
    [(100, 40, "D", "climat"), (300, 3, "E", "énergie"), (150, 20, "C", "les deux")],
)
def test_label_is_the_worse_class(cep: float, eges: float, dpe_label: str, binding: str) -> None:
    # Annexe 5 § 1.2: class B = (70 ≤ Cep < 110 and EGES < 11) or (6 ≤ EGES < 11 and Cep < 110).
    result = label(cep, eges, SURFACE, DAY)
    assert (result.label, result.binding) == (dpe_label, binding)


@pytest.mark.parametrize(("cep", "passoire"), [(329, False), (330, True), (420, True)])
def test_passoire_means_f_or_g(cep: float, passoire: bool) -> None:
    # Annexe 5 § 1.1.1: classes F and G carry the « Passoire énergétique » pictogram.
    assert label(cep, 0, SURFACE, DAY).passoire is passoire


def test_a_20_m2_flat_uses_the_2024_row() -> None:
    # Arrêté du 25 mars 2024: at 20 m² the E/F bound is 385 and F/G 476 (instead of 330, 420).
    day = date(2024, 9, 1)
    assert [label(c, 0, 20, day).energy_class for c in (384, 385, 475, 476)] == ["E", "F", "F", "G"]
    assert label(384, 0, 20, day).thresholds.description == "petites surfaces (ligne 20 m²)"


def test_the_same_flat_before_july_2024_is_rated_nationally() -> None:
    assert label(384, 0, 20, date(2024, 6, 30)).energy_class == "F"
    assert label(384, 0, 20, date(2024, 7, 1)).energy_class == "E"


def test_below_8_m2_the_8_m2_row_applies() -> None:
    # Arrêté du 25 mars 2024, row 8 m²: F < 739 kWhEP, F < 122 kgCO2eq.
    assert label(738, 0, 5, DAY).energy_class == "F"
    assert label(739, 0, 5, DAY).energy_class == "G"
    assert label(0, 121, 5, DAY).climate_class == "F"
    assert label(0, 122, 5, DAY).climate_class == "G"


def test_mountain_thresholds_above_800_m_in_h1c() -> None:
    # Annexe 5, zones H1b/H1c/H2d above 800 m: E < 390 / 80, F < 500 / 110.
    def energy(cep: float) -> str:
        return label(cep, 0, SURFACE, DAY, altitude_m=1000, climate_zone="H1c").energy_class

    def climate(eges: float) -> str:
        return label(0, eges, SURFACE, DAY, altitude_m=1000, climate_zone="H1c").climate_class

    assert [energy(c) for c in (389, 390, 499, 500)] == ["E", "F", "F", "G"]
    assert [climate(e) for e in (79, 80, 109, 110)] == ["E", "F", "F", "G"]


def test_altitude_above_800_m_needs_the_zone() -> None:
    with pytest.raises(DpeInputError, match="Zone climatique requise"):
        label(200, 10, SURFACE, DAY, altitude_m=900)


def test_gains_reach_the_next_better_class() -> None:
    result = label(112.3, 31, SURFACE, DAY)  # C (110 ≤ 112 < 180), D (30 ≤ 31 < 50)
    assert (result.energy_gain_kwh_m2, result.climate_gain_kg_m2) == (3, 2)
    assert label(112.3 - 3, 31 - 2, SURFACE, DAY).energy_class == "B"
    assert label(112.3 - 3, 31 - 2, SURFACE, DAY).climate_class == "C"
    assert label(112.3 - 2, 31 - 1, SURFACE, DAY).energy_class == "C"


def test_gains_use_the_thresholds_in_force() -> None:
    # 20 m² in 2025: F/E bound 385, so 400 must lose 16 to read 384 (E).
    assert label(400, 0, 20, DAY).energy_gain_kwh_m2 == 16
    assert label(500, 0, SURFACE, DAY).energy_gain_kwh_m2 == 81  # G → F at 419


def test_class_a_has_nothing_to_gain() -> None:
    result = label(50, 2, SURFACE, DAY)
    assert (result.energy_gain_kwh_m2, result.climate_gain_kg_m2) == (None, None)


def test_decency_uses_final_energy_below_450() -> None:
    # Décret n° 2021-19: final energy strictly below 450 kWhEF/m²/an, from 1 January 2023.
    ok = label(300, 10, SURFACE, DAY, ef_kwh_m2=449.99).decency
    not_ok = label(300, 10, SURFACE, DAY, ef_kwh_m2=450).decency
    assert ok is not None and ok.meets_threshold is True
    assert not_ok is not None and not_ok.meets_threshold is False
    assert "non respecté" in not_ok.message


def test_decency_before_2023_is_not_in_force() -> None:
    decency = label(300, 10, SURFACE, date(2022, 12, 31), ef_kwh_m2=600).decency
    assert decency is not None
    assert (decency.in_force, decency.meets_threshold) == (False, None)


def test_no_final_energy_no_decency_verdict() -> None:
    assert label(300, 10, SURFACE, DAY).decency is None


@pytest.mark.parametrize(
    ("cep", "day", "allowed", "since", "from_"),
    [
        (500, date(2024, 12, 31), True, None, date(2025, 1, 1)),  # G, ban ahead
        (500, date(2025, 1, 1), False, date(2025, 1, 1), None),  # G, banned
        (400, date(2026, 11, 25), True, None, date(2028, 1, 1)),  # F
        (300, date(2034, 1, 1), False, date(2034, 1, 1), None),  # E
        (200, date(2040, 1, 1), True, None, None),  # D: never banned by the law
        (500, date(2021, 7, 15), True, None, None),  # before the law (25 August 2021)
    ],
)
def test_rental_status_follows_the_climate_law(
    cep: float, day: date, allowed: bool, since: date | None, from_: date | None
) -> None:
    # Loi n° 2021-1104 du 22 août 2021, art. 160: G from 2025, F from 2028, E from 2034.
    rental = label(cep, 0, SURFACE, day).rental
    assert (rental.allowed, rental.banned_since, rental.banned_from) == (allowed, since, from_)


def test_rental_message_is_french() -> None:
    assert label(500, 0, SURFACE, date(2025, 6, 1)).rental.message.startswith(
        "Location interdite depuis le 1er janvier 2025"
    )


def test_result_names_the_rules_used() -> None:
    result = label(200, 10, SURFACE, date(2026, 2, 1))
    assert result.rules_version == (
        "3CL-DPE 2021 · seuils 2024-07-01 · facteur EP électricité 1,9 (2026-01-01)"
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"cep_kwh_m2": -1.0}, "consommation d'énergie primaire (Cep)"),
        ({"cep_kwh_m2": math.inf}, "consommation d'énergie primaire (Cep)"),
        ({"cep_kwh_m2": "120"}, "consommation d'énergie primaire (Cep)"),
        ({"eges_kg_m2": math.nan}, "émissions de gaz à effet de serre (EGES)"),
        ({"surface_m2": 0.0}, "surface de référence"),
        ({"surface_m2": -20.0}, "surface de référence"),
        ({"altitude_m": math.nan}, "altitude"),
        ({"ef_kwh_m2": -5.0}, "énergie finale"),
    ],
)
def test_bad_values_raise_a_french_error_naming_them(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"cep_kwh_m2": 100.0, "eges_kg_m2": 10.0, "surface_m2": 50.0}
    args.update(kwargs)
    with pytest.raises(DpeInputError, match="invalide") as caught:
        label(at=DAY, **args)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).lower().startswith(field.lower())


def test_a_datetime_counts_by_its_day() -> None:
    rental = label(500, 0, SURFACE, datetime(2025, 1, 1, 9, 30)).rental
    assert rental.banned_since == date(2025, 1, 1)


def test_dates_before_the_method_are_refused() -> None:
    with pytest.raises(RulesError, match="1er juillet 2021"):
        label(100, 10, SURFACE, date(2021, 6, 30))
