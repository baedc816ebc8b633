"""Rooftop PV of the dwelling: every roof face, then 2–3 sizes compared for self-consumption.

Why: with the surplus bought at a few cents, the right size is the one the household uses,
not the largest the roof takes. Each face is simulated once at the most it can hold (AC output
of the PVWatts chain is proportional to the peak power for a given orientation: the inverter
is sized from it), so a size is a mix of faces at no extra cost. A size fills the best face
first (highest kWh/kWc), then the next. For each size: hourly matching with the household's
load (battery and PV router as wished), then the dated economics; the recommended size is the
one with the best 20-year net present value (the smaller one on a tie).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from calculators.solar.errors import SolarError
from calculators.solar.horizon import HorizonProfile
from calculators.solar.pv import simulate_roof
from calculators.solar.system import RoofFace
from calculators.solar.weather import TypicalYear
from diag_app.errors import ValidationError
from diag_app.services.new_energies_request import RoofInput
from diag_app.tasks import Progress

FloatArray = npt.NDArray[np.float64]

MAX_SELF_CONSUMPTION_KWC = 9.0
"""Largest size compared: the « ≤ 9 kWc » segment of the surplus tariff (arrêté du 6 octobre
2021 « S21 », as modified on 26 March 2025), the household segment of the economics data."""

SIZE_STEP_KWC = 0.1
"""A roof's largest size is floored to this step [kWc] (a module is ~0.4–0.5 kWc)."""


@dataclass(frozen=True)
class FaceResult:
    """One roof face at the most it holds: ``max_kwp`` [kWc], yearly and monthly AC [kWh]."""

    name: str
    tilt_deg: float
    azimuth_deg: float
    max_kwp: float
    annual_kwh: float
    specific_yield_kwh_kwp: float
    monthly_kwh: tuple[float, ...]
    with_horizon: bool


@dataclass(frozen=True, eq=False)
class FaceRun:
    """A face's result and its hourly output per installed kWc [kWh/h per kWc]."""

    result: FaceResult
    hourly_kwh_per_kwp: FloatArray


@contextmanager
def roof_errors(roof: RoofInput) -> Iterator[None]:
    """A calculator's refusal of a face, re-raised naming the face's JSON path."""
    try:
        yield
    except SolarError as exc:
        message = f"Pan « {roof.name} » ({roof.path}) : {exc.message}"
        raise ValidationError(message, field=roof.path) from exc


def simulate_faces(
    year: TypicalYear, roofs: Sequence[RoofInput], progress: Progress
) -> list[FaceRun]:
    """Each face's production over the typical year, at its largest size."""
    runs = []
    for number, roof in enumerate(roofs):
        progress(number / len(roofs), f"Production photovoltaïque du pan « {roof.name} »")
        with roof_errors(roof):
            horizon = HorizonProfile.from_points(roof.horizon) if roof.horizon else None
            face = RoofFace(
                roof.tilt_deg,
                roof.azimuth_deg,
                peak_power_kwp=roof.peak_power_kwp,
                area_m2=roof.area_m2,
                mounting=roof.mounting,
                horizon=horizon,
            )
        production = simulate_roof(year, face)
        kwp = face.peak_kwp
        hourly = production.hourly_ac_kw.to_numpy(dtype=float)
        runs.append(
            FaceRun(
                FaceResult(
                    name=roof.name,
                    tilt_deg=roof.tilt_deg,
                    azimuth_deg=roof.azimuth_deg,
                    max_kwp=kwp,
                    annual_kwh=production.annual_kwh,
                    specific_yield_kwh_kwp=production.specific_yield_kwh_kwp,
                    monthly_kwh=production.monthly_kwh,
                    with_horizon=horizon is not None,
                ),
                hourly / kwp,
            )
        )
    return runs


def candidate_sizes(standard_kwc: Sequence[float], roof_max_kwc: float) -> tuple[float, ...]:
    """The sizes to compare [kWc]: the standard ones that fit, plus the roof's largest
    (floored to 0.1 kWc, capped at 9 kWc) when fewer than three fit and it is larger than
    them; a roof that holds a single size also gets two thirds of it (from 1 kWc), so that
    there is always something to compare."""
    largest = min(roof_max_kwc, MAX_SELF_CONSUMPTION_KWC)
    largest = round(float(np.floor(largest / SIZE_STEP_KWC + 1e-6)) * SIZE_STEP_KWC, 2)
    sizes = sorted({round(s, 2) for s in standard_kwc if s <= largest + 1e-9})
    if largest >= SIZE_STEP_KWC and len(sizes) < 3 and (not sizes or largest > sizes[-1]):
        sizes.append(largest)
    if len(sizes) == 1 and sizes[0] >= 1.0:
        sizes.insert(0, round(sizes[0] * 2 / 3, 1))
    return tuple(sizes)


def allocate(runs: Sequence[FaceRun], size_kwc: float) -> tuple[tuple[str, float], ...]:
    """How ``size_kwc`` spreads over the faces: best yield first, each up to its largest."""
    left = size_kwc
    shares = []
    for run in sorted(runs, key=lambda r: -r.result.specific_yield_kwh_kwp):
        share = min(left, run.result.max_kwp)
        if share > 1e-9:
            shares.append((run.result.name, share))
        left -= share
    return tuple(shares)


def hourly_production(runs: Sequence[FaceRun], shares: Sequence[tuple[str, float]]) -> FloatArray:
    """Hourly AC output of an allocation [kWh per hour]."""
    by_name = {run.result.name: run for run in runs}
    total = np.zeros_like(runs[0].hourly_kwh_per_kwp)
    for name, kwp in shares:
        total += kwp * by_name[name].hourly_kwh_per_kwp
    return total
