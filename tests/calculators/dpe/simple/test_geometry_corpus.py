"""Estimated areas against the 231 real DPE files of the ADEME corpus.

Reference: the areas entered by the assessors in ``shared/data/dpe/ademe-xml`` (sum of the
elements losing heat; see ``corpus_areas``). The assertions are the floors reached when the
assumptions were set (figures in ``docs/dpe-simple.md``), with a small margin: they guard
against regressions, not the precision of a desk estimate. The window ratios and the converted-
attic roof factor were set on this same corpus, so these are in-sample figures.
"""

from __future__ import annotations

import pytest

from calculators.dpe.ademe import DpeFile
from tests.calculators.dpe.simple.corpus_areas import Summary, summarize, table

pytestmark = pytest.mark.corpus

# (median, 80th percentile) of the relative error reached, rounded up by 2-3 points.
FLOORS = {
    ("maisons", "murs"): (0.17, 0.35),
    ("maisons", "fenetres"): (0.25, 0.42),
    ("maisons", "toiture"): (0.20, 0.50),
    ("maisons", "plancher_bas"): (0.18, 0.40),
    ("appartements", "murs"): (0.33, 0.61),
    ("appartements", "fenetres"): (0.28, 0.55),
    ("appartements", "toiture"): (0.02, 0.66),
    ("appartements", "plancher_bas"): (0.03, 0.96),
    ("immeubles", "murs"): (0.33, 0.60),
    ("immeubles", "fenetres"): (0.27, 0.75),
    ("immeubles", "toiture"): (0.16, 0.50),
    ("immeubles", "plancher_bas"): (0.19, 0.53),
}


@pytest.fixture(scope="module")
def summary(corpus: dict[str, DpeFile]) -> dict[tuple[str, str], Summary]:
    return summarize(corpus)


def test_every_group_is_measured(summary: dict[tuple[str, str], Summary]) -> None:
    print("\n" + table(summary))
    assert set(summary) == set(FLOORS)
    assert summary["maisons", "murs"].count == 105
    assert summary["appartements", "fenetres"].count == 93
    assert summary["immeubles", "murs"].count == 33


@pytest.mark.parametrize("key", sorted(FLOORS), ids=lambda key: "-".join(key))
def test_errors_stay_within_the_floors_reached(
    summary: dict[tuple[str, str], Summary], key: tuple[str, str]
) -> None:
    median_floor, p80_floor = FLOORS[key]
    assert summary[key].median <= median_floor
    assert summary[key].p80 <= p80_floor


def test_flat_roofs_and_floors_appear_only_where_the_position_says(
    summary: dict[tuple[str, str], Summary],
) -> None:
    # 56 flats have neither roof nor low floor in their file: none may get one estimated.
    assert summary["appartements", "toiture"].wrongly_present == 0
    assert summary["appartements", "plancher_bas"].wrongly_present == 0
