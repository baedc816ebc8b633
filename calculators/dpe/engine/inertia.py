"""Inertia class of the 3CL-DPE 2021 method (annex 1, chapter 7).

The class follows from three yes/no answers (§7.4): is the low floor heavy, is the high floor
heavy, are the vertical walls heavy. Each answer is that of the larger area when a dwelling has
several kinds of one component; an element whose inertia is unknown takes the method's default
(light for walls §7.3 and high floors §7.1, heavy for low floors §7.2). A multi-level building
takes the class covering most living area, with the §7.4 rule for ties. The class sets the
exponent of the free-gain fraction F (§6.1) and the intermittence (§8).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from calculators.dpe.engine.needs_errors import NeedsInputError, require_positive
from calculators.dpe.tables import TableLookupError, enum_row

_INSULATION_FROM_OUTSIDE_OR_NONE = frozenset({2, 4})
"""``enum_type_isolation_id`` leaving a wall's mass in contact with the room (§7.3: « non isolés
ou isolés par l'extérieur »): 2 not insulated, 4 ITE."""


class InertiaClass(IntEnum):
    """Inertia classes; values are the ADEME ``enum_classe_inertie_id``."""

    TRES_LOURDE = 1
    LOURDE = 2
    MOYENNE = 3
    LEGERE = 4

    @property
    def heavy(self) -> bool:
        """« Lourde / Très lourde », the group sharing one F exponent (§6.1)."""
        return self in (InertiaClass.TRES_LOURDE, InertiaClass.LOURDE)

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    InertiaClass.TRES_LOURDE: "très lourde",
    InertiaClass.LOURDE: "lourde",
    InertiaClass.MOYENNE: "moyenne",
    InertiaClass.LEGERE: "légère",
}


@dataclass(frozen=True, slots=True)
class InertiaElement:
    """One wall, low floor or high floor: its area [m²] and whether it is heavy (None: unknown)."""

    surface_m2: float
    lourde: bool | None


def inertia_class(
    plancher_bas_lourd: bool, plancher_haut_lourd: bool, paroi_verticale_lourde: bool
) -> InertiaClass:
    """Class of one level from its three components (§7.4 table): three heavy components give
    « très lourde », two « lourde », one « moyenne », none « légère »."""
    heavy = sum((plancher_bas_lourd, plancher_haut_lourd, paroi_verticale_lourde))
    return (
        InertiaClass.LEGERE,
        InertiaClass.MOYENNE,
        InertiaClass.LOURDE,
        InertiaClass.TRES_LOURDE,
    )[heavy]


def component_heavy(elements: Iterable[InertiaElement], *, unknown_is_heavy: bool) -> bool:
    """Whether a component (all the walls, low floors or high floors) counts as heavy: that of
    the majority by area (§7.4, « surfaces majoritaires »; half or more counts as heavy).

    ``unknown_is_heavy`` is the method's default for an element of unknown inertia: False for
    walls (§7.3) and high floors (§7.1), True for low floors (§7.2). No element: not heavy.
    """
    heavy = total = 0.0
    for element in elements:
        area = require_positive(element.surface_m2, "surface de paroi (inertie)", allow_zero=True)
        total += area
        is_heavy = unknown_is_heavy if element.lourde is None else element.lourde
        heavy += area if is_heavy else 0.0
    return total > 0 and heavy >= total / 2


def heavy_wall(materiau_structure_id: int, epaisseur_cm: float | None, isolation_id: int) -> bool:
    """Whether a wall is heavy (§7.3) from its ADEME structure material, thickness and
    insulation type: heavy materials (official enum ``materiaux_structure_mur``, columns
    ``paroi_lourde`` and ``paroi_lourde_epaisseur`` = minimum thickness [cm]) not insulated or
    insulated from outside. An unknown thickness where one is required gives « not heavy »
    (§7.3: unknown walls are light)."""
    try:
        row = enum_row("materiaux_structure_mur", materiau_structure_id)
    except TableLookupError as exc:
        raise NeedsInputError(
            f"matériau de structure du mur : {exc}", field="matériau de structure du mur"
        ) from exc
    if isolation_id not in _INSULATION_FROM_OUTSIDE_OR_NONE or row["paroi_lourde"] != 1:
        return False
    minimum = row["paroi_lourde_epaisseur"]
    if minimum is None:
        return True
    return epaisseur_cm is not None and epaisseur_cm >= float(minimum)


def building_inertia(levels: Iterable[tuple[float, InertiaClass]]) -> InertiaClass:
    """Class of a multi-level building from (living area [m²], class) per level (§7.4).

    The class covering most living area wins. Ties between the groups « lourde ou très
    lourde », « moyenne » and « légère » follow the §7.4 table: heavy and medium tied give
    « lourde », every other tie « moyenne ». Within the heavy group the larger area decides.
    """
    by_class = dict.fromkeys(InertiaClass, 0.0)
    for area, cls in levels:
        by_class[cls] += require_positive(area, "surface habitable du niveau", allow_zero=True)
    heavy = by_class[InertiaClass.TRES_LOURDE] + by_class[InertiaClass.LOURDE]
    groups = {
        "lourde": heavy,
        "moyenne": by_class[InertiaClass.MOYENNE],
        "légère": by_class[InertiaClass.LEGERE],
    }
    best = max(groups.values())
    if best <= 0:
        raise NeedsInputError(
            "inertie : aucun niveau de surface habitable non nulle", field="niveaux"
        )
    winners = {name for name, area in groups.items() if area == best}
    if winners == {"lourde"}:
        very_heavy = by_class[InertiaClass.TRES_LOURDE] > by_class[InertiaClass.LOURDE]
        return InertiaClass.TRES_LOURDE if very_heavy else InertiaClass.LOURDE
    if winners == {"moyenne"}:
        return InertiaClass.MOYENNE
    if winners == {"légère"}:
        return InertiaClass.LEGERE
    return InertiaClass.LOURDE if winners == {"lourde", "moyenne"} else InertiaClass.MOYENNE
