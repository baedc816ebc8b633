"""Which façade should carry the glazing: winter gains against summer overheating.

Why: at Béthune a south window collects far more sun during the heating season than any
other, and in summer the high sun is easily cut by an overhang; a west window gets little
in winter and its sun arrives in the hot afternoon, low and hard to shade. Two sources:

- **3CL climate data** (arrêté du 31 mars 2021, annexe 1): irradiation of a vertical south
  plane during heating E (§ 18.2) and during the hours above 26 °C E_fr26, times the
  orientation coefficients C1 of § 18.5 → kWh/m² per façade over the heating season and
  over the hot hours of the cooling season;
- **the hot clear day** of :mod:`.hot_day` (pvlib): irradiation per façade over the day and
  after solar noon, peak irradiance and its solar hour — the afternoon is when the outdoor
  air is hottest, so west glazing weighs most on summer comfort.

The recommended share of glazing per façade (south 30–50 %, north minimal, west limited)
is data with its source in ``bioclimatic.json``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from calculators.advice.bioclimatic.data import rule, rule_source
from calculators.advice.bioclimatic.hot_day import HotDay
from calculators.advice.errors import AdviceInputError
from calculators.dpe.engine.climate import (
    AltitudeClass,
    ClimateZone,
    GlazingOrientation,
    GlazingTilt,
    c1_coefficients,
    monthly_climate,
)

WH_PER_KWH = 1000.0
SOLAR_NOON_H = 12.0


class Facade(StrEnum):
    """The four façade sectors of the 3CL method (§ 6.2.2), each 90° wide."""

    SUD = "sud"
    EST = "est"
    OUEST = "ouest"
    NORD = "nord"

    @property
    def azimuth_deg(self) -> float:
        """Azimuth of the façade's outward normal [°, from north clockwise]."""
        return {"nord": 0.0, "est": 90.0, "sud": 180.0, "ouest": 270.0}[self.value]

    @property
    def label(self) -> str:
        """French label used in advice texts (« façade sud »)."""
        return f"façade {self.value}"


@dataclass(frozen=True)
class FacadeExposure:
    """Sun received by 1 m² of vertical glazing facing ``facade`` [kWh/m²], and the peak of
    the hot day [W/m²] with its solar hour [h]."""

    facade: Facade
    heating_season_kwh_m2: float
    hot_hours_kwh_m2: float
    hot_day_kwh_m2: float
    hot_day_afternoon_kwh_m2: float
    hot_day_peak_w_m2: float
    hot_day_peak_solar_hour: float


def facade_exposures(
    zone: ClimateZone, altitude: AltitudeClass, day: HotDay
) -> dict[Facade, FacadeExposure]:
    """Exposure of each façade in ``zone`` (3CL) and on the hot day ``day`` (pvlib)."""
    climate = monthly_climate(ClimateZone(zone), AltitudeClass(altitude))
    result = {}
    for facade in Facade:
        c1 = c1_coefficients(
            ClimateZone(zone), GlazingOrientation(facade.value), GlazingTilt.VERTICAL
        )
        plane = day.sky.on_plane(90.0, facade.azimuth_deg).total
        afternoon = day.sky.solar_hour >= SOLAR_NOON_H
        peak = int(np.argmax(plane))
        result[facade] = FacadeExposure(
            facade=facade,
            heating_season_kwh_m2=sum(e * c for e, c in zip(climate.e, c1, strict=True)),
            hot_hours_kwh_m2=sum(e * c for e, c in zip(climate.e_fr26, c1, strict=True)),
            hot_day_kwh_m2=float(plane.sum()) * day.sky.step_h / WH_PER_KWH,
            hot_day_afternoon_kwh_m2=float(plane[afternoon].sum()) * day.sky.step_h / WH_PER_KWH,
            hot_day_peak_w_m2=float(plane[peak]),
            hot_day_peak_solar_hour=float(day.sky.solar_hour[peak]),
        )
    return result


def winter_ranking(exposures: Mapping[Facade, FacadeExposure]) -> list[Facade]:
    """Façades from the most to the least sun over the heating season."""
    return sorted(exposures, key=lambda f: -exposures[f].heating_season_kwh_m2)


def summer_afternoon_ranking(exposures: Mapping[Facade, FacadeExposure]) -> list[Facade]:
    """Façades from the most to the least afternoon sun on the hot day (worst first)."""
    return sorted(exposures, key=lambda f: -exposures[f].hot_day_afternoon_kwh_m2)


class ShareVerdict(StrEnum):
    """Position of a façade's glazing share against the recommended range."""

    DANS_LA_PLAGE = "dans la plage recommandée"
    INSUFFISANT = "en dessous de la plage recommandée"
    EXCESSIF = "au-dessus de la plage recommandée"


@dataclass(frozen=True)
class GlazingShare:
    """Glazed area [m²] of a façade, its share of all glazing [%] and the recommended range."""

    facade: Facade
    area_m2: float
    share_pct: float
    min_pct: float
    max_pct: float
    verdict: ShareVerdict


def glazing_shares(areas_m2: Mapping[Facade, float]) -> dict[Facade, GlazingShare]:
    """Share of each façade in the total glazing against the ranges of ``bioclimatic.json``."""
    areas = {facade: _area(areas_m2.get(facade, 0.0), facade) for facade in Facade}
    total = sum(areas.values())
    if total <= 0:
        raise AdviceInputError(
            "Aucune surface vitrée : indiquez les fenêtres par façade (m²).", field="fenetres"
        )
    result = {}
    for facade, area in areas.items():
        share = 100.0 * area / total
        low = rule("repartition_vitrages", facade.value, "min_pct")
        high = rule("repartition_vitrages", facade.value, "max_pct")
        verdict = ShareVerdict.DANS_LA_PLAGE
        if share < low:
            verdict = ShareVerdict.INSUFFISANT
        elif share > high:
            verdict = ShareVerdict.EXCESSIF
        result[facade] = GlazingShare(facade, area, share, low, high, verdict)
    return result


def shares_source() -> str:
    """Citation of the recommended ranges."""
    return rule_source("repartition_vitrages").cite()


def _area(value: float, facade: Facade) -> float:
    bad = isinstance(value, bool) or not isinstance(value, int | float)
    if bad or not math.isfinite(value) or value < 0:
        raise AdviceInputError(
            f"Surface vitrée de la {facade.label} : nombre positif ou nul attendu (m²), "
            f"reçu « {value} ».",
            field=f"fenetres.{facade.value}",
        )
    return float(value)
