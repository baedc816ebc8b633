"""Oracles for the thermal-bridge shortcuts of the ADEME adapter (docs/dpe-engine.md § Speed,
fourth pass).

Each shortcut is compared, exactly, with the algorithm it replaced (written out here as the
reference, as it stood before): the element a bridge names (§3.4: the first element in file
order carrying one of its two references), the criteria read back from the bridge's own
``pont_thermique`` row, and the frame width Lp of §3.4.5 read in that row. Same elements, same
rows, same floats, same notes: there is no tolerance.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import product
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculators.dpe import tables
from calculators.dpe.ademe import read_dpe
from calculators.dpe.engine.envelope.ademe_bridge_links import ElementFamily
from calculators.dpe.engine.envelope.ademe_bridge_rows import (
    Joinery,
    RowCriteria,
    criteria_from_row,
    width_from_reference,
)
from calculators.dpe.engine.envelope.bridges import Placement
from calculators.dpe.engine.envelope.notes import Notes
from calculators.dpe.tables import TableLookupError, value_row
from tests.calculators.dpe.engine.envelope.attempts import attempt

# --- §3.4: the elements a bridge names ---------------------------------------------------------


def previous_find(items: Sequence[Any], pont: Any) -> Any:
    """The scan replaced: the first element whose reference is one of the bridge's two."""
    references = {pont.reference_1, pont.reference_2} - {None}
    for item in items:
        if item.reference in references:
            return item
    return None


references = st.sampled_from(["a", "b", "c", "d"]) | st.none()


@given(st.lists(references, max_size=8), references, references)
def test_the_index_finds_the_element_the_scan_finds(
    carried: list[str | None], first: str | None, second: str | None
) -> None:
    # Repeated references, elements without one, bridges with none or twice the same.
    items = tuple(SimpleNamespace(reference=reference) for reference in carried)
    pont = SimpleNamespace(reference_1=first, reference_2=second)
    assert ElementFamily(items).find(pont) is previous_find(items, pont)  # type: ignore[arg-type]


@pytest.mark.corpus
def test_the_index_finds_what_the_scan_finds_on_the_corpus(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "data/dpe/ademe-xml").glob("*.xml"))
    if not paths:
        pytest.skip("../shared/data/dpe/ademe-xml absent")
    compared = 0
    for path in paths:
        envelope = read_dpe(path).inputs.enveloppe
        families = (envelope.murs, envelope.planchers_bas, envelope.planchers_hauts,
                    envelope.baies_vitrees, envelope.portes)
        for items in families:
            family = ElementFamily(items)
            for pont in envelope.ponts_thermiques:
                assert family.find(pont) is previous_find(items, pont)
                compared += 1
    assert compared > 10_000


# --- §3.4: criteria read back from the bridge's own row ----------------------------------------


def previous_criteria(tv_id: int) -> RowCriteria:
    row = value_row("pont_thermique", tv_id)
    floor = row["isolation_plancher"]
    joinery = None
    if row["enum_type_pose_id"] is not None:
        joinery = Joinery(
            row.ids("enum_type_pose_id")[0],
            row["presence_retour_isolation"] == 1,
            row.number("largeur_dormant"),
        )
    return RowCriteria(
        wall=Placement(str(row["isolation_mur"])),
        floor=Placement(str(floor)) if floor is not None else Placement.NONE,
        joinery=joinery,
    )


def previous_width(tv_id: int | None, wall: Placement, joinery: Joinery) -> tuple[Joinery, bool]:
    """The joinery the previous code returned, and whether it noted a different width."""
    if tv_id is None:
        return joinery, False
    try:
        row = value_row("pont_thermique", tv_id)
    except TableLookupError:
        return joinery, False
    if row["largeur_dormant"] is None or row["isolation_mur"] != wall.value:
        return joinery, False
    if joinery.fitting_id not in row.ids("enum_type_pose_id"):
        return joinery, False
    insulation_return = row["presence_retour_isolation"]
    if insulation_return is not None and insulation_return != int(joinery.insulation_return):
        return joinery, False
    width = row.number("largeur_dormant")
    return Joinery(joinery.fitting_id, joinery.insulation_return, width), (
        width != joinery.frame_width_cm
    )


BRIDGE_ROWS = [row.key for row in tables.find_rows("pont_thermique")]


def test_every_bridge_row_gives_the_criteria_it_gave_and_notes_it() -> None:
    for tv_id in (*BRIDGE_ROWS, 999_999):
        for _ in range(2):  # the second from the memo
            notes = Notes()
            pont = SimpleNamespace(tv_pont_thermique_id=tv_id)
            got = attempt(criteria_from_row, pont, "pont thermique 1", notes)
            assert got == attempt(previous_criteria, tv_id)
            assert len(notes.cross_checks) == 1 and str(tv_id) in notes.cross_checks[0]


def test_every_bridge_row_gives_the_frame_width_it_gave() -> None:
    joineries = [Joinery(fitting, back, width) for fitting, back, width
                 in product(range(0, 5), (False, True), (3.0, 5.0, 10.0))]
    for tv_id, wall, joinery in product((*BRIDGE_ROWS, None, 999_999), Placement, joineries):
        notes = Notes()
        pont = SimpleNamespace(tv_pont_thermique_id=tv_id)
        got = width_from_reference(pont, wall, joinery, "pont 1", notes)  # type: ignore[arg-type]
        expected, noted = previous_width(tv_id, wall, joinery)
        assert got == expected and len(notes.cross_checks) == noted, (tv_id, wall, joinery)


def test_tabulated_k_are_finite_and_not_negative() -> None:
    # Why bridge_loss_of takes k·l·share without bridges.bridge_loss's checks (§3.4 tables).
    for row in tables.find_rows("pont_thermique"):
        k = row.number("k")
        assert math.isfinite(k) and k >= 0.0, row.key
