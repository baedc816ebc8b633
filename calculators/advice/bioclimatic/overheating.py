"""Summer comfort screening: the indoor temperature of a zone over a repeated hot clear day.

**A screening, not a dynamic simulation.** It answers « is this design likely to overheat on
a sunny hot day, and which lever matters? » — not the RE 2020 degree-hours (DH), which the
thermal engineer computes over a whole year with a heat wave (Th-BCE 2020).

Method — a daily heat balance solved in periodic steady state (the hot day of
:mod:`.hot_day` repeated until the building has forgotten its initial state):

- one indoor node (air and surfaces together, close to the operative temperature), plus the
  air heat capacity 0.34 Wh/(m³·K) × volume;
- opaque elements: EN ISO 13786 transfer matrices at every harmonic of the day (periods 24 h,
  12 h, 8 h…): heat entering the room qi = A·(θsa/M12 − M11/M12·θi), which carries each
  wall's time lag, damping and internal mass. θsa is the sol-air temperature
  θe + Rse·(α·I − F·hr·Δθer), NF EN ISO 13790 § 11.4 (F = (1 + cos β)/2 toward the sky);
- internal masses (slabs, partitions): their admittance from the same matrices, far face
  adiabatic;
- windows: conduction Uw·A·(θe − θi) and solar gains A·Sw·Fc·(beam and circumsolar × sunlit
  share under the overhang + sky diffuse × sky view ratio + ground reflection), injected in
  the node (no slab absorbs them first: a cautious simplification); mobile protections are
  lowered (factor Fc) when the window receives more than the threshold of the data;
- ventilation: hygiene rate all day, plus the windows opened whenever it is cooler outside
  than inside (mostly evenings and nights), at the rate the layout allows (none, one façade,
  through) — a conductance varying in time, hence a direct solve in the time domain: the
  admittances become a circulant (convolution) matrix over the day's N steps, and
  (C + diag(Hve(t)))·θi = Σ transmitted fluxes + (Hw + Hve(t))·θe + gains, one N × N system,
  solved again until the opening schedule no longer changes.

The verdict compares the indoor temperature with the RE 2020 comfort temperature (26 °C at
night, 28 °C by day on a hot day; arrêté du 4 août 2021): « confortable » below it all day,
« vigilance » up to 2 K above, « surchauffe probable » beyond — an order of magnitude, not
the regulation's indicator.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from calculators.advice.bioclimatic.data import rule, rule_source
from calculators.advice.bioclimatic.hot_day import HotDay
from calculators.advice.bioclimatic.orientation import Facade
from calculators.advice.bioclimatic.overhang import sky_view_ratio, sunlit_fraction
from calculators.advice.bioclimatic.sun import profile_angle_deg
from calculators.advice.bioclimatic.time_lag import (
    DAY_S,
    ElementKind,
    backed_admittance,
    surface_resistances,
    wall_matrices,
)
from calculators.advice.bioclimatic.zone import SolarProtection, SummerZone, Window
from calculators.dpe.engine.gains import internal_gains_w
from calculators.dpe.engine.hot_water_need import HousingKind, nadeq

FloatArray = npt.NDArray[np.float64]
ComplexArray = npt.NDArray[np.complex128]

SECONDS_PER_HOUR = 3600.0
MAX_AIRING_ITERATIONS = 20
"""Windows open when the outside is cooler; the schedule settles in 2 to 4 solves on the
test projects (the tests check that it settled: open exactly when cooler outside)."""
WH_PER_KWH = 1000.0


class ComfortVerdict(StrEnum):
    """Screening verdict: indoor temperature never above the comfort temperature, up to 2 K
    above it, or more."""

    CONFORTABLE = "confortable"
    VIGILANCE = "vigilance"
    SURCHAUFFE = "surchauffe probable"


@dataclass(frozen=True)
class SummerComfort:
    """Indoor temperature [°C] over the hot day and what drives it.

    ``indoor_c`` at each instant of ``solar_hour``; ``comfort_c`` the comfort temperature of
    each instant (28 °C by day, 26 °C at night); ``degree_hours_c_h`` Σ (θi − comfort)⁺ over
    the day [°C·h] and ``max_exceedance_k`` its peak [K]; ``airing_hours_h`` hours with the
    windows open; gains of the day [kWh] through windows (per façade) and internal.
    """

    indoor_c: FloatArray
    comfort_c: FloatArray
    solar_hour: FloatArray
    max_c: float
    min_c: float
    mean_c: float
    peak_solar_hour: float
    uncomfortable_hours_h: float
    degree_hours_c_h: float
    max_exceedance_k: float
    verdict: ComfortVerdict
    outdoor_max_c: float
    outdoor_min_c: float
    airing_hours_h: float
    window_gains_kwh: dict[Facade, float]
    internal_gains_kwh: float
    sources: tuple[str, ...]

    @property
    def solar_gains_kwh(self) -> float:
        """Solar gains of the day through all windows [kWh]."""
        return sum(self.window_gains_kwh.values())


def summer_comfort(zone: SummerZone, day: HotDay) -> SummerComfort:
    """Periodic indoor temperature of ``zone`` over ``day`` (see module docstring)."""
    steps = len(day.sky.times)
    omegas = 2 * math.pi * np.arange(steps // 2 + 1) / DAY_S
    outdoor = day.outdoor_c
    admittance = np.zeros(omegas.size, dtype=complex)
    transmitted = np.zeros(steps)
    for element in zone.opaque:
        surfaces = surface_resistances(element.kind)
        matrices = wall_matrices(element.layers, omegas, surfaces.rsi_m2k_w, surfaces.rse_m2k_w)
        admittance += element.area_m2 * matrices[:, 0, 0] / matrices[:, 0, 1]
        sol_air = sol_air_c(
            day, outdoor, element.tilt_deg, element.azimuth_deg, element.alpha, surfaces.rse_m2k_w
        )
        spectrum = np.fft.rfft(sol_air) * element.area_m2 / matrices[:, 0, 1]
        transmitted += np.fft.irfft(spectrum, n=steps)
    wall_rsi = surface_resistances(ElementKind.MUR).rsi_m2k_w
    for mass in zone.internal_masses:
        admittance += mass.area_m2 * backed_admittance(mass.layers, omegas, wall_rsi)
    air_j_k = rule("air", "capacite_volumique_wh_m3k") * SECONDS_PER_HOUR * zone.volume_m3
    conduction_w_k = sum(window.area_m2 * window.uw for window in zone.windows)
    admittance += conduction_w_k + 1j * omegas * air_j_k

    window_w = {facade: np.zeros(steps) for facade in Facade}
    for window in zone.windows:
        window_w[window.facade] += window_solar_w(window, day)
    internal_w = _internal_gains_w(zone)
    circulant = _circulant(admittance, steps)
    fixed = transmitted + conduction_w_k * outdoor + sum(window_w.values()) + internal_w
    hygiene_w_k, airing_w_k = _ventilation_w_k(zone)
    airing = np.zeros(steps, dtype=bool)
    for _ in range(MAX_AIRING_ITERATIONS if airing_w_k > 0 else 1):
        used = airing
        ventilation_w_k = hygiene_w_k + np.where(used, airing_w_k, 0.0)
        indoor = np.linalg.solve(
            circulant + np.diag(ventilation_w_k), fixed + ventilation_w_k * outdoor
        )
        airing = outdoor < indoor
        if np.array_equal(airing, used):
            break
    return _result(indoor, day, window_w, internal_w, float(used.sum()) * day.sky.step_h)


def comfort_temperature_c(solar_hour: FloatArray) -> FloatArray:
    """Comfort temperature of each instant [°C]: 26 °C at night, 28 °C by day (RE 2020's
    adaptive bounds, the upper one reached after several hot days)."""
    start = rule("confort_ete", "nuit_debut_h_solaire")
    end = rule("confort_ete", "nuit_fin_h_solaire")
    night = (solar_hour >= start) | (solar_hour < end)
    comfort: FloatArray = np.where(
        night, rule("confort_ete", "seuil_nuit_c"), rule("confort_ete", "seuil_jour_c")
    )
    return comfort


def _result(
    indoor: FloatArray,
    day: HotDay,
    window_w: dict[Facade, FloatArray],
    internal_w: float,
    airing_hours_h: float,
) -> SummerComfort:
    step_h = day.sky.step_h
    comfort = comfort_temperature_c(day.sky.solar_hour)
    excess = indoor - comfort
    worst = float(excess.max())
    verdict = ComfortVerdict.CONFORTABLE
    if worst > rule("confort_ete", "depassement_surchauffe_k"):
        verdict = ComfortVerdict.SURCHAUFFE
    elif worst > 0:
        verdict = ComfortVerdict.VIGILANCE
    return SummerComfort(
        indoor_c=indoor,
        comfort_c=comfort,
        solar_hour=day.sky.solar_hour,
        max_c=float(indoor.max()),
        min_c=float(indoor.min()),
        mean_c=float(indoor.mean()),
        peak_solar_hour=float(day.sky.solar_hour[int(np.argmax(indoor))]),
        uncomfortable_hours_h=float((excess > 0).sum()) * step_h,
        degree_hours_c_h=float(np.clip(excess, 0.0, None).sum()) * step_h,
        max_exceedance_k=max(worst, 0.0),
        verdict=verdict,
        outdoor_max_c=day.max_c,
        outdoor_min_c=day.min_c,
        airing_hours_h=airing_hours_h,
        window_gains_kwh={f: float(w.sum()) * step_h / WH_PER_KWH for f, w in window_w.items()},
        internal_gains_kwh=internal_w * 24.0 / WH_PER_KWH,
        sources=(
            *day.sources,
            rule_source("confort_ete").cite(),
            rule_source("sol_air").cite(),
            rule_source("protections_solaires").cite(),
            rule_source("ventilation").cite(),
        ),
    )


def _circulant(transfer: ComplexArray, steps: int) -> FloatArray:
    """Real N × N matrix applying the transfer function ``transfer`` (one value per harmonic
    0…N/2) to a periodic signal sampled N times a day (a circular convolution)."""
    spectrum = np.fft.rfft(np.eye(steps), axis=0)
    matrix: FloatArray = np.fft.irfft(transfer[:, None] * spectrum, n=steps, axis=0)
    return matrix


def sol_air_c(
    day: HotDay,
    outdoor: FloatArray,
    tilt_deg: float,
    azimuth_deg: float,
    alpha: float,
    rse: float,
) -> FloatArray:
    """Sol-air temperature [°C] of an outer face of absorptance ``alpha`` and surface
    resistance ``rse`` [m²·K/W] (NF EN ISO 13790 § 11.4.6)."""
    irradiance = day.sky.on_plane(tilt_deg, azimuth_deg).total
    sky_factor = (1 + math.cos(math.radians(tilt_deg))) / 2
    sky_loss = sky_factor * rule("sol_air", "h_r_w_m2k") * rule("sol_air", "ecart_ciel_k")
    result: FloatArray = outdoor + rse * (alpha * irradiance - sky_loss)
    return result


def window_solar_w(window: Window, day: HotDay) -> FloatArray:
    """Solar gains through ``window`` at each instant [W]."""
    plane = day.sky.on_plane(90.0, window.facade.azimuth_deg)
    direct = plane.beam + plane.circumsolar
    sky = plane.sky
    if window.overhang_depth_m > 0 and window.height_m is not None:
        angle = profile_angle_deg(
            day.sky.elevation_deg, day.sky.azimuth_deg, window.facade.azimuth_deg
        )
        direct = direct * sunlit_fraction(
            window.overhang_depth_m, window.height_m, window.overhang_gap_m, angle
        )
        sky = sky * sky_view_ratio(window.overhang_depth_m, window.height_m, window.overhang_gap_m)
    incident = direct + sky + plane.ground
    factor = np.ones_like(incident)
    if window.protection is not SolarProtection.AUCUNE:
        lowered = plane.total > rule("protections_solaires", "seuil_activation_w_m2")
        reduction = rule("protections_solaires", "facteurs", window.protection.value)
        factor = np.where(lowered, reduction, 1.0)
    gains: FloatArray = window.area_m2 * window.sw * factor * incident
    return gains


def _ventilation_w_k(zone: SummerZone) -> tuple[float, float]:
    """Conductances [W/K] of the hygiene ventilation (always) and of open windows."""
    per_vol_h = rule("air", "capacite_volumique_wh_m3k") * zone.volume_m3
    hygiene = per_vol_h * rule("ventilation", "hygiene_vol_h")
    return hygiene, per_vol_h * zone.window_airing.air_changes_per_h()


def _internal_gains_w(zone: SummerZone) -> float:
    """Given internal gains [W], else the 3CL § 6.1 convention for one house of this area."""
    if zone.internal_gains_w is not None:
        return zone.internal_gains_w
    adults = nadeq(zone.floor_area_m2, HousingKind.INDIVIDUEL)
    return internal_gains_w(zone.floor_area_m2, adults)
