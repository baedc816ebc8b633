"""French advice for two contrasting new-build projects at Béthune (``projects.py``).

What an adviser must read: for the well-designed house, no alert, the overhang confirmed,
the roof ready for the sun; for the house with 12 m² of west glazing and light wool, alerts
on east/west protection and summer comfort, advice on time lag, mass, eco-materials and the
roof — each item with its figures and sources.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from calculators.advice import AdviceInputError
from calculators.advice.bioclimatic import (
    AdviceLevel,
    BioclimaticAdvice,
    ProjectKind,
    bioclimatic_advice,
)
from calculators.solar.grid import OrientationGrid
from tests.calculators.advice.projects import badly_designed, well_designed

ON = date(2026, 3, 1)


@pytest.fixture(scope="module")
def good(grid: OrientationGrid) -> BioclimaticAdvice:
    return bioclimatic_advice(well_designed(), ON, grid)


@pytest.fixture(scope="module")
def bad(grid: OrientationGrid) -> BioclimaticAdvice:
    return bioclimatic_advice(badly_designed(), ON, grid)


def codes(advice: BioclimaticAdvice) -> list[str]:
    return [item.code for item in advice.items]


def test_well_designed_project_gets_no_alert(good: BioclimaticAdvice) -> None:
    assert good.alerts == ()
    assert codes(good) == [
        "cadre_reglementaire",
        "orientation_vitrages",
        "casquette_sud",
        "confort_ete",
        "dephasage_toiture",
        "dephasage_murs",
        "inertie",
        "materiaux_biosources",
        "toiture_solaire",
    ]
    overhang = good.item("casquette_sud")
    assert overhang is not None and overhang.level is AdviceLevel.INFORMATION
    assert overhang.figures["profondeur_recommandee_m"] == pytest.approx(1.125, abs=0.002)
    assert "La casquette prévue convient" in overhang.text
    comfort = good.item("confort_ete")
    assert comfort is not None and "confortable" in comfort.text
    assert "pas une simulation dynamique" in comfort.text
    roof = good.item("toiture_solaire")
    assert roof is not None and "très favorable" in roof.text and "À prévoir" not in roof.text
    materials = good.item("materiaux_biosources")
    assert materials is not None and materials.figures["part_isolants_biosources_pct"] == 100.0
    lag = good.item("dephasage_toiture")
    assert lag is not None and lag.figures["dephasage_h"] >= lag.figures["cible_h"] == 10.0


def test_west_glazed_light_project_is_warned(bad: BioclimaticAdvice) -> None:
    assert {item.code for item in bad.alerts} == {"protections_est_ouest", "confort_ete"}
    orientation = bad.item("orientation_vitrages")
    assert orientation is not None and orientation.level is AdviceLevel.CONSEIL
    assert "Façade ouest : part au-dessus de la plage recommandée" in orientation.text
    assert orientation.figures["part_ouest_pct"] == pytest.approx(100 * 12 / 19)
    side = bad.item("protections_est_ouest")
    assert side is not None and "store intérieur laisse la chaleur entrer" in side.text
    assert side.figures["pic_interieur_protege_c"] < side.figures["pic_interieur_c"] - 2
    comfort = bad.item("confort_ete")
    assert comfort is not None and "surchauffe probable" in comfort.text
    airing = bad.item("ventilation_traversante")
    assert airing is not None and airing.level is AdviceLevel.CONSEIL
    lag = bad.item("dephasage_toiture")
    assert lag is not None and lag.level is AdviceLevel.CONSEIL
    assert lag.figures["dephasage_h"] < 3 < 10 < lag.figures["dephasage_fibre_bois_rigide_h"]
    inertia = bad.item("inertie")
    assert inertia is not None and "très légère" in inertia.text
    materials = bad.item("materiaux_biosources")
    assert materials is not None and materials.figures["part_isolants_biosources_pct"] == 0.0
    roof = bad.item("toiture_solaire")
    assert roof is not None and roof.level is AdviceLevel.CONSEIL
    assert "À prévoir" in roof.text and "gaine" in roof.text
    overhang = bad.item("casquette_sud")
    assert overhang is not None and "trop courte" in overhang.text


@pytest.mark.parametrize("fixture", ["good", "bad"])
def test_every_item_is_sourced_and_readable(fixture: str, request: pytest.FixtureRequest) -> None:
    advice: BioclimaticAdvice = request.getfixturevalue(fixture)
    assert "non opposable" in advice.disclaimer
    for item in advice.items:
        assert item.title and item.text.strip()
        assert item.sources, item.code
        assert "nan" not in item.text and "None" not in item.text
        assert all(isinstance(v, float) for v in item.figures.values()), item.code


def test_extension_and_dates(grid: OrientationGrid) -> None:
    extension = dataclasses.replace(well_designed(), kind=ProjectKind.EXTENSION)
    rules = bioclimatic_advice(extension, ON).item("cadre_reglementaire")
    assert rules is not None and "extension" in rules.text
    # Without a solar grid there is no roof item; before the RE 2020 there is no rule.
    assert bioclimatic_advice(extension, ON).item("toiture_solaire") is None
    with pytest.raises(AdviceInputError) as caught:
        bioclimatic_advice(well_designed(), date(2021, 6, 1))
    assert caught.value.field == "date"
