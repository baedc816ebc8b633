"""The « diagnostic nouvelles énergies » of a dwelling: one use case for the CLI and the UI.

Why: at every building-permit filing the city offers a diagnostic of what the roof and the
house could produce and save — PV sized for self-consumption with its dated economics, a solar
water heater, and the verdicts on a heat pump, wood, a small wind turbine and the heat
network — in kWh and euros, with sources and dates, as a « pré-diagnostic indicatif, non
opposable ».

:func:`diagnose` is long work in the sense of :mod:`diag_app.tasks`: it reports French steps
through ``progress`` and stops with :class:`~diag_app.errors.Cancelled` between them when the
callback raises it; the Qt UI runs :meth:`NewEnergiesService.task` in its task runner, the CLI
prints the steps on stderr. Nothing here prints. Bad input raises
:class:`~diag_app.errors.ValidationError` naming the JSON path or the field.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from calculators.dpe.rules import RulesError
from calculators.solar.data import UNCHECKED
from calculators.solar.errors import SolarError
from calculators.solar.load_profile import COMPONENT_LABELS
from diag_app import __version__
from diag_app.city.loader import load_city_profile, profile_path
from diag_app.city.profile import CityProfile
from diag_app.errors import ValidationError
from diag_app.services import new_energies_options as options_
from diag_app.services.new_energies_defaults import pv_sizes
from diag_app.services.new_energies_format import number_fr
from diag_app.services.new_energies_hot_water import solar_hot_water
from diag_app.services.new_energies_needs import HeatNeed, heating_need
from diag_app.services.new_energies_pv import (
    FaceRun,
    FloatArray,
    allocate,
    candidate_sizes,
    hourly_production,
    simulate_faces,
)
from diag_app.services.new_energies_reader import read_request_file
from diag_app.services.new_energies_request import ENERGIES, NewEnergiesRequest
from diag_app.services.new_energies_result import DwellingSummary, NewEnergiesResult, PvSection
from diag_app.services.new_energies_sizing import evaluate_size, household_setup, tariff_lines
from diag_app.services.new_energies_text import recommendation_text
from diag_app.services.weather import WeatherYear, city_weather, file_weather, year_at
from diag_app.settings import load_settings
from diag_app.tasks import Progress, Task, no_progress, scaled

FLAT_WITHOUT_ROOF = (
    "Appartement sans pan de toiture décrit : photovoltaïque individuel non évalué "
    "(autoconsommation collective à étudier avec le bailleur ou la copropriété)."
)


@contextmanager
def calculator_errors() -> Iterator[None]:
    """The calculators' refusals (``ValueError`` subclasses with a French message and a
    field) as :class:`ValidationError`, shown like any input error."""
    try:
        yield
    except (SolarError, RulesError) as exc:
        raise ValidationError(exc.message, field=exc.field) from exc


def diagnose(
    request: NewEnergiesRequest,
    city: CityProfile,
    weather: WeatherYear,
    progress: Progress = no_progress,
    today: date | None = None,
) -> NewEnergiesResult:
    """Run the whole diagnostic of ``request`` in ``city`` over the typical year ``weather``."""
    at = request.at or today or date.today()
    dwelling = request.dwelling
    with calculator_errors():
        progress(0.0, "Année météo au lieu du logement")
        latitude = city.latitude if dwelling.latitude_deg is None else dwelling.latitude_deg
        longitude = city.longitude if dwelling.longitude_deg is None else dwelling.longitude_deg
        year = year_at(weather, latitude, longitude)
        need = heating_need(dwelling)
        runs = simulate_faces(year, request.roofs, scaled(progress, 0.05, 0.35))
        pv = _pv(runs, request, need, year.hourly["temp_air"].to_numpy(dtype=float), at, progress)
        progress(0.75, "Chauffe-eau solaire")
        water = solar_hot_water(year, dwelling, runs, request.options, at)
        progress(0.85, "Pompe à chaleur et chauffage au bois")
        verdicts = [
            options_.heat_pump(dwelling, city, need),
            options_.wood(dwelling, city, need, request.options, at),
        ]
        progress(0.92, "Petite éolienne et réseau de chaleur")
        verdicts += [
            options_.small_wind(dwelling, city, year, at),
            options_.heat_network(dwelling, city, at),
        ]
    progress(1.0, "Diagnostic terminé")
    summary = DwellingSummary(
        description=(
            f"{dwelling.kind.label}, {number_fr(dwelling.surface_m2)} m², "
            f"{dwelling.occupants} occupant(s)"
        ),
        district=dwelling.district,
        heating=_energy_text(dwelling.heating.energy, dwelling.heating.collective)
        + f", {dwelling.heating.generator.label}",
        hot_water=_energy_text(dwelling.hot_water.energy, dwelling.hot_water.collective),
        heating_need_kwh=need.kwh,
        heating_need_basis=need.basis,
    )
    sections: list[Sequence[str]] = [
        water.sources,
        *(v.sources for v in verdicts),
        *(v.notes for v in verdicts),
        [v.describe() for v in need.used],
    ]
    if pv is not None:
        sections += [pv.tariffs, pv.sources]
    unchecked = [line for lines in sections for line in lines if UNCHECKED in line]
    if "à vérifier" in weather.label:
        unchecked.insert(0, f"Météo : {weather.label}")
    return NewEnergiesResult(
        at=at,
        city=city.name,
        dwelling=summary,
        weather_source=weather.label,
        attribution=weather.attribution,
        pv=pv,
        pv_absent_reason=None if pv is not None else FLAT_WITHOUT_ROOF,
        solar_hot_water=water,
        options=tuple(verdicts),
        to_verify=tuple(dict.fromkeys(unchecked)),
        engine_version=f"diag-app {__version__}",
    )


def _pv(
    runs: Sequence[FaceRun],
    request: NewEnergiesRequest,
    need: HeatNeed,
    temp_air_c: FloatArray,
    at: date,
    progress: Progress,
) -> PvSection | None:
    """Sizes compared for the household's self-consumption; None without any roof face."""
    if not runs:
        return None
    progress(0.35, "Consommation du foyer heure par heure")
    setup = household_setup(request.dwelling, request.options, need, temp_air_c)
    max_kwp = sum(run.result.max_kwp for run in runs)
    standard, sizes_source = pv_sizes()
    sizes = candidate_sizes(standard, max_kwp)
    if not sizes:
        raise ValidationError(
            f"Les pans de toiture décrits n'accueillent que {number_fr(max_kwp, 2)} kWc : "
            "trop peu pour une installation photovoltaïque (0,1 kWc au moins).",
            field="pans_de_toiture",
        )
    results = []
    for index, kwp in enumerate(sizes):
        progress(
            0.4 + 0.3 * index / len(sizes),
            f"Autoconsommation et économie : {number_fr(kwp, 1)} kWc",
        )
        shares = allocate(runs, kwp)
        results.append(
            evaluate_size(hourly_production(runs, shares), shares, setup, request.options, at)
        )
    best, money = max(
        results,
        key=lambda pair: (round(pair[0].economics.central.npv_20y_eur, 2), -pair[0].peak_kwp),
    )
    without = None
    if setup.battery is not None:
        shares = allocate(runs, best.peak_kwp)
        without, _ = evaluate_size(
            hourly_production(runs, shares), shares, setup, request.options, at, with_battery=False
        )
    notes = [*setup.notes, *(n for n in money.notes if not n.startswith("Valeur à vérifier"))]
    annual = sum(run.result.annual_kwh for run in runs)
    return PvSection(
        faces=tuple(run.result for run in runs),
        max_kwp=max_kwp,
        annual_kwh=annual,
        specific_yield_kwh_kwp=annual / max_kwp,
        monthly_kwh=tuple(sum(run.result.monthly_kwh[m] for run in runs) for m in range(12)),
        consumption_by_use_kwh={
            COMPONENT_LABELS[name]: kwh for name, kwh in setup.load.annual_kwh().items()
        },
        sizes=tuple(result for result, _ in results),
        recommended_kwp=best.peak_kwp,
        recommendation=recommendation_text(best),
        recommended_without_battery=without,
        tariffs=tuple(tariff_lines(money.rules, request.options.electricity_eur_kwh is not None)),
        notes=tuple(dict.fromkeys(notes)),
        sources=(f"Tailles comparées : {sizes_source.cite()}", *setup.sources),
    )


def _energy_text(energy: str, collective: bool) -> str:
    return ENERGIES[energy] + (" (collectif)" if collective else "")


class NewEnergiesService:
    """The diagnostic for one city profile (Béthune by default)."""

    def __init__(self, city: CityProfile) -> None:
        self.city = city

    @classmethod
    def from_settings(cls) -> NewEnergiesService:
        """The service for the city profile chosen in the user's settings."""
        return cls(load_city_profile(profile_path(load_settings().city_profile)))

    def read_request(self, path: Path) -> NewEnergiesRequest:
        """Read and check a JSON request (districts checked against the city's)."""
        return read_request_file(path, self.city.districts)

    def weather(self, weather_file: Path | None) -> WeatherYear:
        """The user's weather file when given, else the city's synthetic typical year."""
        return file_weather(weather_file) if weather_file else city_weather(self.city)

    def run(
        self,
        request: NewEnergiesRequest,
        weather_file: Path | None = None,
        progress: Progress = no_progress,
    ) -> NewEnergiesResult:
        """Read the weather, then :func:`diagnose`."""
        progress(0.0, "Lecture de la météo")
        return diagnose(request, self.city, self.weather(weather_file), progress)

    def task(
        self, request: NewEnergiesRequest, weather_file: Path | None = None
    ) -> Task[NewEnergiesResult]:
        """The diagnostic as a task for ``diag_app.ui.tasks.TaskRunner``."""
        return lambda progress: self.run(request, weather_file, progress)
