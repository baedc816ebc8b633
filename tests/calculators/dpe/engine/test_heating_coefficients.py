"""The fixed numbers of the heating chapters as data (``heating/coefficients.json``).

Each value is checked against the text of the method (section in the comment); the file must
carry its source and a section for every entry, so that a changed rule is changed in one place.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from calculators.dpe.engine.heating.coefficients import coefficients

EXACT = 1e-12


def test_load_profile_of_13_2_1_1() -> None:
    c = coefficients()
    assert c.profil_taux_charge == pytest.approx(tuple(0.05 + 0.1 * i for i in range(10)))
    assert c.profil_coefficients == (0.1, 0.25, 0.2, 0.15, 0.1, 0.1, 0.05, 0.025, 0.025, 0.0)
    assert sum(c.profil_coefficients) == pytest.approx(1.0, abs=EXACT)


def test_pcs_pci_ratios_of_13_2_1_4() -> None:
    k = coefficients().k_pcs_pci
    # Électricité 1, gaz naturel 1,11, GPL 1,09 (propane, butane), fioul 1,07, bois 1,08,
    # RCU 1, charbon 1,04 (ADEME energy ids).
    assert [k[i] for i in (1, 2, 9, 10, 13, 3, 4, 5, 6, 7, 8, 11)] == [
        1.0, 1.11, 1.09, 1.09, 1.09, 1.07, 1.08, 1.08, 1.08, 1.08, 1.0, 1.04,
    ]


def test_boiler_constants_of_13_2() -> None:
    b = coefficients().chaudieres
    assert (b.pertes_charge_nulle_part_qp0, b.pertes_arret_part_rendement) == (0.15, 0.45)
    assert (b.pleine_charge_coefficient, b.pleine_charge_temperature_c) == (0.1, 70)
    curves = b.technologies
    assert (curves["condensation"].coefficient_pint, curves["condensation"].temperature_pint_c) == (
        0.2, 33,
    )
    assert curves["basse_temperature"].temperature_pint_c == 40
    assert curves["standard"].temperature_pint_c == 50
    assert curves["bois"].point_w == curves["air_chaud"].point_w == 0.5
    assert b.qp0_e_f_sans_ventilateur == (2.5, -0.8)
    assert b.qp0_e_f_avec_ventilateur == (1.75, -0.55)
    assert b.radiateur_gaz_facteur == 1.04


def test_configuration_shares_add_up() -> None:
    # Every configuration of §9 but solar ones splits the whole need between its roles.
    for ident, parts in coefficients().parts_configuration.items():
        shares = [v for k, v in parts.items() if k not in {"section", "solaire"}
                  and not isinstance(v, bool)]
        if ident != 10:
            assert sum(shares) == pytest.approx(1.0, abs=EXACT), ident


def test_every_entry_names_its_section() -> None:
    text = resources.files("calculators.dpe.engine.heating").joinpath("coefficients.json")
    doc = json.loads(text.read_text("utf-8"))
    assert doc["source"]["en_vigueur_depuis"] == "2021-07-01"

    def walk(node: object, path: str) -> None:
        if isinstance(node, dict):
            if "valeur" in node:
                assert node.get("section"), path
            for key, value in node.items():
                walk(value, f"{path}/{key}")

    for key, value in doc.items():
        if isinstance(value, dict) and key != "source":
            assert "section" in json.dumps(value), key
            walk(value, key)
