"""The hot clear day the summer screening runs on, built from the 3CL climate data of the zone.

Why: the screening needs one representative hot day, the same for every project of a zone
so that projects can be compared. Its month is the month of the zone with the most
degree-hours above 28 °C in the 3CL-DPE climate tables (arrêté du 31 mars 2021, annexe 1,
§ 18.2: DH28; DH26 when no month exceeds 28 °C); its maximum temperature is that month's
mean outdoor temperature over those hours (``textmoy_clim28``, resp. ``…26``). The daily
swing (12 K) and the hour of the maximum (15 h solar) are hypotheses of the tool in
``bioclimatic.json``; the outdoor temperature follows a cosine between them. The sky is
clear (:func:`.sun.clear_day`) on the 15th of that month — a screening for a sunny spell,
not a typical day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from calculators.advice.bioclimatic.data import rule, rule_source
from calculators.advice.bioclimatic.sun import HOURS_PER_DAY, ClearDay, clear_day
from calculators.advice.errors import AdviceDataError
from calculators.dpe.engine.climate import (
    MONTHS,
    AltitudeClass,
    ClimateZone,
    monthly_climate,
    source,
)
from calculators.solar.data import Source
from calculators.solar.weather.year import REFERENCE_YEAR, Site

FloatArray = npt.NDArray[np.float64]

STEPS_PER_DAY = 48
"""Half-hour steps: the hot-day profiles keep their peaks, the periodic solve stays tiny."""


@dataclass(frozen=True)
class HotDay:
    """The design hot day: its date, outdoor temperature [°C] at each instant of ``sky``,
    its maximum and minimum [°C], and the sources used."""

    zone: ClimateZone
    day: date
    sky: ClearDay
    outdoor_c: FloatArray
    max_c: float
    min_c: float
    sources: tuple[str, ...]

    @property
    def month_label(self) -> str:
        """French name of the month (« août »)."""
        return MONTHS[self.day.month - 1]


def hot_day(
    site: Site,
    zone: ClimateZone,
    altitude: AltitudeClass = AltitudeClass.BELOW_400,
    year: int = REFERENCE_YEAR,
    steps: int = STEPS_PER_DAY,
) -> HotDay:
    """The hot clear day of ``zone`` at ``site`` (see module docstring)."""
    climate = monthly_climate(ClimateZone(zone), AltitudeClass(altitude))
    month, max_c = _hottest_month(climate.dh28, climate.textmoy_clim28)
    if month is None:
        month, max_c = _hottest_month(climate.dh26, climate.textmoy_clim26)
    if month is None or max_c is None:
        raise AdviceDataError(
            f"Zone {zone} : aucun mois chaud dans les données climatiques 3CL (§ 18.2)."
        )
    swing = rule("jour_chaud", "amplitude_k")
    peak_hour = rule("jour_chaud", "heure_maximum_solaire")
    day = date(year, month + 1, int(rule("jour_chaud", "jour_du_mois")))
    sky = clear_day(site, day, steps)
    phase = 2 * math.pi * (sky.solar_hour - peak_hour) / HOURS_PER_DAY
    outdoor: FloatArray = max_c - swing / 2 + swing / 2 * np.cos(phase)
    climate_source = source()
    cited = (
        Source(
            climate_source["texte"], f"chapitre {climate_source['chapitre']}, § 18.2", True
        ).cite(),
        rule_source("jour_chaud").cite(),
    )
    return HotDay(zone, day, sky, outdoor, max_c, max_c - swing, cited)


def _hottest_month(
    degree_hours: tuple[float, ...], mean_temperatures: tuple[float | None, ...]
) -> tuple[int | None, float | None]:
    """Index of the month with the most degree-hours and its mean temperature, or None."""
    best = max(range(12), key=lambda m: degree_hours[m])
    if degree_hours[best] <= 0 or mean_temperatures[best] is None:
        return None, None
    return best, mean_temperatures[best]
