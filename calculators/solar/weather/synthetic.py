"""A synthetic typical year from monthly figures, for a place with no weather file.

Method (deterministic for a given seed):

1. daily clearness indices drawn from the Bendt et al. (1981) distribution of each month,
   with day-to-day persistence, rescaled so that every month keeps its irradiation exactly
   (:mod:`calculators.solar.weather.daily_clearness`);
2. each day's irradiation spread over its hours like the clear-sky global irradiance
   (Ineichen & Perez 2002 model with the monthly Linke turbidity climatology of Remund et
   al. 2003, both shipped with pvlib and read offline);
3. diffuse fraction of each hour from Erbs, Klein & Duffie (1982), Solar Energy 28(4),
   293–302, and direct normal irradiance from closure (DNI = (GHI − DHI) / cos z);
4. air temperature: the monthly mean plus a daily sinusoid peaking at 15 h solar time,
   whose amplitude grows with the day's clearness; monthly means are kept exactly;
5. wind speed: the monthly means given, or a default.

Values stand for mid-hour (``time_offset_min`` = 30). The result is labelled « année type
synthétique » in its ``source``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from pvlib.irradiance import erbs, get_extra_radiation
from pvlib.location import Location

from calculators.solar.errors import WeatherError
from calculators.solar.weather.daily_clearness import (
    ImpossibleMonthError,
    monthly_matched_clearness,
)
from calculators.solar.weather.year import Site, TypicalYear, assemble, reference_hours

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip

DEFAULT_WIND_SPEED_M_S = 3.2
"""Mean 10 m wind of the PVGIS (ERA5) typical year nearest to Béthune (50.811 N, 3.310 E)."""

DEFAULT_DIURNAL_RANGE_C = 8.0
"""Mean daily Tx − Tn [K] of the Lille-Lesquin 1991–2020 normals (Météo-France; à vérifier)."""

PEAK_SOLAR_HOUR = 15.0
"""Hour of the daily temperature maximum, mean solar time (usual convention, e.g. Erbs 1984)."""

MID_HOUR_OFFSET_MIN = 30.0


@dataclass(frozen=True)
class MonthlyClimate:
    """Monthly figures a synthetic year is built from, with the source they come from.

    ``ghi_kwh_m2``: global horizontal irradiation of each month [kWh/m²];
    ``temp_air_c``: mean air temperature of each month [°C]; ``wind_speed_m_s``: mean 10 m
    wind of each month [m/s] (optional); ``diurnal_range_c``: mean daily range [K].
    """

    ghi_kwh_m2: tuple[float, ...]
    temp_air_c: tuple[float, ...]
    source: str
    wind_speed_m_s: tuple[float, ...] | None = None
    diurnal_range_c: float = DEFAULT_DIURNAL_RANGE_C

    def __post_init__(self) -> None:
        if not self.source.strip():
            raise WeatherError("Indiquez la source des données mensuelles.", field="source")
        _check_months("GHI", self.ghi_kwh_m2, 0.0, 300.0)
        _check_months("température moyenne", self.temp_air_c, -40.0, 40.0)
        if self.wind_speed_m_s is not None:
            _check_months("vent moyen", self.wind_speed_m_s, 0.0, 30.0)
        if not 0.0 <= self.diurnal_range_c <= 30.0:
            raise WeatherError(
                "L'amplitude thermique journalière doit être comprise entre 0 et 30 K.",
                field="amplitude thermique",
            )


def _check_months(label: str, values: tuple[float, ...], low: float, high: float) -> None:
    if len(values) != 12:
        raise WeatherError(
            f"{label} : 12 valeurs mensuelles attendues, {len(values)} reçues.", field=label
        )
    for month, value in zip(MONTHS, values, strict=True):
        number = isinstance(value, int | float) and math.isfinite(value)
        if not number or not low <= value <= high:
            raise WeatherError(
                f"{label} de {month} : {value!r} hors de l'intervalle [{low:g} ; {high:g}].",
                field=f"{label} de {month}",
            )


def synthetic_year(site: Site, climate: MonthlyClimate, *, seed: int = 0) -> TypicalYear:
    """Generate an hourly « année type synthétique » matching ``climate`` month by month."""
    hours = reference_hours()
    instants = hours + pd.Timedelta(minutes=MID_HOUR_OFFSET_MIN)
    location = Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)
    sun = location.get_solarposition(instants)
    cos_zenith = np.cos(np.radians(sun["zenith"].to_numpy()))
    extraterrestrial = get_extra_radiation(instants).to_numpy() * np.maximum(cos_zenith, 0.0)
    clear_sky = location.get_clearsky(instants, model="ineichen", solar_position=sun)["ghi"]

    day = np.arange(len(hours)) // 24
    month_of_day = hours.month.to_numpy()[::24].astype(np.int64)
    daily_h0 = np.bincount(day, extraterrestrial)
    daily_clear = np.bincount(day, clear_sky.to_numpy())
    monthly_ghi = np.asarray(climate.ghi_kwh_m2, dtype=float) * 1000.0
    try:
        clearness = monthly_matched_clearness(
            month_of_day, daily_h0, monthly_ghi, np.random.default_rng(seed)
        )
    except ImpossibleMonthError as exc:
        month = MONTHS[exc.month - 1]
        raise WeatherError(
            f"GHI de {month} incompatible avec le rayonnement extraterrestre à la latitude "
            f"{site.latitude_deg:.2f} ({exc.detail}).",
            field=f"GHI de {month}",
        ) from exc

    shape = clear_sky.to_numpy() / np.where(daily_clear > 0, daily_clear, 1.0)[day]
    ghi = (clearness * daily_h0)[day] * shape
    split = erbs(pd.Series(ghi, index=instants), sun["zenith"], instants)

    monthly_kt = monthly_ghi / np.bincount(month_of_day - 1, daily_h0, minlength=12)
    relative = np.clip(clearness / monthly_kt[month_of_day - 1], 0.5, 1.5)
    solar_hour = (hours.hour.to_numpy() + 0.5 + site.longitude_deg / 15.0) % 24.0
    swing = 0.5 * climate.diurnal_range_c * relative[day]
    months = hours.month.to_numpy() - 1
    temp_air = np.asarray(climate.temp_air_c)[months] + swing * np.cos(
        2.0 * np.pi * (solar_hour - PEAK_SOLAR_HOUR) / 24.0
    )
    wind = climate.wind_speed_m_s or (DEFAULT_WIND_SPEED_M_S,) * 12

    frame = pd.DataFrame(
        {
            "ghi": ghi,
            "dhi": split["dhi"].to_numpy(),
            "dni": split["dni"].to_numpy(),
            "temp_air": temp_air,
            "wind_speed": np.asarray(wind, dtype=float)[months],
        },
        index=hours,
    )
    source = (
        "année type synthétique (clarté journalière Bendt et al. 1981 avec persistance, "
        f"forme horaire ciel clair Ineichen–Perez, diffus Erbs ; graine {seed}) — "
        f"données mensuelles : {climate.source}"
    )
    if climate.wind_speed_m_s is None:
        source += f" ; vent par défaut {DEFAULT_WIND_SPEED_M_S} m/s"
    return assemble(
        frame, site=site, source=source, synthetic=True, time_offset_min=MID_HOUR_OFFSET_MIN
    )
