"""Summer time lag and damping: simple formula and EN ISO 13786 harmonic method.

References: DESIGN.md (« ~4 h for 20 cm of sheep wool, ~13 h for rigid wood fibre » with
the guides' formula 1.38·e·√(ρ·c/(3600·λ))); Carslaw & Jaeger, « Conduction of heat in
solids » § 2.6 (periodic wave in a thick slab) for the closed-form limits; EN ISO 13786:2017
§ 6 checked against an independent time-stepped wall (``oracle.py``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic.materials import Layer
from calculators.advice.bioclimatic.time_lag import (
    DAY_S,
    ElementKind,
    dynamic_characteristics,
    element_characteristics,
    simple_time_lag,
    surface_resistances,
)
from tests.calculators.advice.oracle import wall_transmission
from tests.calculators.advice.tolerances import (
    ASYMPTOTE_REL,
    DESIGN_LAG_H,
    ORACLE_LAG_H,
    ORACLE_TRANSMITTANCE_REL,
)

WALLS = {
    "fibre de bois rigide 20 cm": (Layer("fibre_bois_rigide", 0.20),),
    "béton 18 cm isolé par l'extérieur (PSE 14 cm)": (
        Layer("enduit_chaux", 0.015),
        Layer("polystyrene_expanse", 0.14),
        Layer("beton_arme", 0.18),
        Layer("plaque_platre", 0.013),
    ),
    "toiture fibre rigide + ouate": (
        Layer("fibre_bois_rigide", 0.08),
        Layer("ouate_cellulose", 0.24),
        Layer("osb", 0.015),
        Layer("plaque_platre", 0.013),
    ),
    "laine de verre entre plaques": (
        Layer("plaque_platre", 0.013),
        Layer("laine_verre", 0.20),
        Layer("plaque_platre", 0.013),
    ),
}


def test_guides_formula_gives_design_figures() -> None:
    # 1.38 × 0.20 × √(25 × 1300 / (3600 × 0.046)) = 3.87 h (uncertified sheep wool);
    # 1.38 × 0.20 × √(160 × 2100 / (3600 × 0.042)) = 13.0 h (rigid wood fibre).
    wool = simple_time_lag([Layer("laine_mouton", 0.20, certified=False)])
    fibre = simple_time_lag([Layer("fibre_bois_rigide", 0.20)])
    assert wool.time_lag_h == pytest.approx(4.0, abs=DESIGN_LAG_H)
    assert fibre.time_lag_h == pytest.approx(13.0, abs=DESIGN_LAG_H)


@pytest.mark.parametrize("key", ["laine_mouton", "fibre_bois_rigide", "beton_arme", "botte_paille"])
def test_wave_formula_is_the_guides_formula(key: str) -> None:
    # e·√(T/(4π·a)) with T = 24 h is 1.382·e·√(ρc/(3600λ)): the guides round √(24/4π) to 1.38.
    layer = Layer(key, 0.17)
    rho_c = layer.resolved.volumetric_heat_capacity_j_m3k
    guides = 1.38 * 0.17 * math.sqrt(rho_c / (3600 * layer.conductivity_w_mk))
    assert simple_time_lag([layer]).time_lag_h == pytest.approx(guides, rel=2e-3)
    # Damping exp(−e/δ) with the same phase e/δ = lag × 2π / 24 h.
    lag = simple_time_lag([layer])
    assert lag.damping == pytest.approx(math.exp(-lag.time_lag_h * 2 * math.pi / 24))


@pytest.mark.parametrize("name", WALLS)
def test_iso_13786_against_time_stepped_wall(name: str) -> None:
    layers = WALLS[name]
    iso = dynamic_characteristics(layers, rsi_m2k_w=0.13, rse_m2k_w=0.04)
    amplitude, lag_h = wall_transmission(layers, 0.13, 0.04)
    assert iso.periodic_transmittance_w_m2k == pytest.approx(
        amplitude, rel=ORACLE_TRANSMITTANCE_REL
    )
    # The time-stepped phase is known modulo 24 h only.
    assert (iso.time_shift_h - lag_h + 12) % 24 - 12 == pytest.approx(0.0, abs=ORACLE_LAG_H)


def test_thick_slab_without_surface_resistances_meets_its_closed_form() -> None:
    # Thick slab (ξ = e/δ = 6): M12 → e^{(1+i)ξ}/(2λk), so |Y12| = 2√2·(λ/δ)·e^{−ξ},
    # lag = (ξ − π/4)·T/(2π), decrement factor f = 2√2·ξ·e^{−ξ}.
    layer = Layer("beton_arme", 1.0)
    delta = math.sqrt(layer.diffusivity_m2_s * DAY_S / math.pi)
    layer = Layer("beton_arme", 6 * delta)
    iso = dynamic_characteristics([layer], rsi_m2k_w=0.0, rse_m2k_w=0.0)
    xi = 6.0
    assert iso.periodic_transmittance_w_m2k == pytest.approx(
        2 * math.sqrt(2) * layer.conductivity_w_mk / delta * math.exp(-xi), rel=ASYMPTOTE_REL
    )
    assert iso.decrement_factor == pytest.approx(
        2 * math.sqrt(2) * xi * math.exp(-xi), rel=ASYMPTOTE_REL
    )
    assert iso.time_shift_h == pytest.approx(
        (xi - math.pi / 4) * 24 / (2 * math.pi), rel=ASYMPTOTE_REL
    )


def test_slow_cycles_see_the_steady_transmittance() -> None:
    # A period of 30 years: the wall has time to settle, |Y12| → U and the lag → 0.
    layers = WALLS["béton 18 cm isolé par l'extérieur (PSE 14 cm)"]
    slow = dynamic_characteristics(layers, rsi_m2k_w=0.13, rse_m2k_w=0.04, period_s=1e9)
    r = 0.13 + 0.04 + sum(layer.resistance_m2k_w for layer in layers)
    assert slow.u_w_m2k == pytest.approx(1 / r)
    assert slow.decrement_factor == pytest.approx(1.0, abs=1e-3)
    assert slow.time_shift_h < 0.01 * 1e9 / 3600


def test_transmittance_and_lag_do_not_depend_on_which_side_is_outside() -> None:
    # Reciprocity of the periodic transmittance (EN ISO 13786 § 6.4: Y12 = Y21).
    layers = WALLS["béton 18 cm isolé par l'extérieur (PSE 14 cm)"]
    forward = dynamic_characteristics(layers, rsi_m2k_w=0.13, rse_m2k_w=0.13)
    backward = dynamic_characteristics(layers[::-1], rsi_m2k_w=0.13, rse_m2k_w=0.13)
    assert forward.periodic_transmittance_w_m2k == pytest.approx(
        backward.periodic_transmittance_w_m2k, rel=1e-12
    )
    assert forward.time_shift_h == pytest.approx(backward.time_shift_h, rel=1e-12)
    # …but the mass seen from the room does: 18 cm of concrete inside against 1.5 cm of render.
    assert forward.internal_heat_capacity_kj_m2k > 2 * backward.internal_heat_capacity_kj_m2k


def test_dense_eco_insulation_lags_far_more_than_light_wool_at_equal_resistance() -> None:
    light = element_characteristics(WALLS["laine de verre entre plaques"], ElementKind.TOITURE)
    r = 0.20 / 0.035
    fibre = element_characteristics(
        (
            Layer("plaque_platre", 0.013),
            Layer("fibre_bois_rigide", r * 0.042),
            Layer("plaque_platre", 0.013),
        ),
        ElementKind.TOITURE,
    )
    assert fibre.u_w_m2k == pytest.approx(light.u_w_m2k, rel=1e-9)
    assert light.time_shift_h < 2.0 < 10.0 < fibre.time_shift_h
    assert fibre.decrement_factor < 0.4 < 0.9 < light.decrement_factor


def test_surface_resistances_follow_en_iso_6946() -> None:
    assert surface_resistances(ElementKind.MUR).rsi_m2k_w == 0.13
    assert surface_resistances(ElementKind.TOITURE).rsi_m2k_w == 0.10
    assert surface_resistances(ElementKind.PLANCHER).rsi_m2k_w == 0.17
    assert surface_resistances(ElementKind.MUR).rse_m2k_w == 0.04


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: simple_time_lag([]), "couches"),
        (lambda: dynamic_characteristics(["laine"], rsi_m2k_w=0.1, rse_m2k_w=0.04), "couches"),
        (
            lambda: dynamic_characteristics([Layer("osb", 0.02)], rsi_m2k_w=-0.1, rse_m2k_w=0.04),
            "rsi_m2k_w",
        ),
    ],
)
def test_bad_walls_are_refused(call: Callable[[], object], field: str) -> None:
    with pytest.raises(AdviceInputError) as caught:
        call()
    assert caught.value.field == field
