"""Sun position and clear-sky irradiance on façades for one day, at the city's coordinates.

Why: sizing an overhang needs the sun's height at solar noon on the solstices, and the summer
screening needs the irradiance of each façade hour by hour on a hot clear day. Everything is
computed offline with pvlib: solar position by the NREL SPA (Reda & Andreas 2004, pvlib
``get_solarposition``), clear sky by Ineichen & Perez (2002) with the Linke turbidity
climatology of Remund et al. (2003) shipped with pvlib, sky diffuse on a tilted plane by
Perez et al. (1990) split into its components (isotropic, circumsolar, horizon band), ground
reflection with an albedo of 0.2 (as :mod:`calculators.solar`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt
import pandas as pd
from pvlib import atmosphere, irradiance, solarposition
from pvlib.location import Location

from calculators.solar.parameters import DEFAULT_ALBEDO
from calculators.solar.weather.year import Site

FloatArray = npt.NDArray[np.float64]

HOURS_PER_DAY = 24.0


def location(site: Site) -> Location:
    """The pvlib location of ``site`` (coordinates checked by :class:`Site`)."""
    return Location(site.latitude_deg, site.longitude_deg, altitude=site.altitude_m)


def noon_elevation_deg(site: Site, day: date) -> float:
    """Apparent sun elevation at solar noon (transit) of ``day`` [°], refraction included."""
    midnight = pd.DatetimeIndex([pd.Timestamp(day)], tz="UTC")
    transit = solarposition.sun_rise_set_transit_spa(
        midnight, site.latitude_deg, site.longitude_deg
    )["transit"]
    position = location(site).get_solarposition(pd.DatetimeIndex(transit))
    return float(position["apparent_elevation"].iloc[0])


def day_instants(day: date, steps: int) -> pd.DatetimeIndex:
    """``steps`` instants evenly spread over ``day`` (UTC), each in the middle of its step."""
    step = pd.Timedelta(days=1) / steps
    return pd.date_range(pd.Timestamp(day, tz="UTC") + step / 2, periods=steps, freq=step)


def solar_hours(times: pd.DatetimeIndex, longitude_deg: float) -> FloatArray:
    """Local apparent solar time of each instant [h, 0–24], from pvlib's hour angle."""
    doy = times.day_of_year.to_numpy()
    eot = solarposition.equation_of_time_spencer71(doy)
    angle = np.asarray(solarposition.hour_angle(times, longitude_deg, eot), dtype=float)
    hours: FloatArray = np.mod(12.0 + angle / 15.0, HOURS_PER_DAY)
    return hours


@dataclass(frozen=True)
class PlaneIrradiance:
    """Clear-sky irradiance components on one plane at each instant [W/m²].

    ``beam``: direct; ``circumsolar``: Perez circumsolar (behaves as beam for masks);
    ``sky``: isotropic + horizon band; ``ground``: reflected by the ground.
    """

    tilt_deg: float
    azimuth_deg: float
    beam: FloatArray
    circumsolar: FloatArray
    sky: FloatArray
    ground: FloatArray

    @property
    def total(self) -> FloatArray:
        """Global irradiance on the plane [W/m²]."""
        total: FloatArray = self.beam + self.circumsolar + self.sky + self.ground
        return total


@dataclass(frozen=True)
class ClearDay:
    """Sun and clear sky of one day: instants (UTC), solar hour, sun elevation and azimuth
    [°], and the horizontal irradiances GHI, DNI, DHI [W/m²]."""

    site: Site
    times: pd.DatetimeIndex
    solar_hour: FloatArray
    elevation_deg: FloatArray
    azimuth_deg: FloatArray
    ghi: FloatArray
    dni: FloatArray
    dhi: FloatArray
    zenith_deg: FloatArray
    airmass: FloatArray
    dni_extra: FloatArray

    @property
    def step_h(self) -> float:
        """Duration of one step [h]."""
        return HOURS_PER_DAY / len(self.times)

    def on_plane(self, tilt_deg: float, azimuth_deg: float) -> PlaneIrradiance:
        """Irradiance components on a plane (tilt from horizontal, azimuth from north) [W/m²]."""
        aoi = irradiance.aoi(tilt_deg, azimuth_deg, self.zenith_deg, self.azimuth_deg)
        beam = np.maximum(self.dni * np.cos(np.radians(aoi)), 0.0)
        parts = irradiance.perez(
            tilt_deg,
            azimuth_deg,
            self.dhi,
            self.dni,
            self.dni_extra,
            self.zenith_deg,
            self.azimuth_deg,
            self.airmass,
            return_components=True,
        )
        ground = irradiance.get_ground_diffuse(tilt_deg, self.ghi, albedo=DEFAULT_ALBEDO)
        circumsolar = np.nan_to_num(np.asarray(parts["poa_circumsolar"], dtype=float))
        diffuse = np.nan_to_num(np.asarray(parts["poa_sky_diffuse"], dtype=float))
        return PlaneIrradiance(
            tilt_deg,
            azimuth_deg,
            np.nan_to_num(beam),
            circumsolar,
            np.maximum(diffuse - circumsolar, 0.0),
            np.nan_to_num(np.asarray(ground, dtype=float)),
        )


def clear_day(site: Site, day: date, steps: int = 48) -> ClearDay:
    """Sun and Ineichen–Perez clear sky over ``day`` at ``site`` (``steps`` per day)."""
    times = day_instants(day, steps)
    place = location(site)
    sun = place.get_solarposition(times)
    sky = place.get_clearsky(times, model="ineichen")
    zenith = sun["apparent_zenith"].to_numpy(dtype=float)
    airmass = np.asarray(atmosphere.get_relative_airmass(zenith), dtype=float)
    return ClearDay(
        site=site,
        times=times,
        solar_hour=solar_hours(times, site.longitude_deg),
        elevation_deg=sun["apparent_elevation"].to_numpy(dtype=float),
        azimuth_deg=sun["azimuth"].to_numpy(dtype=float),
        ghi=sky["ghi"].to_numpy(dtype=float),
        dni=sky["dni"].to_numpy(dtype=float),
        dhi=sky["dhi"].to_numpy(dtype=float),
        zenith_deg=zenith,
        airmass=airmass,
        dni_extra=np.asarray(irradiance.get_extra_radiation(times), dtype=float),
    )


def profile_angle_deg(
    elevation_deg: FloatArray, sun_azimuth_deg: FloatArray, facade_azimuth_deg: float
) -> FloatArray:
    """Profile (shadow) angle on a vertical façade [°]: tan Ω = tan α / cos(γs − γf).

    The angle, in the vertical plane normal to the façade, under which a horizontal overhang
    edge casts its shadow; NaN when the sun is behind the façade or below the horizon.
    """
    relative = np.radians(np.asarray(sun_azimuth_deg, dtype=float) - facade_azimuth_deg)
    elevation = np.radians(np.asarray(elevation_deg, dtype=float))
    facing = (np.cos(relative) > 1e-9) & (elevation > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        angle = np.degrees(np.arctan(np.tan(elevation) / np.cos(relative)))
    result: FloatArray = np.where(facing, angle, np.nan)
    return result
