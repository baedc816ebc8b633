"""The common shape of an option's assessment: verdict, reasons, key figures, sources.

Each rule of an option yields a :class:`Finding` at one of the three verdict levels; the
verdict is the worst level found, and the reasons list the findings worst first, so that the
adviser reads what blocks before what helps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from calculators.solar.errors import SolarError


class OptionInputError(SolarError):
    """Bad input to an option (French message, ``field`` names the input); a ``ValueError``
    shaped like the solar calculators' errors so that services map both the same way."""


class Verdict(StrEnum):
    """From best to worst."""

    SUITABLE = "adapté"
    CONDITIONAL = "possible sous conditions"
    NOT_ADVISED = "déconseillé"


_RANK = {Verdict.SUITABLE: 0, Verdict.CONDITIONAL: 1, Verdict.NOT_ADVISED: 2}


@dataclass(frozen=True)
class Finding:
    """One reason, at the verdict level it supports."""

    level: Verdict
    text: str


@dataclass(frozen=True)
class OptionAssessment:
    """``option`` (French name), ``verdict``, ``reasons`` (worst first), ``figures`` (key
    numbers, unit in the key: ``distance_m``, ``kwh_par_an``…), ``sources`` (one line each)."""

    option: str
    verdict: Verdict
    reasons: list[str]
    figures: Mapping[str, float] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)


def fr(value: float, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals and a French decimal comma: 4.0 → « 4,0 »."""
    return f"{value:.{digits}f}".replace(".", ",")


def percent(ratio: float) -> str:
    """A ratio as a French percentage: 1.083 → « 108 % » (narrow no-break space)."""
    return f"{ratio * 100:.0f}\u202f%"


def conclude(
    option: str,
    findings: Iterable[Finding],
    figures: Mapping[str, float],
    sources: Iterable[str],
) -> OptionAssessment:
    """The assessment: worst level of ``findings`` as verdict, reasons sorted worst first."""
    ordered = sorted(findings, key=lambda f: -_RANK[f.level])
    if not ordered:
        raise ValueError("Une évaluation doit avoir au moins une raison.")
    verdict = ordered[0].level
    return OptionAssessment(
        option=option,
        verdict=verdict,
        reasons=[f.text for f in ordered],
        figures=dict(figures),
        sources=list(dict.fromkeys(sources)),
    )
