"""Materials catalogue and wall layers.

References: arrêté du 28 décembre 2012, annexe IX (default conductivities of uncertified
bio-sourced insulation, as transcribed in DESIGN.md); NF EN ISO 10456 table 3 (timber
500 kg/m³: 0.13 W/(m·K), 1,600 J/(kg·K)).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic.materials import (
    Layer,
    Material,
    MaterialFamily,
    material,
    materials,
)

ANNEX_IX_DEFAULTS = {
    "ouate_cellulose": 0.049,
    "botte_paille": 0.052,
    "laine_mouton": 0.046,
    "liege_expanse": 0.049,
    "panneau_fibres": 0.07,
}


@pytest.mark.parametrize(("key", "value"), ANNEX_IX_DEFAULTS.items())
def test_uncertified_defaults_are_those_of_annex_ix(key: str, value: float) -> None:
    assert material(key).lambda_uncertified_w_mk == value
    assert material(key).biosourced


@pytest.mark.parametrize("key", ["laine_chanvre", "laine_lin"])
def test_hemp_and_flax_take_the_upper_bound_of_the_annex_range(key: str) -> None:
    # Annex IX gives 0.048–0.056 W/(m·K); the catalogue keeps the cautious upper bound.
    assert material(key).lambda_uncertified_w_mk == 0.056


def test_catalogue_covers_the_brief_with_sources() -> None:
    keys = {m.key for m in materials()}
    assert {
        "fibre_bois_rigide",
        "fibre_bois_souple",
        "laine_verre",
        "laine_roche",
        "polystyrene_expanse",
        "polyurethane",
        "beton_arme",
        "brique_pleine",
        "pierre_calcaire",
    } <= keys | set(ANNEX_IX_DEFAULTS)
    for m in materials():
        assert m.sources, m.key
        assert m.family in MaterialFamily


def test_timber_has_the_values_of_en_iso_10456() -> None:
    timber = material("bois_massif")
    assert (timber.lambda_w_mk, timber.density_kg_m3, timber.specific_heat_j_kgk) == (
        0.13,
        500.0,
        1600.0,
    )


def test_layer_conductivity_certified_default_or_given() -> None:
    assert Layer("ouate_cellulose", 0.2).conductivity_w_mk == 0.039
    assert Layer("ouate_cellulose", 0.2, certified=False).conductivity_w_mk == 0.049
    assert Layer("ouate_cellulose", 0.2, lambda_w_mk=0.041).conductivity_w_mk == 0.041
    # No regulatory default for glass wool: the declared value stays.
    assert Layer("laine_verre", 0.2, certified=False).conductivity_w_mk == 0.035


def test_layer_resistance_and_mass() -> None:
    layer = Layer("laine_mouton", 0.20, certified=False)
    assert layer.resistance_m2k_w == pytest.approx(0.20 / 0.046)
    assert layer.areal_mass_kg_m2 == pytest.approx(25 * 0.20)


@pytest.mark.parametrize(
    ("build", "field", "words"),
    [
        (lambda: Layer("laine_mouton", -0.1), "epaisseur_m", "épaisseur"),
        (lambda: Layer("laine_mouton", 0.0), "epaisseur_m", "strictement positif"),
        (lambda: Layer("laine_mouton", float("nan")), "epaisseur_m", "épaisseur"),
        (lambda: Layer("laine_mouton", 20.0), "epaisseur_m", "mètres"),
        (lambda: Layer("laine_de_yak", 0.1), "materiau", "Matériau inconnu « laine_de_yak »"),
        (lambda: Layer("laine_mouton", 0.1, lambda_w_mk=0.0), "lambda_w_mk", "λ"),
        (lambda: Layer("laine_mouton", 0.1, lambda_w_mk=-0.04), "lambda_w_mk", "λ"),
        (
            lambda: Material("x", "essai", MaterialFamily.ISOLANT, False, 0.0, 20.0, 1000.0),
            "lambda_w_mk",
            "conductivité thermique λ",
        ),
        (
            lambda: Material("x", "essai", MaterialFamily.ISOLANT, False, 0.04, -5.0, 1000.0),
            "rho_kg_m3",
            "masse volumique",
        ),
    ],
)
def test_bad_input_is_refused_in_french_naming_the_field(
    build: Callable[[], object], field: str, words: str
) -> None:
    with pytest.raises(AdviceInputError) as caught:
        build()
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == field
    assert words in str(caught.value)
