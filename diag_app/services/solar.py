"""Rooftop PV estimates: the use cases the CLI and the Qt UI share.

:meth:`SolarService.estimate` takes a :class:`SolarRequest` (orientation, size, system, place,
optional weather and horizon files) and returns a :class:`SolarResult`: annual and monthly
production, yield per kWc, loss breakdown and, for comparison, the best orientation from the
orientation grid; :meth:`SolarService.estimate_batch` does many roofs from a CSV file. Nothing
here prints; bad input raises :class:`~diag_app.errors.ValidationError` with a French message
naming the field. Every result names its weather and says it is a « Pré-diagnostic indicatif,
non opposable ».
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from calculators.solar.grid import DESIGN_FIELDS, OrientationGrid
from calculators.solar.parameters import DEFAULT_SYSTEM_LOSSES_PCT, Mounting, Technology
from calculators.solar.pv import LOSS_LABELS, simulate_roof
from calculators.solar.system import RoofFace
from calculators.solar.weather import Site
from diag_app.city.loader import load_city_profile, profile_path
from diag_app.city.profile import CityProfile
from diag_app.services.solar_batch import DISCLAIMER, BatchRequest, BatchResult, estimate_batch
from diag_app.services.weather import (
    WeatherYear,
    city_weather,
    file_weather,
    read_horizon_file,
    solar_input_errors,
    year_at,
)
from diag_app.settings import load_settings
from diag_app.tasks import Progress, no_progress

GRID_CACHE_SIZE = 8
"""Orientation grids kept per service (~0.4 s each to build, ~10 kB): one per place, weather
and system design recently asked for, so repeated answers in the UI are instant."""


@dataclass(frozen=True)
class SolarRequest:
    """One roof face to estimate.

    Angles in degrees (tilt 0 flat to 90 vertical; azimuth from north clockwise, 180 south);
    size as ``peak_power_kwp`` [kWc] or usable ``area_m2`` [m²]; ``system_losses_pct`` [%];
    ``latitude_deg``/``longitude_deg`` default to the city centre; ``weather_file`` replaces
    the city's synthetic year; ``horizon_file`` is a far-horizon profile.
    """

    tilt_deg: float
    azimuth_deg: float
    peak_power_kwp: float | None = None
    area_m2: float | None = None
    latitude_deg: float | None = None
    longitude_deg: float | None = None
    system_losses_pct: float = DEFAULT_SYSTEM_LOSSES_PCT
    mounting: Mounting = Mounting.ON_ROOF
    technology: Technology = Technology.CRYSTALLINE_SILICON
    weather_file: Path | None = None
    horizon_file: Path | None = None


@dataclass(frozen=True)
class LossStep:
    """Energy lost at one step of the chain [kWh/yr] and in % of the energy entering it."""

    key: str
    label: str
    kwh: float
    pct: float


@dataclass(frozen=True)
class OptimalOrientation:
    """Best orientation for the same system and place (no horizon), from the orientation grid."""

    tilt_deg: float
    azimuth_deg: float
    specific_yield_kwh_kwp: float
    annual_kwh: float


@dataclass(frozen=True)
class SolarResult:
    """What one roof face would produce over a typical year (AC, after inverter)."""

    latitude_deg: float
    longitude_deg: float
    tilt_deg: float
    azimuth_deg: float
    peak_power_kwp: float
    mounting: Mounting
    technology: Technology
    system_losses_pct: float
    annual_kwh: float
    specific_yield_kwh_kwp: float
    monthly_kwh: tuple[float, ...]
    poa_irradiation_kwh_m2: float
    reference_kwh: float
    losses: tuple[LossStep, ...]
    losses_total_pct: float
    optimal: OptimalOrientation
    weather_source: str
    attribution: str | None
    horizon_source: str | None
    disclaimer: str = DISCLAIMER

    @property
    def share_of_optimum_pct(self) -> float:
        """This roof's yield in % of the best orientation's."""
        return 100.0 * self.specific_yield_kwh_kwp / self.optimal.specific_yield_kwh_kwp

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (kWh and kWh/kWc to 0.1, percentages to 0.01)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(
            mounting=self.mounting.value,
            technology=self.technology.value,
            annual_kwh=round(self.annual_kwh, 1),
            specific_yield_kwh_kwp=round(self.specific_yield_kwh_kwp, 1),
            monthly_kwh=[round(v, 1) for v in self.monthly_kwh],
            poa_irradiation_kwh_m2=round(self.poa_irradiation_kwh_m2, 1),
            reference_kwh=round(self.reference_kwh, 1),
            losses=[
                {"key": s.key, "label": s.label, "kwh": round(s.kwh, 1), "pct": round(s.pct, 2)}
                for s in self.losses
            ],
            losses_total_pct=round(self.losses_total_pct, 2),
            optimal={
                "tilt_deg": round(self.optimal.tilt_deg, 1),
                "azimuth_deg": round(self.optimal.azimuth_deg, 1),
                "specific_yield_kwh_kwp": round(self.optimal.specific_yield_kwh_kwp, 1),
                "annual_kwh": round(self.optimal.annual_kwh, 1),
                "share_pct": round(self.share_of_optimum_pct, 1),
            },
        )
        return data


class SolarService:
    """Solar estimates for one city profile; keeps its weather and orientation grids warm."""

    def __init__(self, city: CityProfile) -> None:
        self.city = city
        self._grids: OrderedDict[tuple[Any, ...], OrientationGrid] = OrderedDict()

    @classmethod
    def from_settings(cls) -> SolarService:
        """The service for the city profile chosen in the user's settings (Béthune by default)."""
        return cls(load_city_profile(profile_path(load_settings().city_profile)))

    def weather(
        self,
        weather_file: Path | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
    ) -> WeatherYear:
        """The user's weather file when given, else the city's synthetic typical year.

        A file that does not state its place is taken to be at ``latitude``/``longitude``
        (default: the city centre) and the city's typical altitude.
        """
        if not weather_file:
            return city_weather(self.city)
        with solar_input_errors():
            fallback = Site(*self.place(latitude, longitude), self.city.altitude_m)
        return file_weather(weather_file, fallback)

    def place(self, latitude: float | None, longitude: float | None) -> tuple[float, float]:
        """The coordinates given, each defaulting to the city centre's."""
        return (
            self.city.latitude if latitude is None else latitude,
            self.city.longitude if longitude is None else longitude,
        )

    def estimate(self, request: SolarRequest) -> SolarResult:
        """Simulate ``request``'s roof over the typical year at its place."""
        latitude, longitude = self.place(request.latitude_deg, request.longitude_deg)
        horizon = read_horizon_file(request.horizon_file) if request.horizon_file else None
        with solar_input_errors():
            roof = RoofFace(
                tilt_deg=request.tilt_deg,
                azimuth_deg=request.azimuth_deg,
                peak_power_kwp=request.peak_power_kwp,
                area_m2=request.area_m2,
                technology=request.technology,
                mounting=request.mounting,
                system_losses_pct=request.system_losses_pct,
                horizon=horizon.profile if horizon else None,
            )
        weather = self.weather(request.weather_file, latitude, longitude)
        year = year_at(weather, latitude, longitude)
        production = simulate_roof(year, roof)
        best = self._grid(weather, roof, latitude, longitude).optimum()
        shares = production.losses.percentages()
        return SolarResult(
            latitude_deg=latitude,
            longitude_deg=longitude,
            tilt_deg=roof.tilt_deg,
            azimuth_deg=roof.azimuth_deg,
            peak_power_kwp=roof.peak_kwp,
            mounting=roof.mounting,
            technology=roof.technology,
            system_losses_pct=roof.system_losses_pct,
            annual_kwh=production.annual_kwh,
            specific_yield_kwh_kwp=production.specific_yield_kwh_kwp,
            monthly_kwh=production.monthly_kwh,
            poa_irradiation_kwh_m2=production.poa_irradiation_kwh_m2,
            reference_kwh=production.losses.reference_kwh,
            losses=tuple(
                LossStep(key, label, getattr(production.losses, f"{key}_kwh"), shares[key])
                for key, label in LOSS_LABELS
            ),
            losses_total_pct=production.losses.total_pct,
            optimal=OptimalOrientation(
                best.tilt_deg,
                best.azimuth_deg,
                best.specific_yield_kwh_kwp,
                best.specific_yield_kwh_kwp * roof.peak_kwp,
            ),
            weather_source=weather.label,
            attribution=weather.attribution,
            horizon_source=horizon.label if horizon else None,
        )

    def estimate_batch(
        self, request: BatchRequest, progress: Progress = no_progress
    ) -> BatchResult:
        """Every roof of a CSV file into a result CSV (see :mod:`.solar_batch`); cancellable."""
        return estimate_batch(lambda: self.weather(request.weather_file), request, progress)

    def _grid(
        self, weather: WeatherYear, roof: RoofFace, latitude: float, longitude: float
    ) -> OrientationGrid:
        """The orientation grid of this weather, place and design (built once, then reused)."""
        design = tuple(getattr(roof, name) for name in DESIGN_FIELDS)
        key = (weather.key, round(latitude, 4), round(longitude, 4), design)
        grid = self._grids.get(key)
        if grid is None:
            grid = OrientationGrid.build(year_at(weather, latitude, longitude), roof)
            self._grids[key] = grid
            if len(self._grids) > GRID_CACHE_SIZE:
                self._grids.popitem(last=False)
        self._grids.move_to_end(key)
        return grid
