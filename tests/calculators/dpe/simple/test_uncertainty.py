"""The uncertainty band: one-at-a-time effects of each unknown and the combined extremes.

References: the band's method (``calculators/dpe/simple/uncertainty.py`` docstring and
``docs/dpe-simple.md``); the geometry's measured errors and the alternatives' values in
``uncertainty.json``; the estimate itself (``test_estimate.py``). Comparisons of Cep between runs
of the same engine need no tolerance beyond float rounding.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from calculators.dpe.simple import estimate_geometry, read_description
from calculators.dpe.simple.choices import EtatIsolation
from calculators.dpe.simple.description import Murs, SimpleDescription
from calculators.dpe.simple.estimate import estimate
from calculators.dpe.simple.io import description_from_json
from calculators.dpe.simple.uncertainty import scaled, uncertainty
from calculators.dpe.simple.uncertainty_variants import apply, ranges, variations
from tests.calculators.dpe.simple.test_estimate import REFERENCE
from tests.calculators.dpe.simple.tolerances import ARITHMETIC

EXAMPLES = Path(__file__).resolve().parents[4] / "docs" / "examples"
AT = date(2026, 1, 15)


@pytest.fixture(scope="module")
def known() -> SimpleDescription:
    """The fully described reference house of ``test_estimate.py`` (insulated walls and roof,
    measured footprint and windows)."""
    return description_from_json(json.dumps(REFERENCE))


def _unknown_walls(description: SimpleDescription, year: int = 1965) -> SimpleDescription:
    logement = replace(description.logement, annee_construction=year)
    return replace(
        description,
        logement=logement,
        murs=Murs(description.murs.materiau, description.murs.epaisseur_cm),
    )


def test_a_fully_described_dwelling_has_only_the_floor_left_open(known: SimpleDescription) -> None:
    band = uncertainty(known, AT)
    # Walls and roof insulated, footprint and windows measured: nothing varies but the lining
    # of uninsulated walls (none here) — the band is the estimate itself.
    assert [e.champ for e in band.effets] == []
    assert band.label_meilleur == band.label_pire == estimate(known, AT).label
    assert band.cep_min_kwh_m2 == pytest.approx(band.cep_max_kwh_m2, rel=ARITHMETIC)


def test_unknown_wall_insulation_moves_the_label_and_says_so(known: SimpleDescription) -> None:
    description = _unknown_walls(known)
    band = uncertainty(description, AT)
    effect = next(e for e in band.effets if e.champ == "murs.isolation.etat")
    worst, best = (
        dict(effect.resultats)["non isolé"],
        dict(effect.resultats)["isolé selon la période"],
    )
    # Uninsulated béton banché (U 2.5) loses more than insulated per the 1975-77 table.
    assert worst.cep_kwh_m2 > best.cep_kwh_m2
    assert (effect.pire, effect.meilleur) == (worst, best)
    if worst.label != best.label:
        assert effect.phrase == (
            f"l'isolation des murs, inconnue, fait passer de {worst.label} à {best.label}"
        )
    assert band.effets[0].ecart_kwh_m2 >= band.effets[-1].ecart_kwh_m2


def test_combined_extremes_bracket_every_run(known: SimpleDescription) -> None:
    description = replace(
        _unknown_walls(known),
        fenetres=replace(
            known.fenetres, surface_m2=None, vitrage=type(known.fenetres.vitrage)("inconnu")
        ),
    )
    band = uncertainty(description, AT)
    central = band.central.cep_kwh_m2
    assert band.meilleur.cep_kwh_m2 <= central <= band.pire.cep_kwh_m2
    every = [p.cep_kwh_m2 for e in band.effets for _, p in e.resultats]
    assert band.cep_min_kwh_m2 == min([*every, central, band.meilleur.cep_kwh_m2])
    assert band.cep_max_kwh_m2 == max([*every, central, band.pire.cep_kwh_m2])
    assert band.contient(band.central.label)
    # one central run, two per variation, two combined
    assert band.runs == 1 + sum(len(e.resultats) for e in band.effets) + 2


def test_variations_only_for_what_is_unknown_or_estimated(known: SimpleDescription) -> None:
    assert variations(known, AT) == ()
    champs = {v.champ for v in variations(_unknown_walls(known), AT)}
    assert champs == {"murs.isolation.etat", "murs.doublage"}


def test_geometric_ranges_are_the_corpus_errors() -> None:
    description = read_description(EXAMPLES / "simple-maison-1972-chaudiere-gaz.json")
    found = {v.champ: v for v in variations(description, AT)}
    windows = found["geometrie.fenetres"].options
    error = ranges()["geometrie"]["maison"]["fenetres"]
    assert [dict(o.scale)["fenetres"] for o in windows] == [1 - error, 1 + error]


def test_scaled_multiplies_the_estimated_areas() -> None:
    description = read_description(EXAMPLES / "simple-maison-1972-chaudiere-gaz.json")
    geometry = estimate_geometry(description)
    bigger = scaled(geometry, {"murs": 1.5, "fenetres": 0.5})
    assert bigger.murs_exterieurs_m2 == pytest.approx(1.5 * geometry.murs_exterieurs_m2)
    assert bigger.fenetres.sud_m2 == pytest.approx(0.5 * geometry.fenetres.sud_m2)
    assert bigger.toiture_m2 == geometry.toiture_m2


def test_apply_sets_nested_json_paths(known: SimpleDescription) -> None:
    changed = apply(
        known,
        (("murs.isolation.etat", EtatIsolation.NON_ISOLE), ("murs.isolation.epaisseur_cm", None)),
    )
    assert changed.murs.isolation == replace(
        known.murs.isolation, etat=EtatIsolation.NON_ISOLE, epaisseur_cm=None
    )
    assert changed.toiture == known.toiture


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("simple-*.json")), ids=lambda p: p.stem)
def test_every_example_has_a_band_around_its_estimate(path: Path) -> None:
    description = read_description(path)
    band = uncertainty(description, AT)
    assert band.contient(estimate(description, AT).label)
    assert len(band.phrases) <= 3
