"""Daily clearness indices drawn so that each month keeps its measured irradiation.

The daily clearness index k_t (daily global horizontal over extraterrestrial horizontal
irradiation) of a month whose mean is K_T follows the distribution of Bendt,
Collares-Pereira & Rabl (1981), « The frequency distribution of daily insolation values »,
Solar Energy 27(1), 1–5:

    f(k) = γ·e^{γk} / (e^{γ·k_max} − e^{γ·k_min}),   k_min ≤ k ≤ k_max,
    k_min = 0.05,  k_max = 0.6313 + 0.267·K_T − 11.9·(K_T − 0.75)⁸,

with γ set so that the mean of f, (k_min·e^{γ·k_min} − k_max·e^{γ·k_max}) /
(e^{γ·k_min} − e^{γ·k_max}) − 1/γ, is K_T. Consecutive days are not independent (a fine day
tends to follow a fine day): the draws come from a Gaussian AR(1) sequence mapped through
the normal CDF, whose lag-1 autocorrelation of about 0.29 is that found for daily k_t by
Graham, Hollands & Unny (1988), Solar Energy 40(2), 83–92 (à vérifier).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

KT_MIN = 0.05
LAG1_AUTOCORRELATION = 0.29
_GAMMA_BOUND = 100.0

FloatArray = npt.NDArray[np.float64]


class ImpossibleMonthError(ValueError):
    """A month whose irradiation cannot come from any daily clearness sequence."""

    def __init__(self, month: int, detail: str) -> None:
        super().__init__(f"mois {month} : {detail}")
        self.month = month
        self.detail = detail


def kt_max(mean_kt: float) -> float:
    """Upper bound of the daily clearness index for a month of mean ``mean_kt`` (Bendt 1981)."""
    return 0.6313 + 0.267 * mean_kt - 11.9 * (mean_kt - 0.75) ** 8


@dataclass(frozen=True)
class BendtDistribution:
    """Truncated exponential law of the daily clearness index of one month."""

    kt_min: float
    kt_max: float
    gamma: float

    @classmethod
    def for_mean(cls, mean_kt: float) -> BendtDistribution:
        """The law whose mean is ``mean_kt`` (γ found by bisection: the mean grows with γ)."""
        upper = kt_max(mean_kt)
        if not KT_MIN < mean_kt < upper:
            raise ValueError(
                f"indice de clarté moyen {mean_kt:.3f} hors de ]{KT_MIN} ; {upper:.3f}["
            )
        low, high = -_GAMMA_BOUND, _GAMMA_BOUND
        for _ in range(200):
            middle = 0.5 * (low + high)
            if cls(KT_MIN, upper, middle).mean() < mean_kt:
                low = middle
            else:
                high = middle
        return cls(KT_MIN, upper, 0.5 * (low + high))

    def mean(self) -> float:
        """Mean of the law (formula in the module docstring; ∫k·f(k)dk by parts)."""
        g, a, b = self.gamma, self.kt_min, self.kt_max
        if abs(g) < 1e-9:
            return 0.5 * (a + b)
        shrink = math.exp(-g * (b - a))
        return (a * shrink - b) / (shrink - 1.0) - 1.0 / g

    def quantile(self, u: FloatArray) -> FloatArray:
        """Inverse of the cumulative law at probabilities ``u`` in [0, 1]."""
        g, a, b = self.gamma, self.kt_min, self.kt_max
        if abs(g) < 1e-9:
            return a + u * (b - a)
        low, high = math.exp(g * a), math.exp(g * b)
        return np.log(low + u * (high - low)) / g


def persistent_uniforms(count: int, rng: np.random.Generator, lag1: float) -> FloatArray:
    """``count`` probabilities in ]0, 1[ with lag-1 autocorrelation close to ``lag1``."""
    noise = rng.standard_normal(count)
    gaussian = np.empty(count)
    previous = 0.0
    scale = math.sqrt(1.0 - lag1 * lag1)
    for day in range(count):
        previous = lag1 * previous + scale * noise[day]
        gaussian[day] = previous
    return np.array([0.5 * (1.0 + math.erf(x / math.sqrt(2.0))) for x in gaussian])


def monthly_matched_clearness(
    month_of_day: npt.NDArray[np.int64],
    extraterrestrial_wh_m2: FloatArray,
    monthly_ghi_wh_m2: FloatArray,
    rng: np.random.Generator,
) -> FloatArray:
    """Daily clearness indices whose irradiation sums to each month's figure exactly.

    ``month_of_day`` (1–12) and ``extraterrestrial_wh_m2`` (daily horizontal H0) have one
    value per day; ``monthly_ghi_wh_m2`` has 12. Raises :class:`ImpossibleMonthError` when a
    month's mean clearness is out of the distribution's range.
    """
    uniforms = persistent_uniforms(len(month_of_day), rng, LAG1_AUTOCORRELATION)
    clearness = np.empty(len(month_of_day))
    for month in range(1, 13):
        days = month_of_day == month
        h0 = extraterrestrial_wh_m2[days]
        target = float(monthly_ghi_wh_m2[month - 1])
        try:
            law = BendtDistribution.for_mean(target / float(h0.sum()))
        except ValueError as exc:
            raise ImpossibleMonthError(month, str(exc)) from exc
        k = law.quantile(uniforms[days])
        for _ in range(50):
            k = np.clip(k * target / float(np.sum(k * h0)), law.kt_min, law.kt_max)
        clearness[days] = k * target / float(np.sum(k * h0))
    return clearness
