"""Monthly heating need of the 3CL-DPE 2021 method (annex 1, §2, §6.1 and §9.1.1).

For each month j of the heating season, with GV the envelope losses including air renewal
[W/K] (§3) and DHj the degree-hours of the chosen set point [°C·h] (§18):

- Xj = (Asj + Aij) / (GV × DHj), the gains-to-losses ratio;
- Fj = (Xj − Xj^a) / (1 − Xj^a), the share of the need covered by free gains, a = 3.6 for heavy
  and very heavy inertia, 2.9 medium, 2.5 light (§6.1);
- BVj = GV × (1 − Fj) [W/K] (§2);
- Bchj = BVj × DHj / 1000 − recovered losses / 1000 [kWh] (§9.1.1).

The conventional need uses DH19 and Nref19, the *dépensier* one DH21 and Nref21; the solar
irradiation Ej is the same for both (§6.1 gives a single E table per zone).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from calculators.dpe.engine.climate import Monthly
from calculators.dpe.engine.coefficients import coefficients
from calculators.dpe.engine.inertia import InertiaClass
from calculators.dpe.engine.needs_errors import require_positive

WH_PER_KWH = 1000.0
"""Unit conversion, not a regulatory value."""
RATIO_FIELD = "rapport apports / déperditions X"


@dataclass(frozen=True, slots=True)
class HeatingMonths:
    """The monthly heating balance for one set point (19 °C or 21 °C), before recovered losses."""

    degree_hours: Monthly
    """DHj [°C·h]."""
    heating_hours: Monthly
    """Nrefj [h]."""
    solar_gains_wh: Monthly
    """Asj [Wh]."""
    internal_gains_wh: Monthly
    """Aij [Wh]."""
    free_gain_fraction: Monthly
    """Fj [-]; 0 outside the heating season."""
    need_before_recovery_kwh: Monthly
    """Bchhp_j = BVj × DHj / 1000 [kWh]."""

    @property
    def weighted_free_gain_fraction(self) -> float:
        """F over the season, Σ Fj × DHj / Σ DHj [-] (the ``fraction_apport_gratuit_ch`` of
        the ADEME outputs: the share of the gross need GV × DH covered by free gains)."""
        total = sum(self.degree_hours)
        if total == 0:
            return 0.0
        weighted = sum(
            f * dh for f, dh in zip(self.free_gain_fraction, self.degree_hours, strict=True)
        )
        return weighted / total


def fraction_exponent(inertia: InertiaClass) -> float:
    """Exponent a of Fj by inertia class (§6.1)."""
    c = coefficients().fraction_apports_gratuits
    if inertia.heavy:
        return c.exposant_lourde
    return c.exposant_moyenne if inertia is InertiaClass.MOYENNE else c.exposant_legere


def free_gain_fraction(x: float, inertia: InertiaClass) -> float:
    """Fj = (X − X^a) / (1 − X^a) [-] (§6.1), continuous at X = 1 where it tends to (a − 1) / a."""
    ratio = require_positive(x, RATIO_FIELD, allow_zero=True)
    return _fraction_of_ratio(ratio, fraction_exponent(inertia))


def _fraction_of_ratio(ratio: float, a: float) -> float:
    """Fj of a ratio X ≥ 0 and the exponent a of the inertia class (§6.1); a negative or NaN X
    is refused (the check of :func:`free_gain_fraction`, made only when it fails)."""
    if not 0.0 <= ratio < math.inf:
        require_positive(ratio, RATIO_FIELD, allow_zero=True)
    if ratio == 1:
        return (a - 1) / a
    power = ratio**a
    return (ratio - power) / (1 - power)


def heating_months(
    gv_w_k: float,
    degree_hours: Sequence[float],
    heating_hours: Sequence[float],
    solar_gains_wh: Sequence[float],
    internal_gains_wh: Sequence[float],
    inertia: InertiaClass,
) -> HeatingMonths:
    """Monthly Fj and need before recovered losses for one set point (§2, §6.1, §9.1.1)."""
    gv = require_positive(gv_w_k, "déperditions GV")
    a = fraction_exponent(inertia)
    fractions: list[float] = []
    needs: list[float] = []
    for dh, a_s, a_i in zip(degree_hours, solar_gains_wh, internal_gains_wh, strict=True):
        if dh <= 0:
            fractions.append(0.0)
            needs.append(0.0)
            continue
        x = (a_s + a_i) / (gv * dh)
        # _fraction_of_ratio written out: this loop runs 24 times per dwelling.
        if not 0.0 <= x < math.inf:
            require_positive(x, RATIO_FIELD, allow_zero=True)
        if x == 1:
            f = (a - 1) / a
        else:
            power = x**a
            f = (x - power) / (1 - power)
        fractions.append(f)
        needs.append(gv * (1 - f) * dh / WH_PER_KWH)
    return HeatingMonths(
        degree_hours=tuple(degree_hours),
        heating_hours=tuple(heating_hours),
        solar_gains_wh=tuple(solar_gains_wh),
        internal_gains_wh=tuple(internal_gains_wh),
        free_gain_fraction=tuple(fractions),
        need_before_recovery_kwh=tuple(needs),
    )


def net_need_kwh(
    need_before_recovery_kwh: Sequence[float], recovered_wh: Sequence[float]
) -> Monthly:
    """Bchj = Bchhp_j − recovered losses / 1000 [kWh] (§9.1.1), never below 0 in a month."""
    return tuple([
        max(need - recovered / WH_PER_KWH, 0.0)
        for need, recovered in zip(need_before_recovery_kwh, recovered_wh, strict=True)
    ])
