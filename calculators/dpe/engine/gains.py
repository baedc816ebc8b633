"""Free gains of the 3CL-DPE 2021 method (annex 1, chapter 6): solar and internal.

- Solar: the south-equivalent area of month j, Ssej = Σ Ai × Swi × Fei × C1i,j (§6.2), plus the
  gains through a sunspace (§6.3); Asj = 1000 × Ssej × Ej [Wh] with Ej the irradiation of a
  south vertical plane during heating (§18).
- Internal: Aij = ((3.18 + 0.34) × Sh + 90 × 132/168 × Nadeq) × Nrefj [Wh] (§6.1).

The glazing's solar factor Sw and masks factor Fe = Fe1 × Fe2 come from the envelope stage;
door glazing is not counted (§6.2).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from calculators.dpe.engine.climate import (
    ClimateZone,
    GlazingOrientation,
    GlazingTilt,
    Monthly,
    c1_coefficients,
)
from calculators.dpe.engine.coefficients import coefficients
from calculators.dpe.engine.needs_errors import NeedsInputError, require_positive

ZERO_MONTHS: Monthly = (0.0,) * 12


# Value records built per element and dwelling are named tuples: immutable like a frozen
# dataclass, built three times faster (no per-field object.__setattr__).
class Glazing(NamedTuple):
    """A window (or group of identical windows) seen by the sun, as §6.2 needs it."""

    surface_m2: float
    """Glazed opening area Ai [m²] (all identical windows together)."""
    sw: float
    """Solar factor Sw [-] (§6.2.1)."""
    fe: float
    """Masks factor Fe = Fe1 × Fe2 [-] (§6.2.2); 1 without masks."""
    orientation: GlazingOrientation
    tilt: GlazingTilt


@dataclass(frozen=True, slots=True)
class SunspaceWindow:
    """A window between a sunspace and the outside (§6.3): area [m²], orientation, tilt."""

    surface_m2: float
    orientation: GlazingOrientation
    tilt: GlazingTilt


@dataclass(frozen=True, slots=True)
class Sunspace:
    """A veranda or closed loggia (espace tampon solarisé, §6.3).

    ``glazings_to_dwelling`` are the windows between the dwelling and the sunspace (with their
    own Sw and Fe, the sunspace itself not counted as a mask); ``outer_windows`` those between
    the sunspace and the outside, whose masks are neglected (Fek = 1).
    """

    transparence: float
    """T of the sunspace's outer glazing [-] (§6.3 table)."""
    bver: float
    """Loss reduction coefficient b of the sunspace [-] (§3.1)."""
    glazings_to_dwelling: tuple[Glazing, ...]
    outer_windows: tuple[SunspaceWindow, ...]


def glazing_sse(glazing: Glazing, zone: ClimateZone, factor: float | None = None) -> Monthly:
    """Monthly south-equivalent area of one glazing, Ai × Swi × Fei × C1i,j [m²] (§6.2).

    ``factor`` replaces Sw × Fe when given (the sunspace formulas of §6.3).
    """
    weight = _glazing_weight(glazing, factor)
    c1 = c1_coefficients(zone, glazing.orientation, glazing.tilt)
    return tuple(weight * c for c in c1)


def _glazing_weight(glazing: Glazing, factor: float | None = None) -> float:
    """Ai × Swi × Fei [m²] (or Ai × ``factor``), each value checked."""
    area = glazing.surface_m2
    if not (type(area) is float and 0.0 <= area < math.inf):
        area = require_positive(area, "surface de baie vitrée", allow_zero=True)
    if factor is None:
        sw, fe = glazing.sw, glazing.fe
        # In-range floats pass without the calls that would raise for them.
        if not (type(sw) is float and 0.0 <= sw <= 1.0):
            sw = _fraction(sw, "facteur solaire Sw")
        if not (type(fe) is float and 0.0 <= fe <= 1.0):
            fe = _fraction(fe, "facteur d'ensoleillement Fe")
        factor = sw * fe
    return area * factor


def sunspace_sse(sunspace: Sunspace, zone: ClimateZone) -> Monthly:
    """Monthly south-equivalent area brought through a sunspace, Ssd + Ssind × bver (§6.3).

    Ssdj = T × Σ Ai × Swi × Fei × C1i,j (direct) and Ssindj = Sstj − Ssdj with
    Sstj = Σ Ak × (0.8 × T + 0.024) × C1k,j over the outer windows (indirect).
    """
    t = _fraction(sunspace.transparence, "transparence de l'espace tampon")
    bver = _fraction(sunspace.bver, "coefficient bver")
    c = coefficients().apports_solaires
    direct = _sum_months(glazing_sse(g, zone) for g in sunspace.glazings_to_dwelling)
    direct = tuple(t * v for v in direct)
    outer_factor = c.transparence_indirecte_pente * t + c.transparence_indirecte_ordonnee
    total = _sum_months(
        glazing_sse(
            Glazing(w.surface_m2, sw=1.0, fe=1.0, orientation=w.orientation, tilt=w.tilt),
            zone,
            factor=outer_factor,
        )
        for w in sunspace.outer_windows
    )
    return tuple(d + (s - d) * bver for d, s in zip(direct, total, strict=True))


def south_equivalent_area(
    glazings: Iterable[Glazing], zone: ClimateZone, sunspaces: Iterable[Sunspace] = ()
) -> Monthly:
    """Ssej of the dwelling for each month [m²] (§6.2 and §6.3)."""
    own: Sequence[float] = ZERO_MONTHS
    for glazing in glazings:
        weight = _glazing_weight(glazing)
        c1 = c1_coefficients(zone, glazing.orientation, glazing.tilt)
        own = [total + weight * c for total, c in zip(own, c1, strict=True)]
    through = _sum_months(sunspace_sse(s, zone) for s in sunspaces)
    return tuple([a + b for a, b in zip(own, through, strict=True)])


def solar_gains_wh(sse_m2: Sequence[float], irradiation_kwh_m2: Sequence[float]) -> Monthly:
    """Asj = 1000 × Ssej × Ej [Wh] for each month (§6.1)."""
    wh_per_kwh = coefficients().apports_solaires.wh_par_kwh
    return tuple([wh_per_kwh * s * e for s, e in zip(sse_m2, irradiation_kwh_m2, strict=True)])


def internal_gains_w(surface_habitable_m2: float, nadeq: float) -> float:
    """Mean internal gains during heating hours, (3.18 + 0.34) × Sh + 90 × 132/168 × Nadeq
    [W] (§6.1: equipment, lighting and occupants)."""
    sh = require_positive(surface_habitable_m2, "surface habitable")
    adults = require_positive(nadeq, "Nadeq", allow_zero=True)
    c = coefficients().apports_internes
    occupancy = c.heures_occupation_semaine / c.heures_semaine
    return (c.equipements_w_m2 + c.eclairage_w_m2) * sh + c.occupant_w * occupancy * adults


def internal_gains_wh(
    surface_habitable_m2: float, nadeq: float, heating_hours: Sequence[float]
) -> Monthly:
    """Aij = internal gains [W] × Nrefj [h] for each month [Wh] (§6.1)."""
    power = internal_gains_w(surface_habitable_m2, nadeq)
    return tuple([power * hours for hours in heating_hours])


def _sum_months(series: Iterable[Sequence[float]]) -> Monthly:
    total = list(ZERO_MONTHS)
    for months in series:
        for j, value in enumerate(months):
            total[j] += value
    return tuple(total)


def _fraction(value: float, field: str) -> float:
    checked = require_positive(value, field, allow_zero=True)
    if checked > 1:
        raise NeedsInputError(
            f"{field} : valeur « {checked:g} » invalide, elle doit être comprise entre 0 et 1.",
            field=field,
        )
    return checked
