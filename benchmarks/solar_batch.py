"""Speed and memory of the solar batch, against one pvlib ModelChain per roof.

Run alone with ``python -m benchmarks.solar_batch`` (``--help`` for smaller sizes) or through
``python -m benchmarks``, which collects :func:`run`. Each row is
``{"name", "value", "unit", "baseline", "ratio"}`` plus ``target`` when there is one (stay
under it). ``baseline`` is a reference measured in the same run: one pvlib ModelChain per
roof (times), the direct single-roof chain (grid answer), one chunk of roofs (memory);
the speed-up row's baseline is the 50× target. ``ratio`` = value / baseline. Memory is the
tracemalloc peak while building and computing the roofs (numpy buffers are traced; the
roof objects themselves, ~0.5 kB each, dominate at 100,000 roofs).

Weather: the PVGIS reference year in ``../shared/data/weather`` when present, otherwise a
synthetic year (speed does not depend on which).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import pvlib
from pvlib.modelchain import ModelChain
from pvlib.pvsystem import PVSystem

from calculators.solar.batch import DEFAULT_CHUNK_SIZE, simulate_roofs
from calculators.solar.grid import OrientationGrid
from calculators.solar.pv import simulate_roof
from calculators.solar.sun_sky import SkyHours, prepare_sky
from calculators.solar.system import RoofFace
from calculators.solar.weather import (
    MonthlyClimate,
    Site,
    TypicalYear,
    read_weather_file,
    synthetic_year,
)

REFERENCE_FILE = (
    Path(__file__).resolve().parents[2] / "shared/data/weather/tmy_50.811_3.310_2005_2020.csv"
)
LOSS_KEYS = (
    "soiling",
    "shading",
    "snow",
    "mismatch",
    "wiring",
    "connections",
    "lid",
    "nameplate_rating",
    "age",
    "availability",
)
"""Inputs of :func:`pvlib.pvsystem.pvwatts_losses`; all but one set to 0 to get the flat loss."""
TARGET_SPEEDUP = 50.0
TARGET_BATCH_S = 20.0
TARGET_ANSWER_MS = 100.0
TARGET_MEMORY_MB = 2048.0


def weather_year() -> TypicalYear:
    """The reference year if available, else a synthetic one for Béthune-like figures."""
    if REFERENCE_FILE.exists():
        return read_weather_file(REFERENCE_FILE)
    climate = MonthlyClimate(
        ghi_kwh_m2=(25, 40, 75, 120, 150, 155, 155, 135, 95, 60, 30, 20),
        temp_air_c=(4, 4.5, 7.5, 10, 13.5, 16.5, 18.5, 18.5, 15.5, 12, 7.5, 4.5),
        source="valeurs d'ordre de grandeur pour le banc d'essai (pas une donnée de référence)",
    )
    return synthetic_year(Site(50.53, 2.64, 25.0), climate)


def random_roofs(count: int, seed: int = 1) -> list[RoofFace]:
    """Roof faces of random orientation and size (1–9 kWc), reproducible."""
    rng = np.random.default_rng(seed)
    tilts, azimuths = rng.uniform(0, 90, count), rng.uniform(0, 360, count)
    sizes = rng.uniform(1, 9, count)
    return [
        RoofFace(float(t), float(a), peak_power_kwp=float(p))
        for t, a, p in zip(tilts, azimuths, sizes, strict=True)
    ]


def modelchain_kwh(year: TypicalYear, roof: RoofFace) -> float:
    """One roof through a pvlib ModelChain configured like the chain (the slow way)."""
    site = year.site
    system = PVSystem(
        surface_tilt=roof.tilt_deg,
        surface_azimuth=roof.azimuth_deg,
        albedo=roof.albedo,
        module_parameters={"pdc0": roof.peak_kwp * 1000.0, "gamma_pdc": roof.gamma_pdc_per_k},
        temperature_model_parameters={"u0": roof.faiman.u0_w_m2k, "u1": roof.faiman.u1_ws_m3k},
        inverter_parameters={
            "pdc0": roof.inverter_dc_limit_w,
            "eta_inv_nom": roof.inverter_efficiency,
        },
        losses_parameters=dict.fromkeys(LOSS_KEYS, 0.0) | {"soiling": roof.system_losses_pct},
    )
    location = pvlib.location.Location(
        site.latitude_deg, site.longitude_deg, altitude=site.altitude_m
    )
    chain = ModelChain(
        system,
        location,
        transposition_model="perez",
        aoi_model="martin_ruiz",
        spectral_model="no_loss",
        temperature_model="faiman",
        losses_model="pvwatts",
    )
    chain.run_model(year.hourly.set_axis(year.solar_times))
    return float(pd.Series(chain.results.ac).fillna(0.0).sum()) / 1000.0


def _row(
    name: str, value: float, unit: str, baseline: float, target: float | None = None
) -> dict[str, object]:
    row: dict[str, object] = {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 4),
    }
    if target is not None:
        row["target"] = round(target, 4)
    return row


def _peak_mb(count: int, sky: SkyHours) -> float:
    """tracemalloc peak [Mo] while building ``count`` roofs and computing them (numpy buffers
    are traced; the weather and the sky arrays, made before, are not counted)."""
    tracemalloc.start()
    simulate_roofs(sky, random_roofs(count, seed=3))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def run(
    roofs: int = 10_000, memory_roofs: int = 100_000, modelchain_roofs: int = 20
) -> list[dict[str, object]]:
    """Measure and return the benchmark rows (see the module docstring)."""
    year = weather_year()
    sample = random_roofs(modelchain_roofs, seed=2)
    start = time.perf_counter()
    for roof in sample:
        modelchain_kwh(year, roof)
    modelchain_ms = (time.perf_counter() - start) / len(sample) * 1000.0

    batch = random_roofs(roofs)
    start = time.perf_counter()
    simulate_roofs(year, batch)
    batch_s = time.perf_counter() - start
    batch_ms = batch_s / roofs * 1000.0

    start = time.perf_counter()
    sky = prepare_sky(year)
    grid = OrientationGrid.build(sky)
    grid_s = time.perf_counter() - start
    probe = RoofFace(32.0, 197.0, peak_power_kwp=4.5)
    start = time.perf_counter()
    simulate_roof(year, probe)
    direct_ms = (time.perf_counter() - start) * 1000.0
    answers = 1000
    start = time.perf_counter()
    for _ in range(answers):
        grid.annual_kwh(probe)
    answer_ms = (time.perf_counter() - start) / answers * 1000.0

    one_chunk_mb = _peak_mb(DEFAULT_CHUNK_SIZE, sky)
    many_mb = _peak_mb(memory_roofs, sky)
    grid_roofs = grid.specific_yield_kwh_kwp[:, :-1].size
    return [
        _row(
            "Solaire, lot : temps par toiture",
            batch_ms,
            "ms",
            modelchain_ms,
            target=modelchain_ms / TARGET_SPEEDUP,
        ),
        _row(
            "Solaire, lot : accélération / une ModelChain par toiture",
            modelchain_ms / batch_ms,
            "×",
            TARGET_SPEEDUP,
        ),
        _row(
            f"Solaire, lot : {roofs} toitures",
            batch_s,
            "s",
            modelchain_ms * roofs / 1000.0,
            target=TARGET_BATCH_S,
        ),
        _row(
            f"Solaire, grille : construction ({grid_roofs} orientations)",
            grid_s,
            "s",
            modelchain_ms * grid_roofs / 1000.0,
        ),
        _row(
            "Solaire, grille : réponse pour une toiture",
            answer_ms,
            "ms",
            direct_ms,
            target=TARGET_ANSWER_MS,
        ),
        _row(
            f"Solaire, lot : mémoire de pointe, {memory_roofs} toitures",
            many_mb,
            "Mo",
            one_chunk_mb,
            target=TARGET_MEMORY_MB,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the rows as an aligned table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roofs", type=int, default=10_000)
    parser.add_argument("--memory-roofs", type=int, default=100_000)
    parser.add_argument("--modelchain-roofs", type=int, default=20)
    args = parser.parse_args(argv)
    missed = False
    for row in run(args.roofs, args.memory_roofs, args.modelchain_roofs):
        target = row.get("target")
        verdict = ""
        if target is not None:
            met = float(row["value"]) < float(target)  # type: ignore[arg-type]
            missed = missed or not met
            verdict = f", cible < {target} : {'atteinte' if met else 'MANQUÉE'}"
        print(
            f"{row['name']:<58} {row['value']:>12} {row['unit']:<3} "
            f"(référence {row['baseline']}, rapport {row['ratio']}{verdict})"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
