"""The typical weather year every solar calculation runs on, whatever its origin.

A :class:`TypicalYear` holds 8,760 hourly rows re-dated to one non-leap year
(:data:`REFERENCE_YEAR`, UTC): a typical year is stitched from months of different years
and is circular, so its calendar year carries no meaning. Each row is labelled by the
start of its hour; ``time_offset_min`` says at which instant inside the hour the values
stand for (PVGIS: about 10 min, satellite snapshot; EPW and synthetic years: 30 min,
hourly means), which is where the sun must be placed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from calculators.solar.errors import SolarInputError, WeatherError

REFERENCE_YEAR = 2021
HOURS_PER_YEAR = 8760
COLUMNS = ("ghi", "dhi", "dni", "temp_air", "wind_speed")
"""pvlib names: irradiances in W/m², air temperature in °C, wind speed at 10 m in m/s."""

COLUMN_LABELS = {
    "ghi": "rayonnement global horizontal",
    "dhi": "rayonnement diffus horizontal",
    "dni": "rayonnement direct normal",
    "temp_air": "température de l'air",
    "wind_speed": "vitesse du vent",
}

PHYSICAL_LIMITS = {
    "ghi": (0.0, 1500.0),
    "dhi": (0.0, 1000.0),
    "dni": (0.0, 1400.0),
    "temp_air": (-60.0, 60.0),
    "wind_speed": (0.0, 75.0),
}
"""Bounds beyond which a value is a unit or format mistake (irradiance above the solar
constant of 1,361 W/m² plus margin, temperatures outside any record)."""


@dataclass(frozen=True)
class Site:
    """Where the weather applies: latitude, longitude [°, north and east > 0], altitude [m]."""

    latitude_deg: float
    longitude_deg: float
    altitude_m: float

    def __post_init__(self) -> None:
        for name, value, low, high in (
            ("latitude", self.latitude_deg, -90.0, 90.0),
            ("longitude", self.longitude_deg, -180.0, 180.0),
            ("altitude", self.altitude_m, -500.0, 9000.0),
        ):
            if not isinstance(value, int | float) or not math.isfinite(value):
                raise SolarInputError(f"La {name} du lieu doit être un nombre.", field=name)
            if not low <= value <= high:
                raise SolarInputError(
                    f"La {name} du lieu ({value}) doit être comprise entre {low:g} et {high:g}.",
                    field=name,
                )


def reference_hours() -> pd.DatetimeIndex:
    """The 8,760 hour starts of :data:`REFERENCE_YEAR`, UTC."""
    return pd.date_range(f"{REFERENCE_YEAR}-01-01", periods=HOURS_PER_YEAR, freq="h", tz="UTC")


@dataclass(frozen=True, eq=False)
class TypicalYear:
    """Hourly typical weather of one site.

    ``hourly`` has the columns of :data:`COLUMNS`, indexed by :func:`reference_hours`;
    treat it as read-only. ``source`` says where it comes from in French (file, method,
    monthly data); ``synthetic`` is true when it was generated from monthly figures.
    """

    site: Site
    hourly: pd.DataFrame
    source: str
    synthetic: bool
    time_offset_min: float

    def __post_init__(self) -> None:
        if list(self.hourly.columns) != list(COLUMNS):
            received = ", ".join(str(c) for c in self.hourly.columns)
            raise WeatherError(f"Colonnes attendues {', '.join(COLUMNS)} ; reçues {received}.")
        if not self.hourly.index.equals(reference_hours()):
            raise WeatherError("Les heures ne forment pas une année type complète de 8 760 heures.")
        check_values(self.hourly, origin=self.source)
        if not 0.0 <= self.time_offset_min < 60.0:
            raise WeatherError("Le décalage des valeurs dans l'heure doit être entre 0 et 60 min.")

    @property
    def solar_times(self) -> pd.DatetimeIndex:
        """Instants the hourly values stand for: where to compute the sun position."""
        return self.hourly.index + pd.Timedelta(minutes=self.time_offset_min)

    def monthly_ghi_kwh_m2(self) -> tuple[float, ...]:
        """Global horizontal irradiation of each month [kWh/m²]."""
        sums = self.hourly["ghi"].groupby(self.hourly.index.month).sum() / 1000.0
        return tuple(float(v) for v in sums)

    def monthly_mean_temp_c(self) -> tuple[float, ...]:
        """Mean air temperature of each month [°C]."""
        means = self.hourly["temp_air"].groupby(self.hourly.index.month).mean()
        return tuple(float(v) for v in means)

    @property
    def annual_ghi_kwh_m2(self) -> float:
        """Global horizontal irradiation of the year [kWh/m²]."""
        return float(self.hourly["ghi"].sum()) / 1000.0


def check_values(frame: pd.DataFrame, *, origin: str, first_line: int | None = None) -> None:
    """Refuse missing, non-finite or out-of-range values, naming the column and the row.

    ``first_line`` is the file line of the first row when the frame comes from a text file,
    so that the message points to the line to fix; otherwise the hour is named.
    """
    for column in COLUMNS:
        values = frame[column].to_numpy(dtype=float)
        low, high = PHYSICAL_LIMITS[column]
        with np.errstate(invalid="ignore"):
            bad = ~np.isfinite(values) | (values < low) | (values > high)
        if bad.any():
            row = int(np.flatnonzero(bad)[0])
            where = _where(frame, row, first_line)
            value = values[row]
            problem = (
                "valeur manquante"
                if not np.isfinite(value)
                else f"valeur {value:g} hors de l'intervalle plausible [{low:g} ; {high:g}]"
            )
            raise WeatherError(
                f"{origin} : {problem} pour {COLUMN_LABELS[column]} ({column}), {where}"
                f" ({int(bad.sum())} valeur(s) en cause).",
                field=column,
            )


def _where(frame: pd.DataFrame, row: int, first_line: int | None) -> str:
    if first_line is not None:
        return f"ligne {first_line + row}"
    stamp = frame.index[row]
    if isinstance(stamp, pd.Timestamp):
        return f"heure {stamp:%d/%m %H:%M} UTC"
    return f"rang {row + 1}"


def redate(index: pd.DatetimeIndex, *, origin: str) -> pd.DatetimeIndex:
    """Move UTC time stamps of any years onto :data:`REFERENCE_YEAR` (month, day, hour kept).

    A typical year is circular, so an hour that UTC conversion pushed into the previous or
    next year simply takes its place in the reference year.
    """
    if index.tz is None:
        raise WeatherError(f"{origin} : les heures n'indiquent pas leur fuseau horaire.")
    utc = index.tz_convert("UTC")
    if ((utc.month == 2) & (utc.day == 29)).any():
        raise WeatherError(
            f"{origin} : le 29 février est présent ; une année type compte 365 jours."
        )
    if (utc.minute != 0).any() or (utc.second != 0).any():
        raise WeatherError(f"{origin} : les heures doivent tomber sur des heures pleines (UTC).")
    parts = pd.DataFrame(
        {"year": REFERENCE_YEAR, "month": utc.month, "day": utc.day, "hour": utc.hour}
    )
    return pd.DatetimeIndex(pd.to_datetime(parts, utc=True))


def assemble(
    frame: pd.DataFrame,
    *,
    site: Site,
    source: str,
    synthetic: bool,
    time_offset_min: float,
) -> TypicalYear:
    """Re-date ``frame`` (any tz-aware hourly index), sort it and build the :class:`TypicalYear`.

    Missing or doubled hours after re-dating are reported with the first hour concerned.
    """
    data = frame.loc[:, list(COLUMNS)].astype(float)
    data.index = redate(pd.DatetimeIndex(data.index), origin=source)
    data = data.sort_index()
    expected = reference_hours()
    if data.index.has_duplicates:
        stamp = data.index[data.index.duplicated()][0]
        raise WeatherError(f"{source} : l'heure {stamp:%d/%m %H:%M} UTC figure deux fois.")
    missing = expected.difference(data.index)
    if len(missing):
        raise WeatherError(
            f"{source} : {len(missing)} heure(s) manquante(s), "
            f"dont le {missing[0]:%d/%m à %H:%M} UTC."
        )
    return TypicalYear(
        site=site,
        hourly=data,
        source=source,
        synthetic=synthetic,
        time_offset_min=time_offset_min,
    )
