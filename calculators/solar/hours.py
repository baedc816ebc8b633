"""The hour grid of a typical year: its calendar in French legal time and input checks.

Every hourly array of the self-consumption and solar hot-water calculators has 8,760 values;
index 0 is 1 January 00:00 UTC of a non-leap year, as in the weather files of
``calculators.solar.weather``. Household habits (meals, showers, off-peak hours) follow the
local clock, so :func:`local_clock` gives the French legal time of each of those UTC hours,
computed from the EU summer-time rule rather than a time-zone database (frozen builds without
tzdata behave the same).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

import numpy as np
import numpy.typing as npt

from calculators.solar.errors import SolarInputError
from calculators.solar.weather.year import REFERENCE_YEAR

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

HOURS_PER_YEAR = 8760
DAYS_PER_YEAR = 365


def check_range(value: object, name: str, label: str, low: float, high: float) -> float:
    """``value`` as a finite float within [low, high], else a French error naming ``name``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not np.isfinite(value):
        raise SolarInputError(f"{label} : un nombre est attendu (reçu « {value} »).", field=name)
    if not low <= value <= high:
        raise SolarInputError(
            f"{label} : valeur attendue entre {_fr(low)} et {_fr(high)} (reçu {_fr(value)}).",
            field=name,
        )
    return float(value)


def _fr(value: float) -> str:
    """Shortest decimal form with a French comma: 0.5 → « 0,5 »."""
    return f"{value:g}".replace(".", ",")


def as_hourly(
    values: npt.ArrayLike, name: str, label: str, *, low: float | None = 0.0
) -> FloatArray:
    """``values`` as 8,760 finite floats (≥ ``low`` unless None), else a French error."""
    try:
        array = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise SolarInputError(f"{label} : valeurs non numériques.", field=name) from exc
    if array.shape != (HOURS_PER_YEAR,):
        raise SolarInputError(
            f"{label} : {HOURS_PER_YEAR} valeurs horaires attendues (reçu {array.size}).",
            field=name,
        )
    finite = np.isfinite(array)
    bad = ~finite if low is None else ~finite | (np.where(finite, array, 0.0) < low)
    if bad.any():
        hour = int(np.flatnonzero(bad)[0])
        value = array[hour]
        problem = (
            "valeur manquante"
            if not np.isfinite(value)
            else f"valeur {_fr(value)} < {_fr(low or 0.0)}"
        )
        raise SolarInputError(
            f"{label} : {problem} à l'heure n° {hour} ({int(bad.sum())} valeur(s) en cause).",
            field=name,
        )
    return array


@dataclass(frozen=True)
class LocalClock:
    """French legal time of each UTC hour: hour 0–23, day 0–364, month 1–12, weekend flag."""

    hour: IntArray
    day: IntArray
    month: IntArray
    weekend: npt.NDArray[np.bool_]


def _last_sunday_1h_utc(year: int, month: int) -> datetime:
    """01:00 UTC on the last Sunday of ``month`` (Directive 2000/84/EC, art. 2 and 3)."""
    end = datetime(year, month + 1, 1) - timedelta(days=1)
    return end - timedelta(days=(end.weekday() - 6) % 7) + timedelta(hours=1)


@cache
def local_clock() -> LocalClock:
    """The French legal time of the 8,760 UTC hours of :data:`REFERENCE_YEAR`.

    UTC+1, UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
    of October. The last hours of 31 December (UTC) fall on 1 January local time: a typical
    year is circular, so they count as day 0.
    """
    start = np.datetime64(f"{REFERENCE_YEAR}-01-01T00", "h")
    utc = start + np.arange(HOURS_PER_YEAR).astype("timedelta64[h]")
    summer_from = np.datetime64(_last_sunday_1h_utc(REFERENCE_YEAR, 3), "h")
    summer_to = np.datetime64(_last_sunday_1h_utc(REFERENCE_YEAR, 10), "h")
    offset = np.where((utc >= summer_from) & (utc < summer_to), 2, 1)
    local = utc + offset.astype("timedelta64[h]")
    days = local.astype("datetime64[D]")
    hour = (local - days).astype(np.int64)
    day = (days - np.datetime64(f"{REFERENCE_YEAR}-01-01")).astype(np.int64) % DAYS_PER_YEAR
    month = days.astype("datetime64[M]").astype(np.int64) % 12 + 1
    weekday = (days.astype(np.int64) + 3) % 7
    return LocalClock(hour, day, month, weekday >= 5)


def day_months() -> IntArray:
    """Month (1–12) of each of the 365 days of the typical year."""
    days = np.datetime64(f"{REFERENCE_YEAR}-01-01") + np.arange(DAYS_PER_YEAR)
    return days.astype("datetime64[M]").astype(np.int64) % 12 + 1


def hour_months() -> IntArray:
    """Month (1–12) of each of the 8,760 UTC hours (for monthly breakdowns)."""
    start = np.datetime64(f"{REFERENCE_YEAR}-01-01T00", "h")
    hours = start + np.arange(HOURS_PER_YEAR).astype("timedelta64[h]")
    return hours.astype("datetime64[M]").astype(np.int64) % 12 + 1
