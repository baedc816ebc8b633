"""Ug of glazing (method §3.3.1) from its type, gap, gas fill, inclination and coating.

Values come from ADEME's table ``ug``; the survitrage rule (+0.1 on the air-filled double glazing
of the same gap, gap capped at 20 mm) from ``coefficients.json``. Ids are those of the ADEME
enumerations ``type_vitrage`` (1 single, 2 double, 3 triple, 4 survitrage, 5 glass brick,
6 polycarbonate), ``type_gaz_lame`` (1 air, 2 argon or krypton, 3 unknown) and
``inclinaison_vitrage`` (1 < 25°, 2 25–75°, 3 > 75° i.e. vertical, 4 horizontal).
"""

from __future__ import annotations

from functools import lru_cache

from calculators.dpe.engine.envelope.coefficients import coefficient
from calculators.dpe.engine.envelope.errors import EnvelopeInputError, require_positive
from calculators.dpe.engine.envelope.lookup import memoised, rows_where
from calculators.dpe.tables import Row

SINGLE, DOUBLE, TRIPLE, SURVITRAGE, GLASS_BRICK, POLYCARBONATE = 1, 2, 3, 4, 5, 6
GAS_AIR, GAS_ARGON, GAS_UNKNOWN = 1, 2, 3
VERTICAL = 3
"""Inclination id of a vertical glazing (≥ 75° from horizontal, §3.3)."""


@memoised
def ug(
    glazing_type_id: int,
    *,
    gap_mm: float | None,
    gas_id: int | None,
    inclination_id: int,
    low_emissivity: bool,
) -> float:
    """Ug [W/(m²·K)] of a glazing (§3.3.1).

    Single glazing: 5.8 whatever its thickness. Double and triple: table by gas (unknown =
    air), inclination, low-emissivity coating and gap; a gap missing from the table takes the
    value directly below (« la valeur directement inférieure »). Survitrage: the air-filled
    double glazing of the same gap (capped at 20 mm) plus 0.1.
    """
    if glazing_type_id == SINGLE:
        return rows_where("ug", enum_type_vitrage_id=SINGLE)[0].number("ug")
    if glazing_type_id == SURVITRAGE:
        gap = min(_gap(gap_mm), coefficient("lame_max_survitrage"))
        base = _multiple_glazing(DOUBLE, gap, GAS_AIR, inclination_id, low_emissivity)
        return base + coefficient("majoration_ug_survitrage")
    if glazing_type_id in (DOUBLE, TRIPLE):
        gas = GAS_AIR if gas_id in (None, GAS_UNKNOWN) else gas_id
        return _multiple_glazing(glazing_type_id, _gap(gap_mm), gas, inclination_id, low_emissivity)
    raise EnvelopeInputError(
        f"type de vitrage « {glazing_type_id} » sans Ug tabulé (brique de verre, polycarbonate :"
        " Uw forfaitaire direct, §3.3).",
        field="type de vitrage",
    )


def _gap(gap_mm: float | None) -> float:
    return require_positive(gap_mm, "épaisseur de la lame d'air [mm]", allow_zero=False)


def _multiple_glazing(
    glazing_type_id: int, gap_mm: float, gas_id: int, inclination_id: int, low_emissivity: bool
) -> float:
    by_gap = _rows_by_gap(glazing_type_id, gas_id, inclination_id, int(low_emissivity))
    if not by_gap:
        raise EnvelopeInputError(
            f"vitrage « {glazing_type_id} » : combinaison gaz {gas_id} / inclinaison "
            f"{inclination_id} absente de la table Ug (§3.3.1).",
            field="vitrage",
        )
    return _row_at_or_below(by_gap, gap_mm).number("ug")


@lru_cache(maxsize=256, typed=True)
def _rows_by_gap(
    glazing_type_id: int, gas_id: int, inclination_id: int, low_emissivity: int
) -> tuple[tuple[float, Row], ...]:
    """The Ug rows of one glazing (type, gas, inclination, coating) as (gap [mm], row), by
    increasing gap (stable: rows of equal gap keep the sheet's order). Sorted once per selection
    and kept: every window of every dwelling asks one of a few dozen selections."""
    rows = rows_where(
        "ug",
        enum_type_vitrage_id=glazing_type_id,
        enum_type_gaz_lame_id=gas_id,
        enum_inclinaison_vitrage_id=inclination_id,
        vitrage_vir=low_emissivity,
    )
    by_gap = sorted(rows, key=lambda row: row.number("epaisseur_lame"))
    return tuple((row.number("epaisseur_lame"), row) for row in by_gap)


def _row_at_or_below(by_gap: tuple[tuple[float, Row], ...], gap_mm: float) -> Row:
    """The row of the largest tabulated gap ≤ ``gap_mm`` (the last such row when gaps tie); the
    smallest gap when all exceed it. ``by_gap``: (gap [mm], row) by increasing gap."""
    chosen = by_gap[0][1]
    for gap, row in by_gap:
        if gap > gap_mm:
            break
        chosen = row
    return chosen
