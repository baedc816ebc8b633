"""The needs coefficients file: every value of the method chapters present, typed and sourced."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from calculators.dpe.engine.coefficients import DATA_FILE, coefficients, parse_coefficients


def _document() -> dict[str, Any]:
    text = resources.files("calculators.dpe.engine").joinpath(DATA_FILE).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def test_values_of_the_method() -> None:
    c = coefficients()
    assert c.renouvellement_air.chaleur_volumique_air == 0.34  # §4
    assert c.apports_internes.heures_occupation_semaine == 132  # §6.1: 132 h of 168
    assert c.fraction_apports_gratuits.exposant_moyenne == 2.9  # §6.1
    assert c.eau_chaude.jours_occupation[11] == 24  # §11.1: absent 24-30 December
    assert sum(c.eau_chaude.jours_occupation) == 358
    assert c.pertes_recuperees.taux_recuperation == 0.48  # §9.1.1


def test_every_entry_cites_a_section() -> None:
    for name, group in _document().items():
        if name in ("format", "source"):
            continue
        for key, entry in group.items():
            assert entry["section"] and entry["unite"], (name, key)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("eau_chaude"), "groupe « eau_chaude » absent"),
        (lambda d: d["apports_internes"].pop("occupant_w"), "manquants \\['occupant_w'\\]"),
        (lambda d: d["apports_internes"].update(extra={"valeur": 1}), "inattendus \\['extra'\\]"),
        (lambda d: d["renouvellement_air"]["chaleur_volumique_air"].update(valeur="0,34"),
         "valeur numérique attendue"),
    ],
)  # fmt: skip
def test_broken_file_is_refused(mutate: Any, message: str) -> None:
    document = copy.deepcopy(_document())
    mutate(document)
    with pytest.raises(ValueError, match=message):
        parse_coefficients(document)
